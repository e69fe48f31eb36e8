import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { WhereaboutsError } from '../../errors.js';
import { detectEncoding } from '../../ingest/encoding-detection.js';
import type { ColumnMapping, ListSource, ReadResult } from '../../ingest/list-source.js';
import { listSource } from '../../ingest/once-readable-source.js';
import type { PfifDocument } from './pfif-document.js';
import { readPfifCsv } from './pfif-csv-reader.js';
import { PFIF_COLUMNS, pfifLinks, pfifPersonToRow } from './pfif-to-record.js';
import type { PfifLink } from './pfif-to-record.js';
import { readPfifXml } from './pfif-xml-reader.js';

/** A PFIF file opened as a list, with what the list rows do not carry: the notes' links. */
export interface PfifListSource extends ListSource {
  /** XML (any PFIF version) or Person Finder's CSV form. */
  form: 'xml' | 'csv';
  version: string;
  /** Every link the notes make, person to person. */
  links: PfifLink[];
  /** Notes outside every person that name no person of the document: kept nowhere, counted. */
  orphanNotes: number;
}

/** The encoding an XML declaration names, if any. */
function declaredEncoding(head: string): string | undefined {
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
}

function decode(bytes: Buffer, file: string): { text: string; encoding: string } {
  const detected = detectEncoding(bytes.subarray(0, 64 * 1024));
  if (detected.evidence === 'bom' || detected.encoding.startsWith('utf-16')) return { text: iconv.decode(bytes.subarray(detected.bomLength), detected.encoding), encoding: detected.encoding };
  const declared = declaredEncoding(bytes.subarray(0, 200).toString('latin1'));
  const encoding = declared ?? 'utf-8';
  if (!iconv.encodingExists(encoding)) throw new WhereaboutsError('WA_ENCODING_UNKNOWN', `${file} declares the encoding "${encoding}", which whereabouts cannot read; save it as UTF-8`, { location: { file } });
  return { text: iconv.decode(bytes, encoding), encoding };
}

/**
 * Opens a PFIF file (XML of PFIF 1.1-1.4, or Person Finder's CSV form) as a list source for the
 * import job: one row per person (pfif-to-record.ts), the notes' links kept for the decisions the
 * job makes of them. The whole document is read at once (PFIF files are exports of one
 * repository, not millions of rows); notes outside a person are matched to it by id.
 */
export async function openPfifList(file: string): Promise<PfifListSource> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'WA_FILE_NOT_FOUND' : 'WA_FILE_UNREADABLE';
    throw new WhereaboutsError(code, `cannot read ${file}: ${(error as Error).message}`, { cause: error, location: { file } });
  }
  if (bytes.length === 0) throw new WhereaboutsError('WA_FORMAT_UNKNOWN', `cannot read ${file}: the file is empty`, { location: { file } });
  const { text, encoding } = decode(bytes, file);
  const form = /^\uFEFF?\s*</.test(text) ? 'xml' : 'csv';
  const document: PfifDocument = form === 'xml' ? readPfifXml(text, file) : readPfifCsv(text, file);
  const results: ReadResult[] = document.persons.map((person, i) => pfifPersonToRow(person, i + 1));
  const columns: ColumnMapping[] = PFIF_COLUMNS.map((c) => ({ header: c.header, field: c.field, how: 'recognised', matched: `PFIF ${c.header}` }));
  const source = listSource({
    file,
    format: 'pfif',
    encoding,
    columns,
    skipped: { empty: 0, preamble: [] },
    batches: async function* () {
      for (let i = 0; i < results.length; i += 500) yield results.slice(i, i + 500);
    },
  });
  return { ...source, form, version: document.version, links: document.persons.flatMap(pfifLinks), orphanNotes: document.orphanNotes.length };
}

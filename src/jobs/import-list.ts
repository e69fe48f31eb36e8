import { WhereaboutsError } from '../errors.js';
import { kindFromColumns } from '../ingest/event-headers.js';
import type { KindFromColumns } from '../ingest/event-headers.js';
import { foldLabel } from '../ingest/label-fold.js';
import type { ColumnMapping, ListReadOptions, ListSource, SkippedRows } from '../ingest/list-source.js';
import type { ListKind, ParsedRecord, QuarantinedRow } from '../ingest/record.js';
import type { ParsedStoredRecord, Repository, RepositoryWriter, StoredList, StoredVersion } from '../store/repository.js';
import type { RowOwner } from '../store/store-dialect.js';
import { fingerprintFile } from './file-fingerprint.js';
import type { FileFingerprint } from './file-fingerprint.js';
import { encodedList } from './import-rows.js';
import type { EncodedBatch, EncodedList, ImportTally, LocatedWarning } from './import-rows.js';

export type { LocatedWarning } from './import-rows.js';

/** How the job opens a list file: `openList` from src/ingest, or anything with its contract. */
export type ListOpener = (file: string, options: ListReadOptions) => Promise<ListSource>;

/** What to import, as `whereabouts import` takes it. */
export interface ImportRequest {
  file: string;
  /** The list's name in the store; a new name creates the list. */
  list: string;
  /** Who keeps the list; when the list exists it must be the party it was created with. */
  party?: string;
  /** What the list asserts; `other` when a new list is created without one. */
  kind?: ListKind;
  /** Who is importing, for the change log (`--actor`, else the OS user). */
  actor: string;
  read?: ListReadOptions;
  /**
   * Columns to keep out of the store entirely (`--drop-column`), by header: read as `ignore`
   * and removed from the raw rows. A header the file does not have is refused.
   */
  dropColumns?: readonly string[];
  /** Called every {@link PROGRESS_EVERY} rows read, for a terminal's progress line. */
  onProgress?: (rowsRead: number) => void;
  /**
   * Given the records as they are stored, in file order, a batch at a time, so that a caller
   * linking them (reconcile) need not read them back. Not called when nothing is imported.
   */
  onRecords?: (records: ImportedRecord[]) => void;
}

/**
 * A record as the import stored it, without its raw cells: the same shape as reading it back
 * with `parsedRecords` gives a job that links records (see store/record-identity.ts).
 */
export type ImportedRecord = ParsedStoredRecord;

/** What an import did, for the summary a tracing officer reads. */
export interface ImportSummary {
  /** `unchanged`: the file is the list's latest version already, nothing was stored. */
  outcome: 'imported' | 'unchanged';
  list: StoredList;
  /** The version created, or the existing version the file already is. */
  version: number;
  file: FileFingerprint;
  /** How the file was read (the version's, when nothing was imported). */
  read: { format: string; encoding: string | null; delimiter: string | null; sheets: string[] | null };
  recordCount: number;
  quarantinedCount: number;
  warningCount: number;
  /** The first few quarantined rows, in file order. */
  firstQuarantined: QuarantinedRow[];
  /** The first few cell warnings, in file order. */
  firstWarnings: LocatedWarning[];
  /** Empty rows and title lines above the header: neither records nor quarantined. */
  skipped: SkippedRows;
  /** How the file's columns were read (the version's, when nothing was imported). */
  columns: ColumnMapping[];
  /** The columns kept out of the store (`--drop-column`). */
  droppedColumns: string[];
  /** When this import created the list without a kind given: the column its kind was read from. */
  kindFrom?: KindFromColumns;
}

/** How many rows between progress calls. */
export const PROGRESS_EVERY = 50_000;

/**
 * Imports one list file as a new version of a list, in one transaction: every row is stored
 * (raw cells verbatim beside the parsed fields) or quarantined with its reason, or, when
 * anything fails or the process dies, nothing at all. A file whose bytes equal the list's
 * latest version is not imported again.
 *
 * @example
 * const summary = await importList(store, { file: 'held.csv', list: 'held-2024', party: 'B', actor: 'ana' }, openList);
 */
export async function importList(store: Repository, request: ImportRequest, open: ListOpener): Promise<ImportSummary> {
  const file = await fingerprintFile(request.file);
  return store.write(`import:${request.list}`, async (writer) => {
    const existing = await writer.findList(request.list);
    if (existing !== undefined) checkSameOwner(existing, request);
    const latest = existing === undefined ? undefined : await writer.latestVersion(existing.id);
    if (existing !== undefined && latest !== undefined && latest.fileSha256 === file.sha256 && !remapped(latest, request.read?.map) && !newlyDropped(latest, request.dropColumns)) {
      await writer.appendChange({
        actor: request.actor,
        action: 'import-unchanged',
        listId: existing.id,
        version: latest.version,
        detail: { file: file.name, size: file.size, sha256: file.sha256 },
      });
      return {
        outcome: 'unchanged',
        list: existing,
        version: latest.version,
        file,
        read: { format: latest.format, encoding: latest.encoding, delimiter: latest.delimiter, sheets: latest.sheets },
        recordCount: latest.recordCount,
        quarantinedCount: latest.quarantinedCount,
        warningCount: latest.warningCount,
        firstQuarantined: [],
        firstWarnings: [],
        skipped: latest.skipped ?? { empty: 0, preamble: [] },
        columns: latest.columns,
        droppedColumns: [],
      };
    }

    const drop = new Set((request.dropColumns ?? []).map((h) => h.trim()));
    const read = drop.size === 0 ? (request.read ?? {}) : withDroppedColumns(request.read ?? {}, drop);
    const source = encodedList(await openDropping(open, request.file, read, drop), writer.batchSize, drop);
    // The first batch is read before the list is created: a workbook's columns are known only
    // once its first sheet is read, and a new list's kind, when not given, is what its first
    // event-date column's header names.
    const batches = source.batches()[Symbol.asyncIterator]();
    const first = await batches.next();
    const kindFrom = existing === undefined && request.kind === undefined ? kindFromColumns(source.columns) : undefined;
    const list =
      existing ??
      (await writer.createList({ name: request.list, party: request.party ?? null, kind: request.kind ?? kindFrom?.kind ?? 'other' }));
    const version = (latest?.version ?? 0) + 1;
    await writer.createVersion({
      listId: list.id,
      version,
      fileName: file.name,
      fileSize: file.size,
      fileSha256: file.sha256,
      format: source.format,
      encoding: source.encoding,
      delimiter: source.delimiter,
      sheets: source.sheets,
      columns: source.columns,
      importedBy: request.actor,
    });
    const counts = await storeRows(writer, { party: list.party, listId: list.id, version }, source, startingWith(first, batches), request);
    const missing = [...drop].filter((header) => !source.columns.some((c) => c.header.trim() === header));
    if (missing.length > 0) {
      throw new WhereaboutsError('WA_USAGE', `--drop-column ${missing.map((h) => `"${h}"`).join(', ')}: ${request.file} has no such column (its columns: ${[...new Set(source.columns.map((c) => `"${c.header.trim()}"`))].join(', ')})`, { location: { file: request.file } });
    }
    await writer.completeVersion(list.id, version, { ...counts, columns: source.columns, skipped: source.skipped, rawColumns: source.rawColumns, ...(drop.size > 0 ? { droppedColumns: [...drop] } : {}) });
    const summary = await logImport(writer, request, file, list, version, source, counts, [...drop]);
    return kindFrom === undefined ? summary : { ...summary, kindFrom };
  });
}

async function logImport(
  writer: RepositoryWriter,
  request: ImportRequest,
  file: FileFingerprint,
  list: StoredList,
  version: number,
  source: EncodedList,
  counts: ImportTally,
  droppedColumns: string[],
): Promise<ImportSummary> {
  await writer.appendChange({
    actor: request.actor,
    action: 'import',
    listId: list.id,
    version,
    detail: {
      list: list.name,
      party: list.party,
      file: file.name,
      size: file.size,
      sha256: file.sha256,
      records: counts.recordCount,
      quarantined: counts.quarantinedCount,
      warnings: counts.warningCount,
      emptyRows: source.skipped.empty,
      ...(droppedColumns.length > 0 ? { droppedColumns } : {}),
    },
  });
  const read = { format: source.format, encoding: source.encoding, delimiter: source.delimiter, sheets: source.sheets };
  return { outcome: 'imported', list, version, file, read, ...counts, skipped: source.skipped, columns: source.columns, droppedColumns };
}

/**
 * Whether a `--map` reads the file otherwise than its latest version was read: a column read as
 * another field (or ignored) than then. The same bytes read another way are a new version.
 */
function remapped(latest: StoredVersion, map: ListReadOptions['map']): boolean {
  if (map === undefined) return false;
  return Object.entries(map).some(([header, field]) => {
    const column = latest.columns.find((c) => foldLabel(c.header) === foldLabel(header));
    return column === undefined || (column.field ?? 'ignore') !== field;
  });
}

/**
 * Whether the same file is asked for with a column dropped that its latest version holds: it is
 * read again as a new version without it (the earlier versions keep what they hold).
 */
function newlyDropped(latest: StoredVersion, drop: readonly string[] | undefined): boolean {
  if (drop === undefined || drop.length === 0) return false;
  const dropped = new Set(latest.droppedColumns ?? []);
  return drop.some((header) => !dropped.has(header.trim()));
}

/** Opens the file; a dropped column the file does not have is named as --drop-column's, not --map's. */
async function openDropping(open: ListOpener, file: string, read: ListReadOptions, drop: ReadonlySet<string>): Promise<ListSource> {
  try {
    return await open(file, read);
  } catch (error) {
    if (error instanceof WhereaboutsError && error.code === 'WA_MAP_INVALID') {
      const header = [...drop].find((h) => error.message.includes(`"${h}"`));
      if (header !== undefined) throw new WhereaboutsError('WA_USAGE', error.message.replace(/^--map names/, '--drop-column names'), { cause: error, ...(error.location === undefined ? {} : { location: error.location }) });
    }
    throw error;
  }
}

/** The read options with every dropped column read as `ignore`; a --map that reads one of them otherwise is refused. */
function withDroppedColumns(read: ListReadOptions, drop: ReadonlySet<string>): ListReadOptions {
  const map = { ...(read.map ?? {}) };
  for (const header of drop) {
    const mapped = map[header];
    if (mapped !== undefined && mapped !== 'ignore') throw new WhereaboutsError('WA_USAGE', `--drop-column "${header}" and --map "${header}=${mapped}" contradict each other: a dropped column is read as nothing`);
    map[header] = 'ignore';
  }
  return { ...read, map };
}

/** An existing list keeps its party and kind: a different one is almost surely the wrong list. */
function checkSameOwner(list: StoredList, request: ImportRequest): void {
  if (request.party !== undefined && request.party !== list.party) {
    throw new WhereaboutsError(
      'WA_LIST_MISMATCH',
      `list "${list.name}" is kept by ${list.party === null ? 'no named party' : `party "${list.party}"`}, not "${request.party}"; if the list's party was wrong, change it with \`whereabouts list set ${list.name} --party ${request.party}\`, else import into another list`,
    );
  }
  if (request.kind !== undefined && request.kind !== list.kind) {
    throw new WhereaboutsError(
      'WA_LIST_MISMATCH',
      `list "${list.name}" is a ${list.kind} list, not ${request.kind}; if its kind was wrong, change it with \`whereabouts list set ${list.name} --kind ${request.kind}\`, else import into another list`,
    );
  }
}

/** Streams the encoded rows into the store in batches; memory holds one batch at a time. */
async function storeRows(
  writer: RepositoryWriter,
  owner: RowOwner,
  source: EncodedList,
  batches: AsyncIterable<EncodedBatch>,
  { onProgress, onRecords }: Pick<ImportRequest, 'onProgress' | 'onRecords'>,
): Promise<ImportTally> {
  let rowsRead = 0;
  for await (const batch of batches) {
    if (batch.records.length > 0) await writer.insertRecords(owner, batch.records);
    if (batch.quarantined.length > 0) await writer.insertQuarantined(owner, batch.quarantined);
    if (onRecords !== undefined && batch.records.length > 0) {
      onRecords(
        batch.records.map((r, i) => ({
          row: r.row_number,
          sheet: r.sheet,
          fields: batch.fields[i] as ParsedRecord,
          fieldsText: r.fields,
          recordKey: r.record_key,
          sourceRow: r.source_row,
        })),
      );
    }
    if (onProgress !== undefined && Math.floor(batch.rowsRead / PROGRESS_EVERY) > Math.floor(rowsRead / PROGRESS_EVERY)) {
      onProgress(batch.rowsRead);
    }
    rowsRead = batch.rowsRead;
  }
  return source.tally;
}

/** The batches of an iterator whose first result was already taken. */
async function* startingWith(first: IteratorResult<EncodedBatch>, rest: AsyncIterator<EncodedBatch>): AsyncGenerator<EncodedBatch> {
  for (let next = first; next.done !== true; next = await rest.next()) yield next.value;
}

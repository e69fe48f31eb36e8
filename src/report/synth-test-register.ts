import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ListKind } from '../ingest/record.js';
import { openList } from '../ingest/open-list.js';
import { buildRegister } from '../register/person.js';
import type { Person } from '../register/person.js';
import type { RegisterRecord } from '../register/register-record.js';
import type { SynthManifest } from '../synth/write-lists.js';

/** A synth folder's lists as the register sees them, with truth.csv's persons. For tests. */
export interface SynthTestRegister {
  manifest: SynthManifest;
  records: RegisterRecord[];
  /** One person per true person of truth.csv: the linkage engine is not under test. */
  persons: Person[];
  /** Per true person, the lists his imported records are on. */
  listsOf: Map<string, Set<string>>;
  /** Per list, how many of its imported rows each true person has. */
  rowsOf: Map<string, Map<string, number>>;
}

/** How a list's party and kind reach the register: by default as the manifest gives them (the flags). */
export type ListOwnership = (file: SynthManifest['files'][number]) => { party: string; kind: ListKind };

/**
 * Reads every list of a synth folder through ingest (quarantined rows left out, as an import
 * leaves them), each list with the party and kind `ownership` gives, and forms the persons of
 * truth.csv from the records imported.
 */
export async function synthTestRegister(dir: string, ownership: ListOwnership = (f) => ({ party: f.party, kind: f.kind })): Promise<SynthTestRegister> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as SynthManifest;
  const records: RegisterRecord[] = [];
  for (const file of manifest.files) {
    const { party, kind } = ownership(file);
    const source = await openList(join(dir, file.file));
    for await (const result of source.rows()) {
      if (!result.ok) continue;
      records.push({ key: `${file.list}:${result.row.row}`, list: file.list, party, listKind: kind, row: result.row.row, fields: result.row.fields });
    }
  }
  const imported = new Set(records.map((r) => r.key));
  const truth = parse(await readFile(join(dir, manifest.truth), 'utf8'), { columns: true }) as { list: string; row: string; person: string }[];
  const keysOf = new Map<string, string[]>();
  const listsOf = new Map<string, Set<string>>();
  const rowsOf = new Map<string, Map<string, number>>();
  for (const t of truth) {
    const key = `${t.list}:${t.row}`;
    if (!imported.has(key)) continue;
    keysOf.set(t.person, [...(keysOf.get(t.person) ?? []), key]);
    listsOf.set(t.person, (listsOf.get(t.person) ?? new Set()).add(t.list));
    const rows = rowsOf.get(t.list) ?? new Map<string, number>();
    rows.set(t.person, (rows.get(t.person) ?? 0) + 1);
    rowsOf.set(t.list, rows);
  }
  const persons = buildRegister(records, [...keysOf].map(([personId, recordKeys]) => ({ personId, recordKeys })));
  return { manifest, records, persons, listsOf, rowsOf };
}

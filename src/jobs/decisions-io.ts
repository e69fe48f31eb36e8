import { readFile, writeFile } from 'node:fs/promises';
import { WhereaboutsError } from '../errors.js';
import type { Decision, DecisionConflict, DecisionRow, RecordKey } from '../register/index.js';
import { decisionsFromCsv, decisionsToCsv, mergeDecisions, parseRecordKey } from '../register/index.js';
import type { DecisionSide, NewDecision, StoredDecision } from '../store/register-repository.js';
import type { Repository } from '../store/repository.js';
import type { RecordNames } from './record-names.js';
import { latestRecordNames, listsOfKeys } from './record-names.js';

/** Stored decisions in the register's terms, keyed by where their records are now. */
export interface ResolvedDecisions {
  decisions: Decision[];
  /** Decisions naming a record the latest version of its list no longer holds. */
  unresolved: StoredDecision[];
}

/**
 * Turns stored decisions (records named by list and identity) into the register's decisions
 * (records named `list:row` in the latest version). A decision about a record that is gone
 * stays in the store and binds again if the record comes back; here it is set aside.
 */
export function resolveDecisions(stored: readonly StoredDecision[], keyOf: (listName: string, identity: string) => RecordKey | undefined): ResolvedDecisions {
  const decisions: Decision[] = [];
  const unresolved: StoredDecision[] = [];
  for (const d of stored) {
    const a = keyOf(d.a.listName, d.a.identity);
    const b = keyOf(d.b.listName, d.b.identity);
    if (a === undefined || b === undefined) unresolved.push(d);
    else decisions.push({ a, b, verdict: d.verdict, reviewer: d.reviewer, at: d.at, note: d.note });
  }
  return { decisions, unresolved };
}

/** What `whereabouts decisions export` wrote. */
export interface DecisionsExport {
  file: string;
  written: number;
  /** Decisions left out because a record they name is gone from its list's latest version. */
  leftOut: number;
}

/**
 * Writes every decision to a CSV file (register's `decisionsToCsv`), oldest first: records as
 * `list:row` in the latest version of their lists for people to read, and their identities
 * (`identity_a`, `identity_b`) so that an import binds the same records even after rows moved.
 */
export async function exportDecisions(store: Repository, file: string): Promise<DecisionsExport> {
  const stored = await store.decisions();
  const names = await latestRecordNames(store, new Set(stored.flatMap((d) => [d.a.listName, d.b.listName])));
  const rows: DecisionRow[] = [];
  let leftOut = 0;
  for (const d of stored) {
    const a = names.keyOf(d.a.listName, d.a.identity);
    const b = names.keyOf(d.b.listName, d.b.identity);
    if (a === undefined || b === undefined) leftOut++;
    else rows.push({ a, b, verdict: d.verdict, reviewer: d.reviewer, at: d.at, note: d.note, identityA: d.a.identity, identityB: d.b.identity });
  }
  await writeFile(file, decisionsToCsv(rows), 'utf8');
  return { file, written: rows.length, leftOut };
}

/** What `whereabouts decisions import` did. */
export interface DecisionsImport {
  read: number;
  /** Decisions appended to the store. */
  added: number;
  /** Decisions the store already had (the same pair, verdict, reviewer, time and note). */
  repeats: number;
  /** Pairs where the store's last word and the file's differ; the later one is in force. */
  conflicts: DecisionConflict[];
}

const sameDecision = (d: Decision): string => JSON.stringify([...[d.a, d.b].sort(), d.verdict, d.reviewer, d.at, d.note]);

function side(key: RecordKey, given: string | undefined, names: RecordNames, row: number, which: 'a' | 'b', file: string): DecisionSide {
  const parsed = parseRecordKey(key)!;
  const column = `record_${which}`;
  const latest = names.versions.get(parsed.list);
  if (latest === undefined) {
    throw new WhereaboutsError('WA_DECISIONS_INVALID', `row ${row}, column ${column}: no list named "${parsed.list}" in this store`, { location: { file, row, column } });
  }
  if (given !== undefined) {
    // The identity binds; the row is where the exporting store had the record, and may differ here.
    const at = names.keyOf(parsed.list, given);
    if (at === undefined) {
      const where = { file, row, column: `identity_${which}` };
      throw new WhereaboutsError('WA_DECISIONS_INVALID', `row ${row}, column identity_${which}: list "${parsed.list}" has no record ${given} in its latest version (${latest.version.version})`, { location: where });
    }
    return { listName: parsed.list, identity: given, row: parseRecordKey(at)!.row, version: latest.version.version };
  }
  const identity = names.identityOf(key);
  if (identity === undefined) {
    throw new WhereaboutsError(
      'WA_DECISIONS_INVALID',
      `row ${row}, column ${column}: list "${parsed.list}" has no row ${parsed.row} in its latest version (${latest.version.version})`,
      { location: { file, row, column } },
    );
  }
  return { listName: parsed.list, identity, row: parsed.row, version: latest.version.version };
}

/**
 * Merges a decisions file into the store: every decision of the file that the store does not
 * hold yet is appended (nothing is overwritten), and pairs on which the file and the store end
 * on different verdicts are reported. Records are read as `list:row` of the latest version of
 * each list, or by their identities when the file carries them (a file exported by whereabouts
 * does); a file naming an unknown list, row or identity is refused whole, with row and column.
 */
export async function importDecisions(store: Repository, file: string): Promise<DecisionsImport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'WA_FILE_NOT_FOUND' : 'WA_FILE_UNREADABLE';
    throw new WhereaboutsError(code, `cannot read ${file}: ${(error as Error).message}`, { cause: error, location: { file } });
  }
  const incoming = decisionsFromCsv(text, file);
  const stored = await store.decisions();
  const names = await latestRecordNames(store, new Set([...listsOfKeys(incoming.flatMap((d) => [d.a, d.b])), ...stored.flatMap((d) => [d.a.listName, d.b.listName])]));
  const sides = incoming.map((d, i) => [side(d.a, d.identityA, names, i + 1, 'a', file), side(d.b, d.identityB, names, i + 1, 'b', file)] as const);
  // The file's decisions as this store names their records now, to compare with its own.
  const theirs: Decision[] = incoming.map((d, i) => {
    const [a, b] = sides[i]!;
    return { a: `${a.listName}:${a.row}`, b: `${b.listName}:${b.row}`, verdict: d.verdict, reviewer: d.reviewer, at: d.at, note: d.note };
  });
  const ours = resolveDecisions(stored, names.keyOf).decisions;
  const { conflicts } = mergeDecisions(ours, theirs);

  const held = new Set(ours.map(sameDecision));
  const fresh: NewDecision[] = [];
  let repeats = 0;
  theirs.forEach((d, i) => {
    const id = sameDecision(d);
    if (held.has(id)) {
      repeats++;
      return;
    }
    held.add(id);
    const [a, b] = sides[i]!;
    fresh.push({ at: d.at, reviewer: d.reviewer, note: d.note, verdict: d.verdict, a, b });
  });
  if (fresh.length > 0) await store.write('register', (writer) => writer.appendDecisions(fresh));
  return { read: incoming.length, added: fresh.length, repeats, conflicts };
}

import { WhereaboutsError } from '../errors.js';
import type { LinkRecord, PairExplanation, TrainedModel } from '../linkage/index.js';
import { explainerFor, parseModel } from '../linkage/index.js';
import type { Repository, StoredRecord } from '../store/repository.js';

/** A record named as `LIST:ROW` on the command line. */
export interface RecordRef {
  list: string;
  row: number;
}

/** Reads `LIST:ROW`; the list name may itself hold colons, the row is after the last one. */
export function parseRecordRef(text: string): RecordRef {
  const at = text.lastIndexOf(':');
  const row = Number(text.slice(at + 1));
  if (at <= 0 || !Number.isInteger(row) || row < 1) {
    throw new WhereaboutsError('WA_USAGE', `"${text}" does not name a record: write LIST:ROW, for example home-missing:12`);
  }
  return { list: text.slice(0, at), row };
}

/** Two records with the model's explanation of their match weight. */
export interface ExplainedPair {
  left: StoredRecord;
  right: StoredRecord;
  explanation: PairExplanation;
}

/**
 * Explains two records with the model of the latest run: the records of the list versions that
 * run read are prepared (term frequencies as in the run), then the pair's waterfall is computed.
 * Any two records of the run can be explained, candidates or not.
 */
export async function explainRecordPair(store: Repository, left: RecordRef, right: RecordRef): Promise<ExplainedPair> {
  const run = await store.latestRun();
  if (run === undefined || run.model === null) {
    throw new WhereaboutsError('WA_NOTHING_TO_DO', `${store.location} holds no reconciliation yet: run whereabouts reconcile first`);
  }
  const model: TrainedModel = parseModel(run.model);
  const lists = run.versions.map((v) => v.listName);
  const records: LinkRecord[] = [];
  const stored: StoredRecord[] = [];
  // The list's kind says which event its dates describe: the event comparisons need it, as in the run.
  const kinds = new Map((await store.lists()).map((list) => [list.id, list.kind]));
  for (const { listName, listId, version } of run.versions) {
    const kind = kinds.get(listId);
    for await (const record of store.records(listId, version)) {
      records.push({ id: records.length, list: listName, row: record.row, fields: record.fields, ...(kind === undefined ? {} : { kind }) });
      stored.push(record);
    }
  }
  const find = (ref: RecordRef): number => {
    if (!lists.includes(ref.list)) throw new WhereaboutsError('WA_LIST_NOT_FOUND', `no list named "${ref.list}" in the reconciliation (lists: ${lists.join(', ')})`);
    const index = records.findIndex((r) => r.list === ref.list && r.row === ref.row);
    if (index < 0) throw new WhereaboutsError('WA_RECORD_NOT_FOUND', `list "${ref.list}" has no record at row ${ref.row} in the version the latest run read (a quarantined or empty row is not linked)`);
    return index;
  };
  const a = find(left);
  const b = find(right);
  const explanation = explainerFor(records, model)(a, b);
  return { left: stored[a] as StoredRecord, right: stored[b] as StoredRecord, explanation };
}

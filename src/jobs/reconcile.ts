import type { ListReadOptions } from '../ingest/list-source.js';
import type { ListKind } from '../ingest/record.js';
import { openList } from '../ingest/open-list.js';
import type { LinkageResult, LinkageSettings, LinkageStage, LinkRecord, ScoredPairChunk } from '../linkage/index.js';
import { defaultLinkageSettings, linkRecords } from '../linkage/index.js';
import { parallelPairPass } from '../linkage/parallel-pair-pass.js';
import type { Repository, StoredList, StoredRecord } from '../store/repository.js';
import { importList } from './import-list.js';
import type { ImportSummary } from './import-list.js';

/** One list file to reconcile, with what the store should know of its list. */
export interface ReconcileFile {
  path: string;
  /** The list's name: by default the file's name without its extension. */
  list: string;
  party?: string;
  kind?: ListKind;
  read?: ListReadOptions;
}

/** What `whereabouts reconcile` takes. */
export interface ReconcileRequest {
  files: ReconcileFile[];
  actor: string;
  settings?: LinkageSettings;
  /** Worker threads for pair scoring; 1 keeps everything on the main thread. */
  workers: number;
  onImported?: (summary: ImportSummary) => void;
  onProgress?: (stage: LinkageStage, done: number, total: number) => void;
  /** Every scored candidate pair, in chunks, with the records' lists and rows. */
  onPairs?: (chunk: ScoredPairChunk, records: readonly LinkRecord[]) => void;
}

/** A stored record as the linkage engine sees it, with where it is stored. */
export interface ReconciledRecord extends LinkRecord {
  stored: StoredRecord;
  listInfo: StoredList;
}

/** What a reconciliation found. */
export interface ReconcileResult {
  imports: ImportSummary[];
  records: ReconciledRecord[];
  linkage: LinkageResult;
  settings: LinkageSettings;
}

/** Below this many records the worker threads cost more to start than they save. */
const PARALLEL_FROM_RECORDS = 20_000;

/**
 * The main job: imports each file as a version of its list (a file already imported is not
 * imported again), links the records of the latest version of every list named, and returns
 * the persons with everything needed to write and explain them.
 */
export async function reconcile(store: Repository, request: ReconcileRequest): Promise<ReconcileResult> {
  const imports: ImportSummary[] = [];
  for (const file of request.files) {
    const summary = await importList(
      store,
      {
        file: file.path,
        list: file.list,
        actor: request.actor,
        ...(file.party === undefined ? {} : { party: file.party }),
        ...(file.kind === undefined ? {} : { kind: file.kind }),
        ...(file.read === undefined ? {} : { read: file.read }),
      },
      openList,
    );
    imports.push(summary);
    request.onImported?.(summary);
  }

  const records = await loadRecords(store, imports);
  const settings = request.settings ?? defaultLinkageSettings();
  const workers = records.length >= PARALLEL_FROM_RECORDS ? request.workers : 1;
  const onPairs = request.onPairs;
  const linkage = await linkRecords({
    records,
    settings,
    ...(workers > 1 ? { pairPass: parallelPairPass(workers) } : {}),
    ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
    ...(onPairs === undefined ? {} : { onPairs: (chunk: ScoredPairChunk) => onPairs(chunk, records) }),
  });
  return { imports, records, linkage, settings };
}

/** The records of each imported version, in the order the files were given, ids dense from 0. */
async function loadRecords(store: Repository, imports: readonly ImportSummary[]): Promise<ReconciledRecord[]> {
  // Two files into one list: the list is linked once, at the version the later file made.
  const latest = new Map<number, ImportSummary>();
  for (const summary of imports) latest.set(summary.list.id, summary);
  const records: ReconciledRecord[] = [];
  for (const summary of latest.values()) {
    for await (const stored of store.records(summary.list.id, summary.version)) {
      records.push({ id: records.length, list: summary.list.name, row: stored.row, fields: stored.fields, stored, listInfo: summary.list });
    }
  }
  return records;
}

import { WhereaboutsError } from '../errors.js';
import type { ListFormat, ListReadOptions } from '../ingest/list-source.js';
import type { ListKind } from '../ingest/record.js';
import { openList } from '../ingest/open-list.js';
import type { LinkageResult, LinkageSettings, LinkageStage, LinkRecord, ScoredPairChunk } from '../linkage/index.js';
import { defaultLinkageSettings, linkRecords, parallelPairPass } from '../linkage/index.js';
import type { PersonIdEvent } from '../register/index.js';
import { identityNamer } from '../store/record-identity.js';
import type { Repository, StoredList } from '../store/repository.js';
import { importList } from './import-list.js';
import { listNotFound } from './list-settings.js';
import type { ImportedRecord, ImportSummary } from './import-list.js';
import { HISTOGRAM_BINS, addToHistogram } from './reconcile-summary.js';
import type { AppliedDecisions } from './register-run.js';
import { applyDecisions, registerRun } from './register-run.js';

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
  /** Lists already in the store to link as well, at their latest versions. */
  lists?: string[];
  actor: string;
  settings?: LinkageSettings;
  /** Worker threads for pair scoring; 1 keeps everything on the main thread. */
  workers: number;
  clustering?: 'guarded' | 'connected-components';
  onImported?: (summary: ImportSummary) => void;
  /** Called once the imports are done, as the records are read back from the store. */
  onLoading?: () => void;
  onProgress?: (stage: LinkageStage, done: number, total: number) => void;
  /** Every scored candidate pair, in chunks, with the records' lists and rows. */
  onPairs?: (chunk: ScoredPairChunk, records: readonly LinkRecord[]) => void;
}

/** A stored record as the linkage engine sees it, with where it is stored and its identity. */
export interface ReconciledRecord extends LinkRecord {
  listInfo: StoredList;
  listId: number;
  version: number;
  /** How the record is named across list versions (see store/record-identity.ts). */
  identity: string;
  /** The row as the clerk sees it (the sheet's row, the CSV line), or null where that is `row`. */
  sourceRow: number | null;
  /** The workbook sheet the row is on. */
  sheet: string | null;
}

/** How each linked version's file was read, by list id: what says a row as the clerk finds it. */
export type VersionLayouts = Map<number, { format: ListFormat; sheets: number }>;

/** What a reconciliation found and stored. */
export interface ReconcileResult {
  imports: ImportSummary[];
  records: ReconciledRecord[];
  linkage: LinkageResult;
  settings: LinkageSettings;
  decisions: AppliedDecisions;
  runId: number;
  /** Per record id: the stable person id (`P-000123`). */
  personIds: string[];
  personEvents: PersonIdEvent[];
  /** Counts of every scored pair's match_probability in 20 bins of 0.05. */
  probabilityHistogram: number[];
  /** Each linked version's file format and sheet count, by list id. */
  layouts: VersionLayouts;
}

/** Below this many records the worker threads cost more to start than they save. */
const PARALLEL_FROM_RECORDS = 20_000;

/**
 * The main job: imports each file as a version of its list (a file already imported is not
 * imported again), links the records of the latest version of every list named, honouring
 * every reviewer's decision, and stores the run as the register's new state with stable
 * person ids.
 */
export async function reconcile(store: Repository, request: ReconcileRequest): Promise<ReconcileResult> {
  const startedAt = new Date().toISOString();
  const imports: ImportSummary[] = [];
  // The records each import stored, by list: linked as they are, not read back from the store.
  const inHand = new Map<number, RecordsInHand>();
  for (const file of request.files) {
    const imported: RecordInHand[] = [];
    // Named as they arrive, in file order as reading them back would: a record then keeps its
    // identity, not the text of its fields (hundreds of bytes each, a million records held).
    const identityOf = identityNamer();
    const summary = await importList(
      store,
      {
        file: file.path,
        list: file.list,
        actor: request.actor,
        ...(file.party === undefined ? {} : { party: file.party }),
        ...(file.kind === undefined ? {} : { kind: file.kind }),
        ...(file.read === undefined ? {} : { read: file.read }),
        onRecords: (batch) => {
          for (const record of batch) imported.push({ row: record.row, fields: record.fields, identity: identityOf(record), sourceRow: record.sourceRow, sheet: record.sheet });
        },
      },
      openList,
    );
    if (summary.outcome === 'imported') inHand.set(summary.list.id, { version: summary.version, records: imported });
    imports.push(summary);
    request.onImported?.(summary);
  }

  request.onLoading?.();
  const versions = await versionsToLink(store, imports, request.lists ?? []);
  const records = await loadRecords(store, versions, inHand);
  const layouts = await versionLayouts(store, versions);
  inHand.clear();
  const settings = withDuplicateFreeLists(request.settings ?? defaultLinkageSettings(), versions);
  const decisions = applyDecisions(await store.decisions(), records);
  const workers = records.length >= PARALLEL_FROM_RECORDS ? request.workers : 1;
  // Every bin from the start: a run with no pair in the top bins still stores 20 counts.
  const histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
  const onPairs = request.onPairs;
  const linkage = await linkRecords({
    records,
    settings,
    labels: decisions.labels,
    ...(request.clustering === undefined ? {} : { clustering: request.clustering }),
    ...(workers > 1 ? { pairPass: parallelPairPass(workers) } : {}),
    ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
    onPairs: (chunk: ScoredPairChunk) => {
      for (let i = 0; i < chunk.matchWeight.length; i++) addToHistogram(histogram, chunk.matchWeight[i] as number);
      onPairs?.(chunk, records);
    },
  });

  const runVersions = [...new Map(records.map((r) => [r.listId, { listName: r.list, listId: r.listId, version: r.version }])).values()];
  const stored = await registerRun(store, {
    actor: request.actor,
    startedAt,
    versions: runVersions,
    settings,
    records,
    linkage,
    summary: {
      records: records.length,
      candidatePairs: linkage.blocking.candidatePairs,
      reviewPairs: linkage.reviewPairs,
      decisionsApplied: decisions.applied,
      decisionsStale: decisions.stale,
      probabilityHistogram: histogram,
      reviewBand: { lower: settings.reviewThreshold, upper: settings.matchThreshold },
    },
  });
  return {
    imports,
    records,
    linkage,
    settings,
    decisions,
    runId: stored.runId,
    personIds: stored.personIds,
    personEvents: stored.events,
    probabilityHistogram: histogram,
    layouts,
  };
}

/** The format and sheet count of each version linked, read once per list. */
async function versionLayouts(store: Repository, versions: readonly VersionToLink[]): Promise<VersionLayouts> {
  const layouts: VersionLayouts = new Map();
  for (const { list, version } of versions) {
    const stored = (await store.versions(list.id)).find((v) => v.version === version);
    if (stored !== undefined) layouts.set(list.id, { format: stored.format, sheets: stored.sheets?.length ?? 1 });
  }
  return layouts;
}

interface VersionToLink {
  list: StoredList;
  version: number;
}

/** The settings with every list marked duplicate-free in the store (`list set --duplicate-free`) added. */
function withDuplicateFreeLists(settings: LinkageSettings, versions: readonly VersionToLink[]): LinkageSettings {
  const marked = versions.filter((v) => v.list.duplicateFree && !settings.duplicateFreeLists.includes(v.list.name)).map((v) => v.list.name);
  return marked.length === 0 ? settings : { ...settings, duplicateFreeLists: [...settings.duplicateFreeLists, ...marked] };
}

/**
 * The list versions to link: each imported file's (two files into one list: the version the
 * later file made), then the latest version of each named list not imported now.
 */
async function versionsToLink(store: Repository, imports: readonly ImportSummary[], lists: readonly string[]): Promise<VersionToLink[]> {
  const chosen = new Map<number, VersionToLink>();
  for (const summary of imports) chosen.set(summary.list.id, { list: summary.list, version: summary.version });
  for (const name of lists) {
    const list = await store.findList(name);
    if (list === undefined) throw await listNotFound(store, name);
    if (chosen.has(list.id)) continue;
    const latest = (await store.versions(list.id)).at(-1);
    if (latest !== undefined) chosen.set(list.id, { list, version: latest.version });
  }
  return [...chosen.values()];
}

/** A record an import of this run stored, as linking needs it. */
interface RecordInHand {
  row: number;
  fields: ImportedRecord['fields'];
  identity: string;
  sourceRow: number | null;
  sheet: string | null;
}

/** The records an import of this run stored, with the version they are. */
interface RecordsInHand {
  version: number;
  records: RecordInHand[];
}

/**
 * The records of each version in order, ids dense from 0, each named by its identity. A
 * version imported by this run is taken from the records in hand (what was stored, so the
 * same as reading it back); any other is read from the store.
 */
async function loadRecords(store: Repository, versions: readonly VersionToLink[], inHand: ReadonlyMap<number, RecordsInHand>): Promise<ReconciledRecord[]> {
  const records: ReconciledRecord[] = [];
  for (const { list, version } of versions) {
    const add = (stored: RecordInHand): void => {
      records.push({ id: records.length, list: list.name, row: stored.row, fields: stored.fields, kind: list.kind, listInfo: list, listId: list.id, version, identity: stored.identity, sourceRow: stored.sourceRow, sheet: stored.sheet });
    };
    const imported = inHand.get(list.id);
    if (imported !== undefined && imported.version === version) for (const stored of imported.records) add(stored);
    else {
      const identityOf = identityNamer();
      for await (const stored of store.parsedRecords(list.id, version)) add({ row: stored.row, fields: stored.fields, identity: identityOf(stored), sourceRow: stored.sourceRow, sheet: stored.sheet });
    }
  }
  if (records.length === 0) throw new WhereaboutsError('WA_NOTHING_TO_DO', 'the lists hold no records to link');
  return records;
}

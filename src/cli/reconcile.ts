import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Option } from 'commander';
import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import type { LinkageSettings } from '../linkage/index.js';
import { defaultLinkageSettings, parseLinkageSettings } from '../linkage/index.js';
import type { ReconcileFile } from '../jobs/reconcile.js';
import { reconcile } from '../jobs/reconcile.js';
import { PairsCsvWriter, writeModelJson, writeRecordsCsv } from '../jobs/reconcile-output.js';
import { summariseReconciliation } from '../jobs/reconcile-summary.js';
import type { ReconcileSummary } from '../jobs/reconcile-summary.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { kindText } from './import.js';
import { MAX_UNZIPPED_OPTION, applyListAssignments, collect, listNameOf, maxUnzippedBytes, parseListAssignments, readManifest } from './list-options.js';
import { PhaseClock } from './phase-clock.js';
import { ProgressLine } from './progress.js';
import { prepareOutputFolder } from './output-paths.js';
import { action } from './run-command.js';

interface ReconcileOptions {
  manifest?: string;
  party: string[];
  kind: string[];
  duplicateFree: string[];
  settings?: string;
  clustering: 'guarded' | 'connected-components';
  db: string;
  out: string;
  workers: string;
  actor?: string;
  maxUnzipped?: string;
}

const STAGE_NAMES = { prepare: 'preparing names', block: 'blocking', u: 'sampling u', em: 'training (EM)', score: 'scoring pairs', cluster: 'clustering' } as const;

/** Registers `whereabouts reconcile`, the main job. */
export function registerReconcile(program: Command): void {
  program
    .command('reconcile')
    .description('Import list files and link their records within and across lists into persons')
    .argument('[files...]', 'list files (CSV, XLSX, JSON, JSON Lines), each a list named after the file; none: link again the lists of the latest run (every list, when there is no run yet)')
    .option('--manifest <file>', 'a JSON manifest naming the files with their list, party, kind and sheet (as synth writes)')
    .option('--party <list=party>', 'who keeps a list (repeatable)', collect, [])
    .option('--kind <list=kind>', 'what a list asserts: missing, detention, visit, release, death, other (repeatable)', collect, [])
    .option('--duplicate-free <list>', 'a list that names each person at most once (repeatable)', collect, [])
    .option('--settings <file>', 'linkage settings as JSON (comparisons, blocking rules, thresholds); defaults otherwise')
    .addOption(new Option('--clustering <method>', 'how pairs become persons').choices(['guarded', 'connected-components']).default('guarded'))
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--out <dir>', 'where records.csv, pairs.csv and model.json are written', 'reconciliation')
    .option('--workers <n>', 'worker threads for scoring pairs', String(Math.max(1, availableParallelism())))
    .option('--actor <name>', 'who runs it, for the change log (default: your user name)')
    .option(...MAX_UNZIPPED_OPTION)
    .action(
      action(async (paths: string[], options: ReconcileOptions) => {
        const files = resolveFiles(paths, options);
        const workers = Number(options.workers);
        if (!Number.isInteger(workers) || workers < 1) throw new WhereaboutsError('WA_USAGE', `--workers ${options.workers}: give a whole number of at least 1`);
        const settings = readSettings(options);
        const out = prepareOutputFolder(options.out);
        const store = await openStore(options.db);
        // No files: link again the lists of the latest run (to apply new decisions, or new
        // settings); a store with lists but no run yet (lists imported one by one) links them all.
        const latest = files.length > 0 ? undefined : await store.latestRun();
        const lists = files.length > 0 ? [] : latest !== undefined ? latest.versions.map((v) => v.listName) : (await store.latestVersions()).map((v) => v.list.name);
        if (files.length === 0 && lists.length === 0) {
          await store.close();
          throw new WhereaboutsError('WA_USAGE', `name at least one list file, or a --manifest (${store.location} holds no list to link)`);
        }
        let writer: PairsCsvWriter | undefined;
        const progress = new ProgressLine();
        const clock = new PhaseClock();
        try {
          const started = Date.now();
          if (files.length > 0) clock.begin('import');
          const result = await reconcile(store, {
            files,
            lists,
            actor: currentActor(options.actor),
            workers,
            settings,
            clustering: options.clustering,
            onImported: (summary) => {
              progress.clear();
              const what = summary.outcome === 'unchanged' ? 'unchanged, version' : 'imported as version';
              const problems = summary.quarantinedCount + summary.warningCount > 0 ? `; whereabouts quarantine ${summary.list.name}` : '';
              const kind = summary.kindFrom === undefined ? '' : `; ${kindText(summary)}`;
              process.stdout.write(
                `${summary.file.name}: list "${summary.list.name}" ${what} ${summary.version} (${count(summary.recordCount)} records, ${count(summary.quarantinedCount)} quarantined, ${count(summary.warningCount)} cell warnings${kind}${problems})\n`,
              );
            },
            onLoading: () => clock.begin('reading records'),
            onProgress: (stage, done, total) => {
              clock.begin(STAGE_NAMES[stage]);
              if (stage === 'cluster' && done === total) clock.begin('storing the run');
              progress.update(STAGE_NAMES[stage], done, total);
            },
            onPairs: (chunk, records) => {
              writer ??= new PairsCsvWriter(out, settings);
              writer.write(chunk, records);
            },
          });
          clock.begin('writing files');
          (writer ?? new PairsCsvWriter(out, settings)).close();
          writer = undefined;
          progress.clear();
          writeRecordsCsv(out, result);
          writeModelJson(out, result);
          const summary = summariseReconciliation(result);
          clock.end();
          process.stdout.write(formatSummary(summary, out, (Date.now() - started) / 1000, clock.format()));
        } finally {
          writer?.abort();
          progress.clear();
          await store.close();
        }
      }),
    );
}

function resolveFiles(paths: readonly string[], options: ReconcileOptions): ReconcileFile[] {
  const files: ReconcileFile[] = [...(options.manifest === undefined ? [] : readManifest(options.manifest)), ...paths.map((path) => ({ path, list: listNameOf(path) }))];
  const limit = maxUnzippedBytes(options.maxUnzipped);
  const assigned = applyListAssignments(files, parseListAssignments('party', options.party), parseListAssignments('kind', options.kind));
  return limit === undefined ? assigned : assigned.map((file) => ({ ...file, read: { ...file.read, maxUnzippedBytes: limit } }));
}

function readSettings(options: ReconcileOptions): LinkageSettings {
  let settings = defaultLinkageSettings();
  if (options.settings !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(options.settings, 'utf8'));
    } catch (error) {
      throw new WhereaboutsError('WA_SETTINGS_INVALID', `cannot read settings from ${options.settings}: ${(error as Error).message}`, { location: { file: options.settings } });
    }
    settings = parseLinkageSettings(json);
  }
  if (options.duplicateFree.length > 0) {
    settings = { ...settings, duplicateFreeLists: [...settings.duplicateFreeLists, ...options.duplicateFree] };
  }
  return settings;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** What a tracing officer reads when the run ends. */
export function formatSummary(summary: ReconcileSummary, out: string, seconds: number, phases?: string): string {
  const lines = [
    '',
    `${count(summary.records)} records → ${count(summary.persons)} persons (${seconds.toFixed(1)} s)`,
    ...(phases === undefined || phases === '' ? [] : [`Time: ${phases}`]),
    '',
    'Per list:',
    ...summary.lists.map((l) => `  ${l.list}: ${count(l.records)} records, ${count(l.persons)} persons${l.duplicatePersons > 0 ? `, ${count(l.duplicatePersons)} listed more than once` : ''}`),
  ];
  if (summary.overlaps.length > 0) {
    lines.push('', 'Persons on both lists:', ...summary.overlaps.map((o) => `  ${o.left} & ${o.right}: ${count(o.persons)}`));
  }
  lines.push(
    '',
    `Within-list duplicates: ${count(summary.withinListDuplicates)} persons`,
    `Candidate pairs scored: ${count(summary.candidatePairs)} (${summary.blocking.rules.map((r) => `${r.rule} +${count(r.newPairs)}`).join(', ')})`,
    `Pairs left for review: ${count(summary.reviewPairs)}${summary.reviewPairs > 0 ? ' (whereabouts review)' : ''}`,
    `Reviewers' decisions applied: ${count(summary.decisionsApplied)}${summary.decisionsStale > 0 ? ` (${count(summary.decisionsStale)} name records no longer in the lists)` : ''}`,
    `Person ids: ${count(summary.personEvents.new)} new, ${count(summary.personEvents.merged)} merged, ${count(summary.personEvents.split)} split, ${count(summary.personEvents.retired)} retired (run ${summary.runId})`,
    '',
    `Written: ${out}/records.csv, ${out}/pairs.csv, ${out}/model.json`,
    '',
  );
  return lines.join('\n');
}

/**
 * Compares builds of the engine on the same records, in one process, taking turns, so that a
 * busy machine slows every build alike: CPU seconds to prepare the records' features, to plan
 * the blocks and to score every candidate pair (single-threaded, pairs.csv rows formatted, as
 * a worker does). Each build must give the same pairs and bytes; the program says when not.
 *
 *   npx tsx bench/linkage-builds.ts --db STORE --model MODEL.json [--reps 3] BUILD_DIR...
 *
 * STORE is a reconciled store (its lists' latest versions are read), MODEL.json the model.json
 * that run wrote, each BUILD_DIR a compiled `dist` (e.g. `npx tsc -p tsconfig.build.json
 * --outDir bench/out/<name>` in a checkout of the commit to compare; inside this project, so
 * that its packages resolve), oldest first: the last one reads the store.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { db: { type: 'string' }, model: { type: 'string' }, reps: { type: 'string', default: '3' } }, allowPositionals: true });
if (values.db === undefined || values.model === undefined || positionals.length === 0) {
  console.error('usage: npx tsx bench/linkage-builds.ts --db STORE --model MODEL.json [--reps N] BUILD_DIR...');
  process.exit(2);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- each build is loaded at run time, its types unknown here */
interface Build {
  dir: string;
  store: any;
  features: any;
  blocking: any;
  analyser: any;
  levels: any;
  scoring: any;
  pass: any;
  model: any;
}

async function load(dir: string): Promise<Build> {
  const at = (module: string): Promise<any> => import(resolve(dir, module));
  // src/linkage was one flat folder until it was split by stage: a build of either layout loads.
  const linkage = (path: string): Promise<any> => (existsSync(resolve(dir, 'linkage', path)) ? at(`linkage/${path}`) : at(`linkage/${basename(path)}`));
  return {
    dir,
    store: await at('store/open-store.js'),
    features: await linkage('features/record-features.js'),
    blocking: await linkage('blocking/blocking.js'),
    analyser: await linkage('features/names-analyser.js'),
    levels: await linkage('comparisons/comparison-levels.js'),
    scoring: await linkage('scoring/pair-scoring.js'),
    pass: await linkage('scoring/pair-pass.js'),
    model: await linkage('model/trained-model.js'),
  };
}

/** CPU seconds of the whole process (worker threads included), wall seconds and minor page faults of `work`. */
function cpu<T>(work: () => T): { result: T; cpu: number; wall: number; faults: number } {
  const c0 = process.cpuUsage();
  const f0 = process.resourceUsage().minorPageFault;
  const t0 = performance.now();
  const result = work();
  const c = process.cpuUsage(c0);
  return { result, cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000, faults: process.resourceUsage().minorPageFault - f0 };
}

const faults = (n: number): string => `${Math.round(n / 1000).toLocaleString('en')}k faults`;

const builds = await Promise.all(positionals.map(load));
// The store is read with the last build given: the newest, which knows every migration.
const newest = builds.at(-1) as Build;
const store = await newest.store.openStore(values.db);
const records: unknown[] = [];
for (const list of await store.lists()) {
  const latest = (await store.versions(list.id)).at(-1);
  for await (const stored of store.parsedRecords(list.id, latest.version)) records.push({ id: records.length, list: list.name, row: stored.row, fields: stored.fields, kind: list.kind });
}
await store.close();
const modelJson: unknown = JSON.parse(readFileSync(values.model, 'utf8'));
console.log(`${records.length.toLocaleString('en')} records; load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)}`);

const reps = Number(values.reps);
for (let rep = 0; rep < reps; rep++) {
  for (const b of builds) {
    const model = b.model.parseModel(modelJson);
    const features = cpu(() => b.features.prepareRecords(records, b.analyser.namesAnalyser));
    const comparers = b.levels.compileComparisons(model.settings.comparisons, features.result, b.analyser.namesAnalyser);
    const plan = cpu(() => b.blocking.planBlocking(features.result, model.settings.blockingRules, model.settings.maxPairsPerBlock));
    const scorer = new b.scoring.PairScorer(model, comparers);
    let pairs = 0;
    let bytes = 0;
    const scoring = cpu(() => {
      for (const range of b.blocking.splitIntoRanges(plan.result, 250_000)) {
        const scored = b.pass.scoreRange(plan.result, scorer, range, 0, new b.pass.EdgeCollector(), features.result, undefined);
        pairs += scored.pairs;
        bytes += scored.chunk?.csv?.length ?? 0;
      }
    });
    console.log(
      `rep ${rep + 1} ${b.dir}: features ${features.cpu.toFixed(2)} CPU-s, ${faults(features.faults)} · blocking ${plan.cpu.toFixed(2)} CPU-s (${plan.wall.toFixed(2)} s wall), ${faults(plan.faults)} · scoring ${scoring.cpu.toFixed(2)} CPU-s (${scoring.wall.toFixed(2)} s wall), ${faults(scoring.faults)} for ${pairs.toLocaleString('en')} pairs, ${bytes.toLocaleString('en')} bytes of pairs.csv`,
    );
  }
}

import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WhereaboutsError } from '../errors.js';
import { Clerk } from './clerk.js';
import { FATE } from './fates.js';
import { LIST_SPECS } from './list-specs.js';
import { describeNameSpread } from './name-spread.js';
import { RELATION, generatePopulation, personId } from './population.js';
import { Random } from './random.js';
import { LIST_NAMES, noiseOf } from './settings.js';
import { dayNumberOfIso } from './calendar.js';
import { DelimitedWriter } from './writers/delimited-writer.js';
import { JsonArrayWriter } from './writers/json-array-writer.js';
import { TextFile } from './writers/text-file.js';
import { XlsxWriter } from './writers/xlsx-writer.js';
import type { NoiseTally } from './clerk.js';
import type { DateStyle } from './date-style.js';
import type { ListKind } from '../ingest/record.js';
import type { ListSpec } from './list-specs.js';
import type { NameSpread } from './name-spread.js';
import type { Population } from './population.js';
import type { ListName, SynthSettings } from './settings.js';
import type { TableWriter } from './writers/table-writer.js';

/** One written list, as the manifest describes it. */
export interface ListFileInfo {
  /** The list name: the file name without extension, as in truth.csv. */
  list: ListName;
  file: string;
  party: string;
  kind: ListKind;
  format: 'csv' | 'xlsx' | 'json';
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  /** Data rows (header excluded). */
  rows: number;
  /** Distinct persons on the list (rows minus within-list duplicates). */
  persons: number;
  bytes: number;
}

/** What `synth` wrote and how, saved as manifest.json beside the lists. */
export interface SynthManifest {
  generator: 'whereabouts synth';
  /**
   * Bumped when the same settings would write different lists (2: the 1,011-surname table;
   * 3: the exchange and death lists, the first four unchanged).
   */
  version: 3;
  seed: string;
  settings: SynthSettings;
  persons: number;
  records: number;
  parties: { name: string; lists: ListName[] }[];
  files: ListFileInfo[];
  truth: 'truth.csv';
  /**
   * How the population came out: men with a brother, with a namesake, in cousin families,
   * captured, gone missing after the ceasefire; of the captured, released, exchanged and died.
   */
  population: {
    brothers: number;
    namesakes: number;
    cousins: number;
    captured: number;
    afterCeasefire: number;
    released: number;
    exchanged: number;
    died: number;
  };
  /** How surnames and given names spread over the men and the written rows (block sizes by surname). */
  names: NameSpread;
  /** Per list, how many rows could have had each mistake and how many got it. */
  noise: Partial<Record<ListName, NoiseTally>>;
}

/** The file name of a list under the output settings. */
export function listFileName(spec: ListSpec, settings: SynthSettings): string {
  const format = fileFormat(spec, settings);
  return `${spec.name}.${format}`;
}

function fileFormat(spec: ListSpec, settings: SynthSettings): 'csv' | 'xlsx' | 'json' {
  if (settings.output.utf8Csv) return 'csv';
  if (spec.name === 'delegate-visits') return settings.output.delegateFormat;
  return spec.layout.format;
}

/**
 * The lists that roll membership together from one stream (`seed/membership`), as they have
 * since version 2. Lists added later roll from a stream of their own, so adding them moved
 * nobody on these.
 */
const SHARED_STREAM_LISTS = 4;

/**
 * Which lists each man is on, as bits in LIST_NAMES order. Rolled for every list whatever the
 * output selects, so that choosing lists does not change who is on them. A man on none of the
 * first four is put on the home party's list: a man nobody lists as missing or held is
 * invisible and only wastes a row.
 */
export function listMembership(population: Population, settings: SynthSettings): Uint8Array {
  const random = new Random(`${settings.seed}/membership`);
  const masks = new Uint8Array(population.size);
  const shared = LIST_NAMES.slice(0, SHARED_STREAM_LISTS).map((name) => LIST_SPECS[name]);
  for (let i = 0; i < population.size; i++) {
    let mask = 0;
    shared.forEach((spec, bit) => {
      if (random.chance(spec.coverage(population, i, settings.coverage))) mask |= 1 << bit;
    });
    masks[i] = mask === 0 ? 1 : mask;
  }
  for (let bit = SHARED_STREAM_LISTS; bit < LIST_NAMES.length; bit++) {
    const spec = LIST_SPECS[LIST_NAMES[bit]!];
    const own = new Random(`${settings.seed}/membership/${spec.name}`);
    for (let i = 0; i < population.size; i++) {
      const chance = spec.coverage(population, i, settings.coverage);
      // No draw for men who cannot be on the list: the stream then depends only on those who can.
      if (chance > 0 && own.chance(chance)) masks[i] = (masks[i] as number) | (1 << bit);
    }
  }
  return masks;
}

function openWriter(spec: ListSpec, settings: SynthSettings, path: string, header: readonly string[]): TableWriter {
  const format = fileFormat(spec, settings);
  if (settings.output.utf8Csv) {
    return new DelimitedWriter(path, header, { delimiter: ',', encoding: 'utf-8', lineEnding: '\n', byteOrderMark: false });
  }
  if (format === 'xlsx' && spec.layout.format === 'xlsx') {
    return new XlsxWriter(path, spec.layout.sheet, header, new Set(spec.dateColumns.map((j) => j)));
  }
  if (format === 'json') return new JsonArrayWriter(path, header);
  if (spec.layout.format === 'csv') return new DelimitedWriter(path, header, spec.layout);
  return new DelimitedWriter(path, header, { delimiter: ',', encoding: 'utf-8', lineEnding: '\n', byteOrderMark: false });
}

/** Rows yielded between drains of a streaming writer: bounds what waits in memory. */
const DRAIN_EVERY = 2_000;

async function writeList(
  spec: ListSpec,
  bit: number,
  population: Population,
  masks: Uint8Array,
  settings: SynthSettings,
  outDir: string,
  truth: TextFile,
): Promise<{ info: ListFileInfo; tally: NoiseTally }> {
  const random = new Random(`${settings.seed}/${spec.name}`);
  const noise = noiseOf(settings, spec.name);
  const clerk = new Clerk(random, spec.script, noise, spec.upperSurnameRate(noise));

  let persons = 0;
  for (let i = 0; i < population.size; i++) if ((masks[i] as number) & (1 << bit)) persons++;
  // Entries are person indices; a second entry of the same man is stored as -(index + 1).
  const duplicates: number[] = [];
  const firsts = new Int32Array(persons);
  let n = 0;
  for (let i = 0; i < population.size; i++) {
    if (!((masks[i] as number) & (1 << bit))) continue;
    firsts[n++] = i;
    if (random.chance(noise.duplicate)) duplicates.push(-(i + 1));
  }
  clerk.countDuplicate(persons, duplicates.length);
  const entries = new Int32Array(persons + duplicates.length);
  entries.set(firsts);
  entries.set(duplicates, persons);
  random.shuffle(entries);

  const file = listFileName(spec, settings);
  const format = fileFormat(spec, settings);
  const style: DateStyle = spec.dateStyle === 'excel' && format !== 'xlsx' ? 'dots' : spec.dateStyle;
  const writer = openWriter(spec, settings, join(outDir, file), spec.header);
  for (let r = 0; r < entries.length; r++) {
    const entry = entries[r] as number;
    const duplicate = entry < 0;
    const i = duplicate ? -entry - 1 : entry;
    const draft = clerk.write(population, i, duplicate);
    const row = r + 1;
    writer.writeRow([format === 'csv' ? String(row) : row, ...spec.cells(population, i, draft, clerk, random, style)]);
    truth.write(`${spec.name},${row},${personId(i)}\n`);
    if (row % DRAIN_EVERY === 0) await writer.drain();
  }
  await writer.close();

  const info: ListFileInfo = {
    list: spec.name,
    file,
    party: spec.party,
    kind: spec.kind,
    format,
    ...(format === 'csv' ? { encoding: settings.output.utf8Csv || spec.layout.format !== 'csv' ? 'utf-8' : spec.layout.encoding } : {}),
    ...(format === 'csv' ? { delimiter: settings.output.utf8Csv || spec.layout.format !== 'csv' ? ',' : spec.layout.delimiter } : {}),
    ...(format === 'json' ? { encoding: 'utf-8' } : {}),
    ...(format === 'xlsx' && spec.layout.format === 'xlsx' ? { sheet: spec.layout.sheet } : {}),
    rows: entries.length,
    persons,
    bytes: statSync(join(outDir, file)).size,
  };
  return { info, tally: clerk.tally };
}

function describePopulation(population: Population, ceasefire: string): SynthManifest['population'] {
  const cut = dayNumberOfIso(ceasefire);
  const counts = { brothers: 0, namesakes: 0, cousins: 0, captured: 0, afterCeasefire: 0, released: 0, exchanged: 0, died: 0 };
  for (let i = 0; i < population.size; i++) {
    const relations = population.relations[i] as number;
    if (relations & RELATION.brother) counts.brothers++;
    if (relations & RELATION.namesake) counts.namesakes++;
    if (relations & RELATION.cousin) counts.cousins++;
    if (population.captured[i]) counts.captured++;
    if ((population.lastContact[i] as number) >= cut) counts.afterCeasefire++;
    const fate = population.fate[i] as number;
    if (fate === FATE.released) counts.released++;
    else if (fate === FATE.exchanged) counts.exchanged++;
    else if (fate === FATE.died) counts.died++;
  }
  return counts;
}

/**
 * Writes the selected lists of a population into `outDir`, with truth.csv (list, row, person)
 * and manifest.json. Streams every file: memory holds the population, not the rows.
 */
export async function writeLists(population: Population, settings: SynthSettings, outDir: string): Promise<SynthManifest> {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (cause) {
    throw new WhereaboutsError('WA_OUTPUT_UNWRITABLE', `cannot write into ${outDir}: ${(cause as Error).message}`, { cause });
  }
  const masks = listMembership(population, settings);
  const truth = new TextFile(join(outDir, 'truth.csv'), 'utf-8');
  truth.write('list,row,person\n');
  const files: ListFileInfo[] = [];
  const noise: SynthManifest['noise'] = {};
  for (const name of settings.output.lists) {
    const { info, tally } = await writeList(LIST_SPECS[name], LIST_NAMES.indexOf(name), population, masks, settings, outDir, truth);
    files.push(info);
    noise[name] = tally;
  }
  truth.close();

  const parties = new Map<string, ListName[]>();
  for (const info of files) parties.set(info.party, [...(parties.get(info.party) ?? []), info.list]);
  const manifest: SynthManifest = {
    generator: 'whereabouts synth',
    version: 3,
    seed: settings.seed,
    settings,
    persons: population.size,
    records: files.reduce((sum, info) => sum + info.rows, 0),
    parties: [...parties].map(([name, lists]) => ({ name, lists })),
    files,
    truth: 'truth.csv',
    population: describePopulation(population, settings.population.ceasefire),
    names: describeNameSpread(population, masks, settings.output.lists),
    noise,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Generates the population of `settings` and writes its lists: what `whereabouts synth` does. */
export async function synthesize(settings: SynthSettings, outDir: string): Promise<SynthManifest> {
  const population = generatePopulation(settings.persons, settings.seed, settings.population);
  return writeLists(population, settings, outDir);
}

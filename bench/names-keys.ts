/**
 * `npx tsx bench/names-keys.ts`: would one more cheap blocking key catch the pairs a typing slip
 * hides from the shipped keys, and at what bucket cost? Each candidate key is added to
 * {@link nameKeys} here, outside the module, and measured on the corpus (generated with and
 * without slips, synth, hand-written) and on the generated population. Options: --population N
 * (default 300000: the ratios between rows are what is read, not the absolute sizes).
 */
import { nameKeys, prepareName } from '../src/names/index.js';
import type { PreparedName } from '../src/names/index.js';
import { KEY_LENGTH } from '../src/names/keys.js';
import { skeleton } from '../src/names/sound-form.js';
import { readSeeds } from './names-corpus.js';
import { generatePopulation } from './names-population.js';
import { option, readPairs } from './names-pairs.js';
import type { Pair } from './names-pairs.js';

type ExtraKeys = (name: PreparedName) => string[];

function isVowel(ch: string): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

/** The skeleton letters of a whole form: first letter, then every consonant. */
function fullSkeleton(form: string): string {
  return skeleton(form, form.length);
}

/**
 * Symmetric deletion neighbourhood of the head: the head of 5 skeleton letters with each one of
 * the last four dropped, in one space with the plain head, so one slip (a consonant dropped,
 * inserted or changed) leaves a shared key. Only forms of up to `longest` letters, where the
 * shipped head and tail keys overlap most.
 */
function deletionKeys(p: PreparedName, longest: number, forms = p.soundForms.length): string[] {
  const out: string[] = [];
  for (const f of p.soundForms.slice(0, forms)) {
    if (f.length > longest) continue;
    const s = skeleton(f, KEY_LENGTH + 1);
    out.push(`${p.part[0]}d${s.slice(0, KEY_LENGTH)}`);
    for (let k = 1; k < s.length; k += 1) out.push(`${p.part[0]}d${(s.slice(0, k) + s.slice(k + 1)).slice(0, KEY_LENGTH)}`);
  }
  return out;
}

const CANDIDATES: ReadonlyArray<readonly [string, ExtraKeys]> = [
  // The head without a bare -an was measured here too, then shipped (keys.ts).
  ['shipped keys only', () => []],
  ['head of 3 letters', (p) => p.soundForms.map((f) => `${p.part[0]}3${skeleton(f, KEY_LENGTH - 1)}`)],
  ['deletion neighbourhood of the head, names up to 8 letters', (p) => deletionKeys(p, 8)],
  ['deletion neighbourhood of the head, names up to 6 letters', (p) => deletionKeys(p, 6)],
  ['deletion neighbourhood of the usual form\'s head, up to 8 letters', (p) => deletionKeys(p, 8, 1)],
  [
    'skeleton without its first consonant',
    (p) => p.soundForms.map((f) => {
      const s = fullSkeleton(f);
      const at = isVowel(s[0] ?? '') ? 1 : 0;
      return `${p.part[0]}-${(s.slice(0, at) + s.slice(at + 1)).slice(0, KEY_LENGTH)}`;
    }),
  ],
];

function keysOf(extra: ExtraKeys, p: PreparedName): Set<string> {
  return new Set([...nameKeys(p), ...extra(p)]);
}

function recall(extra: ExtraKeys, pairs: readonly Pair[]): number {
  const positives = pairs.filter((p) => p.same);
  let shared = 0;
  for (const pair of positives) {
    const a = keysOf(extra, prepareName(pair.a, pair.part));
    if ([...keysOf(extra, prepareName(pair.b, pair.part))].some((k) => a.has(k))) shared += 1;
  }
  return shared / positives.length;
}

function main(): void {
  const size = option('population', 300_000);
  const generated = readPairs('generated.tsv');
  const synth = readPairs('synth.tsv');
  const hand = readPairs('hand-written.tsv');
  const population = generatePopulation(readSeeds(), size);
  const distinct = new Map<string, PreparedName>();
  for (const name of population) if (!distinct.has(name)) distinct.set(name, prepareName(name, 'surname'));
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(6);
  console.log(`population ${size} surnames; recall on positives: generated clean / with a slip / synth all / synth slipped / hand-written; buckets`);
  for (const [label, extra] of CANDIDATES) {
    const counts = new Map<string, number>();
    let incidences = 0;
    for (const name of population) {
      const keys = keysOf(extra, distinct.get(name) as PreparedName);
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
      incidences += keys.size;
    }
    let squares = 0;
    for (const c of counts.values()) squares += c * c;
    const figures = [
      recall(extra, generated.filter((p) => !p.slip)),
      recall(extra, generated.filter((p) => p.slip)),
      recall(extra, synth),
      recall(extra, synth.filter((p) => p.slip)),
      recall(extra, hand),
    ].map(pct);
    console.log(`${label.padEnd(58)} ${figures.join(' ')}  mean bucket ${(squares / incidences).toFixed(0)}, candidates per name ${(squares / size).toFixed(0)}`);
  }
}

main();

/**
 * A generated population of surnames for measuring bucket sizes: stems of the seeds cut at a
 * vowel and recombined (head of one, tail of another, ending of the first), written in Cyrillic,
 * in the native script or in one of the published romanisations. Deterministic.
 */
import type { Seed } from './names-corpus.js';
import { randomSource } from './names-corpus.js';
import * as systems from './names-systems.js';

const ENDINGS = /(ян|ов|ова|ев|ева|енко|чук|дзе|швили|ли|ети|иани|онти)$/u;

function cut(word: string): { head: string; tail: string; ending: string } {
  const match = ENDINGS.exec(word);
  const ending = match?.[0] ?? '';
  const stem = word.slice(0, word.length - ending.length);
  const vowels = [...stem.matchAll(/[аеиоуыэюя]/gu)].map((m) => m.index ?? 0);
  const at = vowels.length > 1 ? (vowels[Math.floor(vowels.length / 2)] ?? 1) + 1 : Math.ceil(stem.length / 2);
  return { head: stem.slice(0, at), tail: stem.slice(at), ending };
}

/** `size` surnames, with repeats where recombination meets itself, as real lists have. */
export function generatePopulation(seeds: readonly Seed[], size: number): string[] {
  const random = randomSource(7);
  const parts = seeds.filter((s) => s.kind === 'surname').map((s) => cut(s.russian.toLowerCase()));
  const renderers = [systems.RU_ICAO, systems.RU_BGN, systems.RU_GOST_B, systems.RU_INFORMAL, systems.RU_AZERBAIJANI];
  const out: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const a = parts[Math.floor(random() * parts.length)];
    const b = parts[Math.floor(random() * parts.length)];
    const c = parts[Math.floor(random() * parts.length)];
    if (a === undefined || b === undefined || c === undefined) continue;
    // Three-part stems sometimes, so the population is not only the seeds' own length.
    const middle = random() < 0.3 ? c.tail : '';
    const cyrillic = a.head + middle + b.tail + a.ending;
    const which = Math.floor(random() * (renderers.length + 1));
    const renderer = renderers[which];
    out.push(renderer === undefined ? cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1) : renderer(cyrillic));
  }
  return out;
}

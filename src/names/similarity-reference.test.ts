import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaroWinkler } from './jaro-winkler.js';
import { prepareName } from './prepared-name.js';
import type { NamePart, PreparedName } from './prepared-name.js';
import { ALIAS_SCORE, ENDING_MISMATCH_FACTOR, INITIAL_SCORE, SPELLING_VARIANT_SCORE, nameSimilarity } from './similarity.js';

/**
 * nameSimilarity as its documentation states it, with none of the hot path's devices (ids,
 * padded fields, bounds): the optimised function must give exactly these scores.
 */
function referenceSimilarity(a: PreparedName, b: PreparedName): number {
  const fa = a.soundForms;
  const fb = b.soundForms;
  if (fa.length === 0 || fb.length === 0) return 0;
  if (a.initial || b.initial) return fa.some((x) => fb.some((y) => x[0] === y[0])) ? INITIAL_SCORE : 0;
  let score = 0;
  if (fa.some((x) => fb.includes(x))) score = 1;
  else {
    fa.forEach((x, i) => fb.forEach((y, j) => {
      if (i === 0 || j === 0) score = Math.max(score, jaroWinkler(x, y));
    }));
  }
  if (a.part === 'surname' || b.part === 'surname') {
    return a.ending !== b.ending && a.ending !== 'none' && b.ending !== 'none' ? score * ENDING_MISMATCH_FACTOR : score;
  }
  if (score < SPELLING_VARIANT_SCORE && a.groups.some((g) => b.groups.includes(g))) return SPELLING_VARIANT_SCORE;
  if (score < ALIAS_SCORE && a.aliasGroups.some((g) => b.groups.includes(g))) return ALIAS_SCORE;
  return score;
}

const corpus = ['generated.tsv', 'hand-written.tsv', 'synth.tsv'].flatMap((file) => {
  let text: string;
  try {
    text = readFileSync(new URL(`./corpus/${file}`, import.meta.url), 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('part\t')).map((line) => line.split('\t'));
});

describe('nameSimilarity against its reference', () => {
  it('gives exactly the reference score on every corpus pair', () => {
    expect(corpus.length).toBeGreaterThan(4000);
    for (const [part, a, b] of corpus) {
      const pa = prepareName(a ?? '', part as NamePart);
      const pb = prepareName(b ?? '', part as NamePart);
      expect([a, b, nameSimilarity(pa, pb)]).toEqual([a, b, referenceSimilarity(pa, pb)]);
    }
  });

  it('gives exactly the reference score on any two corpus names, typed or slipped', () => {
    const names = [...new Set(corpus.flatMap(([, a, b]) => [a ?? '', b ?? '']))];
    // A slip as clerks make them: a letter dropped or doubled somewhere in the name.
    const slipped = fc.tuple(fc.constantFrom(...names), fc.nat(), fc.boolean()).map(([name, at, drop]) => {
      const cut = at % (name.length + 1);
      return drop ? name.slice(0, cut) + name.slice(cut + 1) : name.slice(0, cut) + name.slice(cut - 1, cut) + name.slice(cut);
    });
    const name = fc.oneof(fc.constantFrom(...names), slipped, fc.string({ maxLength: 12 }));
    const part = fc.constantFrom<NamePart>('surname', 'given', 'patronymic');
    fc.assert(
      fc.property(name, name, part, part, (a, b, partA, partB) => {
        const pa = prepareName(a, partA);
        const pb = prepareName(b, partB);
        expect(nameSimilarity(pa, pb)).toBe(referenceSimilarity(pa, pb));
      }),
      { numRuns: 5000 },
    );
  });
});

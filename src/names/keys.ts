import type { PreparedName } from './prepared-name.js';
import { skeleton, tailSkeleton } from './sound-form.js';

/**
 * Letters of the sound-form skeleton a key keeps: the first letter and the next consonants. Four
 * was chosen on the corpus and the generated population (docs/names.md): three made buckets
 * several times larger for no recall, five lost Sargsyan/Sarkisyan-like pairs.
 */
export const KEY_LENGTH = 4;

const PART_PREFIX = { surname: 's', given: 'g', patronymic: 'p' } as const;

/**
 * Computes the blocking keys of a prepared name: one per distinct skeleton of its sound forms
 * (`s:krkr` for Grigoryan, Григорян, Qriqoryan, Grigorian), plus one per given-name
 * equivalence group (`g#12`) so that Hayk and Гайк, or Hovhannes and Ованес, meet. Keys are
 * prefixed by the part, so a surname never shares a bucket with a given name.
 */
export function computeNameKeys(name: Omit<PreparedName, 'keys'>): string[] {
  const prefix = PART_PREFIX[name.part];
  const keys: string[] = [];
  if (name.initial) {
    const first = name.soundForms[0]?.[0];
    return first === undefined ? [] : [`${prefix}:${first}`];
  }
  for (const form of name.soundForms) {
    const key = `${prefix}:${skeleton(form, KEY_LENGTH)}`;
    if (!keys.includes(key)) keys.push(key);
    // The end of the stem too, so that a slip or a dropped letter at the start (Oskanian,
    // kAopian) still meets the other rendering in one bucket.
    const tail = `${prefix}<${tailSkeleton(form, KEY_LENGTH - 1)}`;
    if (form.length >= 4 && !keys.includes(tail)) keys.push(tail);
    // A -yan whose y a clerk dropped (Akopan, Torosan) leaves a bare -an, which the ending fold
    // refuses (Aslan is not Aslanyan): the head without it too. Measured with bench/names-keys.ts:
    // 2 more points of recall on slipped pairs for 0.3% more candidates.
    if (name.part === 'surname' && name.ending === 'none' && form.length > 4 && form.endsWith('an')) {
      const stem = `${prefix}:${skeleton(form.slice(0, -2), KEY_LENGTH)}`;
      if (!keys.includes(stem)) keys.push(stem);
    }
  }
  for (const group of [...name.groups, ...name.aliasGroups]) {
    const key = `${prefix}#${group}`;
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * The blocking keys of a prepared name: two records that may be the same person share at least
 * one key for each name part they both have.
 */
export function nameKeys(name: PreparedName): readonly string[] {
  return name.keys;
}

import { jaroWinkler, jaroWinklerBound } from './jaro-winkler.js';
import type { PreparedName } from './prepared-name.js';
import { sharesGroup } from './given-names.js';

/** Floor for two given names listed as spellings of one name (Davit / Давид). */
export const SPELLING_VARIANT_SCORE = 0.96;
/** Floor for two given names people use for the same man (Hovhannes / Ivan, Sasha / Aleksandr). */
export const ALIAS_SCORE = 0.85;
/** An initial that agrees with the first letter of the other name. */
export const INITIAL_SCORE = 0.9;
/** Factor when two surnames agree on the stem but not on the ending (Sarkisov / Sarkisyan). */
export const ENDING_MISMATCH_FACTOR = 0.95;

/** Ground truth for a shared form: any two of the forms equal as strings. */
function formsOverlap(pa: PreparedName, pb: PreparedName): boolean {
  for (const x of pa.soundForms) if (pb.soundForms.includes(x)) return true;
  return false;
}

/**
 * True when the two names share a sound form (Hakobyan / Акопян, Grigoryan / Qriqoryan): what
 * "spelling variant" means for surnames. Allocates nothing. Nine integer compares on fields of the two objects
 * decide almost every pair. Ids are per thread (names prepared in two workers may share an id by
 * chance), so a hit is confirmed on the two forms it names; those are one shared instance per
 * form within a thread, so the confirmation is a pointer compare, and only a collision between
 * threads falls back to comparing every form.
 */
export function sharesSoundForm(pa: PreparedName, pb: PreparedName): boolean {
  const a0 = pa.soundId0;
  const a1 = pa.soundId1;
  const a2 = pa.soundId2;
  const b0 = pb.soundId0;
  const b1 = pb.soundId1;
  const b2 = pb.soundId2;
  if (a0 === 0 || b0 === 0) return false; // no form at all
  let x: string;
  let y: string;
  if (a0 === b0 || a0 === b1 || a0 === b2) {
    x = pa.soundForm0;
    y = a0 === b0 ? pb.soundForm0 : a0 === b1 ? pb.soundForm1 : pb.soundForm2;
  } else if (a1 === b0 || a1 === b1 || a1 === b2) {
    x = pa.soundForm1;
    y = a1 === b0 ? pb.soundForm0 : a1 === b1 ? pb.soundForm1 : pb.soundForm2;
  } else if (a2 === b0 || a2 === b1 || a2 === b2) {
    x = pa.soundForm2;
    y = a2 === b0 ? pb.soundForm0 : a2 === b1 ? pb.soundForm1 : pb.soundForm2;
  } else {
    return false;
  }
  return x === y || formsOverlap(pa, pb);
}

/** Jaro-Winkler of `x` against `y` when it could beat `best`, else `best`. */
function better(x: string, y: string, best: number): number {
  if (jaroWinklerBound(x.length, y.length) <= best) return best;
  const score = jaroWinkler(x, y);
  return score > best ? score : best;
}

/** The best Jaro-Winkler over the two names' sound forms; 1 as soon as two forms are equal. */
function bestSoundScore(pa: PreparedName, pb: PreparedName): number {
  if (sharesSoundForm(pa, pb)) return 1;
  // Jaro-Winkler only where one side is its most usual form: rarer forms earn a match only by
  // equality (above). Five calls at most instead of nine; ROC-AUC on the generated corpus moved
  // from 0.9921 to 0.9917 for about 30% more comparisons per second. A form equal to the one
  // before it is padding (a name with fewer forms), skipped.
  const x = pa.soundForm0;
  const y = pb.soundForm0;
  let best = jaroWinkler(x, y);
  if (pb.soundForm1 !== y) best = better(x, pb.soundForm1, best);
  if (pb.soundForm2 !== pb.soundForm1) best = better(x, pb.soundForm2, best);
  if (pa.soundForm1 !== x) best = better(pa.soundForm1, y, best);
  if (pa.soundForm2 !== pa.soundForm1) best = better(pa.soundForm2, y, best);
  return best;
}

/**
 * How alike two prepared name parts are across scripts, in [0, 1]: the best Jaro-Winkler over
 * their sound forms (surname endings folded off and compared apart), raised to a floor for given
 * names the equivalence data calls spellings of one name or aliases, and scored on the first
 * letter when either is an initial. Allocates nothing: call it as often as blocking allows.
 *
 * @example
 * nameSimilarity(prepareName('Հարությունյան', 'surname'), prepareName('Arutiunian', 'surname')); // 1
 */
export function nameSimilarity(a: PreparedName, b: PreparedName): number {
  // Id 0: no sound form (an empty or unreadable value).
  if (a.soundId0 === 0 || b.soundId0 === 0) return 0;
  if (a.initial || b.initial) {
    const fa = a.soundForms;
    const fb = b.soundForms;
    for (let i = 0; i < fa.length; i += 1) {
      for (let j = 0; j < fb.length; j += 1) {
        if ((fa[i] as string).charCodeAt(0) === (fb[j] as string).charCodeAt(0)) return INITIAL_SCORE;
      }
    }
    return 0;
  }
  let score = bestSoundScore(a, b);
  if (a.part === 'surname' || b.part === 'surname') {
    if (a.ending !== b.ending && a.ending !== 'none' && b.ending !== 'none') score *= ENDING_MISMATCH_FACTOR;
    return score;
  }
  if (score < SPELLING_VARIANT_SCORE && sharesGroup(a.groups, b.groups)) return SPELLING_VARIANT_SCORE;
  if (score < ALIAS_SCORE && sharesGroup(a.aliasGroups, b.groups)) return ALIAS_SCORE;
  return score;
}

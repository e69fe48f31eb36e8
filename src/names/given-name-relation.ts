import type { GivenNameRelation } from './given-names.js';
import { sharesGroup } from './given-names.js';
import type { PreparedName } from './prepared-name.js';

/** How many of a name's renderings count as its usual forms. */
const USUAL_FORMS = 3;

/** True when the usual Latin form of `a` is one of the usual forms of `b` (Арам / Aram). */
function sameSpelling(a: PreparedName, b: PreparedName): boolean {
  const first = a.variants[0];
  if (first === undefined) return false;
  // A loop, not slice + includes: linkage relates names on its hot path.
  const usual = Math.min(USUAL_FORMS, b.variants.length);
  for (let i = 0; i < usual; i += 1) if (b.variants[i] === first) return true;
  return false;
}

/**
 * How two given names relate: `same` when they are one spelling up to transliteration (Арам /
 * Aram: the usual Latin form of one is a usual form of the other), `spelling-variant` when the shipped equivalences list them as one name in different
 * languages (Davit / Давид, Hayk / Гайк), `alias` when they list them as names used for the same
 * man (Hovhannes / Ivan, Sasha / Aleksandr), `different` otherwise (Aram / Arman).
 */
export function givenNameRelation(a: PreparedName, b: PreparedName): GivenNameRelation {
  if (sameSpelling(a, b) || sameSpelling(b, a)) return 'same';
  if (sharesGroup(a.groups, b.groups)) return 'spelling-variant';
  if (sharesGroup(a.aliasGroups, b.groups)) return 'alias';
  return 'different';
}

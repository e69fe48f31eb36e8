import type { GivenNameRelation } from './given-names.js';
import { sharesAlias, sharesGroup } from './given-names.js';
import type { PreparedName } from './prepared-name.js';

/**
 * How two given names relate: `same` when they are one spelling up to transliteration (Арам /
 * Aram), `spelling-variant` when the shipped equivalences list them as one name in different
 * languages (Davit / Давид, Hayk / Гайк), `alias` when they list them as names used for the same
 * man (Hovhannes / Ivan, Sasha / Aleksandr), `different` otherwise (Aram / Arman).
 */
export function givenNameRelation(a: PreparedName, b: PreparedName): GivenNameRelation {
  for (const x of a.soundForms) if (b.soundForms.includes(x)) return 'same';
  if (sharesGroup(a.groups, b.groups)) return 'spelling-variant';
  if (sharesAlias(a.groups, b.groups)) return 'alias';
  return 'different';
}

import { GIVEN_NAME_EQUIVALENCES } from './given-name-equivalences.js';
import type { GivenNameGroup } from './given-name-equivalences.js';
import { soundForm } from './sound-form.js';
import { transliterate } from './transliterate.js';

/** How two given names relate, from the shipped equivalences and the transliteration tables. */
export type GivenNameRelation = 'same' | 'spelling-variant' | 'alias' | 'different';

interface GivenNameIndex {
  /** Sound form → indices of the groups that have a form sounding so. */
  bySound: Map<string, number[]>;
  /** Group index → indices of its alias groups (both ways). */
  aliases: Map<number, Set<number>>;
}

function buildIndex(groups: readonly GivenNameGroup[]): GivenNameIndex {
  const bySound = new Map<string, number[]>();
  const byName = new Map<string, number>();
  groups.forEach((group, index) => {
    byName.set(group.name, index);
    for (const form of group.forms) {
      // Only the two most usual renderings: rarer ones would tie unrelated names together.
      for (const variant of transliterate(form).slice(0, 2)) {
        const sound = soundForm(variant, false).form;
        const list = bySound.get(sound) ?? [];
        if (!list.includes(index)) list.push(index);
        bySound.set(sound, list);
      }
    }
  });
  const aliases = new Map<number, Set<number>>();
  const link = (from: number, to: number): void => {
    const set = aliases.get(from) ?? new Set<number>();
    set.add(to);
    aliases.set(from, set);
  };
  groups.forEach((group, index) => {
    for (const alias of group.aliases ?? []) {
      const other = byName.get(alias);
      if (other === undefined) continue;
      link(index, other);
      link(other, index);
    }
  });
  return { bySound, aliases };
}

let index: GivenNameIndex | undefined;

function givenNameIndex(): GivenNameIndex {
  index ??= buildIndex(GIVEN_NAME_EQUIVALENCES);
  return index;
}

/** The equivalence groups a given name belongs to, found through its sound forms. */
export function givenNameGroups(soundForms: readonly string[]): number[] {
  const { bySound } = givenNameIndex();
  const out: number[] = [];
  for (const form of soundForms) {
    for (const group of bySound.get(form) ?? []) if (!out.includes(group)) out.push(group);
  }
  return out.sort((x, y) => x - y);
}

/** The name of a group, for explanations. */
export function givenNameGroupName(group: number): string {
  return GIVEN_NAME_EQUIVALENCES[group]?.name ?? `#${group}`;
}

/** True when `a` and `b` (sorted group lists) share a group. Allocates nothing. */
export function sharesGroup(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i += 1;
    else j += 1;
  }
  return false;
}

/** The groups a group is an alias of (both ways), for blocking keys. */
export function aliasGroups(group: number): readonly number[] {
  return [...(givenNameIndex().aliases.get(group) ?? [])];
}

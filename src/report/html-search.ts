import type { NamePart } from '../names/index.js';
import { prepareName } from '../names/index.js';
import { foldForSearch } from './html-text.js';
import type { Report } from './report-model.js';

/** What the page's search box needs: each word a name can be typed as, and the keys it stands for. */
export interface SearchVocabulary {
  /** Key text to its number on the page (`data-k` of each person's row). */
  keyIndex: Map<string, number>;
  /** A folded word (a spelling some list uses, or one of its Latin readings) to key numbers. */
  words: Record<string, number[]>;
}

/** How many Latin readings of each spelling the page knows: the usual ones, not every variant. */
const READINGS = 3;

/**
 * The search vocabulary of a report. The page cannot run the names layer, so the report gives it
 * the layer's answer for every spelling its lists use, and for the usual Latin readings of each:
 * a typed word found here stands for its keys, and finds every person whose names share one
 * (Harutyunyan, Арутюнян and Հարությունյան all stand for `s:artn`). Keys of the name's tail are
 * left out, as in the persons' keys (person-rows.ts).
 */
export function searchVocabulary(report: Report): SearchVocabulary {
  const keyIndex = new Map<string, number>();
  for (const p of report.persons) for (const k of p.nameKeys) if (!keyIndex.has(k)) keyIndex.set(k, keyIndex.size);
  const words = new Map<string, Set<number>>();
  const seen = new Set<string>();
  const add = (word: string, keys: readonly number[]) => {
    const folded = foldForSearch(word.trim());
    if (folded === '' || keys.length === 0) return;
    let held = words.get(folded);
    if (held === undefined) words.set(folded, (held = new Set()));
    for (const k of keys) held.add(k);
  };
  for (const person of report.persons) {
    for (const n of person.names) {
      for (const [value, part] of [[n.surname, 'surname'], [n.givenName, 'given'], [n.fatherName, 'patronymic']] as [string | undefined, NamePart][]) {
        if (value === undefined || seen.has(`${part}\u0000${value}`)) continue;
        seen.add(`${part}\u0000${value}`);
        const prepared = prepareName(value, part);
        const keys = prepared.keys.flatMap((k) => (keyIndex.has(k) ? [keyIndex.get(k)!] : []));
        // A value of one word is the word; of several ("Qaqik oğlu"), the value as a whole.
        add(value, keys);
        for (const reading of prepared.variants.slice(0, READINGS)) add(reading, keys);
      }
    }
  }
  return { keyIndex, words: Object.fromEntries([...words].map(([w, keys]) => [w, [...keys].sort((a, b) => a - b)])) };
}

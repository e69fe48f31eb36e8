import { HEADER_VOCABULARY } from './header-vocabulary.js';
import { foldLabel } from './label-fold.js';
import type { CanonicalField } from './record.js';

/** A header recognised from the vocabulary, with the entry that matched. */
export interface HeaderRecognition {
  field: CanonicalField;
  /** The folded vocabulary entry the header matched, for `inspect`. */
  entry: string;
  /** `exact` when the whole header is the entry; `contains` when the entry is words inside it. */
  match: 'exact' | 'contains';
}

let index: Map<string, CanonicalField> | undefined;
let entriesLongestFirst: string[] = [];

function vocabularyIndex(): Map<string, CanonicalField> {
  if (index !== undefined) return index;
  index = new Map();
  for (const [field, entries] of Object.entries(HEADER_VOCABULARY) as [CanonicalField, readonly string[]][]) {
    for (const entry of entries) {
      const folded = foldLabel(entry);
      // The first field to claim a spelling keeps it; the table test reports clashes.
      if (folded !== '' && !index.has(folded)) index.set(folded, field);
    }
  }
  entriesLongestFirst = [...index.keys()].sort((a, b) => b.length - a.length);
  return index;
}

/**
 * Recognises a column header as a canonical field, or returns undefined. The header is folded
 * (case, accents, punctuation); a parenthesised remark ("Дата рождения (дд.мм.гггг)") is ignored
 * when the whole header does not match; otherwise the longest vocabulary entry contained as whole
 * words decides, so "Фамилия военнослужащего" is a surname and "Место рождения" a birth place.
 */
export function recogniseHeader(header: string): HeaderRecognition | undefined {
  const vocabulary = vocabularyIndex();
  const folded = foldLabel(header);
  if (folded === '') return undefined;
  const exact = vocabulary.get(folded);
  if (exact !== undefined) return { field: exact, entry: folded, match: 'exact' };

  const withoutRemark = foldLabel(header.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' '));
  const exactWithoutRemark = vocabulary.get(withoutRemark);
  if (exactWithoutRemark !== undefined) return { field: exactWithoutRemark, entry: withoutRemark, match: 'exact' };

  const padded = ` ${withoutRemark} `;
  for (const entry of entriesLongestFirst) {
    // Single letters ("n", "м") are too weak to recognise inside a longer header.
    if (entry.length < 3) break;
    if (padded.includes(` ${entry} `)) return { field: vocabulary.get(entry) as CanonicalField, entry, match: 'contains' };
  }
  return undefined;
}

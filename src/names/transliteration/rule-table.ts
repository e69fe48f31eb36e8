/**
 * The shape of a transliteration table and the engine that applies one. A table maps letters
 * (or letter groups) of one script to the Latin renderings clerks use, most usual first; the
 * engine returns every plausible rendering, cheapest first, up to a cap.
 */

/** Renderings of one letter (or group), chosen by where it stands in the word. */
export interface LetterRule {
  /** At the start of a word (Armenian ե → ye, Russian я → ya). */
  initial?: readonly string[];
  /** After a vowel (Russian е → ye in Андреев). */
  afterVowel?: readonly string[];
  /** Between two vowels (Russian г → h in Оганесян); takes precedence over `afterVowel`. */
  betweenVowels?: readonly string[];
  /** Anywhere else, and wherever a more specific context has no entry. */
  other: readonly string[];
}

/** A per-language table. Keys are lower-case letters or groups of up to three letters. */
export interface TransliterationTable {
  /** A short name for explanations: `ru-passport`, `hy-eastern`... */
  name: string;
  /** Lower-case vowels of the source script, for the `afterVowel` context. */
  vowels: string;
  letters: Readonly<Record<string, LetterRule | readonly string[]>>;
}

/** How many renderings one table may produce for one word; the cheapest are kept. */
export const MAX_RENDERINGS = 12;

interface Partial {
  text: string;
  cost: number;
}

function choices(rule: LetterRule | readonly string[], initial: boolean, afterVowel: boolean, beforeVowel: boolean): readonly string[] {
  if (Array.isArray(rule)) return rule as readonly string[];
  const r = rule as LetterRule;
  if (initial && r.initial) return r.initial;
  if (afterVowel && beforeVowel && r.betweenVowels) return r.betweenVowels;
  if (afterVowel && r.afterVowel) return r.afterVowel;
  return r.other;
}

/**
 * Every rendering of `text` (lower case, as {@link normaliseName} gives it) under `table`,
 * cheapest first: each letter's first rendering costs nothing, the n-th costs n. Characters the
 * table does not know pass through unchanged.
 */
export function applyTable(text: string, table: TransliterationTable, cap = MAX_RENDERINGS): string[] {
  let beam: Partial[] = [{ text: '', cost: 0 }];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    let matched = 0;
    let rule: LetterRule | readonly string[] | undefined;
    for (let len = 3; len >= 1; len -= 1) {
      if (i + len > chars.length) continue;
      const key = chars.slice(i, i + len).join('');
      const found = table.letters[key];
      if (found !== undefined) {
        rule = found;
        matched = len;
        break;
      }
    }
    if (rule === undefined) {
      const ch = chars[i] ?? '';
      beam = beam.map((p) => ({ text: p.text + ch, cost: p.cost }));
      i += 1;
      continue;
    }
    const previous = chars[i - 1];
    const initial = previous === undefined || previous === ' ' || previous === '-';
    const afterVowel = previous !== undefined && table.vowels.includes(previous);
    const next1 = chars[i + matched];
    const beforeVowel = next1 !== undefined && table.vowels.includes(next1);
    const options = choices(rule, initial, afterVowel, beforeVowel);
    const next: Partial[] = [];
    for (const p of beam) {
      options.forEach((option, index) => next.push({ text: p.text + option, cost: p.cost + index }));
    }
    next.sort((a, b) => a.cost - b.cost);
    beam = next.slice(0, cap * 4);
    i += matched;
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of beam.sort((a, b) => a.cost - b.cost)) {
    if (seen.has(p.text)) continue;
    seen.add(p.text);
    out.push(p.text);
    if (out.length >= cap) break;
  }
  return out;
}

import type { PartialDate } from '../ingest/partial-date.js';
import type { CanonicalField } from '../ingest/record.js';
import type { Claim, ClaimValue } from './claims.js';
import { isDateValue } from './claims.js';
import { datesCompatible, swappedDayMonth } from './date-readings.js';

/**
 * Why two claims cannot both be true: plain disagreement, or two full dates that agree only with
 * day and month swapped (a frequent clerical slip, so a reviewer sees it named).
 */
export type ConflictKind = 'different' | 'day-month-swapped';

/** Two claims of one field that cannot describe the same person. */
export interface Conflict {
  field: CanonicalField;
  kind: ConflictKind;
  a: Claim;
  b: Claim;
}

/**
 * The fields whose claims are compared. Names are not: the same name legitimately differs by
 * script and clerk, and the linkage engine has already weighed it. Free text (place, notes,
 * status) is not either: it is shown side by side, never judged here.
 */
export const COMPARED_FIELDS = ['birth_date', 'sex', 'unit', 'service_number', 'rank', 'citizenship', 'birth_place'] as const satisfies readonly CanonicalField[];

/** Fields compared by their digits: `в/ч 12345`, `military unit 12345` and `12345` are one unit. */
const DIGIT_FIELDS: ReadonlySet<CanonicalField> = new Set(['unit', 'service_number']);

/** Folds text for comparison: compatibility form, root-locale lower case, no marks or punctuation. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
];
const OTHER_LETTER = /[^\P{L}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;

/** The writing system of a text's letters, or `mixed`, or `none` when it has no letters. */
export function scriptOf(text: string): string {
  const found = SCRIPTS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  if (OTHER_LETTER.test(text)) found.push('Other');
  if (found.length === 0) return 'none';
  return found.length === 1 ? found[0]! : 'mixed';
}

/**
 * How a text value is compared, or undefined when it cannot be judged here. Digit fields compare
 * their digit runs whatever the script; other text compares only within one script, because
 * "рядовой" and "private" are the same rank and only the names module could tell.
 */
export function comparableText(field: CanonicalField, text: string): string | undefined {
  if (DIGIT_FIELDS.has(field)) {
    const digits = text.match(/[0-9]+/g);
    if (digits) return `#${digits.join(' ')}`;
  }
  const folded = foldText(text);
  if (folded === '') return undefined;
  return `${scriptOf(text)}:${folded}`;
}

/** Whether two text keys are comparable: digit keys with digit keys, text in the same script. */
function sameKind(a: string, b: string): boolean {
  if (a.startsWith('#') || b.startsWith('#')) return a.startsWith('#') && b.startsWith('#');
  const sa = a.slice(0, a.indexOf(':'));
  const sb = b.slice(0, b.indexOf(':'));
  return sa === sb && sa !== 'mixed' && sa !== 'none';
}

/**
 * A claim's value made ready for comparison, computed once per claim: a date as it is, text as
 * its comparison key, or undefined when the text cannot be judged here.
 */
export type ComparisonKey = PartialDate | string | undefined;

/** The comparison key of a value of a field. */
export function comparisonKey(field: CanonicalField, value: ClaimValue): ComparisonKey {
  return isDateValue(value) ? value : comparableText(field, value);
}

/** Whether two keys can both be true; undefined when they cannot be compared. */
export function keysAgree(a: ComparisonKey, b: ComparisonKey): boolean | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (typeof a === 'object' || typeof b === 'object') {
    if (typeof a !== 'object' || typeof b !== 'object') return undefined;
    return datesCompatible(a, b);
  }
  if (!sameKind(a, b)) return undefined;
  return a === b;
}

/** Whether two values of a field can both be true; undefined when they cannot be compared. */
export function valuesAgree(field: CanonicalField, a: ClaimValue, b: ClaimValue): boolean | undefined {
  return keysAgree(comparisonKey(field, a), comparisonKey(field, b));
}

/**
 * Every pair of claims of a compared field that cannot both be true. Each unordered pair of
 * claims is reported once, in claim order, so the output is deterministic.
 */
export function findConflicts(field: CanonicalField, claims: readonly Claim[]): Conflict[] {
  if (!(COMPARED_FIELDS as readonly string[]).includes(field)) return [];
  const keys = claims.map((c) => comparisonKey(field, c.value));
  const conflicts: Conflict[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (keysAgree(keys[i], keys[j]) !== false) continue;
      const a = claims[i]!;
      const b = claims[j]!;
      const swapped = isDateValue(a.value) && isDateValue(b.value) && swappedDayMonth(a.value, b.value);
      conflicts.push({ field, kind: swapped ? 'day-month-swapped' : 'different', a, b });
    }
  }
  return conflicts;
}

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
    .toLocaleLowerCase('und')
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The writing system of a text's letters, or `mixed`, or `none` when it has no letters. */
export function scriptOf(text: string): string {
  const scripts = new Set<string>();
  for (const ch of text) {
    if (/\p{Script=Latin}/u.test(ch)) scripts.add('Latin');
    else if (/\p{Script=Cyrillic}/u.test(ch)) scripts.add('Cyrillic');
    else if (/\p{Script=Armenian}/u.test(ch)) scripts.add('Armenian');
    else if (/\p{Script=Georgian}/u.test(ch)) scripts.add('Georgian');
    else if (/\p{L}/u.test(ch)) scripts.add('Other');
  }
  if (scripts.size === 0) return 'none';
  return scripts.size === 1 ? [...scripts][0]! : 'mixed';
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

/** Whether two values of a field can both be true; undefined when they cannot be compared. */
export function valuesAgree(field: CanonicalField, a: ClaimValue, b: ClaimValue): boolean | undefined {
  if (isDateValue(a) || isDateValue(b)) {
    if (!isDateValue(a) || !isDateValue(b)) return undefined;
    return datesCompatible(a, b);
  }
  const ka = comparableText(field, a);
  const kb = comparableText(field, b);
  if (ka === undefined || kb === undefined || !sameKind(ka, kb)) return undefined;
  return ka === kb;
}

/**
 * Every pair of claims of a compared field that cannot both be true. Each unordered pair of
 * claims is reported once, in claim order, so the output is deterministic.
 */
export function findConflicts(field: CanonicalField, claims: readonly Claim[]): Conflict[] {
  if (!(COMPARED_FIELDS as readonly string[]).includes(field)) return [];
  const conflicts: Conflict[] = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      if (valuesAgree(field, a.value, b.value) !== false) continue;
      const swapped = isDateValue(a.value) && isDateValue(b.value) && swappedDayMonth(a.value as PartialDate, b.value as PartialDate);
      conflicts.push({ field, kind: swapped ? 'day-month-swapped' : 'different', a, b });
    }
  }
  return conflicts;
}

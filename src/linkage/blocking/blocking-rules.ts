import { WhereaboutsError } from '../../errors.js';

/** A part of a blocking key: records are candidates only when every part is known and equal. */
export type BlockingKeyPart = 'surname_key' | 'given_key' | 'father_key' | 'birth_year' | 'birth_date' | 'birth_month_day' | 'service_number' | 'unit';

/** The parts a blocking rule may use. */
export const BLOCKING_KEY_PARTS: readonly BlockingKeyPart[] = ['surname_key', 'given_key', 'father_key', 'birth_year', 'birth_date', 'birth_month_day', 'service_number', 'unit'];

/**
 * A blocking rule, as data: pairs of records equal on all `keys` become candidates. A block
 * with more pairs than the budget is not enumerated whole: it is split by the parts of
 * `refineBy`, one at a time, until its pieces fit (a record without a value for that part
 * joins the pieces that still fit with it, within a bound, or else lands in a piece of its
 * own). Without `refineBy`, {@link defaultRefinements} apply.
 */
export interface BlockingRule {
  name: string;
  keys: BlockingKeyPart[];
  refineBy?: BlockingKeyPart[];
}

/**
 * The parts an oversized block is split by, most telling first: birth year, then given name,
 * father's name, and birth day and month, leaving out what the rule already blocks on.
 */
export function defaultRefinements(keys: readonly BlockingKeyPart[]): BlockingKeyPart[] {
  const hasDate = keys.includes('birth_date');
  const order: BlockingKeyPart[] = ['birth_year', 'given_key', 'father_key', 'birth_month_day'];
  return order.filter((part) => !keys.includes(part) && !(hasDate && (part === 'birth_year' || part === 'birth_month_day')));
}

/**
 * The default rules. Each catches matches the others miss: a surname written very differently
 * is caught by given + father + year; a wrong birth year by surname + given or surname + day and
 * month; a shared service number by itself.
 */
export function defaultBlockingRules(): BlockingRule[] {
  return [
    { name: 'surname + birth year', keys: ['surname_key', 'birth_year'] },
    { name: 'surname + given name', keys: ['surname_key', 'given_key'] },
    { name: 'surname + father', keys: ['surname_key', 'father_key'] },
    { name: 'given name + father + birth year', keys: ['given_key', 'father_key', 'birth_year'] },
    { name: 'surname + birth day and month', keys: ['surname_key', 'birth_month_day'] },
    { name: 'service number', keys: ['service_number'] },
  ];
}

/** Checks rules read from settings; throws WA_SETTINGS_INVALID. */
export function validateBlockingRules(rules: readonly BlockingRule[]): void {
  if (rules.length === 0) throw new WhereaboutsError('WA_SETTINGS_INVALID', 'settings are invalid: at least one blocking rule is needed');
  for (const rule of rules) {
    if (typeof rule !== 'object' || rule === null || typeof rule.name !== 'string' || !Array.isArray(rule.keys) || rule.keys.length === 0 || rule.keys.some((k) => !BLOCKING_KEY_PARTS.includes(k))) {
      throw new WhereaboutsError('WA_SETTINGS_INVALID', `settings are invalid: blocking rule ${JSON.stringify(rule)} must have a name and keys among ${BLOCKING_KEY_PARTS.join(', ')}`);
    }
    if (rule.refineBy !== undefined && (!Array.isArray(rule.refineBy) || rule.refineBy.some((k) => !BLOCKING_KEY_PARTS.includes(k)))) {
      throw new WhereaboutsError('WA_SETTINGS_INVALID', `settings are invalid: blocking rule ${JSON.stringify(rule)} must refine by key parts among ${BLOCKING_KEY_PARTS.join(', ')}`);
    }
  }
}

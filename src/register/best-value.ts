import type { PartialDate } from '../ingest/partial-date.js';
import { datePrecision } from '../ingest/partial-date.js';
import type { CanonicalField } from '../ingest/record.js';
import type { Claim, ClaimValue } from './claims.js';
import { isDateValue } from './claims.js';
import { comparableText, valuesAgree } from './conflicts.js';

/**
 * Why a best value was chosen. `support` claims of `of` agree with it. `mostPrecise` says it
 * was preferred over agreeing but vaguer claims (a full date over a year). `undecided` means
 * claims that disagree had equal support, so none was chosen: a person decides, not the code.
 */
export interface BestValueReason {
  kind: 'single-source' | 'sources-agree' | 'majority' | 'most-sources' | 'undecided';
  support: number;
  of: number;
  mostPrecise: boolean;
}

/** The value the register shows first for a field, with why; `value` is absent when undecided. */
export interface BestValue {
  value?: ClaimValue;
  /** The claim the value is taken from, so it can be traced to its list and row. */
  from?: Claim;
  reason: BestValueReason;
}

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

/** Higher is more precise: a full date beats a month, an unambiguous date beats a swappable one. */
function precision(value: ClaimValue): number {
  if (!isDateValue(value)) return 0;
  const date: PartialDate = value;
  return PRECISION_RANK[datePrecision(date)] * 2 + (date.alternative ? 0 : 1);
}

/** Whether two values support each other; values that cannot be compared do not. */
function supports(field: CanonicalField, a: ClaimValue, b: ClaimValue): boolean {
  if (!isDateValue(a) && !isDateValue(b)) {
    const ka = comparableText(field, a);
    return ka !== undefined && ka === comparableText(field, b);
  }
  return valuesAgree(field, a, b) === true;
}

/**
 * Derives the best value of a field from its claims: the value most claims agree with; among
 * those, the most precise; ties between disagreeing values stay undecided. Deterministic: equal
 * candidates fall back to claim order.
 */
export function bestValue(field: CanonicalField, claims: readonly Claim[]): BestValue {
  const of = claims.length;
  if (of === 0) return { reason: { kind: 'undecided', support: 0, of: 0, mostPrecise: false } };
  const support = claims.map((c) => claims.filter((other) => supports(field, c.value, other.value)).length);
  const top = Math.max(...support);
  const leaders = claims.filter((_, i) => support[i] === top);
  const sharpest = Math.max(...leaders.map((c) => precision(c.value)));
  const chosen = leaders.filter((c) => precision(c.value) === sharpest);
  const first = chosen[0]!;
  // Leaders that do not support each other are rival values with equal backing: leave it open.
  if (leaders.some((c) => !supports(field, first.value, c.value))) {
    return { reason: { kind: 'undecided', support: top, of, mostPrecise: false } };
  }
  const mostPrecise = leaders.some((c) => precision(c.value) < sharpest);
  let kind: BestValueReason['kind'];
  if (of === 1) kind = 'single-source';
  else if (top === of) kind = 'sources-agree';
  else if (top * 2 > of) kind = 'majority';
  else kind = 'most-sources';
  return { value: first.value, from: first, reason: { kind, support: top, of, mostPrecise } };
}

/** The reason in words, in English or Russian, e.g. "2 of 3 sources; most precise date". */
export function describeReason(reason: BestValueReason, lang: 'en' | 'ru' = 'en'): string {
  const en = lang === 'en';
  let text: string;
  switch (reason.kind) {
    case 'single-source':
      text = en ? 'one source' : 'один источник';
      break;
    case 'sources-agree':
      text = en ? `all ${reason.of} sources agree` : `все ${reason.of} источника согласны`;
      break;
    case 'undecided':
      return en
        ? `sources disagree (${reason.support} of ${reason.of} each): not chosen`
        : `источники расходятся (по ${reason.support} из ${reason.of}): не выбрано`;
    default:
      text = en ? `${reason.support} of ${reason.of} sources` : `${reason.support} из ${reason.of} источников`;
  }
  if (reason.mostPrecise) text += en ? '; most precise date' : '; наиболее точная дата';
  return text;
}

import type { PartialDate } from '../ingest/partial-date.js';
import { datePrecision } from '../ingest/partial-date.js';
import type { CanonicalField } from '../ingest/record.js';
import type { Claim, ClaimValue } from './claims.js';
import { isDateValue } from './claims.js';
import type { ComparisonKey } from './conflicts.js';
import { comparisonKey, keysAgree } from './conflicts.js';

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

/**
 * Whether two keys support each other. Text must be equal as folded (text in two scripts
 * supports neither); dates must be compatible. Values that cannot be compared do not.
 */
function supports(a: ComparisonKey, b: ComparisonKey): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return keysAgree(a, b) === true;
}

/**
 * The best of some claims when `agree(a, b)` says which support each other: the value most
 * claims agree with; among those, the most precise; ties between disagreeing values stay
 * undecided. Deterministic: equal candidates fall back to claim order.
 */
export function bestAmong(claims: readonly Claim[], agree: (a: Claim, b: Claim) => boolean): BestValue {
  const of = claims.length;
  if (of === 0) return { reason: { kind: 'undecided', support: 0, of: 0, mostPrecise: false } };
  const support = claims.map((c) => claims.filter((other) => agree(c, other)).length);
  const top = Math.max(...support);
  const leaders = claims.map((_, i) => i).filter((i) => support[i] === top);
  const sharpest = Math.max(...leaders.map((i) => precision(claims[i]!.value)));
  const firstAt = leaders.find((i) => precision(claims[i]!.value) === sharpest)!;
  const first = claims[firstAt]!;
  // Leaders that do not support each other are rival values with equal backing: leave it open.
  if (leaders.some((i) => !agree(first, claims[i]!))) {
    return { reason: { kind: 'undecided', support: top, of, mostPrecise: false } };
  }
  const mostPrecise = leaders.some((i) => precision(claims[i]!.value) < sharpest);
  let kind: BestValueReason['kind'];
  if (of === 1) kind = 'single-source';
  else if (top === of) kind = 'sources-agree';
  else if (top * 2 > of) kind = 'majority';
  else kind = 'most-sources';
  return { value: first.value, from: first, reason: { kind, support: top, of, mostPrecise } };
}

/**
 * Derives the best value of a field from its claims ({@link bestAmong}): text agrees when equal
 * as folded (text in two scripts supports neither), dates when compatible.
 */
export function bestValue(field: CanonicalField, claims: readonly Claim[]): BestValue {
  const keys = new Map(claims.map((c) => [c, comparisonKey(field, c.value)]));
  return bestAmong(claims, (a, b) => supports(keys.get(a)!, keys.get(b)!));
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

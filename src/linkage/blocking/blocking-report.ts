import type { BlockingPlan } from './blocking.js';
import { forEachPairInRange } from './blocking.js';
import type { RecordFeatures } from '../features/record-features.js';

/** A block a rule skipped because it was too large, described by its key values. */
export interface SkippedBlock {
  /** The key as values of the first record in it, e.g. `surname_key=grigoryan (Григорян), birth_year=1990`. */
  key: string;
  records: number;
  pairs: number;
}

/** What one blocking rule contributes. */
export interface BlockingRuleReport {
  rule: string;
  /** Blocks of two records or more. */
  blocks: number;
  largestBlock: number;
  /** Pairs within its blocks (skipped blocks excluded), before removing pairs earlier rules generate. */
  pairs: number;
  /** Pairs this rule adds to the union. */
  newPairs: number;
  /** Blocks over the pair budget that were split by the rule's refinements instead of enumerated. */
  refinedBlocks: number;
  skippedBlocks: number;
  skippedPairs: number;
  /** The largest skipped blocks (at most 5). */
  largestSkipped: SkippedBlock[];
}

/** The pairs each rule generates and what the size cap left out; the union is the sum of `newPairs`. */
export interface BlockingReport {
  rules: BlockingRuleReport[];
  /** The union of candidate pairs: the sum of `newPairs`. */
  candidatePairs: number;
  maxPairsPerBlock: number;
}

function describeKey(features: RecordFeatures, keys: readonly string[], record: number): string {
  return keys
    .map((key) => {
      switch (key) {
        case 'surname_key':
          return `surname=${features.surnames.written[features.surname[record] as number] ?? ''}`;
        case 'given_key':
          return `given_name=${features.givenNames.written[features.given[record] as number] ?? ''}`;
        case 'father_key':
          return `father=${features.givenNames.written[features.father[record] as number] ?? ''}`;
        case 'birth_year':
          return `birth_year=${features.birthYear[record]}`;
        case 'birth_date':
          return `birth_date=${features.birthYear[record]}-${features.birthMonth[record]}-${features.birthDay[record]}`;
        case 'birth_month_day':
          return `birth_month_day=${features.birthMonth[record]}-${features.birthDay[record]}`;
        case 'service_number':
          return `service_number=${features.serviceNumber.values[features.serviceNumber.codes[record] as number] ?? ''}`;
        default:
          return `unit=${features.unit.values[features.unit.codes[record] as number] ?? ''}`;
      }
    })
    .join(', ');
}

/**
 * Counts, for each rule, the pairs its blocks hold and lists the blocks the size cap skipped.
 * The pairs each rule adds to the union (`newPairs`) come from a walk over the pairs: the run's
 * own (linkRecords fills them in) or {@link countNewPairs}; without them they stay 0.
 */
export function blockingReport(plan: BlockingPlan, features: RecordFeatures, newPairsByRule?: readonly number[]): BlockingReport {
  let candidatePairs = 0;
  const rules = plan.rules.map((compiled, rule) => {
    const { blockStart, skipped, order } = compiled;
    const report: BlockingRuleReport = { rule: compiled.rule.name, blocks: 0, largestBlock: 0, pairs: 0, newPairs: 0, refinedBlocks: compiled.refinedBlocks, skippedBlocks: 0, skippedPairs: 0, largestSkipped: [] };
    const skippedList: SkippedBlock[] = [];
    for (let b = 0; b < skipped.length; b++) {
      const size = (blockStart[b + 1] as number) - (blockStart[b] as number);
      if (size < 2) continue;
      report.blocks++;
      report.largestBlock = Math.max(report.largestBlock, size);
      const pairs = (size * (size - 1)) / 2;
      if (skipped[b] === 1) {
        report.skippedBlocks++;
        report.skippedPairs += pairs;
        skippedList.push({ key: describeKey(features, compiled.rule.keys, order[blockStart[b] as number] as number), records: size, pairs });
      } else report.pairs += pairs;
    }
    report.largestSkipped = skippedList.sort((x, y) => y.records - x.records).slice(0, 5);
    if (newPairsByRule !== undefined) report.newPairs = newPairsByRule[rule] ?? 0;
    candidatePairs += report.newPairs;
    return report;
  });
  return { rules, candidatePairs, maxPairsPerBlock: plan.maxPairsPerBlock };
}

/** Counts each rule's new pairs by walking them (without scoring): for reports made apart from a run. */
export function countNewPairs(plan: BlockingPlan): number[] {
  return plan.rules.map((compiled, rule) => {
    let pairs = 0;
    forEachPairInRange(plan, { rule, from: 0, to: compiled.skipped.length }, () => {
      pairs++;
    });
    return pairs;
  });
}

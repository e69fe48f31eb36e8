import { describe, expect, it } from 'vitest';
import { planBlocking, splitIntoRanges } from '../blocking/blocking.js';
import { compileComparisons } from '../comparisons/comparison-levels.js';
import { defaultComparisons } from '../comparisons/comparison-settings.js';
import { foldingNameAnalyser } from '../testing/folding-name-analyser.js';
import type { NameAnalyser } from '../features/name-analyser.js';
import { countVectorsInRanges, emptyCounts, trainingRanges, weighCounts } from './pair-pass.js';
import { prepareRecords } from '../features/record-features.js';
import { isoDate, linkRecordsOf } from '../testing/test-records.js';
import type { ParsedRecord } from '../../ingest/record.js';

/** Keys on the whole folded name, so every family is its own block. */
const analyser: NameAnalyser = {
  ...foldingNameAnalyser,
  analyse(text, part) {
    const analysed = foldingNameAnalyser.analyse(text, part);
    return analysed === undefined ? undefined : { ...analysed, keys: [analysed.normalised] };
  },
};

describe('training sample', () => {
  it('counts a share of the ranges beyond the budget, weighted so the pair total still comes out', () => {
    // 3,000 families of 3 records: 9,000 pairs in blocks of 3 pairs; ranges of 30 pairs.
    const rows: [string, ParsedRecord][] = [];
    for (let f = 0; f < 3000; f++) for (let k = 0; k < 3; k++) rows.push(['l', { surname: `Family ${f}`, given_name: ['Aram', 'Davit', 'Hayk'][k] as string, birth_date: isoDate('1990') }]);
    const features = prepareRecords(linkRecordsOf(rows), analyser);
    const plan = planBlocking(features, [{ name: 'surname + birth year', keys: ['surname_key', 'birth_year'] }], 1000);
    const ranges = splitIntoRanges(plan, 30);
    const count = (maxPairs: number): { ranges: number; pairs: number; union: number } => {
      const chosen = trainingRanges(plan, ranges, maxPairs);
      const counts = emptyCounts();
      countVectorsInRanges(plan, compileComparisons(defaultComparisons(), features, analyser), chosen, counts);
      const into = weighCounts(counts, plan.rules.length);
      return { ranges: chosen.length, pairs: into.newPairsByRule[0] as number, union: [...into.union.values()].reduce((s, c) => s + c, 0) };
    };
    expect(count(10_000)).toEqual({ ranges: 300, pairs: 9000, union: 9000 });
    expect(count(3000)).toEqual({ ranges: 100, pairs: 9000, union: 9000 });
  });
});

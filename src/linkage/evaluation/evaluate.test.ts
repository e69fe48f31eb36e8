import { describe, expect, it } from 'vitest';
import { WhereaboutsError } from '../../errors.js';
import { evaluateClustering } from './evaluate.js';

describe('evaluateClustering', () => {
  it('computes pairwise and B-cubed scores of a hand-worked example', () => {
    // Truth: {0,1,2} {3,4}. Predicted: {0,1} {2,3,4}.
    const result = evaluateClustering(['a', 'a', 'b', 'b', 'b'], [1, 1, 1, 2, 2]);
    // Predicted pairs: 01, 23, 24, 34 = 4; true pairs: 01, 02, 12, 34 = 4; both: 01, 34 = 2.
    expect(result.pairwise.truePositives).toBe(2);
    expect(result.pairwise.precision).toBeCloseTo(0.5);
    expect(result.pairwise.recall).toBeCloseTo(0.5);
    expect(result.pairwise.f1).toBeCloseTo(0.5);
    // B-cubed precision: 0,1: 2/2; 2: 1/3; 3,4: 2/3 → (1 + 1 + 1/3 + 2/3 + 2/3) / 5.
    expect(result.bcubed.precision).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5);
    // B-cubed recall: 0,1: 2/3; 2: 1/3; 3,4: 2/2 → (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
    expect(result.bcubed.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5);
  });

  it('gives a perfect score to the truth itself and penalises lumping everyone together', () => {
    const truth = [1, 1, 2, 3, 3, 3];
    expect(evaluateClustering(truth, truth).pairwise.f1).toBe(1);
    expect(evaluateClustering(truth, truth).bcubed.f1).toBe(1);
    const lumped = evaluateClustering([0, 0, 0, 0, 0, 0], truth);
    expect(lumped.pairwise.recall).toBe(1);
    expect(lumped.pairwise.precision).toBeCloseTo(4 / 15);
  });

  it('does not confuse the label 1 with the label "1"', () => {
    const result = evaluateClustering([1, '1'], ['x', 'x']);
    expect(result.pairwise.predictedPairs).toBe(0);
  });

  it('refuses a truth of another length', () => {
    expect(() => evaluateClustering([1, 2], [1])).toThrow(WhereaboutsError);
  });
});

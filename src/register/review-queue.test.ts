import { describe, expect, it } from 'vitest';
import { pairKey } from './register-record.js';
import { binaryEntropy, reviewQueue } from './review-queue.js';

describe('reviewQueue', () => {
  const pairs = [
    { a: 'a:1', b: 'b:1', match_probability: 0.95 },
    { a: 'a:2', b: 'b:2', match_probability: 0.3 },
    { a: 'a:3', b: 'b:3', match_probability: 0.52 },
    { a: 'a:5', b: 'b:5', match_probability: 0.7 },
    { a: 'a:4', b: 'b:4', match_probability: 0.7 },
    { a: 'a:6', b: 'b:6', match_probability: 0.1 },
  ];

  it('keeps the band, most informative first, ties by pair', () => {
    const queue = reviewQueue(pairs, { lower: 0.2, upper: 0.9 });
    expect(queue.map((p) => p.a)).toEqual(['a:3', 'a:4', 'a:5', 'a:2']);
    expect(queue[0]!.entropy).toBeGreaterThan(queue[3]!.entropy);
  });

  it('leaves out pairs already decided', () => {
    const queue = reviewQueue(pairs, { lower: 0.2, upper: 0.9 }, new Set([pairKey('b:3', 'a:3')]));
    expect(queue.map((p) => p.a)).toEqual(['a:4', 'a:5', 'a:2']);
  });

  it('measures entropy in bits', () => {
    expect(binaryEntropy(0.5)).toBe(1);
    expect(binaryEntropy(1)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { BlockingPlan } from '../blocking/blocking.js';
import { defaultBlockingRules, planBlocking } from '../blocking/blocking.js';
import { namesAnalyser } from '../features/names-analyser.js';
import { planBlockingOnThreads } from './parallel-blocking.js';
import { prepareRecords } from '../features/record-features.js';
import { samplePopulation } from '../testing/sample-population.js';

/** Every array of the plan as plain numbers, rule by rule. */
function arraysOf(plan: BlockingPlan): unknown {
  return {
    rules: plan.rules.map((r) => ({
      rule: r.rule,
      refinedBlocks: r.refinedBlocks,
      recordStart: [...r.recordStart],
      recordBlocks: [...r.recordBlocks],
      order: [...r.order],
      blockStart: [...r.blockStart],
      skipped: [...r.skipped],
      depth: [...r.depth],
    })),
    maxPairsPerBlock: plan.maxPairsPerBlock,
    signatures: { ...plan.signatures, values: [...plan.signatures.values], valueAt: plan.signatures.valueAt.map((a) => [...a]), maxAt: plan.signatures.maskAt.map((a) => [...a]) },
  };
}

describe('planBlockingOnThreads', () => {
  it('compiles on worker threads the same plan, array for array, as one thread rule by rule', async () => {
    const { records } = samplePopulation(1500, 7);
    const features = prepareRecords(records, namesAnalyser);
    // Small budgets, so that blocks are split by their refinements and some still skipped.
    let skipped = false;
    for (const budget of [10, 1]) {
      const serial = planBlocking(features, defaultBlockingRules(), budget);
      expect(serial.rules.some((r) => r.refinedBlocks > 0)).toBe(true);
      skipped ||= serial.rules.some((r) => r.skipped.includes(1));
      const expected = arraysOf(serial);
      expect(arraysOf(await planBlockingOnThreads(features, defaultBlockingRules(), budget, 2))).toEqual(expected);
      expect(arraysOf(await planBlockingOnThreads(features, defaultBlockingRules(), budget, 3))).toEqual(expected);
    }
    expect(skipped).toBe(true);
  }, 60_000);

  it('shares the plan with the threads instead of copying it', async () => {
    const { records } = samplePopulation(300, 7);
    const plan = await planBlockingOnThreads(prepareRecords(records, namesAnalyser), defaultBlockingRules(), 300, 2);
    for (const r of plan.rules) for (const array of [r.recordStart, r.recordBlocks, r.order, r.blockStart, r.skipped, r.depth]) expect(array.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('rejects invalid rules as planning on one thread does', async () => {
    const { records } = samplePopulation(50, 7);
    await expect(planBlockingOnThreads(prepareRecords(records, namesAnalyser), [], 300, 2)).rejects.toThrow(/at least one blocking rule/);
  });
});

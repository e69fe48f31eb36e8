import { describe, expect, it } from 'vitest';
import { compileComparisons } from '../comparisons/comparison-levels.js';
import { defaultLinkageSettings } from '../model/linkage-settings.js';
import { namesAnalyser } from '../features/names-analyser.js';
import { prepareRecords } from '../features/record-features.js';
import { samplePopulation } from '../testing/sample-population.js';
import { estimateUProbabilities, estimateUProbabilitiesBetweenTasks } from './u-estimation.js';

describe('u estimation', () => {
  const { records } = samplePopulation(1500, 11);
  const features = prepareRecords(records, namesAnalyser);
  const comparers = compileComparisons(defaultLinkageSettings().comparisons, features, namesAnalyser);

  it('gives the same estimate when it lets the event loop run between slices, and lets it run', async () => {
    const expected = estimateUProbabilities(comparers, records.length, 40_000, 5);
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const sliced = await estimateUProbabilitiesBetweenTasks(comparers, records.length, 40_000, 5);
    clearInterval(ticking);
    expect(sliced).toEqual(expected);
    expect(turns).toBeGreaterThan(0);
  });

  it('says random pairs rarely share a surname and a sampled estimate is a probability per level', () => {
    const { u, sampledPairs } = estimateUProbabilities(comparers, records.length, 40_000, 5);
    expect(sampledPairs).toBe(40_000);
    const surname = comparers.findIndex((c) => c.name === 'surname');
    const exact = (u[surname] as number[]).length - 1;
    expect((u[surname] as number[])[exact]).toBeLessThan(0.2);
    for (const levels of u) expect(levels.slice(1).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 6);
  });
});

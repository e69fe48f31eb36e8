import { describe, expect, it } from 'vitest';
import { linkRecords } from './link-records.js';
import { parallelPairPass } from './parallel-pair-pass.js';
import { samplePopulation } from './sample-population.js';

describe('parallelPairPass', () => {
  it('finds the same persons, model and pairs as the single-threaded walk', async () => {
    const { records } = samplePopulation(800, 5);
    const single = await linkRecords({ records });
    let chunks = 0;
    let pairs = 0;
    const parallel = await linkRecords({
      records,
      pairPass: parallelPairPass(2),
      onPairs: (chunk) => {
        chunks++;
        pairs += chunk.a.length;
      },
    });
    expect(parallel.model).toEqual(single.model);
    expect([...parallel.clustering.cluster]).toEqual([...single.clustering.cluster]);
    expect(parallel.blocking).toEqual(single.blocking);
    expect(pairs).toBe(single.blocking.candidatePairs);
    expect(chunks).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { linkRecords } from '../link-records.js';
import { parallelPairPass } from './parallel-pair-pass.js';
import { samplePopulation } from '../testing/sample-population.js';

describe('parallelPairPass', () => {
  it('finds the same persons, model and pairs as the single-threaded walk', async () => {
    const { records } = samplePopulation(800, 5);
    // Chunks are views into reused buffers: what is kept must be copied during the callback.
    const singleRows: string[] = [];
    const single = await linkRecords({ records, onPairs: (chunk) => singleRows.push(...new TextDecoder().decode(chunk.csv).split('\r\n').filter((line) => line !== '')) });
    let chunks = 0;
    let pairs = 0;
    const parallelRows: string[] = [];
    const parallel = await linkRecords({
      records,
      pairPass: parallelPairPass(2),
      onPairs: (chunk) => {
        chunks++;
        pairs += chunk.a.length;
        parallelRows.push(...new TextDecoder().decode(chunk.csv).split('\r\n').filter((line) => line !== ''));
      },
    });
    expect(parallel.model).toEqual(single.model);
    expect([...parallel.clustering.cluster]).toEqual([...single.clustering.cluster]);
    expect(parallel.blocking).toEqual(single.blocking);
    expect(pairs).toBe(single.blocking.candidatePairs);
    expect(chunks).toBeGreaterThan(0);
    // Every pair's row of pairs.csv, whichever thread scored it.
    expect(parallelRows.sort()).toEqual(singleRows.sort());
    expect(parallelRows).toHaveLength(pairs);
  });

  it('trains the same model, bit for bit, with one worker and with two, when EM counts a sample of ranges', async () => {
    const { records } = samplePopulation(800, 5);
    // A budget well below the candidate pairs: ranges are sampled and their pairs weighted by a
    // fraction, whose sums used to depend on the order the workers' counts came back in.
    const train = async (threads: number): Promise<string> => JSON.stringify((await linkRecords({ records, pairPass: parallelPairPass(threads, { trainingPairs: 1500, pairsPerRange: 70 }) })).model);
    const one = await train(1);
    expect(JSON.parse(one).training.candidate_pairs).toBeGreaterThan(1500);
    expect(await train(2)).toBe(one);
    expect(await train(2)).toBe(one);
  }, 60_000);
});

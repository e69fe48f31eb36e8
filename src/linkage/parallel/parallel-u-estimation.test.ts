import { describe, expect, it } from 'vitest';
import { compileComparisons } from '../comparisons/comparison-levels.js';
import { linkRecords } from '../link-records.js';
import { defaultLinkageSettings } from '../model/linkage-settings.js';
import { namesAnalyser } from '../features/names-analyser.js';
import { parallelPairPass } from './parallel-pair-pass.js';
import { estimateUOnThread } from './parallel-u-estimation.js';
import { prepareRecords } from '../features/record-features.js';
import { samplePopulation } from '../testing/sample-population.js';
import { estimateUProbabilities } from '../training/u-estimation.js';

describe('estimateUOnThread', () => {
  it('draws the same u on its own thread as on this one, when pairs are sampled', async () => {
    const { records } = samplePopulation(1500, 3);
    const settings = defaultLinkageSettings();
    const features = prepareRecords(records, namesAnalyser);
    const comparers = compileComparisons(settings.comparisons, features, namesAnalyser);
    // Fewer than the 1.1 million pairs of 1,500 records: sampled, names' other levels too.
    const here = estimateUProbabilities(comparers, records.length, 20_000, 7);
    expect(here.sampledPairs).toBe(20_000);
    expect(await estimateUOnThread(features, settings.comparisons, 20_000, 7)).toEqual(here);
    // Another seed draws other pairs: the thread does not answer the same whatever it is asked.
    expect(await estimateUOnThread(features, settings.comparisons, 20_000, 8)).not.toEqual(here);
  });

  it('gives a run on worker threads the model the single-threaded run trains', async () => {
    const { records } = samplePopulation(1500, 3);
    const settings = { ...defaultLinkageSettings(), uSamplePairs: 50_000 };
    const single = await linkRecords({ records, settings });
    const parallel = await linkRecords({ records, settings, pairPass: parallelPairPass(2) });
    expect(JSON.stringify(parallel.model)).toBe(JSON.stringify(single.model));
    expect([...parallel.clustering.cluster]).toEqual([...single.clustering.cluster]);
  }, 60_000);
});

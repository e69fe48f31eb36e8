import { describe, expect, it } from 'vitest';
import { evaluateClustering } from './evaluate.js';
import { linkRecords } from './link-records.js';
import { renderExplanation } from './explanation-text.js';
import { parseModel, serialiseModel } from './trained-model.js';
import { samplePopulation } from './sample-population.js';
import { defaultLinkageSettings } from './linkage-settings.js';

describe('linkRecords on a population with brothers and namesakes', () => {
  const population = samplePopulation(1500, 3);

  it('finds the persons across scripts with high pairwise F1', async () => {
    const result = await linkRecords({ records: population.records });
    const predicted = Array.from(population.records, (_, i) => result.clustering.cluster[i] as number);
    const evaluation = evaluateClustering(predicted, population.truth);
    expect(evaluation.pairwise.f1).toBeGreaterThan(0.95);
    expect(result.model.training.em_converged).toBe(true);
  });

  it('gives the same person ids when run twice', async () => {
    const first = await linkRecords({ records: population.records });
    const second = await linkRecords({ records: population.records });
    const ids = (r: typeof first): string[] => population.records.map((_, i) => r.personOf(i));
    expect(ids(second)).toEqual(ids(first));
  });

  it('explains a pair with steps that add up to its match weight, and renders it as text', async () => {
    const result = await linkRecords({ records: population.records });
    const a = result.matches.a[0] as number;
    const b = result.matches.b[0] as number;
    const explanation = result.explain(a, b);
    const sum = explanation.steps.reduce((s, step) => s + step.total_weight, 0);
    expect(sum).toBeCloseTo(explanation.match_weight, 9);
    expect(explanation.match_weight).toBeCloseTo(result.matches.weight[0] as number, 9);
    expect(explanation.steps[0]?.column).toBe('prior');
    const text = renderExplanation(explanation);
    expect(text.join('\n')).toContain('surname');
  });

  it('saves a model that reads back and scores the same', async () => {
    const result = await linkRecords({ records: population.records });
    const again = parseModel(JSON.parse(serialiseModel(result.model)));
    expect(again).toEqual(result.model);
    const reused = await linkRecords({ records: population.records, model: again });
    expect([...reused.clustering.cluster]).toEqual([...result.clustering.cluster]);
  });
});

describe('linkRecords with human decisions', () => {
  const population = samplePopulation(600, 9);
  const n = population.records.length;

  it('keeps records a person said are different apart, and joins those said to be the same', async () => {
    const plain = await linkRecords({ records: population.records });
    // A pair the engine joined, and two records it left apart.
    const a = plain.matches.a.find((_, i) => plain.clustering.cluster[plain.matches.a[i] as number] === plain.clustering.cluster[plain.matches.b[i] as number]) as number;
    const b = plain.matches.b[plain.matches.a.indexOf(a)] as number;
    const x = 0;
    const y = [...Array(n).keys()].find((r) => plain.clustering.cluster[r] !== plain.clustering.cluster[x]) as number;
    const decided = await linkRecords({ records: population.records, labels: [{ a, b, same: false }, { a: x, b: y, same: true }] });
    expect(decided.clustering.cluster[a]).not.toBe(decided.clustering.cluster[b]);
    expect(decided.clustering.cluster[x]).toBe(decided.clustering.cluster[y]);
    expect(decided.model.training.labelled_same_pairs).toBe(1);
  });

  it('puts at most one record of a duplicate-free list in each person', async () => {
    const result = await linkRecords({ records: population.records, settings: { ...defaultLinkageSettings(), duplicateFreeLists: ['home'] } });
    const seen = new Set<string>();
    population.records.forEach((record, i) => {
      if (record.list !== 'home') return;
      const person = result.personOf(i);
      expect(seen.has(person)).toBe(false);
      seen.add(person);
    });
  });
});

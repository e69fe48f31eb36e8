import { describe, expect, it } from 'vitest';
import { evaluateClustering } from './evaluation/evaluate.js';
import { linkRecords } from './link-records.js';
import { renderExplanation } from './explanations/explanation-text.js';
import { parseModel, serialiseModel } from './model/trained-model.js';
import { samplePopulation } from './testing/sample-population.js';
import { defaultLinkageSettings } from './model/linkage-settings.js';
import { CodeComparison, DateComparison, NameComparison, PlaceComparison } from './comparisons/comparison-settings.js';
import type { LinkRecord } from './features/link-record.js';
import { isoDate } from './testing/test-records.js';
import { SeededRandom } from './training/seeded-random.js';

describe('linkRecords on a population with brothers and namesakes', () => {
  const population = samplePopulation(1500, 3);

  it('finds the persons across scripts with high pairwise F1', async () => {
    const result = await linkRecords({ records: population.records });
    const predicted = Array.from(population.records, (_, i) => result.clustering.cluster[i] as number);
    const evaluation = evaluateClustering(predicted, population.truth);
    expect(evaluation.pairwise.f1).toBeGreaterThan(0.95);
    expect(result.model.training.em_converged).toBe(true);
  });

  it('scores every pair the same whether its levels were kept from training or compared again with the saved model', async () => {
    const rows = (into: string[]) => (chunk: { csv?: Uint8Array }) => into.push(...new TextDecoder().decode(chunk.csv).split('\r\n').filter((line) => line !== ''));
    const trained: string[] = [];
    const first = await linkRecords({ records: population.records, onPairs: rows(trained) });
    // With a model given there is no counting walk, so no kept levels: every pair is compared.
    const again: string[] = [];
    const second = await linkRecords({ records: population.records, model: first.model, onPairs: rows(again) });
    expect(again.sort()).toEqual(trained.sort());
    expect(trained.length).toBe(first.blocking.candidatePairs);
    expect([...second.matches.weight].sort()).toEqual([...first.matches.weight].sort());
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

describe('linkRecords with the date and place of disappearance', () => {
  // The sample population as a missing list (Armenian place names) and a detention list
  // (Russian ones): each man went missing on one of 44 days at one of 6 places, and was captured
  // there that day or a day or two later.
  const PLACES: ReadonlyArray<readonly [string, string]> = [['Հադրութ', 'Гадрут'], ['Շուշի', 'Шуши'], ['Մարտունի', 'Мартуни'], ['Լաչին', 'Лачин'], ['Թալիշ', 'Талиш'], ['Ֆիզուլի', 'Физули']];
  const population = samplePopulation(1500, 3);
  const random = new SeededRandom(11);
  const events = new Map<number, { day: number; place: number }>();
  const eventOf = (person: number): { day: number; place: number } => {
    let event = events.get(person);
    if (event === undefined) {
      event = { day: random.below(44), place: random.below(PLACES.length) };
      events.set(person, event);
    }
    return event;
  };
  const date = (day: number): string => new Date(Date.UTC(2020, 8, 27 + day)).toISOString().slice(0, 10);
  const records: LinkRecord[] = population.records.map((record, i) => {
    const event = eventOf(population.truth[i] as number);
    const home = record.list === 'home';
    const day = home ? event.day : event.day + random.below(3);
    const place = (PLACES[event.place] as readonly [string, string])[home ? 0 : 1];
    return { ...record, kind: home ? 'missing' : 'detention', fields: { ...record.fields, event_date: isoDate(date(day)), place } };
  });
  // A name no one else bears, known by surname and given name only: two namesakes, missing on
  // different days at different places, and one man written in Armenian and in Russian.
  const add = (list: 'home' | 'held', row: number, fields: LinkRecord['fields']): number => {
    records.push({ id: records.length, list, row, kind: list === 'home' ? 'missing' : 'detention', fields });
    return records.length - 1;
  };
  const namesakeHome = add('home', 10_001, { surname: 'Մելքոնյան', given_name: 'Գոռ', event_date: isoDate('2020-10-03'), place: 'Հադրութ' });
  const namesakeHeld = add('held', 10_001, { surname: 'МЕЛКОНЯН', given_name: 'Гор', event_date: isoDate('2020-11-08'), place: 'Шуши' });
  const manHome = add('home', 10_002, { surname: 'Տևոսյան', given_name: 'Վազգեն', event_date: isoDate('2020-10-14'), place: 'Մարտունի' });
  const manHeld = add('held', 10_002, { surname: 'ТЕВОСЯН', given_name: 'Вазген', event_date: isoDate('2020-10-15'), place: 'Мартуни' });

  it('keeps namesakes who went missing on different days at different places apart, and links the same man across scripts', async () => {
    const result = await linkRecords({ records });
    expect(result.personOf(namesakeHome)).not.toBe(result.personOf(namesakeHeld));
    expect(result.personOf(manHome)).toBe(result.personOf(manHeld));
    const waterfall = result.explain(manHome, manHeld);
    expect(waterfall.steps.find((s) => s.column === 'event_date')).toMatchObject({ label: 'within 2 days', value_l: '2020-10-14', value_r: '2020-10-15' });
    expect(waterfall.steps.find((s) => s.column === 'event_place')?.label).toBe('same place in another script');
    expect(result.explain(namesakeHome, namesakeHeld).steps.find((s) => s.column === 'event_date')?.total_weight).toBeLessThan(-3);
  });

  it('without the lists\' kinds, the same records give no event evidence', async () => {
    const result = await linkRecords({ records: records.map(({ kind: _kind, ...record }) => record) });
    const step = result.explain(manHome, manHeld).steps.find((s) => s.column === 'event_date');
    expect(step).toMatchObject({ label: 'null', total_weight: 0 });
  });

  it('reads a model saved before the event comparisons, and scores with it as before', async () => {
    const legacy = { ...defaultLinkageSettings(), comparisons: [NameComparison('surname'), NameComparison('given_name'), NameComparison('father_name'), DateComparison(), CodeComparison('sex'), CodeComparison('service_number', { oneEditLevel: true }), CodeComparison('unit'), PlaceComparison('birth_place', { acrossScripts: false })] };
    const trained = await linkRecords({ records, settings: legacy });
    // As version 1 wrote it: no acrossScripts key.
    const saved = JSON.parse(serialiseModel(trained.model)) as { format_version: number; settings: { comparisons: Record<string, unknown>[] } };
    saved.format_version = 1;
    for (const comparison of saved.settings.comparisons) delete comparison['acrossScripts'];
    const model = parseModel(saved);
    expect(model.comparisons.map((c) => c.output_column_name)).not.toContain('event_date');
    const reused = await linkRecords({ records, model });
    expect([...reused.clustering.cluster]).toEqual([...trained.clustering.cluster]);
  });
});

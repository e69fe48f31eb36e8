import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BlockingRule } from './blocking.js';
import { defaultBlockingRules, forEachPairInRange, planBlocking, splitIntoRanges } from './blocking.js';
import { blockingReport, countNewPairs } from './blocking-report.js';
import { foldingNameAnalyser } from '../testing/folding-name-analyser.js';
import type { NameAnalyser } from '../features/name-analyser.js';
import { namesAnalyser } from '../features/names-analyser.js';
import { prepareRecords } from '../features/record-features.js';
import { isoDate, linkRecordsOf } from '../testing/test-records.js';
import type { ParsedRecord } from '../../ingest/record.js';

const SURNAMES = ['Petrosyan', 'Mkrtchyan', 'Vardanyan', 'Khachatryan', 'Sahakyan', 'Karapetyan', 'Poghosyan', 'Avetisyan'];

function family(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]} ${i}`;
}

/** Keys on the whole folded name, so every family is its own block. */
const analyser: NameAnalyser = {
  ...foldingNameAnalyser,
  analyse(text, part) {
    const analysed = foldingNameAnalyser.analyse(text, part);
    return analysed === undefined ? undefined : { ...analysed, keys: [analysed.normalised] };
  },
};

const rules: BlockingRule[] = [
  { name: 'surname + birth year', keys: ['surname_key', 'birth_year'] },
  { name: 'service number', keys: ['service_number'] },
];

function allPairs(plan: ReturnType<typeof planBlocking>): [number, number][] {
  const pairs: [number, number][] = [];
  for (const range of splitIntoRanges(plan, 10)) forEachPairInRange(plan, range, (a, b) => pairs.push([a, b]));
  return pairs;
}

describe('blocking', () => {
  it('generates exactly the pairs within blocks, each once across rules', () => {
    // 300 families of 3 records born the same year; all three also share a service number.
    const rows: [string, ParsedRecord][] = [];
    for (let f = 0; f < 300; f++) {
      for (let k = 0; k < 3; k++) rows.push(['l', { surname: family(f), birth_date: isoDate('1990'), service_number: `SN-${f}` }]);
    }
    const features = prepareRecords(linkRecordsOf(rows), analyser);
    const plan = planBlocking(features, rules, 1000);
    const pairs = allPairs(plan);
    expect(pairs.length).toBe(300 * 3);
    expect(new Set(pairs.map(([a, b]) => `${a}-${b}`)).size).toBe(pairs.length);
    expect(pairs.every(([a, b]) => a < b && Math.floor(a / 3) === Math.floor(b / 3))).toBe(true);
    const report = blockingReport(plan, features, countNewPairs(plan));
    expect(report.rules.map((r) => r.newPairs)).toEqual([900, 0]);
    expect(report.rules[1]?.pairs).toBe(900);
    expect(report.candidatePairs).toBe(900);
  });

  it('skips and reports a block over the cap, so a common name cannot make the pairs quadratic', () => {
    // 2,000 records with one surname and year, and 2,000 records in families of 2.
    const rows: [string, ParsedRecord][] = [];
    for (let i = 0; i < 2000; i++) rows.push(['l', { surname: 'Grigoryan', birth_date: isoDate('1985') }]);
    for (let i = 0; i < 2000; i++) rows.push(['l', { surname: family(Math.floor(i / 2)), birth_date: isoDate('1970') }]);
    const features = prepareRecords(linkRecordsOf(rows), analyser);
    const plan = planBlocking(features, rules, 5000);
    const report = blockingReport(plan, features, countNewPairs(plan));
    const rule = report.rules[0];
    expect(rule?.skippedBlocks).toBe(1);
    expect(rule?.skippedPairs).toBe((2000 * 1999) / 2);
    expect(rule?.largestSkipped[0]?.key).toContain('Grigoryan');
    expect(report.candidatePairs).toBe(1000);
  });

  it('grows linearly: doubling the records at the same block sizes doubles the pairs', () => {
    const count = (families: number): number => {
      const rows: [string, ParsedRecord][] = [];
      for (let f = 0; f < families; f++) for (let k = 0; k < 4; k++) rows.push(['l', { surname: family(f), birth_date: isoDate(String(1960 + (f % 30))) }]);
      const features = prepareRecords(linkRecordsOf(rows), analyser);
      const plan = planBlocking(features, rules, 1000);
      return blockingReport(plan, features, countNewPairs(plan)).candidatePairs;
    };
    expect(count(1000)).toBe(6000);
    expect(count(2000)).toBe(12000);
  });

  it('leaves records with a missing key part out of that rule', () => {
    const rows: [string, ParsedRecord][] = [
      ['l', { surname: 'Avetisyan' }],
      ['l', { surname: 'Avetisyan' }],
      ['l', { surname: 'Avetisyan', birth_date: isoDate('1990-01-02') }],
    ];
    const features = prepareRecords(linkRecordsOf(rows), analyser);
    expect(allPairs(planBlocking(features, rules, 1000))).toEqual([]);
  });

  it('splits a block over the budget by the next key, so a common surname grows the pairs linearly, not quadratically', () => {
    // One surname for everybody, 20 birth years; given names come in runs of 100 records, so
    // each (year, given name) piece holds 5 records (10 pairs) whatever the number of records.
    const count = (records: number): { pairs: number; refined: number; skipped: number } => {
      const rows: [string, ParsedRecord][] = [];
      for (let i = 0; i < records; i++) rows.push(['l', { surname: 'Grigoryan', given_name: `Name${Math.floor(i / 100)}`, birth_date: isoDate(String(1960 + (i % 20))) }]);
      const features = prepareRecords(linkRecordsOf(rows), analyser);
      const plan = planBlocking(features, [rules[0] as BlockingRule], 1000);
      const report = blockingReport(plan, features, countNewPairs(plan));
      return { pairs: report.candidatePairs, refined: report.rules[0]?.refinedBlocks ?? 0, skipped: report.rules[0]?.skippedBlocks ?? 0 };
    };
    // Enumerated whole, the 20 blocks would hold 20 × C(200, 2) = 398,000 and 20 × C(400, 2) = 1,596,000 pairs.
    expect(count(4000)).toEqual({ pairs: 8000, refined: 20, skipped: 0 });
    expect(count(8000)).toEqual({ pairs: 16000, refined: 20, skipped: 0 });
  });

  it('compares a record without the refinement part with every piece of its split block, within a bounded number of pairs', () => {
    // One surname, 20 birth years of 2 records each, and records without a birth date. Split by
    // birth year (budget 10), a lone record without one joins every year's piece; 20 of them
    // (20 × 40 pairs, over 4 budgets) keep a piece of their own, here itself over the budget.
    const pairsWith = (unknowns: number): [number, number][] => {
      const rows: [string, ParsedRecord][] = [];
      for (let i = 0; i < 40; i++) rows.push(['l', { surname: 'Grigoryan', birth_date: isoDate(String(1960 + (i % 20))) }]);
      for (let i = 0; i < unknowns; i++) rows.push(['l', { surname: 'Grigoryan' }]);
      const features = prepareRecords(linkRecordsOf(rows), analyser);
      return allPairs(planBlocking(features, [{ name: 'surname', keys: ['surname_key'], refineBy: ['birth_year'] }], 10));
    };
    const one = pairsWith(1);
    expect(new Set(one.map(([a, b]) => `${a}-${b}`)).size).toBe(one.length);
    expect(one.length).toBe(20 + 40);
    for (let i = 0; i < 40; i++) expect(one).toContainEqual([i, 40]);
    expect(pairsWith(20).length).toBe(20);
  });

  it('never drops a pair that shares every key of the finest block when that block fits the budget', () => {
    const record = fc.record({
      surname: fc.constantFrom('Avetisyan', 'Sahakyan'),
      given: fc.constantFrom('Aram', 'Davit', undefined),
      father: fc.constantFrom('Gagik', 'Rafik', undefined),
      date: fc.constantFrom('1990-01-02', '1990-03-04', '1990', '1991-01-02', undefined),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (drawn, budget) => {
        const rows = drawn.map((r): [string, ParsedRecord] => [
          'l',
          { surname: r.surname, ...(r.given === undefined ? {} : { given_name: r.given }), ...(r.father === undefined ? {} : { patronymic: r.father }), ...(r.date === undefined ? {} : { birth_date: isoDate(r.date) }) },
        ]);
        const features = prepareRecords(linkRecordsOf(rows), analyser);
        const plan = planBlocking(features, [{ name: 'surname + birth year', keys: ['surname_key', 'birth_year'] }], budget);
        const generated = new Set(allPairs(plan).map(([a, b]) => `${a}-${b}`));
        // The finest block: equal on the rule's keys and on every refinement, all of them known.
        const finest = (i: number): string | undefined => {
          const r = drawn[i];
          if (r?.given === undefined || r.father === undefined || r.date === undefined || r.date.length < 10) return undefined;
          return `${r.surname}|${r.date}|${r.given}|${r.father}`;
        };
        const sizes = new Map<string, number>();
        drawn.forEach((_, i) => {
          const key = finest(i);
          if (key !== undefined) sizes.set(key, (sizes.get(key) ?? 0) + 1);
        });
        for (let a = 0; a < drawn.length; a++) {
          for (let b = a + 1; b < drawn.length; b++) {
            const key = finest(a);
            if (key === undefined || key !== finest(b)) continue;
            const size = sizes.get(key) as number;
            if ((size * (size - 1)) / 2 <= budget) expect(generated.has(`${a}-${b}`)).toBe(true);
          }
        }
      }),
    );
  });

  it('walks each pair once, in the first generated block of a rule it shares, new unless an earlier rule has a generated block with it', () => {
    // Names written in several scripts have several keys: blocks of one rule overlap, and some
    // hold only records an earlier block of the rule holds too.
    const record = fc.record({
      surname: fc.constantFrom('Petrosyan', 'Петросян', 'Petrosian', 'Sahakyan', 'Саакян', undefined),
      given: fc.constantFrom('Aram', 'Арам', 'Davit', 'Давид', undefined),
      father: fc.constantFrom('Gagik', 'Гагик', 'Rafik', undefined),
      date: fc.constantFrom('1990-01-02', '1990-03-04', '1990', '1991-01-02', undefined),
      service: fc.constantFrom('SN-1', 'SN-2', undefined),
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (drawn, budget) => {
        const rows = drawn.map((r): [string, ParsedRecord] => [
          'l',
          {
            ...(r.surname === undefined ? {} : { surname: r.surname }),
            ...(r.given === undefined ? {} : { given_name: r.given }),
            ...(r.father === undefined ? {} : { patronymic: r.father }),
            ...(r.date === undefined ? {} : { birth_date: isoDate(r.date) }),
            ...(r.service === undefined ? {} : { service_number: r.service }),
          },
        ]);
        const plan = planBlocking(prepareRecords(linkRecordsOf(rows), namesAnalyser), defaultBlockingRules(), budget);
        // By definition, from the blocks each record sits in.
        const shared = (rule: number, a: number, b: number): number[] => {
          const { recordStart, recordBlocks, skipped } = plan.rules[rule] as (typeof plan.rules)[number];
          const of = (r: number): number[] => [...recordBlocks.subarray(recordStart[r] as number, recordStart[r + 1] as number)].filter((x) => skipped[x] === 0);
          const bBlocks = new Set(of(b));
          return of(a).filter((x) => bBlocks.has(x));
        };
        const expected: string[] = [];
        plan.rules.forEach((_, rule) => {
          for (let a = 0; a < drawn.length; a++) {
            for (let b = a + 1; b < drawn.length; b++) {
              const blocks = shared(rule, a, b);
              if (blocks.length === 0) continue;
              const isNew = [...Array(rule).keys()].every((earlier) => shared(earlier, a, b).length === 0);
              expected.push(`${rule}:${a}-${b}@${Math.min(...blocks)}${isNew ? ' new' : ''}`);
            }
          }
        });
        const walked: string[] = [];
        for (const range of splitIntoRanges(plan, 7)) forEachPairInRange(plan, range, (a, b, isNew, block) => walked.push(`${range.rule}:${a}-${b}@${block}${isNew ? ' new' : ''}`), true);
        expect(walked.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import { normaliseCutoffs, periodOfDates, periodsFor } from './periods.js';

function date(text: string, alternative?: { month: number; day: number }): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year!, month, day, ...(alternative ? { alternative } : {}) };
}

describe('periods', () => {
  const cutoffs = normaliseCutoffs(['2020-11-10']);

  it('puts a date on the cut-off into the period that starts on it', () => {
    expect(periodOfDates(cutoffs, [date('2020-11-09')])).toBe('period-0');
    expect(periodOfDates(cutoffs, [date('2020-11-10')])).toBe('period-1');
  });

  it('never guesses: a month, a swappable day or two sources across the cut-off are ambiguous', () => {
    expect(periodOfDates(cutoffs, [date('2020-11')])).toBe('ambiguous');
    expect(periodOfDates(cutoffs, [date('2020-10')])).toBe('period-0');
    expect(periodOfDates(cutoffs, [date('2020-11-05', { month: 5, day: 11 })])).toBe('period-0');
    expect(periodOfDates(normaliseCutoffs(['2020-06-01']), [date('2020-11-05', { month: 5, day: 11 })])).toBe('ambiguous');
    expect(periodOfDates(cutoffs, [date('2020-11-08'), date('2020-11-12')])).toBe('ambiguous');
    expect(periodOfDates(cutoffs, [])).toBe('unknown');
  });

  it('labels periods in both languages, with ambiguous and unknown as their own groups', () => {
    expect(periodsFor(['2020-11-10', '2021-01-01']).map((p) => [p.id, p.label.en, p.label.ru])).toEqual([
      ['period-0', 'before 10 Nov 2020', 'до 10.11.2020'],
      ['period-1', '10 Nov 2020 to 1 Jan 2021', 'с 10.11.2020 до 01.01.2021'],
      ['period-2', 'from 1 Jan 2021', 'с 01.01.2021'],
      ['ambiguous', 'date ambiguous', 'дата неоднозначна'],
      ['unknown', 'date unknown', 'дата неизвестна'],
    ]);
    expect(periodsFor([])).toEqual([]);
  });

  it('names a labelled cut-off in plain words, never as a timestamp', () => {
    expect(periodsFor(['2020-11-10=ceasefire']).slice(0, 2).map((p) => [p.label.en, p.label.ru])).toEqual([
      ['before the ceasefire (10 Nov 2020)', 'до прекращения огня (10.11.2020)'],
      ['from the ceasefire (10 Nov 2020)', 'с прекращения огня (10.11.2020)'],
    ]);
    expect(periodsFor(['2021-01-11=Sochi statement'])[1]!.label.en).toBe('from Sochi statement (11 Jan 2021)');
  });

  it('refuses a cut-off that is not a real day', () => {
    expect(() => normaliseCutoffs(['2020-02-30'])).toThrow(/2020-02-30/);
    expect(() => normaliseCutoffs(['10.11.2020'])).toThrow(/YYYY-MM-DD/);
    expect(normaliseCutoffs(['2021-01-01', '2020-11-10', '2021-01-01'])).toEqual([{ date: '2020-11-10' }, { date: '2021-01-01' }]);
    expect(normaliseCutoffs(['2020-11-10=ceasefire', '2020-11-10'])).toEqual([{ date: '2020-11-10', label: 'ceasefire' }]);
  });

  it('places any full date by the number of cut-offs on or before it', () => {
    const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.uniqueArray(day, { minLength: 1, maxLength: 4 }), day, (cuts, d) => {
        const sorted = normaliseCutoffs(cuts);
        expect(periodOfDates(sorted, [date(d)])).toBe(`period-${sorted.filter((c) => c.date <= d).length}`);
      }),
    );
  });
});

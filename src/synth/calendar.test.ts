import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarDate, dayNumber, dayNumberOfIso, excelSerial } from './calendar.js';

describe('calendar', () => {
  it('reads back every day number as the date JavaScript gives for it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 60_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(calendarDate(day)).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        const { year, month, day: d } = calendarDate(day);
        expect(dayNumber(year, month, d)).toBe(day);
      }),
    );
  });

  it('gives Excel serial numbers as Excel shows them', () => {
    // Excel shows 36962 as 12.03.2001 and 44145 as 10.11.2020.
    expect(excelSerial(dayNumber(2001, 3, 12))).toBe(36_962);
    expect(excelSerial(dayNumberOfIso('2020-11-10'))).toBe(44_145);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excelSerialToDate, readDateCell, settleDayMonthOrder } from './dates.js';
import type { DateReadingContext } from './dates.js';

const unsettled: DateReadingContext = { order: 'unsettled', twoDigitYearPivot: 26 };
const read = (text: string, context: DateReadingContext = unsettled) => readDateCell(text, context);

describe('readDateCell', () => {
  it.each([
    ['13.03.1999', 1999, 3, 13],
    ['1999-03-12', 1999, 3, 12],
    ['25/12/1999', 1999, 12, 25],
    ['12/25/1999', 1999, 12, 25],
    ['12 Mar 1999', 1999, 3, 12],
    ['Mar 12, 1999', 1999, 3, 12],
    ['12-MAR-1999', 1999, 3, 12],
    ['12 March 1999', 1999, 3, 12],
    ['12 марта 1999', 1999, 3, 12],
    ['12 марта 1999 г.', 1999, 3, 12],
    ['1 мая 2001', 2001, 5, 1],
    ['3 декабря 1980 года', 1980, 12, 3],
    ['5 січня 1995', 1995, 1, 5],
    ['12 березня 1999 р.', 1999, 3, 12],
    ['12 մարտի 1999 թ.', 1999, 3, 12],
    ['1 հունվարի 1990', 1990, 1, 1],
    ['20 դեկտեմբերի 2020', 2020, 12, 20],
    ['12 mart 1999', 1999, 3, 12],
    ['7 fevral 2021-ci il', 2021, 2, 7],
    ['15 sentyabr 1985', 1985, 9, 15],
    ['19990312', 1999, 3, 12],
    ['1999-03-12T00:00:00', 1999, 3, 12],
    ['12.03.1999 00:00', 1999, 3, 12],
    ['29.02.2000', 2000, 2, 29],
  ])('reads %s', (text, year, month, day) => {
    const reading = read(text);
    expect(reading).toMatchObject({ date: { year, month, day } });
    if (reading !== undefined && 'date' in reading) expect(reading.date.text).toBe(text);
  });

  it('keeps year-only and month-year dates partial, never inventing a day', () => {
    expect(read('1999')).toEqual({ date: { text: '1999', year: 1999 } });
    expect(read('03.1999')).toEqual({ date: { text: '03.1999', year: 1999, month: 3 } });
    expect(read('1999-03')).toEqual({ date: { text: '1999-03', year: 1999, month: 3 } });
    expect(read('March 1999')).toEqual({ date: { text: 'March 1999', year: 1999, month: 3 } });
    expect(read('март 1999 г.')).toEqual({ date: { text: 'март 1999 г.', year: 1999, month: 3 } });
    expect(read('1999 г.')).toEqual({ date: { text: '1999 г.', year: 1999 } });
    expect(read('в марте 1999 г.')).toEqual({ date: { text: 'в марте 1999 г.', year: 1999, month: 3 } });
    expect(read('у березні 1999')).toEqual({ date: { text: 'у березні 1999', year: 1999, month: 3 } });
  });

  it('keeps both readings when day and month could be swapped and the column does not settle it', () => {
    expect(read('05.03.1999')).toEqual({ date: { text: '05.03.1999', year: 1999, month: 3, day: 5, alternative: { month: 5, day: 3 } } });
    expect(read('05/03/1999')).toMatchObject({ date: { month: 3, day: 5, alternative: { month: 5, day: 3 } } });
    // Equal day and month cannot be swapped.
    expect(read('03.03.1999')).toEqual({ date: { text: '03.03.1999', year: 1999, month: 3, day: 3 } });
  });

  it('follows the order the column settles', () => {
    expect(read('05.03.1999', { order: 'day-first', twoDigitYearPivot: 26 })).toEqual({ date: { text: '05.03.1999', year: 1999, month: 3, day: 5 } });
    expect(read('05/03/1999', { order: 'month-first', twoDigitYearPivot: 26 })).toEqual({ date: { text: '05/03/1999', year: 1999, month: 5, day: 3 } });
  });

  it('reads two-digit years around the pivot and says so', () => {
    expect(read('12.03.05')).toMatchObject({ date: { year: 2005 }, note: 'two-digit year read as 2005' });
    expect(read('12.03.75')).toMatchObject({ date: { year: 1975 } });
    expect(read('12.03.26')).toMatchObject({ date: { year: 2026 } });
    expect(read('12.03.27')).toMatchObject({ date: { year: 1927 } });
    expect(read('12 Mar 99')).toMatchObject({ date: { year: 1999, month: 3, day: 12 } });
  });

  it('reads Excel serial numbers in a date column', () => {
    expect(read('36231')).toMatchObject({ date: { year: 1999, month: 3, day: 12 } });
    expect(read('36231.5')).toMatchObject({ date: { year: 1999, month: 3, day: 12 } });
    expect(excelSerialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(excelSerialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(excelSerialToDate(45000)).toEqual({ year: 2023, month: 3, day: 15 });
  });

  it('says why a cell is not a date', () => {
    expect(read('31.02.1999')).toEqual({ problem: 'day 31 does not exist in 1999-02' });
    expect(read('13.13.1999')).toMatchObject({ problem: expect.stringContaining('month') });
    expect(read('unknown')).toMatchObject({ problem: expect.stringContaining('unknown') });
    expect(read('42')).toMatchObject({ problem: expect.any(String) });
    expect(read('12.03.0999')).toMatchObject({ problem: expect.stringContaining('out of range') });
  });

  it('returns nothing for an empty cell', () => {
    expect(read('')).toBeUndefined();
    expect(read('   ')).toBeUndefined();
  });

  it('reads any valid date back from each written form', () => {
    const day = fc.record({ year: fc.integer({ min: 1900, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    const p2 = (n: number) => String(n).padStart(2, '0');
    const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    const MONTHS_HY = ['հունվարի', 'փետրվարի', 'մարտի', 'ապրիլի', 'մայիսի', 'հունիսի', 'հուլիսի', 'օգոստոսի', 'սեպտեմբերի', 'հոկտեմբերի', 'նոյեմբերի', 'դեկտեմբերի'];
    const MONTHS_AZ = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];
    const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 5 }), (d, form) => {
        const m = d.month - 1;
        const text = [
          `${d.year}-${p2(d.month)}-${p2(d.day)}`,
          `${p2(d.day)} ${MONTHS_EN[m]} ${d.year}`,
          `${d.day} ${MONTHS_RU[m]} ${d.year} г.`,
          `${d.day} ${MONTHS_HY[m]} ${d.year} թ.`,
          `${d.day} ${MONTHS_AZ[m]} ${d.year}`,
          `${p2(d.day)}.${p2(d.month)}.${d.year}`,
        ][form] as string;
        const reading = read(text, { order: 'day-first', twoDigitYearPivot: 26 });
        expect(reading).toMatchObject({ date: { year: d.year, month: d.month, day: d.day } });
      }),
    );
  });

  it('never throws, and a date it gives is a real calendar date', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9 ./-]{1,14}$/)), (text) => {
        const reading = read(text);
        if (reading === undefined) {
          expect(text.trim()).toBe('');
          return;
        }
        if ('problem' in reading) {
          expect(reading.problem.length).toBeGreaterThan(0);
          return;
        }
        const { year, month, day } = reading.date;
        expect(year).toBeGreaterThanOrEqual(1850);
        if (month !== undefined) expect(month).toBeGreaterThanOrEqual(1);
        if (month !== undefined) expect(month).toBeLessThanOrEqual(12);
        if (day !== undefined && month !== undefined) expect(new Date(Date.UTC(year, month - 1, day)).getUTCDate()).toBe(day);
      }),
    );
  });
});

describe('settleDayMonthOrder', () => {
  it('settles day-first, month-first or neither from the cells that can be read one way only', () => {
    expect(settleDayMonthOrder(['05.03.1999', '25.03.1999'])).toBe('day-first');
    expect(settleDayMonthOrder(['05/03/1999', '03/25/1999'])).toBe('month-first');
    expect(settleDayMonthOrder(['05.03.1999', '04.03.1999'])).toBe('unsettled');
    expect(settleDayMonthOrder(['25.03.1999', '03/25/1999'])).toBe('unsettled');
    expect(settleDayMonthOrder(['1999-03-25'])).toBe('unsettled');
  });
});

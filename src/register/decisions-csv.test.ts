import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WhereaboutsError } from '../errors.js';
import type { Decision } from './decisions.js';
import { VERDICTS } from './decisions.js';
import { decisionsFromCsv, decisionsToCsv } from './decisions-csv.js';

const header = 'record_a,record_b,verdict,reviewer,decided_at,note';

function errorOf(fn: () => unknown): WhereaboutsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WhereaboutsError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('decisions CSV', () => {
  it('round-trips any decisions, whatever their notes and list names hold', () => {
    const text = fc.string({ unit: 'grapheme' });
    const key = fc.tuple(fc.string({ minLength: 1, unit: 'grapheme' }).filter((s) => s.trim() === s && s !== ''), fc.integer({ min: 1, max: 1e6 })).map(([list, row]) => `${list}:${row}`);
    const at = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    const decision: fc.Arbitrary<Decision> = fc.record({
      a: key,
      b: key,
      verdict: fc.constantFrom(...VERDICTS),
      reviewer: text.filter((s) => s.trim() === s && s !== ''),
      at,
      note: text,
    }).filter((d) => d.a !== d.b);
    fc.assert(fc.property(fc.array(decision, { maxLength: 8 }), (decisions) => {
      expect(decisionsFromCsv(decisionsToCsv(decisions))).toEqual(decisions);
    }));
  });

  it('carries the records\' identities when given, and reads files without them as before', () => {
    const rows = [{ a: 'hy-missing:4', b: 'az-held:17', verdict: 'same' as const, reviewer: 'anna', at: '2026-11-29T08:40:00Z', note: '', identityA: 'id:4', identityB: 'content:0123456789abcdef#2' }];
    const text = decisionsToCsv(rows);
    expect(text.split('\r\n')[0]).toBe(`${header},identity_a,identity_b`);
    expect(decisionsFromCsv(text)).toEqual(rows);
    expect(decisionsToCsv([{ ...rows[0]!, identityA: undefined, identityB: undefined }]).split('\r\n')[0]).toBe(header);
  });

  it('reads a spreadsheet-edited file: BOM, semicolons, columns in another order, no note column', () => {
    const csv = '\uFEFFreviewer;Verdict;record_b;record_a;decided_at\r\nАнна; Same ;az-held:17;hy-missing:4;2026-11-29T08:40:00+04:00\r\n';
    expect(decisionsFromCsv(csv)).toEqual([{ a: 'hy-missing:4', b: 'az-held:17', verdict: 'same', reviewer: 'Анна', at: '2026-11-29T08:40:00+04:00', note: '' }]);
  });

  it('names the row and column of a bad value', () => {
    const bad = errorOf(() => decisionsFromCsv(`${header}\na:1,b:1,same,anna,2026-11-01T10:00:00Z,\na:2,b:2,maybe,anna,2026-11-01T10:00:00Z,`, 'boris.csv'));
    expect(bad.code).toBe('WA_DECISIONS_INVALID');
    expect(bad.location).toEqual({ file: 'boris.csv', row: 2, column: 'verdict' });
    expect(bad.message).toBe('row 2, column verdict: "maybe" is not one of same, different, unsure');
    expect(errorOf(() => decisionsFromCsv(`${header}\na:1,b,same,anna,2026-11-01T10:00:00Z,`)).location).toMatchObject({ row: 1, column: 'record_b' });
    expect(errorOf(() => decisionsFromCsv(`${header}\na:1,a:1,same,anna,2026-11-01T10:00:00Z,`)).message).toMatch(/against itself/);
    expect(errorOf(() => decisionsFromCsv(`${header}\na:1,b:1,same, ,2026-11-01T10:00:00Z,`)).location).toMatchObject({ column: 'reviewer' });
    expect(errorOf(() => decisionsFromCsv(`${header}\na:1,b:1,same,anna,01/11/2026,`)).location).toMatchObject({ column: 'decided_at' });
    expect(errorOf(() => decisionsFromCsv(`${header}\na:1,b:1,same,anna`)).message).toMatch(/row 1: 4 values where the header has 6/);
    expect(errorOf(() => decisionsFromCsv('record_a,record_b,verdict,decided_at\n')).message).toMatch(/missing column "reviewer"/);
    expect(errorOf(() => decisionsFromCsv(`${header},score\n`)).message).toMatch(/unknown column "score"/);
    expect(errorOf(() => decisionsFromCsv(`${header}\n"a:1,b:1`)).code).toBe('WA_DECISIONS_INVALID');
  });

  it('never throws anything but a decisions error, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      try {
        decisionsFromCsv(`${header}\n${text}`);
      } catch (error) {
        expect(error).toBeInstanceOf(WhereaboutsError);
      }
    }));
  });
});

import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { WhereaboutsError } from '../errors.js';
import { openList } from './open-list.js';
import type { ReadResult } from './list-source.js';

/*
 * Whatever bytes arrive, reading never crashes: it either yields every row (imported, or
 * quarantined with a reason) or rejects the whole file with a WhereaboutsError naming it.
 */

const dir = mkdtempSync(join(tmpdir(), 'whereabouts-bad-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

interface Outcome {
  results: ReadResult[];
  empty: number;
  error?: WhereaboutsError;
}

async function read(name: string, bytes: Uint8Array): Promise<Outcome> {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, bytes);
  const results: ReadResult[] = [];
  try {
    const source = await openList(path);
    for await (const result of source.rows()) results.push(result);
    return { results, empty: source.skipped.empty };
  } catch (error) {
    if (!(error instanceof WhereaboutsError)) throw error;
    expect(error.location?.file).toBe(path);
    return { results, empty: 0, error };
  } finally {
    rmSync(path, { force: true });
  }
}

function expectWellFormed(results: readonly ReadResult[]): void {
  for (const result of results) {
    expect(result.row.row).toBeGreaterThanOrEqual(1);
    if (result.ok) {
      const { surname, given_name, full_name } = result.row.fields;
      expect(surname ?? given_name ?? full_name).toBeDefined();
    } else {
      expect(result.row.reason.length).toBeGreaterThan(0);
    }
  }
}

const RUNS = { numRuns: 40 };

describe('reading bad input', () => {
  it('survives random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('x.csv', 'x.json', 'x.jsonl', 'x.xlsx', 'x.txt'), async (bytes, name) => {
        const outcome = await read(name, bytes);
        expectWellFormed(outcome.results);
      }),
      RUNS,
    );
  });

  it('accounts for every line of a ragged list: imported, quarantined or counted empty', async () => {
    const cell = fc.constantFrom('', ' ', 'Sargsyan', 'Արամ', 'Əliyev', '12.03.1999', '1999', 'x');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 40 }), async (rows) => {
        const text = `Surname;Given name;Date of birth\n${rows.map((r) => r.join(';')).join('\n')}\n`;
        const outcome = await read('ragged.csv', Buffer.from(text));
        expect(outcome.error).toBeUndefined();
        expectWellFormed(outcome.results);
        expect(outcome.results.length + outcome.empty).toBe(rows.length);
        const numbers = outcome.results.map((r) => r.row.row);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('survives broken quoting, huge cells and rows in another encoding', async () => {
    const nasty = fc.constantFrom('"', '""', '"open', 'close"', '"a""b"', '\n', '\r\n', ';', ',', 'Григорян', 'ok', 'x'.repeat(70_000));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(nasty, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        async (rows, in1251) => {
          const parts: Uint8Array[] = [Buffer.from('Фамилия;Имя;Примечание\n')];
          rows.forEach((row, i) => {
            const line = `${row.join(';')}\n`;
            parts.push(in1251[i] === true ? iconv.encode(line, 'windows-1251') : Buffer.from(line));
          });
          const outcome = await read('broken.csv', Buffer.concat(parts));
          expectWellFormed(outcome.results);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('survives malformed JSON and JSON Lines', async () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', '"', '"surname"', ':', '"Sargsyan"', '\n', '\\', 'null', '5', '{"surname":"A"}');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 60 }), fc.constantFrom('[', '{"surname":"B"}\n'), async (pieces, start) => {
        const outcome = await read('x.json', Buffer.from(start + pieces.join('')));
        expectWellFormed(outcome.results);
      }),
      RUNS,
    );
  });

  describe('corrupt workbooks', () => {
    let good: Buffer;
    beforeAll(async () => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('List');
      sheet.addRow(['Surname', 'Given name', 'Date of birth']);
      for (let i = 0; i < 200; i++) sheet.addRow([`Sargsyan${i}`, 'Aram', new Date(Date.UTC(1980, 0, 1 + i))]);
      const path = join(dir, 'good.xlsx');
      await wb.xlsx.writeFile(path);
      good = readFileSync(path);
    });

    it('rejects a workbook cut short, or reads what is there, without crashing', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 99_999 }), async (cut) => {
          const outcome = await read('cut.xlsx', good.subarray(0, Math.floor((cut / 100_000) * good.length)));
          expectWellFormed(outcome.results);
          expect(outcome.error).toBeDefined();
        }),
        { numRuns: 25 },
      );
    });

    it('survives a zip signature followed by random bytes, and flipped bytes in a real workbook', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 20 }), async (noise, flips) => {
          const random = await read('pk.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), noise]));
          expect(random.error).toBeDefined();
          const flipped = Buffer.from(good);
          for (const at of flips) flipped[at % flipped.length] = (flipped[at % flipped.length] as number) ^ 0xa5;
          const outcome = await read('flipped.xlsx', flipped);
          expectWellFormed(outcome.results);
        }),
        { numRuns: 25 },
      );
    });
  });
});

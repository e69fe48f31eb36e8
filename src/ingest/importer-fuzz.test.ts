import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { WhereaboutsError } from '../errors.js';
import { MAX_JSON_DEPTH } from './json-items.js';
import { openList } from './open-list.js';
import type { ListReadOptions, ReadResult } from './list-source.js';
import type { IngestRow, QuarantinedRow } from './record.js';

/*
 * The generators that found issue 17's defects, run on every importer they apply to: invalid
 * bytes at random rows, NULs at random places, lone CRs and mixed line breaks, repeated header
 * columns, nesting depth, and the sizes a zip directory declares. Each property says what the
 * clerk would see: every untouched row imported exactly as written, every damaged one accounted for.
 */

const dir = mkdtempSync(join(tmpdir(), 'whereabouts-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

type Format = 'csv' | 'json' | 'jsonl' | 'xlsx';
interface Person {
  surname: string;
  given_name: string;
}

const NAMES = ['Григорян', 'Հարությունյան', 'Məmmədov', 'Sargsyan', 'Арам', 'Gagik', 'Elvin', 'Davit', "O'Neil", 'Sarkisyan-Hakobyan'];
const person = fc.record({ surname: fc.constantFrom(...NAMES), given_name: fc.constantFrom(...NAMES) });
const people = fc.array(person, { minLength: 1, maxLength: 25 });

async function read(path: string, options: ListReadOptions = {}): Promise<{ rows: IngestRow[]; quarantined: QuarantinedRow[]; results: ReadResult[]; encoding?: string }> {
  const source = await openList(path, { today: '2026-03-01', ...options });
  const results: ReadResult[] = [];
  for await (const result of source.rows()) results.push(result);
  return {
    results,
    rows: results.flatMap((r) => (r.ok ? [r.row] : [])),
    quarantined: results.flatMap((r) => (r.ok ? [] : [r.row])),
    ...(source.encoding === undefined ? {} : { encoding: source.encoding }),
  };
}

function path(name: string): string {
  return join(dir, `${counter++}-${name}`);
}

/** Bytes of one row of a text format; `cells` already hold whatever damage the test put in. */
function textRow(format: Exclude<Format, 'xlsx'>, cells: Person): string {
  if (format === 'csv') return `${cells.surname},${cells.given_name}`;
  return JSON.stringify(cells);
}

function textFile(format: Exclude<Format, 'xlsx'>, rows: readonly string[], breaks: readonly string[] = []): string {
  const nl = (i: number): string => breaks[i % Math.max(1, breaks.length)] ?? '\n';
  if (format === 'csv') return `surname,given_name${nl(0)}${rows.map((r, i) => `${r}${nl(i + 1)}`).join('')}`;
  if (format === 'jsonl') return rows.map((r, i) => `${r}${nl(i)}`).join('');
  return `[${rows.join(`,${nl(0)}`)}]`;
}

async function writeWorkbook(file: string, header: readonly string[], rows: readonly (readonly string[])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('List');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  await wb.xlsx.writeFile(file);
}

const TEXT_FORMATS = ['csv', 'json', 'jsonl'] as const;

describe('invalid bytes at random rows', () => {
  it.each(TEXT_FORMATS)('%s: the damaged rows are quarantined and every other row is imported as written', async (format) => {
    await fc.assert(
      fc.asyncProperty(people, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom([0xff], [0xc3, 0x28], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80]), async (list, at, bad) => {
        // One clean Cyrillic row first: the evidence that the file is UTF-8 at all.
        const all = [{ surname: 'Петров', given_name: 'Иван' }, ...list];
        const damaged = new Set(at.map((n) => 1 + (n % list.length)));
        const parts = all.map((p, i) => {
          const text = textRow(format, p);
          if (!damaged.has(i)) return Buffer.from(text);
          // Inside the surname's letters, so the damage is in a cell (for JSON: inside the string).
          const cut = text.indexOf(p.surname) + 1;
          return Buffer.concat([Buffer.from(text.slice(0, cut)), Buffer.from(bad), Buffer.from(text.slice(cut))]);
        });
        const joined = Buffer.from(textFile(format, parts.map((_, i) => `\u0001${i}\u0001`)));
        // Put the byte rows in place of their markers.
        let bytes = joined;
        parts.forEach((part, i) => {
          const marker = Buffer.from(`\u0001${i}\u0001`);
          const where = bytes.indexOf(marker);
          bytes = Buffer.concat([bytes.subarray(0, where), part, bytes.subarray(where + marker.length)]);
        });
        const file = path(`bytes.${format}`);
        writeFileSync(file, bytes);
        const { rows, quarantined, encoding } = await read(file);
        expect(encoding).toBe('utf-8');
        expect(rows.map((r) => ({ surname: r.fields.surname, given_name: r.fields.given_name }))).toEqual(all.filter((_, i) => !damaged.has(i)));
        expect(quarantined.map((q) => q.row).sort((a, b) => a - b)).toEqual([...damaged].map((i) => i + 1).sort((a, b) => a - b));
        if (format === 'csv') for (const q of quarantined) expect(q.reason).toContain('not valid utf-8');
      }),
      { numRuns: 30 },
    );
  });
});

describe('NULs at random places', () => {
  it.each(TEXT_FORMATS)('%s: NULs are removed from the names with a warning, whatever the file length', async (format) => {
    await fc.assert(
      fc.asyncProperty(people, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), fc.nat({ max: 3000 }), async (list, nuls, padding) => {
        const withNul = list.map((p) => ({ ...p }));
        for (const [row, at] of nuls) {
          const p = withNul[row % list.length] as Person;
          const cut = at % (p.surname.length + 1);
          p.surname = `${p.surname.slice(0, cut)}\0${p.surname.slice(cut)}`;
        }
        const filler = Array.from({ length: padding }, () => textRow(format, { surname: 'Doe', given_name: 'Jane' }));
        const file = path(`nul.${format}`);
        writeFileSync(file, textFile(format, [...withNul.map((p) => textRow(format, p)), ...filler]));
        const { rows, quarantined } = await read(file);
        expect(quarantined).toEqual([]);
        expect(rows.slice(0, list.length).map((r) => ({ surname: r.fields.surname, given_name: r.fields.given_name }))).toEqual(list);
        rows.slice(0, list.length).forEach((r, i) => {
          const hadNul = (withNul[i] as Person).surname.includes('\0');
          expect(r.warnings.some((w) => w.reason.includes('NUL'))).toBe(hadNul);
        });
      }),
      { numRuns: 20 },
    );
  });
});

describe('line breaks of every kind', () => {
  it.each(['csv', 'jsonl'] as const)('%s: LF, CRLF and lone CR in any mix end rows, and no row is merged or lost', async (format) => {
    await fc.assert(
      fc.asyncProperty(people, fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 8 }), async (list, breaks) => {
        const file = path(`breaks.${format}`);
        writeFileSync(file, textFile(format, list.map((p) => textRow(format, p)), breaks));
        const { rows, quarantined } = await read(file);
        expect(quarantined).toEqual([]);
        expect(rows.map((r) => ({ surname: r.fields.surname, given_name: r.fields.given_name }))).toEqual(list);
      }),
      { numRuns: 40 },
    );
  });
});

describe('repeated header columns', () => {
  const header = fc.array(fc.constantFrom('surname', 'given_name', 'notes'), { minLength: 1, maxLength: 5 }).filter((h) => h.includes('surname'));
  it.each(['csv', 'xlsx'] as const)('%s: every cell of a repeated column reaches the record or a warning, none is dropped', async (format) => {
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.array(fc.constantFrom(...NAMES), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 10 }), async (columns, table) => {
        const rows = table.map((cells) => cells.slice(0, columns.length));
        const file = path(`repeated.${format}`);
        if (format === 'csv') writeFileSync(file, `${columns.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`);
        else await writeWorkbook(file, columns, rows);
        const { rows: read_ } = await read(file);
        expect(read_).toHaveLength(rows.length);
        read_.forEach((record, i) => {
          const cells = rows[i] as string[];
          for (const field of ['surname', 'given_name', 'notes'] as const) {
            const values = cells.filter((_, c) => columns[c] === field);
            // Joined in column order; a value equal to what is already there adds nothing.
            const expected = values.reduce<string | undefined>((acc, v) => (acc === undefined ? v : acc === v ? acc : `${acc} ${v}`), undefined);
            expect(record.fields[field]).toBe(expected);
          }
          expect(Object.values(record.raw).filter((v) => v !== '')).toHaveLength(cells.length);
        });
      }),
      { numRuns: format === 'xlsx' ? 8 : 40 },
    );
  });
});

describe('nesting depth', () => {
  it.each(['json', 'jsonl'] as const)(`%s: a row nested up to ${MAX_JSON_DEPTH} levels is read, deeper is quarantined, none crashes`, async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 30_000 }), { minLength: 1, maxLength: 5 }), async (depths) => {
        const texts = depths.map((d) => `{"surname":"Smith","notes":${'['.repeat(d)}${']'.repeat(d)}}`);
        const file = path(`depth.${format}`);
        writeFileSync(file, textFile(format, texts.map((t, i) => (depths[i] === 0 ? '{"surname":"Smith"}' : t))));
        const { rows, quarantined } = await read(file);
        // The row object is one level; its notes value d more.
        expect(rows).toHaveLength(depths.filter((d) => d + 1 <= MAX_JSON_DEPTH).length);
        expect(quarantined.map((q) => q.reason)).toEqual(depths.filter((d) => d + 1 > MAX_JSON_DEPTH).map(() => expect.stringContaining('nested more than')));
      }),
      { numRuns: 25 },
    );
  });
});

describe('sizes a zip directory declares', () => {
  let good: Buffer;
  beforeAll(async () => {
    const file = path('good.xlsx');
    await writeWorkbook(file, ['Surname', 'Given name'], Array.from({ length: 50 }, (_, i) => [`Sargsyan${i}`, 'Aram']));
    good = readFileSync(file);
  });

  /** The central directory entries' offsets of their uncompressed-size field. */
  function sizeFields(zip: Buffer): number[] {
    const at: number[] = [];
    for (let i = zip.length - 46; i >= 0; i--) if (zip.readUInt32LE(i) === 0x02014b50) at.push(i + 24);
    return at;
  }

  it('xlsx: a declared total past the limit is refused as too large, a forged size as damage, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }), fc.integer({ min: 1, max: 2 ** 21 }), async (forgeries, limit) => {
        const zip = Buffer.from(good);
        const fields = sizeFields(zip);
        for (const [which, size] of forgeries) zip.writeUInt32LE(size % 2 ** 32, fields[which % fields.length] as number);
        const declared = fields.reduce((sum, at) => sum + zip.readUInt32LE(at), 0);
        const file = path('forged.xlsx');
        writeFileSync(file, zip);
        const forged = !zip.equals(good);
        try {
          const { rows } = await read(file, { maxUnzippedBytes: limit });
          expect(declared).toBeLessThanOrEqual(limit);
          expect(forged).toBe(false);
          expect(rows).toHaveLength(50);
        } catch (error) {
          if (!(error instanceof WhereaboutsError)) throw error;
          if (declared > limit) expect(error.code).toBe('WA_WORKBOOK_TOO_LARGE');
          else expect(error.code).toBe('WA_WORKBOOK_DAMAGED');
        }
      }),
      { numRuns: 40 },
    );
  });
});

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { MAX_COMPARED_LENGTH } from './column-plan.js';
import { listTestFiles } from './list-test-files.js';

/*
 * The defects of issue 17 that silently altered or dropped data, or crashed, each as the clerk
 * would notice it: which rows are imported, which are quarantined and why, which cells warn.
 */

const { dir, file, readAll, failure, remove } = listTestFiles('whereabouts-damaged-', { referenceYear: 2026, today: '2026-03-01' });
afterAll(remove);

describe('a UTF-8 list with a few damaged rows', () => {
  it('keeps Петров Иван as written and quarantines only the two rows of invalid bytes', async () => {
    const bytes = Buffer.concat([Buffer.from('surname,given_name\nSm'), Buffer.from([0xc3, 0x28]), Buffer.from('th,John\nПетров,Иван\n'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from(',X\n')]);
    const { source, rows, quarantined } = await readAll(file('u.csv', bytes));
    expect(source.encoding).toBe('utf-8');
    expect(rows.map((r) => r.fields)).toEqual([{ surname: 'Петров', given_name: 'Иван' }]);
    expect(quarantined.map((q) => [q.row, q.column, q.reason])).toEqual([
      [1, 'surname', expect.stringContaining('not valid utf-8')],
      [3, 'surname', expect.stringContaining('not valid utf-8')],
    ]);
  });

  it('reads a Windows-1251 list as Windows-1251 even when its first 64 KiB are plain ASCII', async () => {
    const ascii = 'Sargsyan;Aram\n'.repeat(6000);
    const bytes = Buffer.concat([Buffer.from('Surname;Given name\n'), Buffer.from(ascii), iconv.encode('Григорян;Арам\n', 'windows-1251')]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const { source, rows, quarantined } = await readAll(file('late-1251.csv', bytes));
    expect(source.encoding).toBe('windows-1251');
    expect(quarantined).toEqual([]);
    expect(rows.at(-1)?.fields).toEqual({ surname: 'Григорян', given_name: 'Арам' });
  });

  it('takes a U+FFFD that a valid UTF-8 file really holds for a character, not for damage', async () => {
    const { rows, quarantined } = await readAll(file('fffd.csv', 'surname,given_name\nSm\uFFFDth,John\n'));
    expect(quarantined).toEqual([]);
    expect(rows[0]?.fields.surname).toBe('Sm\uFFFDth');
  });
});

describe('a header with the same column twice', () => {
  it('keeps both surnames, in column order, with a warning, and both cells in the raw row', async () => {
    const { rows } = await readAll(file('twice.csv', 'surname,surname,given_name\nA,B,C\nD,,E\nF,F,G\n'));
    expect(rows.map((r) => r.fields.surname)).toEqual(['A B', 'D', 'F']);
    expect(rows[0]?.raw).toEqual({ surname: 'A', 'surname (2)': 'B', given_name: 'C' });
    expect(rows[0]?.warnings).toEqual([{ column: 'surname (2)', reason: expect.stringContaining('second surname column') }]);
    expect(rows[1]?.warnings).toEqual([]);
    expect(rows[2]?.warnings).toEqual([]);
  });

  it('keeps the first of two differing birth dates and says so', async () => {
    const { rows } = await readAll(file('dates-twice.csv', 'surname,birth date,birth date\nA,01.02.1980,03.04.1981\n'));
    expect(rows[0]?.fields.birth_date).toMatchObject({ year: 1980 });
    expect(rows[0]?.warnings).toEqual([{ column: 'birth date (2)', reason: expect.stringContaining('differs from the first') }]);
  });
});

describe('NUL characters in cells', () => {
  const content = 'surname,given_name,birth_date\nSm\0ith,John,01.02.1980\n\0\0\0,X\0,01.02.1981\n';
  it('removes them with a cell warning, in a short file and a long one alike', async () => {
    const short = await readAll(file('nul-short.csv', content));
    const long = await readAll(file('nul-long.csv', content + 'Doe,Jane,03.04.1975\n'.repeat(5000)));
    for (const { rows } of [short, long]) {
      expect(rows[0]?.fields.surname).toBe('Smith');
      expect(rows[0]?.raw['surname']).toBe('Sm\0ith');
      expect(rows[0]?.warnings).toEqual([{ column: 'surname', reason: expect.stringContaining('NUL') }]);
      // A surname of NULs only is no surname; the given name still names him.
      expect(rows[1]?.fields).toMatchObject({ given_name: 'X' });
      expect(rows[1]?.fields.surname).toBeUndefined();
    }
  });

  it('quarantines a row whose only name is NULs, as a row with no name', async () => {
    const { rows, quarantined } = await readAll(file('nul-name.csv', 'surname,birth_date\n\0\0,01.02.1980\nDoe,01.02.1980\n'));
    expect(rows).toHaveLength(1);
    expect(quarantined.map((q) => q.reason)).toEqual([expect.stringContaining('no name')]);
  });

  it('treats JSON strings with \\u0000 the same way', async () => {
    const { rows } = await readAll(file('nul.json', '[{"surname":"Sm\\u0000ith","given_name":"John"}]'));
    expect(rows[0]?.fields.surname).toBe('Smith');
    expect(rows[0]?.warnings).toEqual([{ column: 'surname', reason: expect.stringContaining('NUL') }]);
  });
});

describe('line breaks', () => {
  it('reads classic Mac line endings (lone CR) as separate rows', async () => {
    const { rows, quarantined } = await readAll(file('mac.csv', 'surname;given_name\rSmith;John\rDoe;Jane\r'));
    expect(quarantined).toEqual([]);
    expect(rows.map((r) => r.fields.surname)).toEqual(['Smith', 'Doe']);
  });

  it('reads a file that mixes CRLF, LF and lone CR, keeping line breaks inside quotes', async () => {
    const { rows, quarantined } = await readAll(file('mixed.csv', 'surname,notes\r\nSmith,a\nDoe,b\rRoe,"two\rlines"\r\nPoe,c'));
    expect(quarantined).toEqual([]);
    expect(rows.map((r) => [r.fields.surname, r.fields.notes, r.sourceRow])).toEqual([
      ['Smith', 'a', 2],
      ['Doe', 'b', 3],
      ['Roe', 'two\rlines', 4],
      ['Poe', 'c', 6],
    ]);
  });

  it('reads JSON Lines with lone CRs', async () => {
    const { rows } = await readAll(file('mac.jsonl', '{"surname":"Smith"}\r{"surname":"Doe"}\r'));
    expect(rows.map((r) => r.fields.surname)).toEqual(['Smith', 'Doe']);
  });
});

describe('names with no letter at all', () => {
  it('quarantines "...", "-", emoji and digits with a reason, and keeps real names in any script', async () => {
    const { rows, quarantined } = await readAll(file('letterless.csv', 'surname,given_name\n...,-\n😀,😀\n123,\nԱրամ,\nO\'Neil,\n'));
    expect(rows.map((r) => r.fields.surname)).toEqual(['Արամ', "O'Neil"]);
    expect(quarantined.map((q) => [q.row, q.column, q.reason])).toEqual([
      [1, 'surname', expect.stringContaining('no letter')],
      [2, 'surname', expect.stringContaining('no letter')],
      [3, 'surname', expect.stringContaining('no letter')],
    ]);
  });
});

describe('dates that cannot be right', () => {
  it('warns on a birth or an event after the day the list is read, and on a birth 110 years before it', async () => {
    const { rows } = await readAll(file('future.csv', 'surname,birth date,date of capture\nA,01.01.2090,01.01.2099\nB,1890,2020\nC,1980,01.02.2026\nD,2000,1999\n'));
    expect(rows.map((r) => r.warnings.map((w) => [w.column, w.reason]))).toEqual([
      [
        ['birth date', expect.stringContaining('after the day the list was read (2026-03-01)')],
        ['date of capture', expect.stringContaining('after the day the list was read')],
      ],
      [['birth date', expect.stringContaining('more than 110 years')]],
      [],
      [['birth date', expect.stringContaining('after the date of the event')]],
    ]);
    // The dates are kept: a person decides.
    expect(rows[0]?.fields.birth_date).toMatchObject({ year: 2090 });
  });
});

describe('deeply nested JSON', () => {
  it('quarantines an element nested 50,000 deep instead of crashing, and reads the others', async () => {
    const deep = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    const { rows, quarantined } = await readAll(file('deep.json', `[${deep},{"surname":"Smith"}]`));
    expect(rows.map((r) => r.fields.surname)).toEqual(['Smith']);
    expect(quarantined.map((q) => [q.row, q.reason])).toEqual([[1, expect.stringContaining('nested more than 64 levels')]]);
  });

  it('quarantines a row with one field nested 20,000 deep, in JSON Lines too', async () => {
    const deep = `{"surname":"Smith","notes":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    for (const [name, text] of [['deep-field.json', `[${deep}]`], ['deep-field.jsonl', `${deep}\n{"surname":"Doe"}\n`]] as const) {
      const { quarantined } = await readAll(file(name, text));
      expect(quarantined.map((q) => q.reason)).toEqual([expect.stringContaining('nested more than 64 levels')]);
    }
  });
});

describe('a workbook that would unpack past the limit', () => {
  it('is refused from its zip directory before anything is inflated, with the sizes and how to raise the limit', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('List');
    sheet.addRow(['Surname', 'Notes']);
    for (let i = 0; i < 200; i++) sheet.addRow([`Sargsyan${i}`, `${i} `.padEnd(20_000, 'x')]);
    const path = join(dir, 'big.xlsx');
    await wb.xlsx.writeFile(path);
    const error = await failure(path, { maxUnzippedBytes: 2 ** 20 });
    expect(error.code).toBe('WA_WORKBOOK_TOO_LARGE');
    expect(error.message).toMatch(/would unpack to [\d.]+ MB .*more than the limit of 1 MB.*--max-unzipped/u);
    expect(error.location?.file).toBe(path);
    // Under a limit it fits, it is read.
    const { rows } = await readAll(path, { maxUnzippedBytes: 2 ** 30 });
    expect(rows).toHaveLength(200);
  });
});

describe('a huge name', () => {
  it(`is compared on its first ${MAX_COMPARED_LENGTH} characters with a warning, and kept whole in the raw row`, async () => {
    const huge = 'Ա'.repeat(1_000_000);
    const { rows } = await readAll(file('huge.csv', `surname,given_name,notes\n${huge},Aram,${'n'.repeat(5000)}\n`));
    expect(rows[0]?.fields.surname).toHaveLength(MAX_COMPARED_LENGTH);
    expect(rows[0]?.raw['surname']).toHaveLength(1_000_000);
    expect(rows[0]?.fields.notes).toHaveLength(5000);
    expect(rows[0]?.warnings).toEqual([{ column: 'surname', reason: expect.stringContaining(`first ${MAX_COMPARED_LENGTH} are read and compared`) }]);
  });
});

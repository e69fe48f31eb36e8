import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { listTestFiles } from './list-test-files.js';
import { openList } from './open-list.js';

const { dir, file, readAll, failure, remove } = listTestFiles('whereabouts-ingest-', { referenceYear: 2026 });
afterAll(remove);

const MEDIATOR = 'Список военнопленных\n\n№;Ф.И.О.;Дата рождения;в/ч;Пол;Примечание\n1;ГРИГОРЯН Арам Гагикович;12.03.1985;12345;м;\n2;Петросян Давид;1990;;М;"две\nстроки"\n';

describe('openList on CSV', () => {
  it('reads the mediator\'s Windows-1251 semicolon list with a title line and a ФИО column', async () => {
    const { source, rows, quarantined } = await readAll(file('mediator.csv', iconv.encode(MEDIATOR, 'windows-1251')));
    expect(source).toMatchObject({ format: 'csv', encoding: 'windows-1251', delimiter: ';' });
    expect(source.columns.map((c) => c.field)).toEqual(['record_id', 'full_name', 'birth_date', 'unit', 'sex', 'notes']);
    expect(source.skipped.preamble).toEqual([{ text: 'Список военнопленных' }]);
    expect(quarantined).toEqual([]);
    expect(rows[0]).toMatchObject({
      row: 1,
      raw: { '№': '1', 'Ф.И.О.': 'ГРИГОРЯН Арам Гагикович', 'Дата рождения': '12.03.1985', 'в/ч': '12345', Пол: 'м', Примечание: '' },
      fields: { record_id: '1', full_name: 'ГРИГОРЯН Арам Гагикович', surname: 'ГРИГОРЯН', given_name: 'Арам', patronymic: 'Гагикович', sex: 'male', unit: '12345', birth_date: { year: 1985, month: 3, day: 12 } },
    });
    expect(rows[1]?.fields).toMatchObject({ surname: 'Петросян', given_name: 'Давид', birth_date: { year: 1990 }, notes: 'две\nстроки' });
    expect(rows[1]?.fields.birth_date?.month).toBeUndefined();
  });

  it.each([
    ['utf-8', (t: string) => Buffer.from(t)],
    ['utf-8 with BOM', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)])],
    ['utf-16le with BOM', (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(t, 'utf-16le')])],
    ['utf-16be with BOM', (t: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(t, 'utf-16be')])],
    ['utf-16le without BOM', (t: string) => iconv.encode(t, 'utf-16le')],
    ['windows-1251', (t: string) => iconv.encode(t, 'windows-1251')],
  ])('reads the same rows from %s', async (_name, encode) => {
    const { rows } = await readAll(file('list.csv', encode(MEDIATOR)));
    expect(rows.map((r) => r.fields.surname)).toEqual(['ГРИГОРЯН', 'Петросян']);
    expect(rows[0]?.raw['Ф.И.О.']).toBe('ГРИГОРЯН Арам Гагикович');
  });

  it('reads a Windows-1252 list with accented Latin names', async () => {
    const { source, rows } = await readAll(file('delegate.csv', iconv.encode('Surname,Given name,Place of birth\nMüller,José,Köln\n', 'windows-1252')));
    expect(source.encoding).toBe('windows-1252');
    expect(rows[0]?.fields).toMatchObject({ surname: 'Müller', given_name: 'José', birth_place: 'Köln' });
  });

  it.each([
    ['English', 'Surname,Given name,Father\'s name,Date of birth,Date of capture,Military unit\nHarutyunyan,Aram,Gagik,12 Mar 1985,12 Mar 2021,N123\n'],
    ['Russian', 'Фамилия,Имя,Отчество,Дата рождения,Дата пленения,в/ч\nАрутюнян,Арам,Гагикович,12.03.1985,12 марта 2021 г.,N123\n'],
    ['Ukrainian', "Прізвище,Ім'я,По батькові,Дата народження,Дата полону,Військова частина\nАрутюнян,Арам,Гагікович,12.03.1985,12 березня 2021,N123\n"],
    ['Armenian', 'Ազգանուն,Անուն,Հոր անունը,Ծննդյան ամսաթիվ,Գերեվարման ամսաթիվ,Զորամաս\nՀարությունյան,Արամ,Գագիկի,12.03.1985,12 մարտի 2021 թ.,N123\n'],
    ['Azerbaijani', 'Soyadı,Adı,Ata adı,Doğum tarixi,Əsir düşmə tarixi,Hərbi hissə\nHarutyunyan,Aram,Qaqik oğlu,12.03.1985,12 mart 2021,N123\n'],
  ])('recognises %s headers and dates', async (_language, text) => {
    const { source, rows } = await readAll(file('list.csv', text));
    expect(source.columns.map((c) => c.field)).toEqual(['surname', 'given_name', 'patronymic', 'birth_date', 'event_date', 'unit']);
    expect(rows[0]?.fields.birth_date).toMatchObject({ year: 1985, month: 3, day: 12 });
    expect(rows[0]?.fields.event_date).toMatchObject({ year: 2021, month: 3, day: 12 });
    expect(rows[0]?.fields.unit).toBe('N123');
  });

  it('splits an Azerbaijani full name with "oğlu" and keeps the original', async () => {
    const { rows } = await readAll(file('az.csv', 'Tam adı;Doğum tarixi\nMəmmədov Elvin Rəşid oğlu;1999\n'));
    expect(rows[0]?.fields).toMatchObject({ full_name: 'Məmmədov Elvin Rəşid oğlu', surname: 'Məmmədov', given_name: 'Elvin', patronymic: 'Rəşid oğlu' });
  });

  it('keeps unrecognised columns in raw and lists them as unmapped', async () => {
    const { source, rows } = await readAll(file('extra.csv', 'Surname,Blood group\nSargsyan,A+\n'));
    expect(source.columns[1]).toEqual({ header: 'Blood group', how: 'unmapped' });
    expect(rows[0]?.raw).toEqual({ Surname: 'Sargsyan', 'Blood group': 'A+' });
  });

  it('lets --map override recognition, set unknown columns and ignore others', async () => {
    const path = file('mapped.csv', 'Н/П,Кто,Дата\n7,Саркисян Ваге,2001\n');
    const { source, rows } = await readAll(path, { map: { 'Н/П': 'record_id', Кто: 'full_name', Дата: 'ignore' } });
    expect(source.columns.map((c) => [c.field, c.how])).toEqual([['record_id', 'override'], ['full_name', 'override'], [undefined, 'override']]);
    expect(rows[0]?.fields).toEqual({ record_id: '7', full_name: 'Саркисян Ваге', surname: 'Саркисян', given_name: 'Ваге' });
    expect(rows[0]?.raw['Дата']).toBe('2001');
  });

  it('rejects a --map column the file does not have, naming it', async () => {
    const error = await failure(file('m.csv', 'Surname\nSargsyan\n'), { map: { Фамилия: 'surname' } });
    expect(error.code).toBe('WA_MAP_INVALID');
    expect(error.message).toContain('"Фамилия"');
  });

  it('reads "Name" alone as the full name', async () => {
    const { source, rows } = await readAll(file('n.csv', 'Name,Date of birth\nAram Gagik Harutyunyan,1985\n'));
    expect(source.columns[0]?.field).toBe('full_name');
    expect(rows[0]?.fields).toMatchObject({ surname: 'Harutyunyan', given_name: 'Aram' });
  });

  it('keeps a row with a bad date, leaves the field empty and warns with the column', async () => {
    const { rows } = await readAll(file('d.csv', 'Surname;Date of birth;Sex\nSargsyan;31.02.1980;?\n'));
    expect(rows[0]?.fields.birth_date).toBeUndefined();
    expect(rows[0]?.fields.sex).toBeUndefined();
    expect(rows[0]?.raw['Date of birth']).toBe('31.02.1980');
    expect(rows[0]?.warnings.map((w) => w.column)).toEqual(['Date of birth', 'Sex']);
  });

  it('settles ambiguous dates by the rest of the column, or records both readings', async () => {
    const settled = await readAll(file('s.csv', 'Surname;Date of birth\nA;05.03.1980\nB;25.03.1980\n'));
    expect(settled.rows[0]?.fields.birth_date).toEqual({ text: '05.03.1980', year: 1980, month: 3, day: 5 });
    const open = await readAll(file('o.csv', 'Surname;Date of birth\nA;05.03.1980\nB;04.03.1980\n'));
    expect(open.rows[0]?.fields.birth_date?.alternative).toEqual({ month: 5, day: 3 });
  });

  it('quarantines rows with no name, ragged rows and undecodable rows, with reason and column', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Фамилия;Имя;Дата рождения\nГригорян;Арам;1985\n;;1990\nПетросян;Давид;1990;лишнее\n'),
      iconv.encode('Саркисян;Ваге;1980\n', 'windows-1251'),
      Buffer.from('Акопян;Айк;1981\n'.repeat(5)),
    ]);
    const { rows, quarantined } = await readAll(file('bad.csv', bytes));
    expect(rows.map((r) => r.row)).toEqual([1, 5, 6, 7, 8, 9]);
    expect(quarantined.map((q) => q.row)).toEqual([2, 3, 4]);
    expect(quarantined[0]?.reason).toContain('no name');
    expect(quarantined[1]?.reason).toContain('4 cells where the header has 3');
    expect(quarantined[1]?.raw).toMatchObject({ 'column 4': 'лишнее' });
    expect(quarantined[2]).toMatchObject({ column: 'Фамилия', reason: expect.stringContaining('not valid utf-8') });
  });

  it('quarantines a line whose quote is never closed and reads the lines after it', async () => {
    const { rows, quarantined } = await readAll(file('q.csv', 'Surname,Notes\nA,"never closed\nB,fine\nC,fine\n'));
    expect(quarantined).toEqual([{ row: 1, sourceRow: 2, raw: 'A,"never closed', reason: expect.stringContaining('never closed') }]);
    expect(rows.map((r) => [r.row, r.fields.surname])).toEqual([[2, 'B'], [3, 'C']]);
  });

  it('quarantines a header row repeated inside the data', async () => {
    const { rows, quarantined } = await readAll(file('twice.csv', 'Surname,Rank\nSargsyan,private\nSurname,Rank\nHakobyan,private\n'));
    expect(rows.map((r) => r.fields.surname)).toEqual(['Sargsyan', 'Hakobyan']);
    expect(quarantined).toEqual([{ row: 2, sourceRow: 3, raw: { Surname: 'Surname', Rank: 'Rank' }, reason: 'the row repeats the header row' }]);
  });

  it('numbers each row as the clerk sees it: the line it starts on, title lines and cells with line breaks counted', async () => {
    const text = 'Список на 01.03.2021\nSurname,Notes\nA,"two\nlines"\nB,x\n\nC,"three\nlines\nhere"\nD,y\n';
    const { rows } = await readAll(file('lines.csv', text));
    expect(rows.map((r) => [r.fields.surname, r.row, r.sourceRow])).toEqual([['A', 1, 3], ['B', 2, 5], ['C', 4, 7], ['D', 5, 10]]);
  });

  it('counts empty rows and keeps their numbers used', async () => {
    const { source, rows } = await readAll(file('e.csv', 'Surname\nA\n\n;\nB\n'));
    expect(rows.map((r) => r.row)).toEqual([1, 4]);
    expect(source.skipped.empty).toBe(2);
  });
});

describe('openList on JSON and JSON Lines', () => {
  it('reads an array of objects and quarantines elements that are not objects', async () => {
    const text = JSON.stringify([{ Soyadı: 'Əliyev', Adı: 'Kamran', 'Doğum tarixi': '1990' }, 5, { Soyadı: 'Məmmədov', Qeyd: { a: 1 } }]);
    const { source, rows, quarantined } = await readAll(file('l.json', text));
    expect(source.format).toBe('json');
    expect(rows.map((r) => [r.row, r.fields.surname])).toEqual([[1, 'Əliyev'], [3, 'Məmmədov']]);
    expect(rows[1]?.raw.Qeyd).toBe('{"a":1}');
    expect(quarantined).toEqual([{ row: 2, raw: '5', reason: expect.stringContaining('found a number') }]);
  });

  it('reads JSON Lines, numbering by line, quarantining bad lines and adding keys seen late', async () => {
    const text = '{"surname":"Sargsyan"}\n\n{broken\n{"surname":"Hakobyan","rank":"private"}\n';
    const { source, rows, quarantined } = await readAll(file('l.jsonl', text));
    expect(source.format).toBe('jsonl');
    expect(rows.map((r) => [r.row, r.fields.surname, r.fields.rank])).toEqual([[1, 'Sargsyan', undefined], [4, 'Hakobyan', 'private']]);
    expect(quarantined).toEqual([{ row: 3, raw: '{broken', reason: expect.stringContaining('not valid JSON') }]);
    expect(source.columns.map((c) => c.field)).toEqual(['surname', 'rank']);
    expect(source.skipped.empty).toBe(1);
  });
});

describe('openList on XLSX', () => {
  async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const path = file('book.xlsx', '');
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('reads every sheet with its own header, dates from date cells and serials, row numbers per sheet', async () => {
    const path = await workbook((wb) => {
      const missing = wb.addWorksheet('Missing');
      missing.addRow(['Ազգանուն', 'Անուն', 'Ծննդյան ամսաթիվ', 'Սեռ']);
      missing.addRow(['Հարությունյան', 'Արամ', new Date(Date.UTC(1985, 2, 12)), 'ա']);
      missing.addRow(['Սարգսյան', 'Դավիթ', 31120, 'արական']);
      const held = wb.addWorksheet('Held');
      held.addRow(['Soyadı', 'Adı', 'Doğum tarixi']);
      held.addRow([]);
      held.addRow(['Qriqoryan', 'Aram', '12 mart 1985']);
    });
    expect((await openList(path)).sheets).toEqual(['Missing', 'Held']);
    const { source, rows } = await readAll(path);
    expect(source.format).toBe('xlsx');
    expect(rows.map((r) => [r.sheet, r.row, r.fields.surname])).toEqual([['Missing', 1, 'Հարությունյան'], ['Missing', 2, 'Սարգսյան'], ['Held', 2, 'Qriqoryan']]);
    expect(rows[0]?.fields).toMatchObject({ birth_date: { year: 1985, month: 3, day: 12 }, sex: 'male' });
    expect(rows[1]?.fields.birth_date).toMatchObject({ year: 1985, month: 3, day: 14 });
    expect(rows[2]?.fields.birth_date).toMatchObject({ year: 1985, month: 3, day: 12 });
  });

  it('reads only the sheet asked for, and names the sheets when it is missing', async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet('A').addRow(['Surname']);
      wb.getWorksheet('A')?.addRow(['Sargsyan']);
      wb.addWorksheet('B').addRow(['Surname']);
      wb.getWorksheet('B')?.addRow(['Hakobyan']);
    });
    const { rows } = await readAll(path, { sheet: 'B' });
    expect(rows.map((r) => r.fields.surname)).toEqual(['Hakobyan']);
    const error = await failure(path, { sheet: 'C' });
    expect(error.code).toBe('WA_SHEET_NOT_FOUND');
    expect(error.message).toContain('"A", "B"');
  });

  it('quarantines the rows of a sheet without a name column, and reads the others', async () => {
    const path = await workbook((wb) => {
      wb.addWorksheet('List').addRow(['Surname']);
      wb.getWorksheet('List')?.addRow(['Sargsyan']);
      wb.addWorksheet('Legend').addRow(['Code', 'Meaning']);
      wb.getWorksheet('Legend')?.addRow(['M', 'missing']);
    });
    const { rows, quarantined } = await readAll(path);
    expect(rows).toHaveLength(1);
    expect(quarantined).toEqual([{ row: 1, sourceRow: 2, sheet: 'Legend', raw: { Code: 'M', Meaning: 'missing' }, reason: expect.stringContaining('no name') }]);
  });

  it("numbers each row by the sheet's own row number, title rows and the header counted", async () => {
    const path = await workbook((wb) => {
      const sheet = wb.addWorksheet('Siyahı');
      sheet.addRow(['Siyahı 01.03.2021 tarixinə']);
      sheet.addRow([]);
      sheet.addRow(['Soyadı', 'Adı']);
      sheet.addRow(['Qriqoryan', 'Aram']);
      sheet.addRow([]);
      sheet.addRow(['Oqanesyan', 'Vahe']);
    });
    const { rows } = await readAll(path);
    expect(rows.map((r) => [r.fields.surname, r.row, r.sourceRow])).toEqual([['Qriqoryan', 1, 4], ['Oqanesyan', 3, 6]]);
  });
});

describe('openList on files it cannot read', () => {
  it.each([
    ['a missing file', () => join(dir, 'nope.csv'), 'WA_FILE_NOT_FOUND'],
    ['a directory', () => dir, 'WA_FILE_UNREADABLE'],
    ['an empty file', () => file('empty.csv', ''), 'WA_FORMAT_UNKNOWN'],
    ['an old .xls', () => file('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'WA_FORMAT_UNKNOWN'],
    ['binary data', () => file('bin.csv', Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 7) % 32))), 'WA_FORMAT_UNKNOWN'],
    ['a pretty-printed JSON object', () => file('one.json', '{\n  "lists": []\n}\n'), 'WA_FORMAT_UNKNOWN'],
    ['a list without a name column', () => file('noname.csv', 'Code,Meaning\nM,missing\n'), 'WA_HEADER_INVALID'],
    ['--sheet on a CSV', () => file('s.csv', 'Surname\nA\n'), 'WA_USAGE'],
  ])('rejects %s with a clear error naming the file', async (name, make, code) => {
    const path = make();
    const error = await failure(path, name === '--sheet on a CSV' ? { sheet: 'x' } : {});
    expect(error.code).toBe(code);
    expect(error.location?.file).toBe(path);
  });
});

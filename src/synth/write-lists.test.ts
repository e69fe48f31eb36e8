import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Command } from 'commander';
import { generatePopulation, personId } from './population.js';
import { resolveSettings } from './settings.js';
import { synthesize } from './write-lists.js';
import { SURNAMES } from './data/surnames.js';
import { GIVEN_NAMES } from './data/given-names.js';
import { calendarDate, dayNumberOfIso } from './calendar.js';
import { FATE } from './fates.js';
import { registerSynth } from '../cli/synth.js';
import type { Population } from './population.js';
import type { ListName, SynthSettings } from './settings.js';
import type { SynthManifest } from './write-lists.js';

type Value = string | number | Date | null;
type Row = Record<string, Value>;

const settings: SynthSettings = resolveSettings({ persons: 3000, seed: 'lists-test' });
let dir: string;
let manifest: SynthManifest;
let population: Population;
const rows = new Map<ListName, Row[]>();
const truth = new Map<ListName, string[]>();
const indexOfPerson = new Map<string, number>();

async function readList(list: ListName, file: string): Promise<Row[]> {
  const path = join(dir, file);
  if (file.endsWith('.json')) return JSON.parse(readFileSync(path, 'utf8')) as Row[];
  if (file.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as Value[]).slice(1).map(String);
    const out: Row[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const cells = (row.values as (Value | undefined)[]).slice(1);
      out.push(Object.fromEntries(header.map((key, j) => [key, cells[j] ?? null])));
    });
    return out;
  }
  const bytes = readFileSync(path);
  const text = list === 'mediator-enquiries' ? iconv.decode(bytes, 'win1251') : bytes.toString('utf8');
  const delimiter = list === 'mediator-enquiries' ? ';' : ',';
  const records = parse(text, { bom: true, delimiter, columns: true, relax_column_count: false }) as Record<string, string>[];
  return records.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value === '' ? null : value])));
}

/**
 * Lower case, as a reader compares: the Armenian ligature և is written ԵՒ in capitals and reads
 * back as եւ; the Azerbaijani capital İ lower-cases to i and a combining dot.
 */
const fold = (text: string): string => text.toLowerCase().replaceAll('եւ', 'և').replaceAll('\u0307', '');

/** Optimal-string-alignment distance on code points, case-folded. */
function distance(a: string, b: string): number {
  const x = Array.from(fold(a));
  const y = Array.from(fold(b));
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

const SCRIPT: Record<ListName, 'hy' | 'ru' | 'az' | 'en'> = {
  'home-missing': 'hy',
  'detaining-held': 'az',
  'mediator-enquiries': 'ru',
  'delegate-visits': 'en',
  'mediator-exchange': 'ru',
  'detaining-deaths': 'az',
};
const SURNAME_COLUMN: Record<ListName, string> = {
  'home-missing': 'Ազգանուն',
  'detaining-held': 'Soyadı',
  'mediator-enquiries': 'ФИО',
  'delegate-visits': 'Surname',
  'mediator-exchange': 'Фамилия',
  'detaining-deaths': 'Soyadı',
};
const GIVEN_COLUMN: Record<ListName, string> = {
  'home-missing': 'Անուն',
  'detaining-held': 'Adı',
  'mediator-enquiries': 'ФИО',
  'delegate-visits': 'Given name',
  'mediator-exchange': 'Имя',
  'detaining-deaths': 'Adı',
};
const BIRTH_COLUMN: Record<ListName, string> = {
  'home-missing': 'Ծննդյան ամսաթիվ',
  'detaining-held': 'Doğum tarixi',
  'mediator-enquiries': 'Дата рождения',
  'delegate-visits': 'Date of birth',
  'mediator-exchange': 'Дата рождения',
  'detaining-deaths': 'Doğum tarixi',
};
function surnameForms(list: ListName, i: number): string[] {
  const forms = SURNAMES[population.surname[i]!]!;
  const script = SCRIPT[list];
  if (script === 'hy') return [forms.hy];
  if (script === 'en') return [forms.en, ...forms.enAlt];
  return [forms[script], ...forms.ruAlt.map((pair) => pair[script === 'ru' ? 0 : 1])];
}

function givenForms(list: ListName, i: number): string[] {
  const forms = GIVEN_NAMES[population.given[i]!]!;
  const script = SCRIPT[list];
  if (script === 'hy') return [forms.hy];
  if (script === 'en') return [forms.en, ...forms.enAlt];
  return [forms[script], ...forms.ruAlt.map((pair) => pair[script === 'ru' ? 0 : 1])];
}

const LATIN_TWINS: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' };

/** Cyrillic text with Latin look-alike letters put back, as a reader sees it. */
const cyrillic = (text: string): string => text.replace(/[aeopcxyABEKMHOPCTX]/g, (c) => LATIN_TWINS[c]!);

/** The surname and given name a row holds (the ФИО column split at its first two spaces). */
function names(list: ListName, row: Row): [string, string] {
  if (list === 'mediator-enquiries') {
    const [surname = '', given = ''] = cyrillic(String(row['ФИО'])).trim().split(/\s+/);
    return [surname, given];
  }
  const [surname, given] = [String(row[SURNAME_COLUMN[list]] ?? '').trim(), String(row[GIVEN_COLUMN[list]] ?? '').trim()];
  return SCRIPT[list] === 'ru' ? [cyrillic(surname), cyrillic(given)] : [surname, given];
}

const near = (value: string, forms: string[], tolerance: number): boolean => forms.some((form) => distance(value, form) <= tolerance);
const exact = (value: string, forms: string[]): boolean => forms.some((form) => fold(form) === fold(value));

/** Full birth dates written on a row, as [year, month, day], or null when partial or missing. */
function fullDate(value: Value): [number, number, number] | null {
  if (value instanceof Date) return [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  if (typeof value !== 'string') return null;
  const dots = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (dots) return [Number(dots[3]), Number(dots[2]), Number(dots[1])];
  const english = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(value);
  if (english) {
    const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(english[2]!) + 1;
    return [Number(english[3]), month, Number(english[1])];
  }
  return null;
}

function share(list: ListName, predicate: (row: Row, person: number) => boolean, among: (row: Row, person: number) => boolean = () => true): number {
  let hits = 0;
  let total = 0;
  rows.get(list)!.forEach((row, r) => {
    const person = indexOfPerson.get(truth.get(list)![r]!)!;
    if (!among(row, person)) return;
    total++;
    if (predicate(row, person)) hits++;
  });
  return hits / total;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'synth-test-'));
  manifest = await synthesize(settings, dir);
  population = generatePopulation(settings.persons, settings.seed, settings.population);
  for (let i = 0; i < population.size; i++) indexOfPerson.set(personId(i), i);
  const lines = readFileSync(join(dir, 'truth.csv'), 'utf8').trim().split('\n');
  expect(lines[0]).toBe('list,row,person');
  for (const line of lines.slice(1)) {
    const [list, row, person] = line.split(',') as [ListName, string, string];
    const persons = truth.get(list) ?? [];
    expect(Number(row)).toBe(persons.length + 1);
    persons.push(person);
    truth.set(list, persons);
  }
  for (const file of manifest.files) rows.set(file.list, await readList(file.list, file.file));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthesize', () => {
  it('writes the six lists in their parties\' formats, with truth.csv and manifest.json', () => {
    expect(readdirSync(dir).sort()).toEqual(
      [
        'delegate-visits.json', 'detaining-deaths.csv', 'detaining-held.xlsx', 'home-missing.csv', 'manifest.json',
        'mediator-enquiries.csv', 'mediator-exchange.xlsx', 'truth.csv',
      ],
    );
    expect(manifest.files.map((file) => [file.list, file.kind, file.party])).toEqual([
      ['home-missing', 'missing', 'home'],
      ['detaining-held', 'detention', 'detaining'],
      ['mediator-enquiries', 'missing', 'mediator'],
      ['delegate-visits', 'visit', 'delegate'],
      ['mediator-exchange', 'release', 'mediator'],
      ['detaining-deaths', 'death', 'detaining'],
    ]);
    const saved = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as SynthManifest;
    expect(saved.seed).toBe('lists-test');
    expect(saved.settings).toEqual(settings);
  });

  it('has one truth row for every data row of every list', () => {
    for (const file of manifest.files) {
      expect(rows.get(file.list)!.length).toBe(file.rows);
      expect(truth.get(file.list)!.length).toBe(file.rows);
    }
  });

  it('points every truth row at the row of that man: his surname, given name and birth date are there', () => {
    for (const file of manifest.files) {
      const list = file.list;
      let exactSurnames = 0;
      rows.get(list)!.forEach((row, r) => {
        const person = indexOfPerson.get(truth.get(list)![r]!)!;
        const [surname, given] = names(list, row);
        const surnames = surnameForms(list, person);
        const givens = givenForms(list, person);
        const straight = near(surname, surnames, 1) && near(given, givens, 1);
        const swapped = near(given, surnames, 1) && near(surname, givens, 1);
        if (!straight && !swapped) throw new Error(`${list} row ${r + 1}: ${surname} ${given} is not ${surnames[0]} ${givens[0]}`);
        if (exact(surname, surnames)) exactSurnames++;
        const written = fullDate(row[BIRTH_COLUMN[list]] ?? null);
        if (written) {
          const { year, month, day } = calendarDate(population.birth[person]!);
          expect([[year, month, day], [year, day, month]]).toContainEqual(written);
        }
      });
      expect(exactSurnames / file.rows).toBeGreaterThan(0.9);
    }
  });

  it('writes the same bytes for the same seed, and other lists for another seed', async () => {
    const again = mkdtempSync(join(tmpdir(), 'synth-test-'));
    const other = mkdtempSync(join(tmpdir(), 'synth-test-'));
    try {
      await synthesize(settings, again);
      await synthesize(resolveSettings({ persons: 3000, seed: 'another' }), other);
      for (const file of readdirSync(dir)) {
        expect(readFileSync(join(again, file)).equals(readFileSync(join(dir, file))), file).toBe(true);
      }
      expect(readFileSync(join(other, 'home-missing.csv')).equals(readFileSync(join(dir, 'home-missing.csv')))).toBe(false);
    } finally {
      rmSync(again, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('writes the mediator list in Windows-1251 with semicolons, ФИО first by surname', () => {
    const bytes = readFileSync(join(dir, 'mediator-enquiries.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    // № is 0xB9 and Ф И О are 0xD4 0xC8 0xCE in Windows-1251.
    expect([...bytes.subarray(0, 6)]).toEqual([0xb9, 0x3b, 0xd4, 0xc8, 0xce, 0x3b]);
    const text = iconv.decode(bytes, 'win1251');
    expect(iconv.encode(text, 'win1251').equals(bytes)).toBe(true);
    expect(text).not.toContain('?');
    expect(text).toContain('\r\n');
    expect(text.split('\r\n')[0]).toBe('№;ФИО;Дата рождения;Место рождения;Дата пропажи;Место пропажи;Примечание');
    const patronymics = rows.get('mediator-enquiries')!.filter((row) => /(ович|евич)$/.test(String(row['ФИО']))).length;
    expect(patronymics / rows.get('mediator-enquiries')!.length).toBeGreaterThan(0.85);
  });

  it('writes Armenian genitive, Azerbaijani oğlu and Russian patronymics, and English dates', () => {
    const home = rows.get('home-missing')!.map((row) => row['Հայրանուն']).filter((value) => value !== null);
    expect(home.every((value) => /ի$/.test(String(value)) || /\p{Script=Armenian}/u.test(String(value)))).toBe(true);
    const detaining = rows.get('detaining-held')!.map((row) => row['Atasının adı']).filter((value) => value !== null);
    expect(detaining.filter((value) => / oğlu$/.test(String(value))).length / detaining.length).toBeGreaterThan(0.95);
    const delegate = rows.get('delegate-visits')!.map((row) => row['Date of birth']).filter((value) => value !== null);
    expect(delegate.filter((value) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(String(value))).length / delegate.length).toBeGreaterThan(0.9);
    const excelDates = rows.get('detaining-held')!.filter((row) => row['Doğum tarixi'] instanceof Date).length;
    expect(excelDates / rows.get('detaining-held')!.length).toBeGreaterThan(0.75);
  });

  it('makes each kind of clerk mistake at about its rate', () => {
    const noise = settings.noise;
    const homeBirth = (row: Row): Value => row['Ծննդյան ամսաթիվ'] ?? null;
    // Second entries of a man always lose the birth date or gain a typo, so a little above the rate.
    expect(share('home-missing', (row) => homeBirth(row) === null)).toBeGreaterThan(noise.missingBirthDate * 0.6);
    expect(share('home-missing', (row) => homeBirth(row) === null)).toBeLessThan(noise.missingBirthDate * 1.4 + 0.02);
    expect(share('home-missing', (row) => /^\d{4}$/.test(String(homeBirth(row))))).toBeGreaterThan(noise.yearOnlyBirthDate * 0.6);
    expect(share('home-missing', (row) => /^\d{4}$/.test(String(homeBirth(row))))).toBeLessThan(noise.yearOnlyBirthDate * 1.4);
    const swappable = (row: Row, person: number): boolean => {
      const { month, day } = calendarDate(population.birth[person]!);
      return fullDate(homeBirth(row)) !== null && day <= 12 && day !== month;
    };
    const swapped = (row: Row, person: number): boolean => fullDate(homeBirth(row))![1] !== calendarDate(population.birth[person]!).month;
    expect(share('home-missing', swapped, swappable)).toBeGreaterThan(noise.dayMonthSwap * 0.5);
    expect(share('home-missing', swapped, swappable)).toBeLessThan(noise.dayMonthSwap * 1.5);
    const missingPatronymic = share('home-missing', (row) => row['Հայրանուն'] === null);
    expect(missingPatronymic).toBeGreaterThan(noise.missingPatronymic * 0.6);
    expect(missingPatronymic).toBeLessThan(noise.missingPatronymic * 1.4);

    // The delegate's own rate: visitors seldom ask for a father's name.
    const delegateRate = settings.listNoise['delegate-visits']!.missingPatronymic!;
    const noFather = share('delegate-visits', (row) => row["Father's name"] === null);
    expect(noFather).toBeGreaterThan(delegateRate * 0.7);
    expect(noFather).toBeLessThan(delegateRate * 1.3);

    const capitals = share('mediator-enquiries', (row) => {
      const surname = String(row['ФИО']).split(' ')[0]!;
      return surname === surname.toUpperCase();
    });
    expect(capitals).toBeGreaterThan(noise.mediatorUpperSurname - 0.06);
    expect(capitals).toBeLessThan(noise.mediatorUpperSurname + 0.06);
    const homeCapitals = share('home-missing', (row) => {
      const surname = String(row['Ազգանուն']);
      return surname === surname.toUpperCase();
    });
    expect(homeCapitals).toBeGreaterThan(noise.upperSurname * 0.5);
    expect(homeCapitals).toBeLessThan(noise.upperSurname * 1.6);

    // A typo in the surname: close to a form of it but none of them (half of the typos hit the surname).
    const surnameTypos = share('mediator-enquiries', (row, person) => {
      const [surname] = names('mediator-enquiries', row);
      return !exact(surname, surnameForms('mediator-enquiries', person));
    });
    expect(surnameTypos).toBeGreaterThan(noise.typo * 0.5 * 0.5);
    expect(surnameTypos).toBeLessThan(noise.typo * 0.5 * 1.5 + noise.duplicate);

    const hasAlternative = (_row: Row, person: number): boolean => GIVEN_NAMES[population.given[person]!]!.enAlt.length > 0;
    const alternative = share(
      'delegate-visits',
      (row, person) => GIVEN_NAMES[population.given[person]!]!.enAlt.includes(String(row['Given name'])),
      hasAlternative,
    );
    expect(alternative).toBeGreaterThan(noise.altGivenName * 0.6);
    expect(alternative).toBeLessThan(noise.altGivenName * 1.4);

    let swappedColumns = 0;
    for (const list of ['home-missing', 'detaining-held', 'delegate-visits'] as const) {
      swappedColumns += share(list, (row, person) => {
        const [surname, given] = names(list, row);
        return !near(surname, surnameForms(list, person), 1) && near(given, surnameForms(list, person), 1);
      }) * rows.get(list)!.length;
    }
    expect(swappedColumns).toBeGreaterThan(5);

    // A rate needs a few hundred men to show: the death notices hold a few dozen.
    for (const file of manifest.files.filter((info) => info.persons >= 200)) {
      const duplicates = (file.rows - new Set(truth.get(file.list)).size) / file.persons;
      expect(duplicates, file.list).toBeGreaterThan(noise.duplicate * 0.4);
      expect(duplicates, file.list).toBeLessThan(noise.duplicate * 1.8);
    }
    const latin = share('mediator-enquiries', (row) => /[A-Za-z]/.test(String(row['ФИО'])));
    expect(latin).toBeGreaterThan(noise.latinLookalike * 0.4);
    expect(latin).toBeLessThan(noise.latinLookalike * 1.8);
    const stray = share('mediator-enquiries', (row) => /\s\s/.test(String(row['ФИО'])));
    expect(stray).toBeGreaterThan(noise.extraWhitespace * 0.5);
    expect(stray).toBeLessThan(noise.extraWhitespace * 1.6);
    const fullBirth = (row: Row): boolean => fullDate(row['Doğum tarixi'] ?? null) !== null;
    const typed = share('detaining-held', (row) => typeof row['Doğum tarixi'] === 'string', fullBirth);
    expect(typed).toBeGreaterThan(noise.textDateInWorkbook * 0.6);
    expect(typed).toBeLessThan(noise.textDateInWorkbook * 1.4);

    const tally = manifest.noise['home-missing']!;
    expect(tally.typo.applied / tally.typo.eligible).toBeGreaterThan(noise.typo * 0.6);
  });

  it('puts each man on a realistic subset of lists; only captured men on the detaining and delegate lists', () => {
    const onLists = new Map<string, Set<ListName>>();
    for (const [list, persons] of truth) for (const person of persons) onLists.set(person, (onLists.get(person) ?? new Set()).add(list));
    expect(onLists.size).toBe(population.size);
    const byCount = [0, 0, 0, 0, 0, 0, 0];
    for (const lists of onLists.values()) byCount[lists.size]!++;
    expect(byCount[1]).toBeGreaterThan(100);
    expect(byCount[2]).toBeGreaterThan(300);
    expect(byCount[3]).toBeGreaterThan(300);
    expect(byCount[4]).toBeGreaterThan(50);
    for (const list of ['detaining-held', 'delegate-visits'] as const) {
      for (const person of truth.get(list)!) expect(population.captured[indexOfPerson.get(person)!]).toBe(1);
    }
    const onlyDetaining = [...onLists.values()].filter((lists) => lists.size === 1 && lists.has('detaining-held')).length;
    expect(onlyDetaining).toBeGreaterThan(5);
  });

  it('lists as handed back or dead only captured men, each dated after his capture', () => {
    const fates = { 'mediator-exchange': [FATE.released, FATE.exchanged], 'detaining-deaths': [FATE.died] } as const;
    const dateColumn = { 'mediator-exchange': 'Дата освобождения', 'detaining-deaths': 'Ölüm tarixi' } as const;
    for (const list of ['mediator-exchange', 'detaining-deaths'] as const) {
      expect(rows.get(list)!.length, list).toBeGreaterThan(list === 'detaining-deaths' ? 10 : 300);
      let dated = 0;
      rows.get(list)!.forEach((row, r) => {
        const i = indexOfPerson.get(truth.get(list)![r]!)!;
        expect(population.captured[i], `${list} row ${r + 1}`).toBe(1);
        expect(fates[list] as readonly number[]).toContain(population.fate[i]);
        const written = fullDate(row[dateColumn[list]] ?? null);
        if (written === null) return;
        dated++;
        const captured = calendarDate(population.captureDay[i]!);
        const after = written[0] * 10_000 + written[1] * 100 + written[2] > captured.year * 10_000 + captured.month * 100 + captured.day;
        expect(after, `${list} row ${r + 1}: ${written.join('-')} after capture ${JSON.stringify(captured)}`).toBe(true);
      });
      expect(dated, list).toBeGreaterThan(rows.get(list)!.length * 0.8);
    }
    // Handed back after the ceasefire; both ways home appear.
    const handedBack = truth.get('mediator-exchange')!.map((id) => indexOfPerson.get(id)!);
    for (const i of handedBack) expect(population.fateDay[i]!).toBeGreaterThan(dayNumberOfIso(settings.population.ceasefire));
    expect(new Set(handedBack.map((i) => population.fate[i]))).toEqual(new Set([FATE.released, FATE.exchanged]));
    const statuses = new Set(rows.get('mediator-exchange')!.map((row) => String(row['Статус'])));
    expect([...statuses].some((status) => status.includes('обмен'))).toBe(true);
    expect([...statuses].some((status) => status.startsWith('освобожд'))).toBe(true);
  });

  it('visits a man only while he is held: never on or after the day he went home or died', () => {
    let before = 0;
    rows.get('delegate-visits')!.forEach((row, r) => {
      const i = indexOfPerson.get(truth.get('delegate-visits')![r]!)!;
      const written = fullDate(row['Date of visit'] ?? null);
      if (written === null || population.fate[i] === FATE.held) return;
      const end = calendarDate(population.fateDay[i]!);
      expect(written[0] * 10_000 + written[1] * 100 + written[2], `delegate-visits row ${r + 1}`).toBeLessThan(end.year * 10_000 + end.month * 100 + end.day);
      before++;
    });
    expect(before).toBeGreaterThan(50);
  });

  it('writes the first four lists as if nobody had come back or died, but for the visits\' dates', async () => {
    const small = resolveSettings({ persons: 500, seed: 'fates-test' });
    const none = resolveSettings({ persons: 500, seed: 'fates-test', population: { returnedRate: 0, diedInCaptivityRate: 0 } });
    const [a, b] = [mkdtempSync(join(tmpdir(), 'synth-fates-')), mkdtempSync(join(tmpdir(), 'synth-nofates-'))];
    try {
      const [withFates, without] = [await synthesize(small, a), await synthesize(none, b)];
      expect(withFates.files.find((file) => file.list === 'mediator-exchange')!.rows).toBeGreaterThan(30);
      expect(without.files.find((file) => file.list === 'mediator-exchange')!.rows).toBe(0);
      for (const file of without.files.slice(0, 3)) {
        expect(readFileSync(join(a, file.file)).equals(readFileSync(join(b, file.file))), file.file).toBe(true);
      }
      // A visit falls while he is held, so its date depends on his fate; nothing else does.
      const visits = (folder: string) => (JSON.parse(readFileSync(join(folder, 'delegate-visits.json'), 'utf8')) as Record<string, unknown>[]).map(({ 'Date of visit': _, ...rest }) => rest);
      expect(visits(a)).toEqual(visits(b));
      const oldRows = (path: string): string =>
        readFileSync(path, 'utf8').split('\n').filter((line) => !/^(mediator-exchange|detaining-deaths),/.test(line)).join('\n');
      expect(oldRows(join(a, 'truth.csv'))).toBe(oldRows(join(b, 'truth.csv')));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('puts brothers and namesakes on the same list', () => {
    const persons = [...new Set(truth.get('home-missing'))].map((id) => indexOfPerson.get(id)!);
    const families = new Map<number, number>();
    const names = new Map<string, Set<number>>();
    for (const i of persons) {
      families.set(population.family[i]!, (families.get(population.family[i]!) ?? 0) + 1);
      const key = `${population.surname[i]}/${population.given[i]}`;
      names.set(key, (names.get(key) ?? new Set()).add(population.father[i]!));
    }
    expect([...families.values()].filter((count) => count > 1).length).toBeGreaterThan(100);
    expect([...names.values()].filter((fathers) => fathers.size > 1).length).toBeGreaterThan(50);
  });

  it('is reachable as `whereabouts synth` with its options', async () => {
    const out = mkdtempSync(join(tmpdir(), 'synth-cli-'));
    const program = new Command().exitOverride();
    registerSynth(program);
    const write = process.stdout.write;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await program.parseAsync(['synth', '--out', out, '--persons', '60', '--seed', 'cli', '--utf8-csv', '--lists', 'home-missing,delegate-visits'], { from: 'user' });
    } finally {
      process.stdout.write = write;
    }
    try {
      expect(process.exitCode ?? 0).toBe(0);
      const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as SynthManifest;
      expect(written.persons).toBe(60);
      expect(readdirSync(out).sort()).toEqual(['delegate-visits.csv', 'home-missing.csv', 'manifest.json', 'truth.csv']);
      expect(readFileSync(join(out, 'home-missing.csv'), 'utf8').startsWith('Հ/Հ,')).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

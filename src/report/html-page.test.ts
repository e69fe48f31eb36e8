import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../ingest/record.js';
import { buildPerson } from '../register/person.js';
import type { Person } from '../register/person.js';
import type { RegisterRecord } from '../register/register-record.js';
import { writeHtmlReport } from './html-writer.js';
import { buildReport } from './tables.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../../docs/report-screenshot.png', import.meta.url));

// Surnames and given names as the three sides write them: Armenian, Azerbaijani Latin (from the
// Russian form), Russian.
const SURNAMES = [
  ['Գրիգորյան', 'Qriqoryan', 'ГРИГОРЯН'],
  ['Հարությունյան', 'Arutyunyan', 'АРУТЮНЯН'],
  ['Հակոբյան', 'Akopyan', 'АКОПЯН'],
  ['Ղազարյան', 'Kazaryan', 'КАЗАРЯН'],
  ['Հովհաննիսյան', 'Oqanesyan', 'ОГАНЕСЯН'],
  ['Սարգսյան', 'Sarkisyan', 'САРКИСЯН'],
  ['Գևորգյան', 'Gevorkyan', 'ГЕВОРКЯН'],
] as const;
const GIVEN = [
  ['Արամ', 'Aram', 'Арам'],
  ['Դավիթ', 'David', 'Давид'],
  ['Հայկ', 'Ayk', 'Айк'],
  ['Վահե', 'Vaqe', 'Ваге'],
  ['Մհեր', 'Mqer', 'Мгер'],
] as const;
const LISTS: Record<string, [string, ListKind]> = {
  'am-missing': ['AM', 'missing'],
  'az-held': ['AZ', 'detention'],
  'icrc-visits': ['ICRC', 'visit'],
  'az-released': ['AZ', 'release'],
};

/** What each person is, by construction: the ground truth the page must show. */
type Kind = 'both' | 'unaccounted' | 'not-reported' | 'exchanged';
const KINDS: Kind[] = ['both', 'unaccounted', 'both', 'not-reported', 'exchanged', 'unaccounted'];

function day(text: string): PartialDate {
  const [year, month, d] = text.split('-').map(Number);
  return { text, year: year!, month, day: d };
}

function sample(): { persons: Person[]; kindOf: Map<string, Kind>; capturedOf: Map<string, PartialDate | undefined>; familyOf: Map<string, number> } {
  const rows: Record<string, number> = {};
  const rec = (list: string, fields: ParsedRecord): RegisterRecord => {
    const row = (rows[list] = (rows[list] ?? 0) + 1);
    const [party, listKind] = LISTS[list]!;
    return { key: `${list}:${row}`, list, row, party, listKind, fields, listedDate: '2021-01-15' };
  };
  const persons: Person[] = [];
  const kindOf = new Map<string, Kind>();
  const capturedOf = new Map<string, PartialDate | undefined>();
  const familyOf = new Map<string, number>();
  for (let i = 0; i < 36; i++) {
    const [hy, az, ru] = SURNAMES[i % SURNAMES.length]!;
    const [ghy, gaz, gru] = GIVEN[(i * 3) % GIVEN.length]!;
    const kind = KINDS[i % KINDS.length]!;
    const when = i % 7 === 0 ? undefined : i % 5 === 0 ? day('2020-11') : day(`2020-${i % 4 < 2 ? '10' : '11'}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`);
    const born = day(`${1995 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`);
    const records: RegisterRecord[] = [];
    if (kind !== 'not-reported') records.push(rec('am-missing', { surname: hy, given_name: ghy, birth_date: born, event_date: when }));
    if (kind !== 'unaccounted') records.push(rec('az-held', { surname: az, given_name: gaz, patronymic: 'Qaqik oğlu', birth_date: i % 4 === 0 ? day(`${1994 + (i % 8)}-01-01`) : born, event_date: when }));
    if (kind === 'both' && (i % 3 === 0 || i === 8)) records.push(rec('icrc-visits', { full_name: `${ru} ${gru} Гагикович`, surname: ru, given_name: gru, patronymic: 'Гагикович', event_date: day('2021-01-10') }));
    if (kind === 'exchanged') records.push(rec('az-released', { surname: az, given_name: gaz, status: 'exchanged', event_date: day('2021-12-14') }));
    if (kind === 'unaccounted' && i % 4 === 1) records.push(rec('am-missing', { surname: hy, given_name: ghy }));
    const id = `P-${String(i + 1).padStart(6, '0')}`;
    persons.push(buildPerson(id, records));
    kindOf.set(id, kind);
    capturedOf.set(id, when);
    familyOf.set(id, i % SURNAMES.length);
  }
  return { persons, kindOf, capturedOf, familyOf };
}

async function visibleIds(page: Page): Promise<string[]> {
  return page.$$eval('#persons tbody tr:not([hidden]) td.pid', (cells) => cells.map((c) => c.textContent ?? ''));
}

describe('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const problems: string[] = [];
  const requests: string[] = [];
  const { persons, kindOf, capturedOf, familyOf } = sample();
  const idsOf = (kind: Kind) => [...kindOf].filter(([, k]) => k === kind).map(([id]) => id);

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (the CI script does it)`);
    dir = await mkdtemp(join(tmpdir(), 'whereabouts-report-'));
    const report = buildReport({
      persons,
      cutoffs: ['2020-11-10=ceasefire'],
      source: {
        runId: 3,
        finishedAt: '2026-11-29T08:58:00.000Z',
        actor: 'ana',
        undecidedPairs: 12,
        versions: [{ list: 'am-missing', label: 'Missing servicemen', party: 'AM', kind: 'missing', version: 2, fileName: 'missing.csv', importedAt: '2026-11-28T10:00:00Z', records: 30 }],
      },
      pairs: persons.flatMap((p, i) => [{ match_probability: ((i * 37) % 100) / 100 }, { match_probability: 0.97 - (i % 5) / 100 }]),
      reviewBand: { lower: 0.3, upper: 0.8 },
      generatedAt: '2026-11-29T09:00:00Z',
    });
    const file = join(dir, 'report.html');
    await writeHtmlReport(report, file);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    context.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders without console errors or network requests, and saves the first screen', async () => {
    await page.screenshot({ path: SCREENSHOT });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    expect(await visibleIds(page)).toHaveLength(persons.length);
  });

  it('names the run in words, the lists read and the pairs still undecided', async () => {
    const source = await page.innerText('#answers .source');
    expect(source).toContain('From the reconciliation of 29 November 2026 at 08:58 UTC (run 3, by ana), reading 1 list.');
    expect(source).toContain('12 pairs of records still undecided in review');
    expect(await page.innerText('header .meta')).toContain('ceasefire');
    expect(await page.innerText('header .meta')).not.toMatch(/T\d\d:/);
  });

  it('clicking a number of the first screen shows exactly the persons behind it', async () => {
    await page.click('#answers .figure[data-row="reported-no-trace"] .n button.n');
    expect((await visibleIds(page)).sort()).toEqual(idsOf('unaccounted').sort());
    expect(await page.textContent('#shown-count')).toBe(String(idsOf('unaccounted').length));
    await page.click('#answers .figure[data-row="held-never-reported"] .n button.n');
    expect((await visibleIds(page)).sort()).toEqual(idsOf('not-reported').sort());
    // Those who can be exchanged: held by AZ and neither released nor dead.
    await page.click('#answers tr[data-row="can-be-exchanged"] td.num:nth-of-type(1) button.n');
    expect((await visibleIds(page)).sort()).toEqual([...idsOf('both'), ...idsOf('not-reported')].sort());
    // The status table's "exchanged" total.
    await page.click('#table-status tr:has(th:has-text("Exchanged")) td.num:nth-of-type(1) button.n');
    expect((await visibleIds(page)).sort()).toEqual(idsOf('exchanged').sort());
    // A bar of the chart by period: only on the missing list, gone missing before the ceasefire.
    await page.click('#chart-periods [data-cell]');
    const before = idsOf('unaccounted').filter((id) => {
      const d = capturedOf.get(id);
      return d !== undefined && d.day !== undefined && `${d.text}` < '2020-11-10';
    });
    expect(before.length).toBeGreaterThan(0);
    expect((await visibleIds(page)).sort()).toEqual(before.sort());
    await page.click('#clear-filter');
    expect(await visibleIds(page)).toHaveLength(persons.length);
  });

  it('the search finds the same men by a name written in any of three scripts', async () => {
    const harutyunyans = [...familyOf].filter(([, f]) => f === 1).map(([id]) => id).sort();
    expect(harutyunyans.length).toBeGreaterThan(3);
    for (const spelling of ['Harutyunyan', 'Арутюнян', 'Հարությունյան']) {
      await page.fill('#person-filter', spelling);
      expect((await visibleIds(page)).sort(), spelling).toEqual(harutyunyans);
    }
    // Upper case and a father's name in another script: Гагикович is Qaqik oğlu.
    await page.fill('#person-filter', 'ՀԱԿՈԲՅԱՆ');
    expect((await visibleIds(page)).sort()).toEqual([...familyOf].filter(([, f]) => f === 2).map(([id]) => id).sort());
    await page.fill('#person-filter', 'гагикович');
    const sonsOfGagik = persons.filter((p) => p.records.some((r) => r.list === 'icrc-visits' || r.list === 'az-held')).map((p) => p.personId);
    expect((await visibleIds(page)).sort()).toEqual(sonsOfGagik.sort());
    await page.fill('#person-filter', '');
  });

  it('says when the search is combined with a number', async () => {
    await page.click('#answers .figure[data-row="reported-no-trace"] .n button.n');
    await page.fill('#person-filter', 'Арутюнян');
    const both = idsOf('unaccounted').filter((id) => familyOf.get(id) === 1).sort();
    expect(both.length).toBeGreaterThan(0);
    expect((await visibleIds(page)).sort()).toEqual(both);
    expect(await page.innerText('#active-filter')).toMatch(/no trace on any other list.*, and name “Арутюнян”/);
    expect(await page.textContent('#shown-noun')).toBe(both.length === 1 ? 'person shown' : 'persons shown');
    await page.click('#clear-filter');
    expect(await page.inputValue('#person-filter')).toBe('');
  });

  it('switches the labels between English and Russian', async () => {
    const heading = () => page.innerText('#table-status h2');
    expect(await heading()).toBe('Latest status');
    await page.click('button[data-lang="ru"]');
    expect(await heading()).toBe('Последний статус');
    expect(await page.innerText('h1')).toBe('Сверка списков');
    expect(await page.getAttribute('#person-filter', 'placeholder')).toMatch(/Поиск/);
    await page.click('button[data-lang="en"]');
    expect(await heading()).toBe('Latest status');
    expect(problems).toEqual([]);
  });
});

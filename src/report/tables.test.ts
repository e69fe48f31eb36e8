import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../ingest/record.js';
import { buildPerson } from '../register/person.js';
import type { RegisterRecord } from '../register/register-record.js';
import { buildReport } from './tables.js';
import type { Report, ReportTable } from './report-model.js';

function date(text: string): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year!, month, day };
}

const LISTS: Record<string, [string, ListKind]> = {
  'am-missing': ['AM', 'missing'],
  'az-held': ['AZ', 'detention'],
  'az-released': ['AZ', 'release'],
};

function rec(list: string, row: number, fields: ParsedRecord = {}): RegisterRecord {
  const [party, listKind] = LISTS[list]!;
  return { key: `${list}:${row}`, list, row, party, listKind, fields };
}

/** Six persons with a known answer to every question of the report. */
const persons = [
  // On both, captured before the ceasefire.
  buildPerson('P-000001', [rec('am-missing', 1, { surname: 'Գրիգորյան', event_date: date('2020-10-20') }), rec('az-held', 1, { surname: 'Qriqoryan', event_date: date('2020-10-21') })]),
  // On both, after, with conflicting birth dates.
  buildPerson('P-000002', [rec('am-missing', 2, { birth_date: date('1999-01-02'), event_date: date('2020-12-01') }), rec('az-held', 2, { birth_date: date('1998-05-05') })]),
  // Unaccounted for: on the missing list only, date only a month straddling the cut-off.
  buildPerson('P-000003', [rec('am-missing', 3, { event_date: date('2020-11') })]),
  // Unaccounted for, listed twice by the home party, no date.
  buildPerson('P-000004', [rec('am-missing', 4), rec('am-missing', 5)]),
  // Held but not reported missing, later exchanged.
  buildPerson('P-000005', [rec('az-held', 3, { event_date: date('2020-11-15') }), rec('az-released', 1, { status: 'exchanged' })]),
  // Released; the release date is not a date of capture, so his period stays unknown.
  buildPerson('P-000006', [rec('az-held', 4), rec('az-released', 2, { event_date: date('2021-02-01') }), rec('am-missing', 6)]),
];

function table(report: Report, id: string): ReportTable {
  return report.tables.find((t) => t.id === id)!;
}

function counts(t: ReportTable, column: 'total' | string): Record<string, number> {
  return Object.fromEntries(t.rows.map((r) => [r.id, (column === 'total' ? r.total : r.byPeriod[column]!).personIds.length]));
}

describe('buildReport', () => {
  const report = buildReport({ persons, cutoffs: ['2020-11-10'] });

  it('leads with the answers, then the accounting states, then the missing list against the detention list', () => {
    expect(report.tables.slice(0, 3).map((t) => t.id)).toEqual(['answers', 'accounting-states', 'pair-am-missing-az-held']);
    const pair = table(report, 'pair-am-missing-az-held');
    expect(pair.title.en).toBe('am-missing (AM) and az-held (AZ)');
    expect(pair.rows[1]!.label.en).toBe('Only on am-missing: not on the detention list');
    expect(pair.rows[2]!.label.en).toBe('Only on az-held: not reported as missing');
  });

  it('answers the first screen\'s questions over all lists at once, adding up to the reported missing', () => {
    const answers = table(report, 'answers');
    expect(answers.title.en).toBe('Persons reported missing by AM, against the lists of AZ');
    expect(Object.fromEntries(answers.rows.map((r) => [r.id, r.total.personIds]))).toEqual({
      'reported-missing': ['P-000001', 'P-000002', 'P-000003', 'P-000004', 'P-000006'],
      'reported-acknowledged': ['P-000001', 'P-000002'],
      'reported-seen': [],
      // P-000006 was released: the pair table still counts him "on both", the answers do not.
      'reported-returned': ['P-000006'],
      'reported-dead': [],
      'reported-no-trace': ['P-000003', 'P-000004'],
      'reported-conflicting': [],
      'held-never-reported': [],
      'can-be-exchanged': ['P-000001', 'P-000002'],
    });
    const byState = Object.fromEntries(report.accounting.states.map((s) => [s.state, s.total.personIds]));
    expect(byState).toMatchObject({ acknowledged_held: ['P-000001', 'P-000002'], exchanged: ['P-000005'], released: ['P-000006'], no_trace: ['P-000003', 'P-000004'] });
    // Capture dates decide the period where a detention list gives one: P-000001 on 21 Oct.
    expect(answers.rows[1]!.byPeriod['period-0']!.personIds).toEqual(['P-000001']);
    expect(answers.note?.en).toMatch(/date of capture/);
  });

  it('names lists by their labels where they have one', () => {
    const labelled = buildReport({ persons, listLabels: { 'am-missing': 'Missing servicemen (MoD)' } });
    expect(table(labelled, 'pair-am-missing-az-held').title.en).toBe('Missing servicemen (MoD) (AM) and az-held (AZ)');
    expect(table(labelled, 'lists').rows[0]!.label.en).toBe('Missing servicemen (MoD) (AM)');
  });

  it('counts overlaps, gaps, conflicts and duplicates, each number with its persons', () => {
    const pair = table(report, 'pair-am-missing-az-held');
    expect(counts(pair, 'total')).toEqual({ both: 3, 'only-first': 2, 'only-second': 1, 'both-conflicting': 1, 'duplicates-first': 1, 'duplicates-second': 0 });
    expect(pair.rows.find((r) => r.id === 'only-first')!.total.personIds).toEqual(['P-000003', 'P-000004']);
    expect(pair.rows.find((r) => r.id === 'both-conflicting')!.total.personIds).toEqual(['P-000002']);
  });

  it('splits every count by the cut-off, keeping ambiguous and unknown dates apart', () => {
    const pair = table(report, 'pair-am-missing-az-held');
    expect(counts(pair, 'period-0')).toMatchObject({ both: 1, 'only-first': 0 });
    // P-000002: one source says 1 Dec; the other gives no date, so it does not blur the period.
    expect(counts(pair, 'period-1')).toMatchObject({ both: 1, 'only-second': 1 });
    expect(counts(pair, 'ambiguous')).toMatchObject({ 'only-first': 1 });
    expect(counts(pair, 'unknown')).toMatchObject({ both: 1, 'only-first': 1 });
    for (const t of report.tables) {
      for (const r of t.rows) {
        const split = report.periods.reduce((n, p) => n + r.byPeriod[p.id]!.personIds.length, 0);
        expect(split, `${t.id}/${r.id}`).toBe(r.total.personIds.length);
      }
    }
  });

  it('totals per list and party, and latest statuses including zero rows that matter', () => {
    expect(counts(table(report, 'lists'), 'total')).toEqual({ 'list-am-missing': 5, 'list-az-held': 4, 'list-az-released': 2 });
    expect(table(report, 'lists').rows[0]!.detail?.en).toBe('missing list; 6 records');
    expect(counts(table(report, 'parties'), 'total')).toEqual({ 'party-AM': 5, 'party-AZ': 4, all: 6 });
    expect(counts(table(report, 'status'), 'total')).toEqual({
      'status-reported_missing': 2,
      'status-detention_acknowledged': 2,
      'status-released': 1,
      'status-exchanged': 1,
      'status-died': 0,
    });
  });

  it('shows each person with names as each source wrote them', () => {
    const first = report.persons[0]!;
    expect(first.names.map((n) => [n.list, n.name])).toEqual([
      ['am-missing', 'Գրիգորյան'],
      ['az-held', 'Qriqoryan'],
    ]);
    expect(report.persons[1]!.conflictFields).toEqual(['birth_date']);
  });

  it('without cut-offs gives totals only', () => {
    const plain = buildReport({ persons });
    expect(plain.periods).toEqual([]);
    expect(plain.tables[0]!.rows[0]!.byPeriod).toEqual({});
    expect(plain.accounting.states[0]!.byPeriod).toEqual({});
  });
});

describe('buildReport: stored probability counts', () => {
  it('takes the counts a run stored instead of every pair, with the review band', () => {
    const counts = Array.from({ length: 20 }, (_, i) => (i === 19 ? 7 : i === 10 ? 3 : 0));
    const report = buildReport({ persons, probabilityCounts: counts, reviewBand: { lower: 0.3, upper: 0.9 } });
    expect(report.histogram.pairs).toBe(10);
    expect(report.histogram.counts[19]).toBe(7);
    expect(report.histogram.edges[10]).toBe(0.5);
    expect(report.histogram.band).toEqual({ lower: 0.3, upper: 0.9 });
  });

  it('gives the same chart from counts as from the pairs they count', () => {
    const probabilities = [0, 0.04, 0.05, 0.5, 0.51, 0.99, 1];
    const fromPairs = buildReport({ persons, pairs: probabilities.map((match_probability) => ({ match_probability })) }).histogram;
    const fromCounts = buildReport({ persons, probabilityCounts: fromPairs.counts }).histogram;
    expect(fromCounts).toEqual(fromPairs);
  });
});

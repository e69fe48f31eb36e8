/**
 * Register and report benchmark: builds a register of synthetic persons, re-assigns person ids
 * after a changed clustering, builds the report tables and writes HTML, XLSX and CSV. The peer:
 * DuckDB computes the main pair's overlap counts by SQL over the same records, in the same run,
 * and the counts must agree. Run: `npx tsx bench/register-report.ts [persons]` (default 20000).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import type { PartialDate } from '../src/ingest/partial-date.js';
import type { ListKind } from '../src/ingest/record.js';
import { assignPersonIds } from '../src/register/person-ids.js';
import { buildRegister } from '../src/register/person.js';
import type { RegisterRecord } from '../src/register/register-record.js';
import { renderHtmlReport } from '../src/report/html-writer.js';
import { reportCsvFiles } from '../src/report/csv-writer.js';
import { buildReport } from '../src/report/tables.js';
import { writeXlsxReport } from '../src/report/xlsx-writer.js';

const persons = Number(process.argv[2] ?? 20000);
const SURNAMES = ['Գրիգորյան', 'Qriqoryan', 'ГРИГОРЯН', 'Hakobyan', 'Akopyan', 'Məmmədov', 'Sargsyan'];

/** A small deterministic generator (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(7);
const records: RegisterRecord[] = [];
const clusters: string[][] = [];
const rows: Record<string, number> = {};
const lists: [string, string, ListKind][] = [['am-missing', 'AM', 'missing'], ['az-held', 'AZ', 'detention'], ['icrc-visits', 'ICRC', 'visit']];
for (let i = 0; i < persons; i++) {
  const keys: string[] = [];
  const month = 9 + Math.floor(rnd() * 4);
  const when: PartialDate = rnd() < 0.2 ? { text: `2020-${month}`, year: 2020, month } : { text: '', year: 2020, month, day: 1 + Math.floor(rnd() * 28) };
  for (const [list, party, listKind] of lists) {
    if (rnd() > (listKind === 'visit' ? 0.3 : 0.7)) continue;
    const row = (rows[list] = (rows[list] ?? 0) + 1);
    const born: PartialDate = { text: '', year: 1990 + Math.floor(rnd() * 10), month: 1 + Math.floor(rnd() * 12), day: 1 + Math.floor(rnd() * 28) };
    records.push({ key: `${list}:${row}`, list, party, listKind, row, fields: { surname: SURNAMES[i % SURNAMES.length], given_name: 'Aram', birth_date: born, event_date: listKind === 'visit' ? undefined : when, unit: `в/ч ${1000 + (i % 50)}` } });
    keys.push(`${list}:${row}`);
  }
  if (keys.length > 0) clusters.push(keys);
}

/** Wall and CPU time: the machine is shared, so CPU time is the figure to compare. */
function print(label: string, start: number, cpu: NodeJS.CpuUsage): void {
  const used = process.cpuUsage(cpu);
  console.log(`${label.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(7)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(7)} ms cpu`);
}
function time<T>(label: string, fn: () => T): T {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  const out = fn();
  print(label, start, cpu);
  return out;
}
async function timeAsync<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  const out = await fn();
  print(label, start, cpu);
  return out;
}

console.log(`${clusters.length} persons, ${records.length} records, node ${process.version}`);
const first = time('assignPersonIds (first run)', () => assignPersonIds([], clusters));
// A changed clustering: every 50th person splits off its last record, every 70th merges with the next.
const changed: string[][] = [];
for (let i = 0; i < clusters.length; i++) {
  const c = clusters[i]!;
  if (i % 50 === 0 && c.length > 1) changed.push(c.slice(0, -1), c.slice(-1));
  else if (i % 70 === 0 && i + 1 < clusters.length) changed.push([...c, ...clusters[++i]!]);
  else changed.push(c);
}
const second = time('assignPersonIds (re-run, splits and merges)', () => assignPersonIds(first.persons, changed));
console.log(`  events: ${Object.entries(second.events.reduce<Record<string, number>>((n, e) => ({ ...n, [e.kind]: (n[e.kind] ?? 0) + 1 }), {})).map(([k, v]) => `${k} ${v}`).join(', ')}`);
const register = time('buildRegister (claims, conflicts, timeline)', () => buildRegister(records, second.persons));
const report = time('buildReport (2 cut-offs)', () => buildReport({ persons: register, cutoffs: ['2020-11-10', '2020-12-01'], pairs: records.map(() => ({ match_probability: rnd() })), reviewBand: { lower: 0.3, upper: 0.8 } }));
const html = time('renderHtmlReport', () => renderHtmlReport(report));
console.log(`  HTML size: ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB`);
time('reportCsvFiles', () => reportCsvFiles(report));
const dir = await mkdtemp(join(tmpdir(), 'whereabouts-bench-'));
await timeAsync('writeXlsxReport', () => writeXlsxReport(report, join(dir, 'r.xlsx')));
console.log(`  XLSX size: ${((await stat(join(dir, 'r.xlsx'))).size / 1e6).toFixed(1)} MB`);
await rm(dir, { recursive: true, force: true });

// Peer: the main pair's overlap by SQL in DuckDB, from the same records and person ids.
const personOf = new Map(second.persons.flatMap((p) => p.recordKeys.map((k) => [k, p.personId] as const)));
const db = await (await DuckDBInstance.create(':memory:')).connect();
await db.run('CREATE TABLE records (person VARCHAR, list VARCHAR)');
const appender = await db.createAppender('records');
for (const r of records) {
  appender.appendVarchar(personOf.get(r.key)!);
  appender.appendVarchar(r.list);
  appender.endRow();
}
appender.closeSync();
const sql = `SELECT count(*) FILTER (WHERE m AND d) AS both_lists, count(*) FILTER (WHERE m AND NOT d) AS only_missing, count(*) FILTER (WHERE d AND NOT m) AS only_held
  FROM (SELECT person, bool_or(list = 'am-missing') AS m, bool_or(list = 'az-held') AS d FROM records GROUP BY person)`;
const peer = await timeAsync('peer: DuckDB overlap counts (SQL)', async () => (await db.runAndReadAll(sql)).getRowObjects()[0]!);
const main = report.tables.find((t) => t.kind === 'pair')!;
const ours = Object.fromEntries(main.rows.slice(0, 3).map((r) => [r.id, r.total.personIds.length]));
console.log(`  ours: both ${ours.both}, only missing ${ours['only-first']}, only held ${ours['only-second']}`);
console.log(`  peer: both ${peer.both_lists}, only missing ${peer.only_missing}, only held ${peer.only_held}`);
const agree = Number(peer.both_lists) === ours.both && Number(peer.only_missing) === ours['only-first'] && Number(peer.only_held) === ours['only-second'];
console.log(agree ? '  counts agree' : '  COUNTS DISAGREE');
db.closeSync();
if (!agree) process.exitCode = 1;

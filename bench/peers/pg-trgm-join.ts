/**
 * Peer 2: the PostgreSQL pg_trgm similarity join a data analyst would write. The synth lists are
 * read and folded with any-ascii in JS (PostgreSQL has no transliteration for Armenian or
 * Cyrillic), loaded into a scratch database, distinct surnames and given names are joined to
 * their similar spellings through GIN trigram indexes (`%`, then `similarity() >= t`), records
 * are joined on similar surname + similar given name + same birth year, kept when the father's
 * names are similar where both have one and the birth dates equal where both are full, and
 * connected components make persons. Writes `records.csv` for `whereabouts evaluate`, prints one
 * JSON line of figures (with the server backend's peak memory and CPU time, read from /proc).
 *
 * Usage: node --import tsx bench/peers/pg-trgm-join.ts --lists DIR --out DIR --database NAME
 *        [--url postgres://postgres@127.0.0.1:5432/postgres] [--surname 0.3] [--given 0.2]
 *        [--father 0.2] [--limit-seconds 600]
 * Default thresholds: the best pairwise F1 of a small grid on 10,000 synth records.
 * The database NAME is created (dropped first if left over) and dropped at the end.
 */
import { createReadStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import pg from 'pg';
import { UnionFind, writePersonsCsv } from './connected-components.js';
import { SYNTH_LAYOUTS, fatherName, foldName, parseBirthDate, splitFullName } from './synth-layouts.js';

const { values } = parseArgs({
  options: {
    lists: { type: 'string' },
    out: { type: 'string' },
    database: { type: 'string' },
    url: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    surname: { type: 'string', default: '0.3' },
    given: { type: 'string', default: '0.2' },
    father: { type: 'string', default: '0.2' },
    'limit-seconds': { type: 'string', default: '600' },
  },
});
if (values.lists === undefined || values.out === undefined || values.database === undefined) throw new Error('give --lists DIR, --out DIR and --database NAME');
if (!/^[a-z_][a-z0-9_]*$/.test(values.database)) throw new Error('--database: lower-case letters, digits and _ only');
const thresholds = { surname: Number(values.surname), given: Number(values.given), father: Number(values.father) };

/** Folded values by raw value, so each distinct spelling is folded once (as the DuckDB peer does). */
const folds = new Map<string, string | null>();
const stages: Record<string, number> = {};
let last = performance.now();
function stage(name: string): void {
  const now = performance.now();
  stages[name] = Math.round(now - last) / 1000;
  last = now;
}

const admin = new pg.Client({ connectionString: values.url });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${values.database} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${values.database}`);
const url = new URL(values.url);
url.pathname = `/${values.database}`;
const db = new pg.Client({ connectionString: url.toString() });
await db.connect();
const backendPid = Number((await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid);
// The server stops by itself at the limit even if this process is killed first.
await db.query(`SET statement_timeout = ${Math.round(Number(values['limit-seconds']) * 1000)}`);

try {
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  stage('create database');
  await db.query('CREATE TABLE people (id integer PRIMARY KEY, list text, row integer, s text, g text, f text, birth_year integer, bd date)');
  const lists: string[] = [];
  const rows: number[] = [];
  let batch = emptyBatch();
  const flush = async (): Promise<void> => {
    if (batch.id.length === 0) return;
    await db.query('INSERT INTO people SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[], $8::date[])', [batch.id, batch.list, batch.row, batch.s, batch.g, batch.f, batch.by, batch.bd]);
    batch = emptyBatch();
  };
  for (const layout of SYNTH_LAYOUTS) {
    const records = createReadStream(join(values.lists, `${layout.list}.csv`)).pipe(parse({ columns: true, bom: true }));
    for await (const record of records as AsyncIterable<Record<string, string>>) {
      const name = layout.fullName === undefined
        ? { surname: record[layout.surname ?? ''] ?? '', given: record[layout.given ?? ''] ?? '', patronymic: record[layout.patronymic ?? ''] ?? '' }
        : splitFullName(record[layout.fullName] ?? '');
      const born = parseBirthDate(record[layout.birthDate] ?? '');
      const id = lists.length;
      lists.push(layout.list);
      rows.push(Number(record[layout.rowNumber]));
      batch.id.push(id);
      batch.list.push(layout.list);
      batch.row.push(Number(record[layout.rowNumber]));
      batch.s.push(folded(name.surname, foldName));
      batch.g.push(folded(name.given, foldName));
      batch.f.push(folded(name.patronymic, fatherName));
      batch.by.push(born?.year ?? null);
      batch.bd.push(born?.full ?? null);
      if (batch.id.length >= 10_000) await flush();
    }
  }
  await flush();
  stage('load');

  // Similar spellings among distinct values, through the trigram index; a value is similar to itself.
  for (const [table, column, t] of [['surname_sim', 's', thresholds.surname], ['given_sim', 'g', thresholds.given]] as const) {
    await db.query(`CREATE TABLE ${table}_v AS SELECT DISTINCT ${column} AS v FROM people WHERE ${column} IS NOT NULL`);
    await db.query(`CREATE INDEX ON ${table}_v USING gin (v gin_trgm_ops)`);
    await db.query(`SET pg_trgm.similarity_threshold = ${t}`);
    await db.query(`CREATE TABLE ${table} AS SELECT a.v AS a, b.v AS b FROM ${table}_v a JOIN ${table}_v b ON a.v % b.v AND similarity(a.v, b.v) >= ${t}`);
    await db.query(`CREATE INDEX ON ${table} (a, b)`);
  }
  await db.query('CREATE INDEX ON people (s, birth_year)');
  await db.query('ANALYZE');
  stage('index');

  await db.query(`CREATE TABLE candidates AS
    SELECT x.id AS a, y.id AS b,
      (x.f IS NULL OR y.f IS NULL OR similarity(x.f, y.f) >= ${thresholds.father})
      AND (x.bd IS NULL OR y.bd IS NULL OR x.bd = y.bd) AS matched
    FROM people x
    JOIN surname_sim ss ON ss.a = x.s
    JOIN people y ON y.s = ss.b AND y.birth_year = x.birth_year AND x.id < y.id
    JOIN given_sim gs ON gs.a = x.g AND gs.b = y.g`);
  const candidatePairs = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM candidates')).rows[0]?.n);
  stage('join');

  const components = new UnionFind(lists.length);
  const matched = await db.query<[number, number]>({ text: 'SELECT a, b FROM candidates WHERE matched', rowMode: 'array' });
  for (const [a, b] of matched.rows) components.union(a, b);
  mkdirSync(values.out, { recursive: true });
  const persons = await writePersonsCsv(join(values.out, 'records.csv'), lists, rows, components);
  stage('components');
  const serverPeakMb = peakMbOf(backendPid);
  const serverCpuSeconds = cpuSecondsOf(backendPid);
  process.stdout.write(`${JSON.stringify({ records: lists.length, candidatePairs, matchedPairs: matched.rowCount, persons, stages, thresholds, serverPeakMb, serverCpuSeconds })}\n`);
} finally {
  await db.end();
  await admin.query(`DROP DATABASE IF EXISTS ${values.database} WITH (FORCE)`);
  await admin.end();
}

/** Rows waiting to be inserted, one array per column (inserted with unnest). */
interface PeopleBatch {
  id: number[];
  list: string[];
  row: number[];
  s: (string | null)[];
  g: (string | null)[];
  f: (string | null)[];
  by: (number | null)[];
  bd: (string | null)[];
}

/** A value folded (cached), null for an empty result. */
function folded(raw: string, fold: (raw: string) => string): string | null {
  const key = `${fold === fatherName ? 'f' : 'n'}\u0000${raw}`;
  let value = folds.get(key);
  if (value === undefined) folds.set(key, (value = fold(raw) || null));
  return value;
}

function emptyBatch(): PeopleBatch {
  return { s: [], g: [], f: [], by: [], bd: [], id: [], list: [], row: [] };
}

/** User + system CPU seconds of a process so far (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** VmHWM of a process on this machine, in MB (the server runs here, on 127.0.0.1). */
function peakMbOf(pid: number): number {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line === null ? NaN : Number(line[1]) / 1024;
  } catch {
    return NaN;
  }
}

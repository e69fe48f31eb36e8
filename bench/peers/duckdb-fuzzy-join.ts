/**
 * Peer 1: the DuckDB fuzzy join a data analyst would write. DuckDB reads the synth lists
 * (UTF-8 CSV), names are folded with any-ascii (each distinct value once, in JS), records are
 * blocked by our default rules as far as they can be said on folded names (exact folded keys,
 * blocks over the same pair cap skipped), pairs are kept on Jaro-Winkler thresholds on surname
 * and given name, father's name where both have one, and birth date equality; connected
 * components make persons. Writes `records.csv` for `whereabouts evaluate` and prints one JSON
 * line of figures.
 *
 * Usage: node --import tsx bench/peers/duckdb-fuzzy-join.ts --lists DIR --out DIR
 *        [--surname 0.85] [--given 0.8] [--father 0.8] [--max-pairs-per-block 200000]
 * Default thresholds: the best pairwise F1 of a small grid on 10,000 synth records.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { UnionFind, writePersonsCsv } from './connected-components.js';
import { SYNTH_LAYOUTS, fatherName, foldName } from './synth-layouts.js';
import type { ListLayout } from './synth-layouts.js';

const { values } = parseArgs({
  options: {
    lists: { type: 'string' },
    out: { type: 'string' },
    surname: { type: 'string', default: '0.85' },
    given: { type: 'string', default: '0.8' },
    father: { type: 'string', default: '0.8' },
    'max-pairs-per-block': { type: 'string', default: '200000' },
  },
});
if (values.lists === undefined || values.out === undefined) throw new Error('give --lists DIR and --out DIR');
const thresholds = { surname: Number(values.surname), given: Number(values.given), father: Number(values.father) };
const cap = Number(values['max-pairs-per-block']);

const stages: Record<string, number> = {};
let last = performance.now();
function stage(name: string): void {
  const now = performance.now();
  stages[name] = Math.round(now - last) / 1000;
  last = now;
}

const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string): string => `"${s.replaceAll('"', '""')}"`;

function selectList(layout: ListLayout, dir: string): string {
  const from = `read_csv(${quote(join(dir, `${layout.list}.csv`))}, header = true, all_varchar = true)`;
  const row = `CAST(${ident(layout.rowNumber)} AS INTEGER)`;
  if (layout.fullName !== undefined) {
    return `SELECT ${quote(layout.list)} AS list, ${row} AS row, parts[1] AS surname, parts[2] AS given,
      array_to_string(parts[3:], ' ') AS patronymic, ${ident(layout.birthDate)} AS birth
      FROM (SELECT *, regexp_split_to_array(trim(${ident(layout.fullName)}), '\\s+') AS parts FROM ${from})`;
  }
  return `SELECT ${quote(layout.list)} AS list, ${row} AS row, ${ident(layout.surname ?? '')} AS surname, ${ident(layout.given ?? '')} AS given,
    ${ident(layout.patronymic ?? '')} AS patronymic, ${ident(layout.birthDate)} AS birth FROM ${from}`;
}

/** Folds every distinct value of a column once in JS and appends the mapping as a table. */
async function foldTable(db: DuckDBConnection, table: string, sql: string, fold: (raw: string) => string): Promise<void> {
  await db.run(`CREATE TABLE ${table} (raw VARCHAR, folded VARCHAR)`);
  const distinct = (await db.runAndReadAll(sql)).getColumnsJS()[0] ?? [];
  const appender = await db.createAppender(table);
  for (const raw of distinct) {
    const folded = fold(String(raw));
    appender.appendVarchar(String(raw));
    if (folded === '') appender.appendNull();
    else appender.appendVarchar(folded);
    appender.endRow();
  }
  appender.closeSync();
}

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
await db.run(`CREATE TABLE raw AS ${SYNTH_LAYOUTS.map((l) => selectList(l, values.lists as string)).join('\nUNION ALL\n')}`);
stage('read');
await foldTable(db, 'name_fold', 'SELECT DISTINCT v FROM (SELECT surname AS v FROM raw UNION SELECT given FROM raw) WHERE v IS NOT NULL', foldName);
await foldTable(db, 'father_fold', 'SELECT DISTINCT patronymic FROM raw WHERE patronymic IS NOT NULL', fatherName);
await db.run(`CREATE TABLE people AS
  SELECT (row_number() OVER (ORDER BY r.list, r.row) - 1)::INTEGER AS id, r.list, r.row, s.folded AS s, g.folded AS g, f.folded AS f,
    coalesce(try_strptime(r.birth, '%d.%m.%Y'), try_strptime(r.birth, '%d %b %Y'))::DATE AS bd,
    coalesce(year(bd), try_cast(regexp_extract(r.birth, '^\\s*(\\d{4})\\s*$', 1) AS INTEGER)) AS birth_year
  FROM raw r
  LEFT JOIN name_fold s ON s.raw = r.surname
  LEFT JOIN name_fold g ON g.raw = r.given
  LEFT JOIN father_fold f ON f.raw = r.patronymic`);
stage('fold');

// Our default blocking rules on folded names: surname + birth year, surname + given name,
// surname + father, given name + father + birth year, surname + birth day and month.
await db.run(`CREATE TABLE block_keys AS
  SELECT rule, k, id FROM (
    SELECT 1 AS rule, s || '|' || birth_year AS k, id FROM people WHERE s IS NOT NULL AND birth_year IS NOT NULL
    UNION ALL SELECT 2, s || '|' || g, id FROM people WHERE s IS NOT NULL AND g IS NOT NULL
    UNION ALL SELECT 3, s || '|' || f, id FROM people WHERE s IS NOT NULL AND f IS NOT NULL
    UNION ALL SELECT 4, g || '|' || f || '|' || birth_year, id FROM people WHERE g IS NOT NULL AND f IS NOT NULL AND birth_year IS NOT NULL
    UNION ALL SELECT 5, s || '|' || strftime(bd, '%m-%d'), id FROM people WHERE s IS NOT NULL AND bd IS NOT NULL)
  QUALIFY count(*) OVER (PARTITION BY rule, k) * (count(*) OVER (PARTITION BY rule, k) - 1) / 2 <= ${cap}`);
await db.run(`CREATE TABLE candidates AS
  SELECT DISTINCT a.id AS a, b.id AS b FROM block_keys a JOIN block_keys b ON a.rule = b.rule AND a.k = b.k AND a.id < b.id`);
const candidatePairs = Number((await db.runAndReadAll('SELECT count(*) FROM candidates')).getColumnsJS()[0]?.[0]);
stage('block');

// Read before streaming: a connection serves one streaming result at a time.
const people = (await db.runAndReadAll('SELECT list, row FROM people ORDER BY id')).getColumnsJS();
const lists = (people[0] ?? []).map(String);
const rows = Int32Array.from((people[1] ?? []).map(Number));
const matched = await db.stream(`SELECT c.a, c.b FROM candidates c JOIN people x ON x.id = c.a JOIN people y ON y.id = c.b
  WHERE jaro_winkler_similarity(x.s, y.s) >= ${thresholds.surname}
    AND jaro_winkler_similarity(x.g, y.g) >= ${thresholds.given}
    AND (x.f IS NULL OR y.f IS NULL OR jaro_winkler_similarity(x.f, y.f) >= ${thresholds.father})
    AND (x.birth_year IS NULL OR y.birth_year IS NULL
         OR (x.bd IS NOT NULL AND y.bd IS NOT NULL AND x.bd = y.bd)
         OR ((x.bd IS NULL OR y.bd IS NULL) AND x.birth_year = y.birth_year))`);
const components = new UnionFind(lists.length);
let matchedPairs = 0;
for (let chunk = await matched.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await matched.fetchChunk()) {
  const a = chunk.getColumnVector(0);
  const b = chunk.getColumnVector(1);
  for (let i = 0; i < chunk.rowCount; i++) components.union(Number(a.getItem(i)), Number(b.getItem(i)));
  matchedPairs += chunk.rowCount;
}
stage('join');
mkdirSync(values.out, { recursive: true });
const persons = await writePersonsCsv(join(values.out, 'records.csv'), lists, rows, components);
stage('components');
db.closeSync();
process.stdout.write(`${JSON.stringify({ records: lists.length, candidatePairs, matchedPairs, persons, stages, thresholds })}\n`);

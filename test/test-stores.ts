import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { DialectName } from '../src/store/store-dialect.js';

/**
 * The integration suites run once per dialect, the Kysely way. WHEREABOUTS_DIALECT=sqlite (or
 * postgres) narrows the run; WHEREABOUTS_REQUIRE_PG=1 (set by .ci/run) turns an unreachable
 * PostgreSQL into a failure instead of a skip.
 */
export const PG_SERVER = process.env['WHEREABOUTS_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432';

const requested = process.env['WHEREABOUTS_DIALECT'];
const DIALECTS: DialectName[] = (['sqlite', 'postgres'] as const).filter((d) => requested === undefined || requested === d);

async function probePostgres(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pgProblem = DIALECTS.includes('postgres') ? await probePostgres() : undefined;

/** A store location of one dialect, created for one test file and removed after it. */
export interface TestStore {
  dialect: DialectName;
  /** What `--db` takes: a SQLite path or a postgres:// URL. */
  location: string;
  /** A further empty store of the same dialect, removed with this one. */
  another(): Promise<string>;
}

async function postgresDatabase(created: string[]): Promise<string> {
  const name = `wa_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  created.push(name);
  return `${PG_SERVER}/${name}`;
}

async function dropPostgresDatabases(names: string[]): Promise<void> {
  if (names.length === 0) return;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
  await admin.connect();
  try {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

/**
 * Declares `suite` once per dialect. The store is created before the suite's tests and
 * dropped after them; tests share it, so each uses its own list names.
 */
export function describeEachDialect(title: string, suite: (store: () => TestStore) => void): void {
  for (const dialect of DIALECTS) {
    if (dialect === 'postgres' && pgProblem !== undefined) {
      const message = `PostgreSQL not reachable at ${PG_SERVER} (${pgProblem}): PostgreSQL tests skipped`;
      if (process.env['WHEREABOUTS_REQUIRE_PG'] === '1') {
        describe(`${title} [postgres]`, () => {
          it('needs PostgreSQL (WHEREABOUTS_REQUIRE_PG=1)', () => {
            throw new Error(message.replace('skipped', 'required'));
          });
        });
      } else {
        console.warn(message);
        describe.skip(`${title} [postgres]`, () => suite(() => ({}) as TestStore));
      }
      continue;
    }
    describe(`${title} [${dialect}]`, () => {
      let current: TestStore | undefined;
      const folders: string[] = [];
      const databases: string[] = [];
      const make = async (): Promise<string> => {
        if (dialect === 'postgres') return postgresDatabase(databases);
        const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-store-'));
        folders.push(folder);
        return path.join(folder, 'whereabouts.db');
      };
      beforeAll(async () => {
        current = { dialect, location: await make(), another: make };
      });
      afterAll(async () => {
        await dropPostgresDatabases(databases);
        for (const folder of folders) rmSync(folder, { recursive: true, force: true });
      });
      suite(() => {
        if (current === undefined) throw new Error('the test store is made in beforeAll');
        return current;
      });
    });
  }
}

/**
 * Runs SQL on the store's database directly, bypassing whereabouts: for checking what the
 * database itself holds and refuses. Parameters are written `$1`, `$2` for both dialects.
 */
export async function queryDirect<T = Record<string, unknown>>(location: string, text: string, params: unknown[] = []): Promise<T[]> {
  if (location.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(location);
  try {
    const statement = db.prepare(text.replace(/\$\d+/g, '?'));
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    db.close();
  }
}

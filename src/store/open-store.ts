import type { Kysely } from 'kysely';
import { WhereaboutsError } from '../errors.js';
import { KyselyRepository } from './kysely-repository.js';
import { migrateToLatest } from './migrate.js';
import { openPostgresDialect } from './postgres/postgres-store-dialect.js';
import type { Repository } from './repository.js';
import { openSqliteDialect } from './sqlite/sqlite-store-dialect.js';
import type { StoreDialect } from './store-dialect.js';

/** The embedded store used when `--db` is not given, in the current folder. */
export const DEFAULT_STORE = './whereabouts.db';

/** True when `location` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store named by `--db`: a `postgres://` or `postgresql://` URL, or else the path
 * of a SQLite file (created if missing). The schema is brought up to date before it returns.
 *
 * @example
 * const store = await openStore('postgres://postgres@127.0.0.1:5432/whereabouts');
 * try { console.log(await store.lists()); } finally { await store.close(); }
 */
export async function openStore(location: string = DEFAULT_STORE): Promise<Repository> {
  const dialect: StoreDialect = isPostgresUrl(location) ? openPostgresDialect(location) : openSqliteDialect(location);
  try {
    await migrateToLatest(dialect.db as Kysely<unknown>);
  } catch (error) {
    await dialect.destroy().catch(() => undefined);
    if (error instanceof WhereaboutsError && error.code !== 'WA_INTERNAL') throw error;
    if (isConnectionFailure(error)) {
      throw new WhereaboutsError('WA_DB_UNREACHABLE', `cannot open the store ${dialect.location}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    throw error;
  }
  return new KyselyRepository(dialect);
}

/** Errors that mean "the database is not there or will not let us in", not a bug. */
function isConnectionFailure(error: unknown): boolean {
  const cause = error instanceof WhereaboutsError ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return false;
  // Node socket errors, PostgreSQL's connection and authorisation classes (08, 28, 3D), and
  // SQLite refusing the file.
  return (
    ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code) ||
    /^(08|28|3D)/.test(code) ||
    /^SQLITE_(CANTOPEN|NOTADB|READONLY|PERM|AUTH|CORRUPT)/.test(code)
  );
}

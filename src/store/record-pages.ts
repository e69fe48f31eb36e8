import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { RawColumns } from './record-codec.js';
import type { StoreSchema } from './schema.js';

/** A number from the database: PostgreSQL gives bigint columns as strings. */
export const toNumber = (value: string | number | bigint): number => Number(value);

/** Records per page: memory holds one page, whatever the version's length. */
export const RECORD_PAGE = 5000;

type RecordQuery<O> = SelectQueryBuilder<StoreSchema, 'record', O>;

/**
 * The records of one version in file order, a page at a time, with the columns `select` picks
 * (it must pick `id`): keyset paging on the id, so every page is one range of the index.
 */
export async function* versionRecordPages<O extends { id: string | number | bigint }>(
  db: Kysely<StoreSchema>,
  listId: number,
  version: number,
  select: (query: RecordQuery<Record<never, never>>) => RecordQuery<O>,
): AsyncIterable<O[]> {
  let after = 0;
  for (;;) {
    const page = await select(db.selectFrom('record'))
      .where('list_id', '=', listId)
      .where('version', '=', version)
      .where('id', '>', after)
      .orderBy('id')
      .limit(RECORD_PAGE)
      .execute();
    if (page.length > 0) yield page;
    if (page.length < RECORD_PAGE) return;
    after = toNumber(page[page.length - 1]!.id);
  }
}

/** The headers of a version's raw cells (see record-codec.ts), or null when its records hold objects. */
export async function versionRawColumns(db: Kysely<StoreSchema>, listId: number, version: number): Promise<RawColumns[] | null> {
  const row = await db
    .selectFrom('list_version')
    .select('raw_columns')
    .where('list_id', '=', listId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.raw_columns == null ? null : (JSON.parse(row.raw_columns) as RawColumns[]);
}

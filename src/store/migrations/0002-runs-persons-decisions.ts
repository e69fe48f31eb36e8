import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { schemaDialect } from '../schema-dialect.js';

/**
 * The register: linkage runs and the list versions they read, the current persons (by record
 * identity), the append-only person history and reviewers' decisions, and each run's review
 * pairs. Records are named by identity (computed when a version is read, see
 * record-identity.ts), so nothing here changes the `record` table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = schemaDialect(db);

  await db.schema
    .createTable('run')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('run_version')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('run.id'))
    .addColumn('list_id', 'integer', (c) => c.notNull())
    .addColumn('list_name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addForeignKeyConstraint('run_version_version_fk', ['list_id', 'version'], 'list_version', ['list_id', 'version'])
    .execute();
  await db.schema.createIndex('run_version_run').on('run_version').column('run_id').execute();

  // A record belongs to one person at a time: the key is the record, not the person.
  await db.schema
    .createTable('person_member')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('list_id', 'integer', (c) => c.notNull().references('list.id'))
    .addColumn('identity', 'text', (c) => c.notNull())
    .addColumn('first_run_id', 'integer', (c) => c.notNull().references('run.id'))
    .addPrimaryKeyConstraint('person_member_pk', ['list_id', 'identity'])
    .execute();
  await db.schema.createIndex('person_member_person').on('person_member').column('person_id').execute();

  await db.schema
    .createTable('person_event')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('run.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addCheckConstraint('person_event_kind', sql`kind in ('new', 'merge', 'split', 'retired')`)
    .execute();
  await db.schema.createIndex('person_event_person').on('person_event').column('person_id').execute();
  await dialect.forbidUpdateAndDelete(db, 'person_event');

  let decision = db.schema
    .createTable('decision')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull());
  for (const side of ['a', 'b']) {
    decision = decision
      .addColumn(`${side}_list_name`, 'text', (c) => c.notNull())
      .addColumn(`${side}_identity`, 'text', (c) => c.notNull())
      .addColumn(`${side}_row`, 'integer', (c) => c.notNull())
      .addColumn(`${side}_version`, 'integer', (c) => c.notNull());
  }
  await decision.addCheckConstraint('decision_verdict', sql`verdict in ('same', 'different', 'unsure')`).execute();
  await dialect.forbidUpdateAndDelete(db, 'decision');

  let reviewPair = db.schema
    .createTable('review_pair')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('run.id'));
  for (const side of ['a', 'b']) {
    reviewPair = reviewPair
      .addColumn(`${side}_list_id`, 'integer', (c) => c.notNull().references('list.id'))
      .addColumn(`${side}_identity`, 'text', (c) => c.notNull())
      .addColumn(`${side}_row`, 'integer', (c) => c.notNull());
  }
  await reviewPair
    .addColumn('match_probability', 'double precision', (c) => c.notNull())
    .addColumn('match_weight', 'double precision', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_pair_run').on('review_pair').column('run_id').execute();
}

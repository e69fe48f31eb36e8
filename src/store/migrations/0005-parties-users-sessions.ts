import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { schemaDialect } from '../schema-dialect.js';

/**
 * Who may use the server (issue 11): the parties, the users (one role each; a delegate belongs
 * to one party), their sessions and their API tokens. Nothing secret is stored in the clear:
 * passwords as argon2id hashes, session and API tokens as SHA-256 hashes of random tokens (a
 * stolen database does not give a working cookie). The TOTP secret has to be kept to check codes;
 * it is the one secret here, and docs/server.md says how to protect the database for it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = schemaDialect(db);
  await db.schema
    .createTable('party')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.references('party.name'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('totp_secret', 'text')
    // The last TOTP time step accepted: a code is never accepted twice (RFC 6238, section 5.2).
    .addColumn('totp_last_step', 'integer')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('app_user_role', sql`role in ('admin', 'officer', 'delegate', 'auditor')`)
    // A delegate speaks for one party; the mediator's roles for none.
    .addCheckConstraint('app_user_party', sql`(role = 'delegate') = (party is not null)`)
    .execute();
  await db.schema
    .createTable('session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    // 0 until the second factor was given, for an account that has one.
    .addColumn('second_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user').on('session').column('user_id').execute();
  await db.schema
    .createTable('api_token')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.references('party.name'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addCheckConstraint('api_token_role', sql`role in ('admin', 'officer', 'delegate', 'auditor')`)
    .execute();
}

import type { Generated, Kysely } from 'kysely';
import type { NewApiToken, NewUser, Role, StoredApiToken, StoredParty, StoredSession, StoredUser, UserChange } from './access-repository.js';
import { toNumber } from './record-pages.js';

/** The tables of migration 0005 as Kysely sees them. */
export type AccessSchema = {
  party: { name: string; label: string | null; created_at: string; created_by: string };
  app_user: {
    id: Generated<number>;
    username: string;
    role: string;
    party: string | null;
    password_hash: string;
    totp_secret: string | null;
    totp_last_step: number | null;
    disabled: number;
    failed_logins: number;
    locked_until: string | null;
    created_at: string;
    updated_at: string;
  };
  session: {
    token_hash: string;
    user_id: number;
    csrf_token: string;
    second_factor: number;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
  };
  api_token: {
    id: Generated<number>;
    token_hash: string;
    name: string;
    user_id: number;
    role: string;
    party: string | null;
    created_at: string;
    revoked_at: string | null;
  };
};

type AccessDb = Kysely<AccessSchema>;
type UserRow = Omit<AccessSchema['app_user'], 'id'> & { id: number };
type TokenRow = Omit<AccessSchema['api_token'], 'id'> & { id: number };

const toParty = (row: AccessSchema['party']): StoredParty => ({ name: row.name, label: row.label, createdAt: row.created_at, createdBy: row.created_by });

function toUser(row: UserRow): StoredUser {
  return {
    id: toNumber(row.id),
    username: row.username,
    role: row.role as Role,
    party: row.party,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpLastStep: row.totp_last_step === null ? null : toNumber(row.totp_last_step),
    disabled: toNumber(row.disabled) === 1,
    failedLogins: toNumber(row.failed_logins),
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const toSession = (row: AccessSchema['session']): StoredSession => ({
  tokenHash: row.token_hash,
  userId: toNumber(row.user_id),
  csrfToken: row.csrf_token,
  secondFactor: toNumber(row.second_factor) === 1,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
});

const toToken = (row: TokenRow): StoredApiToken => ({
  id: toNumber(row.id),
  tokenHash: row.token_hash,
  name: row.name,
  userId: toNumber(row.user_id),
  role: row.role as Role,
  party: row.party,
  createdAt: row.created_at,
  revokedAt: row.revoked_at,
});

/** The reads of access-repository.ts over either dialect. */
export class KyselyAccessReads {
  constructor(readonly db: AccessDb) {}

  async parties(): Promise<StoredParty[]> {
    return (await this.db.selectFrom('party').selectAll().orderBy('name').execute()).map(toParty);
  }

  async users(): Promise<StoredUser[]> {
    return (await this.db.selectFrom('app_user').selectAll().orderBy('username').execute()).map(toUser);
  }

  async user(username: string): Promise<StoredUser | undefined> {
    const row = await this.db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async userById(id: number): Promise<StoredUser | undefined> {
    const row = await this.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toUser(row);
  }

  async session(tokenHash: string): Promise<StoredSession | undefined> {
    const row = await this.db.selectFrom('session').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row === undefined ? undefined : toSession(row);
  }

  async apiToken(tokenHash: string): Promise<StoredApiToken | undefined> {
    const row = await this.db.selectFrom('api_token').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row === undefined ? undefined : toToken(row);
  }

  async apiTokens(userId?: number): Promise<StoredApiToken[]> {
    let q = this.db.selectFrom('api_token').selectAll().orderBy('id');
    if (userId !== undefined) q = q.where('user_id', '=', userId);
    return (await q.execute()).map(toToken);
  }
}

/** The writes of access-repository.ts, inside one transaction. */
export class KyselyAccessWrites extends KyselyAccessReads {
  async addParty(party: Omit<StoredParty, 'createdAt'>): Promise<StoredParty> {
    const row = { name: party.name, label: party.label, created_at: new Date().toISOString(), created_by: party.createdBy };
    await this.db.insertInto('party').values(row).execute();
    return toParty(row);
  }

  async addUser(user: NewUser): Promise<StoredUser> {
    const now = new Date().toISOString();
    const row = await this.db
      .insertInto('app_user')
      .values({ username: user.username, role: user.role, party: user.party, password_hash: user.passwordHash, disabled: 0, failed_logins: 0, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  }

  async changeUser(id: number, change: UserChange): Promise<void> {
    const set: Partial<Omit<AccessSchema['app_user'], 'id'>> = { updated_at: new Date().toISOString() };
    if (change.passwordHash !== undefined) set.password_hash = change.passwordHash;
    if (change.totpSecret !== undefined) set.totp_secret = change.totpSecret;
    if (change.totpLastStep !== undefined) set.totp_last_step = change.totpLastStep;
    if (change.disabled !== undefined) set.disabled = change.disabled ? 1 : 0;
    if (change.failedLogins !== undefined) set.failed_logins = change.failedLogins;
    if (change.lockedUntil !== undefined) set.locked_until = change.lockedUntil;
    await this.db.updateTable('app_user').set(set).where('id', '=', id).execute();
  }

  async createSession(session: StoredSession): Promise<void> {
    await this.db
      .insertInto('session')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        second_factor: session.secondFactor ? 1 : 0,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  async touchSession(tokenHash: string, change: Partial<Pick<StoredSession, 'lastSeenAt' | 'expiresAt' | 'secondFactor'>>): Promise<void> {
    const set: Partial<AccessSchema['session']> = {};
    if (change.lastSeenAt !== undefined) set.last_seen_at = change.lastSeenAt;
    if (change.expiresAt !== undefined) set.expires_at = change.expiresAt;
    if (change.secondFactor !== undefined) set.second_factor = change.secondFactor ? 1 : 0;
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('session').set(set).where('token_hash', '=', tokenHash).execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
  }

  async deleteUserSessions(userId: number): Promise<void> {
    await this.db.deleteFrom('session').where('user_id', '=', userId).execute();
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const result = await this.db.deleteFrom('session').where('expires_at', '<', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async createApiToken(token: NewApiToken): Promise<StoredApiToken> {
    const row = await this.db
      .insertInto('api_token')
      .values({ token_hash: token.tokenHash, name: token.name, user_id: token.userId, role: token.role, party: token.party, created_at: new Date().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toToken(row);
  }

  async revokeApiToken(id: number): Promise<void> {
    await this.db.updateTable('api_token').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }
}

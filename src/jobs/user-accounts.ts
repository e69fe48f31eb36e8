import { hash, verify } from '@node-rs/argon2';
import type { Algorithm, Options } from '@node-rs/argon2';
import { WhereaboutsError } from '../errors.js';
import { ROLES } from '../store/access-repository.js';
import type { Role, StoredParty, StoredUser } from '../store/access-repository.js';
import type { Repository } from '../store/repository.js';
import { cliEntry } from './audit-trail.js';
import type { NewAuditEntry } from '../store/audit-repository.js';

/**
 * Users and parties (issue 11): the jobs behind `whereabouts user` and `party`, and the
 * server's sign-in. Passwords are hashed with argon2id (OWASP's choice of parameters, the
 * library's defaults: 19 MiB, two passes); there are no default passwords.
 */

/** argon2id: the library's `Algorithm.Argon2id`, a const enum that isolated modules cannot read. */
const ARGON2ID: Options = { algorithm: 2 as Algorithm.Argon2id };

/** Fewer characters than this are refused: a passphrase of a few words is easy to type and hard to guess. */
export const MIN_PASSWORD_LENGTH = 12;

const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const PARTY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Who does it and from where, for the audit log. */
export interface AccountActor {
  /** Builds the audit entry of an account change; the CLI's by default. */
  entry?: (action: string, resource: string, detail: Record<string, unknown>) => NewAuditEntry;
  actor: string;
}

function auditOf(by: AccountActor, action: string, resource: string, detail: Record<string, unknown> = {}): NewAuditEntry {
  return by.entry?.(action, resource, detail) ?? cliEntry(by.actor, action, resource, 'ok', detail);
}

/** The argon2id hash of a password, refusing one too short to be safe. */
export async function hashPassword(password: string): Promise<string> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new WhereaboutsError('WA_PASSWORD_WEAK', `a password needs at least ${MIN_PASSWORD_LENGTH} characters (a few words make a good one)`);
  }
  return hash(password, ARGON2ID);
}

/** A hash of nothing anyone knows, checked when the user does not exist so that timing does not say so. */
let decoyHash: Promise<string> | undefined;

/** Whether `password` is the user's; takes as long for a user that does not exist. */
export async function passwordMatches(user: StoredUser | undefined, password: string): Promise<boolean> {
  if (user === undefined) {
    decoyHash ??= hash('decoy password that no one has', ARGON2ID);
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(user.passwordHash, password).catch(() => false);
}

/** What `user add` takes. */
export interface NewAccount {
  username: string;
  role: string;
  party?: string;
  password: string;
}

/** Adds a user; a delegate must name an existing party, the mediator's roles none. */
export async function addUser(store: Repository, account: NewAccount, by: AccountActor): Promise<StoredUser> {
  if (!USERNAME.test(account.username)) throw new WhereaboutsError('WA_USAGE', `user name "${account.username}": use lower-case letters, digits, dot, dash or underscore (up to 64)`);
  if (!(ROLES as readonly string[]).includes(account.role)) throw new WhereaboutsError('WA_USAGE', `--role ${account.role}: one of ${ROLES.join(', ')}`);
  const role = account.role as Role;
  if (role === 'delegate' && account.party === undefined) throw new WhereaboutsError('WA_USAGE', 'a delegate speaks for one party: give --party PARTY');
  if (role !== 'delegate' && account.party !== undefined) throw new WhereaboutsError('WA_USAGE', `an ${role} works for the mediator and has no party: leave --party out`);
  const passwordHash = await hashPassword(account.password);
  return store.write('audit', async (writer) => {
    if ((await writer.user(account.username)) !== undefined) throw new WhereaboutsError('WA_USER_EXISTS', `there is a user "${account.username}" already`);
    if (account.party !== undefined && !(await writer.parties()).some((p) => p.name === account.party)) {
      throw new WhereaboutsError('WA_PARTY_NOT_FOUND', `no party "${account.party}"; add it first with \`whereabouts party add ${account.party}\``);
    }
    const user = await writer.addUser({ username: account.username, role, party: account.party ?? null, passwordHash });
    await writer.appendAudit([auditOf(by, 'user-add', `user:${user.username}`, { role, party: user.party })]);
    return user;
  });
}

async function existingUser(store: Pick<Repository, 'user'>, username: string): Promise<StoredUser> {
  const user = await store.user(username);
  if (user === undefined) throw new WhereaboutsError('WA_USER_NOT_FOUND', `no user "${username}" (see \`whereabouts user list\`)`);
  return user;
}

/** Disables a user and ends their sessions; their API tokens stop working with them. */
export async function disableUser(store: Repository, username: string, by: AccountActor): Promise<void> {
  await store.write('audit', async (writer) => {
    const user = await existingUser(writer, username);
    await writer.changeUser(user.id, { disabled: true });
    await writer.deleteUserSessions(user.id);
    await writer.appendAudit([auditOf(by, 'user-disable', `user:${username}`)]);
  });
}

/** Sets a new password, lifts a lockout and ends the user's sessions. */
export async function resetPassword(store: Repository, username: string, password: string, by: AccountActor): Promise<void> {
  const passwordHash = await hashPassword(password);
  await store.write('audit', async (writer) => {
    const user = await existingUser(writer, username);
    await writer.changeUser(user.id, { passwordHash, failedLogins: 0, lockedUntil: null });
    await writer.deleteUserSessions(user.id);
    await writer.appendAudit([auditOf(by, 'user-reset-password', `user:${username}`)]);
  });
}

/** Registers a party. */
export async function addParty(store: Repository, name: string, label: string | undefined, by: AccountActor): Promise<StoredParty> {
  if (!PARTY_NAME.test(name)) throw new WhereaboutsError('WA_USAGE', `party name "${name}": letters, digits, dot, dash or underscore (up to 64)`);
  return store.write('audit', async (writer) => {
    if ((await writer.parties()).some((p) => p.name === name)) throw new WhereaboutsError('WA_PARTY_EXISTS', `there is a party "${name}" already`);
    const party = await writer.addParty({ name, label: label ?? null, createdBy: by.actor });
    await writer.appendAudit([auditOf(by, 'party-add', `party:${name}`, { label: label ?? null })]);
    return party;
  });
}

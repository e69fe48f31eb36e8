/**
 * Who may use the server (migration 0005): parties, users, sessions and API tokens. Secrets are
 * stored hashed (the password with argon2id by the caller, tokens with SHA-256); the store only
 * keeps what it is given.
 */

/** The four roles of docs/server.md. */
export const ROLES = ['admin', 'officer', 'delegate', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** A party to the conflict, as the mediator registers it. */
export interface StoredParty {
  name: string;
  label: string | null;
  createdAt: string;
  createdBy: string;
}

/** A user as stored. */
export interface StoredUser {
  id: number;
  username: string;
  role: Role;
  /** The party a delegate speaks for; null for the mediator's roles. */
  party: string | null;
  passwordHash: string;
  /** Base32 TOTP secret once the user enrolled a second factor. */
  totpSecret: string | null;
  totpLastStep: number | null;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A user to add. */
export type NewUser = Pick<StoredUser, 'username' | 'role' | 'party' | 'passwordHash'>;

/** What may change of a user. */
export type UserChange = Partial<Pick<StoredUser, 'passwordHash' | 'totpSecret' | 'totpLastStep' | 'disabled' | 'failedLogins' | 'lockedUntil'>>;

/** A session as stored: the cookie's token only as its hash. */
export interface StoredSession {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  /** Whether the second factor was given in this session. */
  secondFactor: boolean;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** An API token as stored. */
export interface StoredApiToken {
  id: number;
  tokenHash: string;
  name: string;
  userId: number;
  role: Role;
  party: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export type NewApiToken = Pick<StoredApiToken, 'tokenHash' | 'name' | 'userId' | 'role' | 'party'>;

/** Reads, on {@link Repository}. */
export interface AccessReads {
  parties(): Promise<StoredParty[]>;
  users(): Promise<StoredUser[]>;
  user(username: string): Promise<StoredUser | undefined>;
  userById(id: number): Promise<StoredUser | undefined>;
  session(tokenHash: string): Promise<StoredSession | undefined>;
  apiToken(tokenHash: string): Promise<StoredApiToken | undefined>;
  apiTokens(userId?: number): Promise<StoredApiToken[]>;
}

/** Writes, on {@link RepositoryWriter} (with the reads, inside the transaction). */
export interface AccessWrites extends AccessReads {
  addParty(party: Omit<StoredParty, 'createdAt'>): Promise<StoredParty>;
  addUser(user: NewUser): Promise<StoredUser>;
  changeUser(id: number, change: UserChange): Promise<void>;
  createSession(session: StoredSession): Promise<void>;
  /** Moves a session's idle expiry on (and its second factor, once given). */
  touchSession(tokenHash: string, change: Partial<Pick<StoredSession, 'lastSeenAt' | 'expiresAt' | 'secondFactor'>>): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a user (disabled, password reset). */
  deleteUserSessions(userId: number): Promise<void>;
  /** Removes sessions expired before `now`. */
  deleteExpiredSessions(now: string): Promise<number>;
  createApiToken(token: NewApiToken): Promise<StoredApiToken>;
  revokeApiToken(id: number): Promise<void>;
}

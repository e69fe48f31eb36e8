import type { StoredList } from './repository.js';

/**
 * Retention (migration 0010): the day from which a list's records are no longer kept, and the
 * log of expiries that turned them into placeholders. Which lists are due is decided by the
 * expire job (`src/jobs/expire-lists.ts`); the store blanks what it is told to.
 */

/** One expiry of a list, as stored (append-only). */
export interface StoredExpiry {
  id: number;
  at: string;
  actor: string;
  listId: number;
  listName: string;
  /** The retention date that was reached. */
  retainUntil: string;
  /** Whose date it was: the list's own, or its party's. */
  rule: 'list' | 'party';
  records: number;
  quarantined: number;
}

/** What an expiry blanked. */
export interface ExpiryCounts {
  records: number;
  quarantined: number;
  /** Decisions and flags whose free text was blanked. */
  notes: number;
  reviewPairs: number;
}

/** One list to expire, inside the expire job's transaction. */
export interface ListExpiry {
  list: StoredList;
  retainUntil: string;
  rule: 'list' | 'party';
  actor: string;
}

/** Reads of retention, on {@link Repository}. */
export interface RetentionReads {
  /** Each list's own retention date, by list id (lists without one are absent). */
  listRetention(): Promise<Map<number, string>>;
  /** Every expiry, oldest first. */
  expiries(): Promise<StoredExpiry[]>;
  /**
   * Makes what an expiry blanked unreadable from the database's files too: SQLite rewrites the
   * file (VACUUM) and empties its write-ahead log; PostgreSQL vacuums the tables it touched.
   */
  compact(): Promise<void>;
}

/** Writes of retention, on {@link RepositoryWriter}; each is logged as a change. */
export interface RetentionWrites {
  /** Sets (or, with null, removes) a list's retention date, `YYYY-MM-DD`. */
  setListRetention(list: StoredList, until: string | null, actor: string): Promise<void>;
  /**
   * Turns every record of the list (every version) into a placeholder, as PFIF's expiry does:
   * the fields but the list's own id and the event date blanked, raw cells and warnings
   * dropped, the identity kept (`expired_key`); its quarantined rows and title lines blanked;
   * the free text about its records in decisions, flags and review explanations blanked.
   * Records already expired are left. Logs the expiry.
   */
  expireList(expiry: ListExpiry): Promise<ExpiryCounts>;
}

import type { CanonicalField } from '../ingest/record.js';

/**
 * Do-not-transmit flags (migration 0009): an append-only log of flags set on a record, or on
 * one field of it, and cleared again. What is in force is decided by the pure rule in
 * `src/interchange/transmission-flags.ts`; the store only keeps the events.
 */

/** Setting a flag, or clearing it. */
export type TransmissionFlagAction = 'set' | 'clear';

/** One flag event as stored. */
export interface StoredTransmissionFlag {
  id: number;
  /** ISO 8601 UTC. */
  at: string;
  actor: string;
  listId: number;
  listName: string;
  /** The record's identity (see record-identity.ts): stable across list versions. */
  identity: string;
  /** The field withheld, or null for the whole record. */
  field: CanonicalField | null;
  action: TransmissionFlagAction;
  /** Why, in the words of whoever set or cleared it. Shown to the mediator only. */
  reason: string;
  /** The row and version the record had when the flag was set, for display. */
  row: number;
  version: number;
}

/** A flag event to store; the store stamps the time and the id. */
export type NewTransmissionFlag = Omit<StoredTransmissionFlag, 'id' | 'at' | 'listName'>;

/** Reads of the flags, on {@link Repository}. */
export interface TransmissionFlagReads {
  /** Every flag event in the order appended; only one list's when `listId` is given. */
  transmissionFlags(listId?: number): Promise<StoredTransmissionFlag[]>;
}

/** Writes of the flags, on {@link RepositoryWriter}; each event is also logged as a change. */
export interface TransmissionFlagWrites {
  /** As {@link TransmissionFlagReads.transmissionFlags}, inside the transaction. */
  transmissionFlags(listId?: number): Promise<StoredTransmissionFlag[]>;
  appendTransmissionFlag(flag: NewTransmissionFlag): Promise<StoredTransmissionFlag>;
}

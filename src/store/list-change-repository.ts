import type { ListKind } from '../ingest/record.js';
import type { StoredList } from './repository.js';

/** What `whereabouts list set` may change about a list after its import; absent: unchanged. */
export interface ListChange {
  party?: string;
  kind?: ListKind;
  /** A label for reports; the empty string removes it. */
  label?: string;
  duplicateFree?: boolean;
}

/** Changes to a list after the fact, on {@link RepositoryWriter}; each is logged as a change. */
export interface ListChangeWrites {
  /**
   * Changes a list's party, kind, label or duplicate-free mark (migration 0011), and the party
   * every one of its stored rows carries, so a query scoped by party finds them under the new
   * one. Logs `list-changed` with the values before and after. Returns the list as it now is.
   */
  changeList(list: StoredList, change: ListChange, actor: string): Promise<StoredList>;
}

import type { CanonicalField } from '../ingest/record.js';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import { WhereaboutsError } from '../errors.js';
import type { BestValue } from './best-value.js';
import { bestValue } from './best-value.js';
import type { Claim } from './claims.js';
import { collectClaims } from './claims.js';
import type { Conflict } from './conflicts.js';
import { findConflicts } from './conflicts.js';
import type { PersonCluster, RecordKey, RegisterRecord } from './register-record.js';
import type { EventClaims } from './event-claims.js';
import { personEvents } from './event-claims.js';
import type { CurrentStatus, StatusEvent } from './status-timeline.js';
import { currentStatus, statusTimeline } from './status-timeline.js';

/** Everything the sources say about one field of a person. */
export interface FieldClaims {
  field: CanonicalField;
  claims: Claim[];
  conflicts: Conflict[];
  best: BestValue;
}

/** A person of the register: the records linked to them and what follows from those records. */
export interface Person {
  personId: string;
  /** The person's records, ordered by list and row. */
  records: RegisterRecord[];
  /**
   * Claims per field, in canonical field order; only fields some source gives. The event date
   * and place are not here: they are of different events on different lists (see `events`).
   */
  fields: FieldClaims[];
  /** The date and place of each event the sources describe: disappearance, capture, each visit, release, death. */
  events: EventClaims[];
  /** Every conflict of every field, for a quick "does this person need a look" check. */
  conflicts: Conflict[];
  timeline: StatusEvent[];
  status?: CurrentStatus;
  /** Lists on which the person appears more than once (within-list duplicates). */
  duplicatedOn: string[];
}

/** Fields whose values are of an event, weighed per event in `events`, never across events. */
const EVENT_FIELDS: ReadonlySet<CanonicalField> = new Set(['event_date', 'place']);

function byListAndRow(a: RegisterRecord, b: RegisterRecord): number {
  if (a.list !== b.list) return a.list < b.list ? -1 : 1;
  return a.row - b.row;
}

/** Builds one person from their records. Pure: the same records give the same person. */
export function buildPerson(personId: string, records: readonly RegisterRecord[]): Person {
  const ordered = [...records].sort(byListAndRow);
  const claims = collectClaims(ordered);
  const fields: FieldClaims[] = [];
  for (const field of CANONICAL_FIELDS) {
    const fieldClaims = claims[field];
    if (!fieldClaims || EVENT_FIELDS.has(field)) continue;
    fields.push({ field, claims: fieldClaims, conflicts: findConflicts(field, fieldClaims), best: bestValue(field, fieldClaims) });
  }
  const perList = new Map<string, number>();
  for (const r of ordered) perList.set(r.list, (perList.get(r.list) ?? 0) + 1);
  const timeline = statusTimeline(ordered);
  return {
    personId,
    records: ordered,
    fields,
    events: personEvents(ordered),
    conflicts: fields.flatMap((f) => f.conflicts),
    timeline,
    status: currentStatus(timeline),
    duplicatedOn: [...perList].filter(([, n]) => n > 1).map(([list]) => list),
  };
}

/**
 * Builds the register: one person per cluster. Every record key must be known and belong to
 * exactly one person: a record left out would silently vanish from every count, so it is an
 * error (the linkage engine gives a singleton cluster to an unmatched record).
 *
 * @example
 * const persons = buildRegister(records, [{ personId: 'P-000001', recordKeys: ['hy-missing:4', 'az-held:17'] }]);
 */
export function buildRegister(records: readonly RegisterRecord[], clusters: readonly PersonCluster[]): Person[] {
  const byKey = new Map<RecordKey, RegisterRecord>();
  for (const r of records) {
    if (byKey.has(r.key)) throw new WhereaboutsError('WA_INTERNAL', `record ${r.key} given twice to the register`);
    byKey.set(r.key, r);
  }
  const placed = new Set<RecordKey>();
  const persons: Person[] = [];
  const ids = new Set<string>();
  for (const cluster of clusters) {
    if (ids.has(cluster.personId)) throw new WhereaboutsError('WA_INTERNAL', `person ${cluster.personId} given twice to the register`);
    ids.add(cluster.personId);
    const members = cluster.recordKeys.map((key) => {
      const record = byKey.get(key);
      if (!record) throw new WhereaboutsError('WA_RECORD_NOT_FOUND', `person ${cluster.personId} names record ${key}, which is not given`);
      if (placed.has(key)) throw new WhereaboutsError('WA_INTERNAL', `record ${key} belongs to two persons`);
      placed.add(key);
      return record;
    });
    persons.push(buildPerson(cluster.personId, members));
  }
  for (const record of records) {
    if (placed.has(record.key)) continue;
    throw new WhereaboutsError('WA_INTERNAL', `record ${record.key} is in no person; assign ids with assignPersonIds first`);
  }
  return persons;
}

import { WhereaboutsError } from '../errors.js';
import type { CanonicalField } from '../ingest/record.js';
import { TransmissionFlags } from '../interchange/transmission-flags.js';
import type { FlagInForce } from '../interchange/transmission-flags.js';
import type { Repository } from '../store/repository.js';
import type { StoredTransmissionFlag } from '../store/transmission-flag-repository.js';
import type { RecordRef } from './explain-pair.js';
import { cliEntry, recordAudit } from './audit-trail.js';
import { latestRecordNames } from './record-names.js';

/** What `whereabouts flag` asks. */
export interface FlagRequest {
  record: RecordRef;
  /** One field of the record, or the whole record when absent. */
  field?: CanonicalField;
  action: 'set' | 'clear';
  reason: string;
  actor: string;
}

/** What the flag did. */
export interface FlagOutcome {
  /** `unchanged`: the flag was already as asked (set twice); nothing was stored. */
  outcome: 'flagged' | 'cleared' | 'unchanged';
  /** The event stored, or the flag already in force. */
  flag: StoredTransmissionFlag | FlagInForce;
}

/**
 * Sets or clears a do-not-transmit flag on a record (or one of its fields), named by its row in
 * the latest version of its list; the flag holds the record's identity, so it follows the
 * record into later versions. Clearing a flag that is not in force is refused: it is almost
 * surely the wrong row.
 */
export async function flagRecord(store: Repository, request: FlagRequest): Promise<FlagOutcome> {
  if (request.reason.trim() === '') throw new WhereaboutsError('WA_USAGE', 'give the reason with --reason TEXT: whoever reads the flag later must know why');
  const list = await store.findList(request.record.list);
  if (list === undefined) throw new WhereaboutsError('WA_LIST_NOT_FOUND', `no list named "${request.record.list}" in ${store.location}`);
  const names = await latestRecordNames(store, new Set([list.name]));
  const version = names.versions.get(list.name)?.version;
  const identity = names.identityOf(`${list.name}:${request.record.row}`);
  if (version === undefined || identity === undefined) {
    throw new WhereaboutsError('WA_RECORD_NOT_FOUND', `list "${list.name}" has no record at row ${request.record.row} in its latest version (a quarantined or empty row is not a record)`);
  }
  const field = request.field ?? null;
  const outcome = await store.write('transmission-flags', async (writer): Promise<FlagOutcome> => {
    const inForce = TransmissionFlags.from(await writer.transmissionFlags(list.id)).flagInForce(list.name, identity, field);
    if (request.action === 'set' && inForce !== undefined) return { outcome: 'unchanged', flag: inForce };
    if (request.action === 'clear' && inForce === undefined) {
      const what = field === null ? 'the record' : `its field ${field}`;
      throw new WhereaboutsError('WA_NOTHING_TO_DO', `${list.name}:${request.record.row} has no do-not-transmit flag on ${what} to clear`);
    }
    const flag = await writer.appendTransmissionFlag({
      actor: request.actor,
      listId: list.id,
      identity,
      field,
      action: request.action,
      reason: request.reason.trim(),
      row: request.record.row,
      version: version.version,
    });
    return { outcome: request.action === 'set' ? 'flagged' : 'cleared', flag };
  });
  // The audit log names the record and field, not the reason (it may say why a family is afraid).
  if (outcome.outcome !== 'unchanged') {
    await recordAudit(store, [cliEntry(request.actor, outcome.outcome === 'flagged' ? 'do-not-transmit' : 'do-not-transmit-cleared', `list:${list.name}`, 'ok', { identity, row: request.record.row, field })]);
  }
  return outcome;
}

/** Every flag in force in the store, for `whereabouts flag` without a record. */
export async function flagsInForce(store: Repository): Promise<FlagInForce[]> {
  return TransmissionFlags.from(await store.transmissionFlags()).inForce();
}

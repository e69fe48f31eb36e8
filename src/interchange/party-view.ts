import type { Person, PersonCluster, RegisterRecord } from '../register/index.js';
import { buildRegister } from '../register/index.js';
import type { TransmissionFlags } from './transmission-flags.js';
import { withoutWithheldFields } from './transmission-flags.js';

/**
 * What a party may receive of the register (issue 14): the records of its own lists, without
 * those flagged do-not-transmit and without flagged fields, grouped into the persons they
 * belong to, each person rebuilt from those records only (claims, conflicts, timeline), and
 * numbered afresh (`R-000001`...) in the order of the register's ids, so neither a count nor a
 * gap in the numbering tells the party of a person or record it does not receive. What the
 * mediator released to it (the server's releases) is to be added here when releases exist.
 *
 * Pure; `identityOf` names a record as flags do (its list and identity).
 */
export function partyPersons(persons: readonly Person[], party: string, flags: TransmissionFlags, identityOf: (record: RegisterRecord) => string | undefined): Person[] {
  const records: RegisterRecord[] = [];
  const clusters: PersonCluster[] = [];
  const ordered = [...persons].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  for (const person of ordered) {
    const keys: string[] = [];
    for (const record of person.records) {
      if (record.party !== party) continue;
      const identity = identityOf(record);
      if (identity === undefined || flags.recordWithheld(record.list, identity)) continue;
      records.push({ ...record, fields: withoutWithheldFields(record.fields, flags.withheldFields(record.list, identity)) });
      keys.push(record.key);
    }
    if (keys.length > 0) clusters.push({ personId: `R-${String(clusters.length + 1).padStart(6, '0')}`, recordKeys: keys });
  }
  return buildRegister(records, clusters);
}

import { formatPartialDate } from '../ingest/partial-date.js';
import type { ParsedRecord } from '../ingest/record.js';
import { isDateValue } from '../register/claims.js';
import type { Person } from '../register/person.js';
import { captureDates } from './periods.js';
import type { PersonRow } from './report-model.js';

/** A record's name as its source wrote it: the full-name cell, else surname, given name, patronymic. */
export function writtenName(fields: ParsedRecord): string {
  if (fields.full_name) return fields.full_name;
  return [fields.surname, fields.given_name, fields.patronymic].filter((p) => p !== undefined && p !== '').join(' ');
}

/** A person as the persons table shows them; `period` comes from the caller's cut-offs. */
export function personRow(person: Person, period: string | undefined): PersonRow {
  const birth = person.fields.find((f) => f.field === 'birth_date');
  const best = birth?.best.value;
  const eventDates = [...new Set(captureDates(person).map(formatPartialDate))];
  return {
    personId: person.personId,
    names: person.records.map((r) => ({ recordKey: r.key, list: r.list, party: r.party, name: writtenName(r.fields) })),
    birthDate: best !== undefined && isDateValue(best) ? formatPartialDate(best) : undefined,
    birthDateClaims: [...new Set((birth?.claims ?? []).flatMap((c) => (isDateValue(c.value) ? [formatPartialDate(c.value)] : [])))],
    eventDates,
    period,
    status: person.status?.type,
    lists: [...new Set(person.records.map((r) => r.list))],
    conflictFields: [...new Set(person.conflicts.map((c) => c.field))],
    duplicatedOn: person.duplicatedOn,
  };
}

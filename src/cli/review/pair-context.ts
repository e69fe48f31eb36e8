import type { ReviewQueueItem } from '../../jobs/review-session.js';
import { eventOfRecord } from '../../register/index.js';
import type { RegisterRecord } from '../../register/index.js';
import { describeDate, EVENT_WORDS, fit, nameWithReading } from '../record-columns.js';


/** One other record of a person, on one line: where, name as written (with a reading), birth, event. */
function recordLine(record: RegisterRecord, width: number): string {
  const f = record.fields;
  const name = f.full_name ?? [f.surname, f.given_name, f.patronymic].filter((p) => p !== undefined && p !== '').join(' ');
  const parts = [`${record.key} (${record.party})`, nameWithReading(name || '(no name)')];
  if (f.birth_date !== undefined) parts.push(`born ${describeDate(f.birth_date)}`);
  if (f.event_date !== undefined) parts.push(`${EVENT_WORDS[eventOfRecord(record)]} ${describeDate(f.event_date)}`);
  return fit(`    ${parts.join(' · ')}`, width).trimEnd();
}

/**
 * What the register already says of the two records, shown under the pair: the person each is
 * in now and that person's other records, so a reviewer sees who else "same" would join (or
 * that the two are together already).
 */
export function personContextLines(item: ReviewQueueItem, width = 100): string[] {
  const { personA, personB } = item;
  if (personA !== undefined && personB !== undefined && personA.personId === personB.personId) {
    const others = personA.others.filter((r) => r.key !== item.b.key);
    return [`Both records are already together in ${personA.personId}${others.length === 0 ? '.' : ', with:'}`, ...others.map((r) => recordLine(r, width))];
  }
  const lines: string[] = [];
  for (const [side, record, person] of [['left', item.a, personA], ['right', item.b, personB]] as const) {
    if (person === undefined) continue;
    lines.push(person.others.length === 0 ? `${record.key} (${side}) is alone in ${person.personId}.` : `${record.key} (${side}) is in ${person.personId} with:`);
    for (const r of person.others) lines.push(recordLine(r, width));
  }
  return lines;
}

import { createHash } from 'node:crypto';
import type { PartialDate } from '../../ingest/partial-date.js';
import { formatPartialDate } from '../../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../../ingest/record.js';
import { recordEvent } from '../../register/status-timeline.js';
import type { StatusEventType } from '../../register/status-timeline.js';
import { pfifTime } from './pfif-fields.js';
import type { NoteField, NoteStatus } from './pfif-fields.js';
import { describedValues, writeDescription } from './pfif-description.js';
import type { PfifPersonOut } from './pfif-xml-writer.js';

/** A record to export, with what PFIF says about where it comes from. */
export interface RecordForPfif {
  list: { name: string; label: string | null; party: string | null; kind: ListKind };
  identity: string;
  row: number;
  fields: ParsedRecord;
  /** When its list version was imported (ISO): the record's source_date and entry_date. */
  importedAt: string;
  /** The retention date of its list or party (`YYYY-MM-DD`), if any: PFIF's expiry_date. */
  expiresOn?: string;
  /** The person_record_ids of the other records the register holds as the same person. */
  linkedTo: readonly string[];
  /** The other records' names as their sources wrote them: PFIF's alternate_names. */
  alternateNames: readonly string[];
  /** The record expired to a placeholder (`whereabouts expire`): only its id and dates are written. */
  expired?: boolean;
}

/** What is the same for every record of one export. */
export interface PfifExportContext {
  /** The register's PFIF domain (setting `pfifDomain`). */
  domain: string;
  /** When the register last linked its records (the latest run's end), for the link notes. */
  linkedAt?: string;
}

/**
 * A record's PFIF id: `DOMAIN/LIST/IDENTITY`. The identity (record-identity.ts) does not change
 * when the list is re-sorted or re-sent, so neither does the id: an exchange partner that holds
 * a copy recognises it on the next export.
 */
export function personRecordId(domain: string, list: string, identity: string): string {
  return `${domain}/${list}/${identity}`;
}

/** A stable note id under the domain, from what the note is about. */
function noteRecordId(domain: string, ...about: string[]): string {
  return `${domain}/note.${createHash('sha256').update(about.join('\u0000')).digest('hex').slice(0, 20)}`;
}

/** The statuses of the register's events as PFIF says them (the issue's mapping, section 4.2's values). */
const STATUS_OF_EVENT: Record<StatusEventType, NoteStatus> = {
  reported_missing: 'believed_missing',
  detention_acknowledged: 'believed_alive',
  visited: 'believed_alive',
  transferred: 'believed_alive',
  hospitalised: 'believed_alive',
  escaped: 'believed_alive',
  released: 'believed_alive',
  exchanged: 'believed_alive',
  died: 'believed_dead',
  remains_identified: 'believed_dead',
};

/** A list of enquiries (families asking after a man) is a missing list by kind; its name or label says it. */
const ENQUIRY_LIST = /enquir|inquir|запрос|розыск|sorğu|հարցում/iu;

/** The PFIF status of a record: what its list (and its status column) says happened to him. */
export function pfifStatus(record: Pick<RecordForPfif, 'list' | 'row' | 'fields'>): NoteStatus | undefined {
  const event = recordEvent({ key: `${record.list.name}:${record.row}`, list: record.list.name, party: record.list.party ?? '', listKind: record.list.kind, row: record.row, fields: record.fields });
  if (event === undefined) return undefined;
  if (event.type === 'reported_missing' && ENQUIRY_LIST.test(`${record.list.name} ${record.list.label ?? ''}`)) return 'information_sought';
  return STATUS_OF_EVENT[event.type];
}

const EVENT_WORDS: Record<NoteStatus, string> = {
  believed_missing: 'reported missing',
  believed_alive: 'reported alive',
  believed_dead: 'reported dead',
  information_sought: 'sought by an enquiry',
  is_note_author: 'the note’s author',
};

/** The full name as the list wrote it, else its parts surname first, as the region's lists write them. */
export function fullNameOf(fields: ParsedRecord): string | undefined {
  if (fields.full_name !== undefined && fields.full_name.trim() !== '') return fields.full_name.trim();
  const parts = [fields.surname, fields.given_name, fields.patronymic].filter((p): p is string => p !== undefined && p.trim() !== '');
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** PFIF's approximate date: what is certain. A date whose day and month could be swapped gives its year only. */
export function approxDate(date: PartialDate): string {
  return date.alternative === undefined ? formatPartialDate(date) : String(date.year).padStart(4, '0');
}

/** A day the note's change took effect: the event's date when the list gives its day. */
function effectiveTime(date: PartialDate | undefined, fallback: string): string {
  if (date !== undefined && date.day !== undefined && date.month !== undefined && date.alternative === undefined) return `${formatPartialDate(date)}T00:00:00Z`;
  return pfifTime(fallback);
}

/**
 * PFIF's placeholder of an expired record (section 3.3): its id and dates, every other field
 * empty. full_name is written empty because the schema requires the element; a partner that
 * holds a copy expires it when it sees this.
 */
function expiredPlaceholder(record: RecordForPfif, id: string): PfifPersonOut {
  return {
    fields: {
      person_record_id: id,
      entry_date: pfifTime(record.importedAt),
      expiry_date: `${record.expiresOn ?? record.importedAt.slice(0, 10)}T00:00:00Z`,
      source_date: pfifTime(record.importedAt),
      full_name: '',
    },
    notes: [],
  };
}

/**
 * One record as a PFIF 1.4 person with its notes: a status note (what its list says happened,
 * where, when) and a note for each record the register holds as the same person
 * (`linked_person_record_id`; the other record's export carries the note the other way).
 * Fields PFIF has no element for go into `description` as labelled lines (pfif-description.ts).
 * Undefined when the record has no name left to send (every name field withheld).
 */
export function recordToPfif(record: RecordForPfif, context: PfifExportContext): PfifPersonOut | undefined {
  const { fields, list } = record;
  const id = personRecordId(context.domain, list.name, record.identity);
  if (record.expired === true) return expiredPlaceholder(record, id);
  const fullName = fullNameOf(fields);
  if (fullName === undefined) return undefined;
  const described = describedValues(fields);
  // The date as written when PFIF's form would lose something (its text, or the other reading).
  if (fields.birth_date !== undefined && fields.birth_date.text === approxDate(fields.birth_date)) delete described.birth_date;
  const source = `${list.label ?? list.name}${list.party === null ? '' : ` (${list.party})`}`;
  const alternates = [...new Set(record.alternateNames.map((n) => n.trim()))].filter((n) => n !== '' && n !== fullName);
  const person: PfifPersonOut = {
    fields: {
      person_record_id: id,
      entry_date: pfifTime(record.importedAt),
      ...(record.expiresOn === undefined ? {} : { expiry_date: `${record.expiresOn}T00:00:00Z` }),
      ...(list.party === null ? {} : { author_name: list.party }),
      source_name: source,
      source_date: pfifTime(record.importedAt),
      full_name: fullName,
      ...(fields.given_name === undefined ? {} : { given_name: fields.given_name }),
      ...(fields.surname === undefined ? {} : { family_name: fields.surname }),
      ...(alternates.length === 0 ? {} : { alternate_names: alternates.join('\n') }),
      description: writeDescription(described),
      ...(fields.sex === undefined ? {} : { sex: fields.sex }),
      ...(fields.birth_date === undefined ? {} : { date_of_birth: approxDate(fields.birth_date) }),
    },
    notes: [],
  };
  const status = pfifStatus(record);
  if (status !== undefined || fields.place !== undefined) {
    const when = fields.event_date === undefined ? '' : `, event date ${fields.event_date.text}`;
    const note: Partial<Record<NoteField, string>> = {
      note_record_id: noteRecordId(context.domain, id, 'status'),
      person_record_id: id,
      entry_date: pfifTime(record.importedAt),
      author_name: source,
      source_date: effectiveTime(fields.event_date, record.importedAt),
      ...(status === undefined ? {} : { status }),
      ...(fields.place === undefined ? {} : { last_known_location: fields.place }),
      text: `${status === undefined ? 'Listed' : `${EVENT_WORDS[status][0]?.toUpperCase()}${EVENT_WORDS[status].slice(1)}`} on list ${list.label ?? list.name}, row ${record.row}${when}.`,
    };
    person.notes.push(note);
  }
  for (const linked of record.linkedTo) {
    person.notes.push({
      note_record_id: noteRecordId(context.domain, id, 'same', linked),
      person_record_id: id,
      linked_person_record_id: linked,
      author_name: `${context.domain} register`,
      source_date: pfifTime(context.linkedAt ?? record.importedAt),
      text: 'The register holds both records as one person: a match of names, dates and places, or a tracing officer’s decision.',
    });
  }
  return person;
}

import { readDateCell } from '../../ingest/dates.js';
import type { PartialDate } from '../../ingest/partial-date.js';
import type { CellWarning, IngestRow, ParsedRecord, QuarantinedRow } from '../../ingest/record.js';
import { readSexCell } from '../../ingest/sex-values.js';
import { splitFullName } from '../../names/full-name.js';
import type { PfifNote, PfifPerson } from './pfif-document.js';
import { readDescription } from './pfif-description.js';

/** A PFIF person read as a list row, or quarantined with its reason. */
export type PfifRow = { ok: true; row: IngestRow } | { ok: false; row: QuarantinedRow };

/** A link a note makes: the author believes both person records name one person. */
export interface PfifLink {
  from: string;
  to: string;
  /** Who said so, and why (the note's author_name and text). */
  author: string;
  text: string;
}

/** The columns a PFIF list is read by: PFIF field → canonical field (docs/interchange.md). */
export const PFIF_COLUMNS = [
  { header: 'person_record_id', field: 'record_id' },
  { header: 'full_name', field: 'full_name' },
  { header: 'given_name', field: 'given_name' },
  { header: 'family_name', field: 'surname' },
  { header: 'sex', field: 'sex' },
  { header: 'date_of_birth', field: 'birth_date' },
  { header: 'description', field: 'notes' },
  { header: 'note status', field: 'status' },
  { header: 'note last_known_location', field: 'place' },
] as const;

/** Dates in PFIF are ISO (`YYYY-MM-DD`); labelled dates in a description are as their list wrote them. */
const DATE_CONTEXT = { order: 'unsettled', twoDigitYearPivot: new Date().getUTCFullYear() % 100 } as const;

/** The notes of a person in the order their changes took effect (source_date), unknown dates first. */
function byEffect(notes: readonly PfifNote[]): PfifNote[] {
  return [...notes].sort((a, b) => {
    const x = a.fields['source_date'] ?? '';
    const y = b.fields['source_date'] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * Every element of the person as a raw cell, as written: its fields, the elements PFIF does
 * not define, and its notes' fields (`note 1 status`...), so nothing of the document is lost.
 */
function rawCells(person: PfifPerson): Record<string, string> {
  const raw: Record<string, string> = { ...person.fields };
  for (const [name, text] of person.unknown) raw[name in raw ? `${name} (again)` : name] = text;
  person.notes.forEach((note, i) => {
    for (const [field, value] of Object.entries(note.fields)) raw[`note ${i + 1} ${field}`] = value;
    for (const [name, text] of note.unknown) raw[`note ${i + 1} ${name}`] = text;
  });
  return raw;
}

function readDate(text: string, column: string, warnings: CellWarning[]): PartialDate | undefined {
  const reading = readDateCell(text, DATE_CONTEXT);
  if (reading === undefined) return undefined;
  if ('problem' in reading) {
    warnings.push({ column, reason: `date not understood: ${reading.problem}` });
    return undefined;
  }
  return reading.date;
}

/**
 * A PFIF person as a row of a list (docs/interchange.md, "PFIF mapping"): person_record_id is
 * the record's id, family and given names its name parts, the latest note that says so gives
 * its status and place; labelled lines of the description give the fields PFIF lacks, the
 * rest of it the notes. An expired placeholder, or a person with no id or no name, is
 * quarantined with its reason. `row` is the person's place in the document.
 */
export function pfifPersonToRow(person: PfifPerson, row: number): PfifRow {
  const f = person.fields;
  const raw = rawCells(person);
  const where = { row, sourceRow: person.line };
  if (f['person_record_id'] === undefined) return { ok: false, row: { ...where, raw, reason: 'the person has no person_record_id', column: 'person_record_id' } };
  if (f['full_name'] === undefined && f['given_name'] === undefined && f['family_name'] === undefined) {
    const expired = f['expiry_date'] !== undefined;
    return { ok: false, row: { ...where, raw, reason: expired ? 'an expired record (PFIF placeholder): only its id and dates are left' : 'the person has no full_name, given_name or family_name', column: 'full_name' } };
  }
  const warnings: CellWarning[] = [];
  const fields: ParsedRecord = { record_id: f['person_record_id'] };
  // A person with several full names writes one a line, the most used first.
  const fullName = f['full_name']?.split('\n')[0]?.trim();
  if (fullName !== undefined && fullName !== '') fields.full_name = fullName;
  if (f['given_name'] !== undefined) fields.given_name = f['given_name'];
  if (f['family_name'] !== undefined) fields.surname = f['family_name'];
  const sex = f['sex'] === undefined ? undefined : readSexCell(f['sex']);
  if (sex !== undefined) fields.sex = sex;
  else if (f['sex'] !== undefined) warnings.push({ column: 'sex', reason: `"${f['sex']}" is not female, male or other` });

  const { values, rest } = readDescription(f['description'] ?? '');
  for (const field of ['patronymic', 'birth_place', 'citizenship', 'unit', 'rank', 'service_number', 'status', 'place', 'notes'] as const) {
    if (values[field] !== undefined && values[field] !== '') fields[field] = values[field];
  }
  if (rest !== '') fields.notes = fields.notes === undefined ? rest : `${rest}\n${fields.notes}`;
  const birth = values.birth_date ?? f['date_of_birth'];
  if (birth !== undefined) {
    const date = readDate(birth, values.birth_date === undefined ? 'date_of_birth' : 'description', warnings);
    if (date !== undefined) fields.birth_date = date;
  }
  if (values.event_date !== undefined) {
    const date = readDate(values.event_date, 'description', warnings);
    if (date !== undefined) fields.event_date = date;
  }
  const notes = byEffect(person.notes);
  const status = notes.findLast((n) => n.fields['status'] !== undefined)?.fields['status'];
  // PFIF's words for a status, as words the status timeline reads ("believed dead" is a death).
  if (fields.status === undefined && status !== undefined) fields.status = status.replaceAll('_', ' ');
  const location = notes.findLast((n) => n.fields['last_known_location'] !== undefined)?.fields['last_known_location'];
  if (fields.place === undefined && location !== undefined) fields.place = location;
  if (fields.surname === undefined && fields.given_name === undefined && fields.full_name !== undefined) {
    const parts = splitFullName(fields.full_name);
    if (parts.surname !== undefined) fields.surname = parts.surname;
    if (parts.given_name !== undefined) fields.given_name = parts.given_name;
    if (parts.patronymic !== undefined && fields.patronymic === undefined) fields.patronymic = parts.patronymic;
  }
  return { ok: true, row: { ...where, raw, fields, warnings } };
}

/** The links a person's notes make to other persons (never to itself). */
export function pfifLinks(person: PfifPerson): PfifLink[] {
  const from = person.fields['person_record_id'];
  if (from === undefined) return [];
  const links: PfifLink[] = [];
  for (const note of person.notes) {
    const to = note.fields['linked_person_record_id'];
    if (to === undefined || to === from) continue;
    links.push({ from, to, author: note.fields['author_name'] ?? '', text: note.fields['text'] ?? '' });
  }
  return links;
}

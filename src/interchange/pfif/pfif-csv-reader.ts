import { parse } from 'csv-parse/sync';
import { WhereaboutsError } from '../../errors.js';
import type { PfifDocument, PfifNote, PfifPerson } from './pfif-document.js';
import { NOTE_FIELDS, PERSON_FIELDS, RENAMED_FIELDS } from './pfif-fields.js';

/** Note fields that a CSV row gives its note (person_record_id and author_name are the person's). */
const NOTE_ONLY: ReadonlySet<string> = new Set(NOTE_FIELDS.filter((f) => f !== 'person_record_id' && f !== 'author_name' && f !== 'author_email' && f !== 'author_phone' && f !== 'source_date' && f !== 'entry_date' && f !== 'photo_url'));
const PERSON: ReadonlySet<string> = new Set(PERSON_FIELDS);

/** Whether a CSV header row is PFIF's: PFIF field names, a person_record_id and a name among them. */
export function isPfifCsvHeader(header: readonly string[]): boolean {
  const names = new Set(header.map((h) => h.trim()));
  return names.has('person_record_id') && (names.has('full_name') || names.has('given_name') || names.has('family_name') || names.has('first_name') || names.has('last_name'));
}

/**
 * Reads PFIF as CSV. The specification defines only XML; this is the form Person Finder's
 * importer takes (its sample-import.csv): one column per PFIF field, a row per person, or per
 * note when several rows repeat a person_record_id with note fields (note_record_id, status,
 * last_known_location, text...). Columns that are no PFIF field are kept as unknown elements.
 */
export function readPfifCsv(text: string, file: string): PfifDocument {
  let rows: string[][];
  try {
    rows = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `${file} cannot be read as CSV: ${(error as Error).message}`, { cause: error, location: { file } });
  }
  const [header, ...data] = rows;
  if (header === undefined || !isPfifCsvHeader(header)) {
    throw new WhereaboutsError('WA_HEADER_INVALID', `${file} is not PFIF CSV: its header must name person_record_id and full_name (or given_name, family_name) as PFIF does`, { location: { file } });
  }
  const names = header.map((h) => RENAMED_FIELDS[h.trim()] ?? h.trim());
  const persons: PfifPerson[] = [];
  const byId = new Map<string, PfifPerson>();
  data.forEach((cells, i) => {
    const line = i + 2;
    const fields: Record<string, string> = {};
    const note: PfifNote = { fields: {}, unknown: [], line };
    const unknown: [string, string][] = [];
    names.forEach((name, c) => {
      const value = (cells[c] ?? '').trim();
      if (value === '') return;
      if (NOTE_ONLY.has(name)) note.fields[name] = value;
      else if (PERSON.has(name)) fields[name] = value;
      else unknown.push([header[c] as string, value]);
    });
    const id = fields['person_record_id'];
    let person = id === undefined ? undefined : byId.get(id);
    if (person === undefined) {
      person = { fields, unknown, line, notes: [] };
      persons.push(person);
      if (id !== undefined) byId.set(id, person);
    }
    if (Object.keys(note.fields).length > 0) {
      if (id !== undefined) note.fields['person_record_id'] = id;
      if (fields['author_name'] !== undefined) note.fields['author_name'] = fields['author_name'];
      if (fields['source_date'] !== undefined) note.fields['source_date'] = fields['source_date'];
      person.notes.push(note);
    }
  });
  return { version: '1.4', persons, orphanNotes: [] };
}

import { NOTE_FIELDS, PERSON_FIELDS, PFIF_1_4 } from './pfif-fields.js';
import type { NoteField, PersonField } from './pfif-fields.js';

/** A person record to write: its fields (empty ones are left out) and its notes. */
export interface PfifPersonOut {
  fields: Partial<Record<PersonField, string>>;
  notes: Partial<Record<NoteField, string>>[];
}

/**
 * Text as XML 1.0 character data: the characters XML cannot hold at all (controls other than
 * tab and line breaks, lone surrogates, U+FFFE and U+FFFF) dropped, markup characters escaped.
 */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '');
  return clean.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The fields PFIF requires in a person: written even when empty (an expired placeholder's full_name). */
const REQUIRED: ReadonlySet<string> = new Set(['person_record_id', 'source_date', 'full_name']);

function fieldsXml<F extends string>(order: readonly F[], fields: Partial<Record<F, string>>, indent: string): string {
  let out = '';
  for (const field of order) {
    const value = fields[field];
    if (value === undefined || (value === '' && !REQUIRED.has(field))) continue;
    out += `${indent}<pfif:${field}>${xmlText(value)}</pfif:${field}>\n`;
  }
  return out;
}

/** The start of a PFIF 1.4 document. */
export const PFIF_HEADER = `<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="${PFIF_1_4}">\n`;
/** The end of a PFIF 1.4 document. */
export const PFIF_FOOTER = '</pfif:pfif>\n';

/**
 * One person element with its notes inside it, fields in the specification's order (the order
 * does not matter to PFIF readers, but a fixed one makes two exports comparable line by line).
 */
export function pfifPersonXml(person: PfifPersonOut): string {
  let out = `  <pfif:person>\n${fieldsXml(PERSON_FIELDS, person.fields, '    ')}`;
  for (const note of person.notes) out += `    <pfif:note>\n${fieldsXml(NOTE_FIELDS, note, '      ')}    </pfif:note>\n`;
  return `${out}  </pfif:person>\n`;
}

import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { WhereaboutsError } from '../../errors.js';
import type { PfifDocument, PfifNote, PfifPerson, PfifRecord } from './pfif-document.js';
import { NOTE_FIELDS, PERSON_FIELDS, PFIF_NAMESPACES, RENAMED_FIELDS } from './pfif-fields.js';
import type { PfifVersion } from './pfif-fields.js';

const PERSON_NAMES: ReadonlySet<string> = new Set([...PERSON_FIELDS, 'first_name', 'last_name', 'home_zip', 'other']);
const NOTE_NAMES: ReadonlySet<string> = new Set([...NOTE_FIELDS, 'found']);

const isPfif = (uri: string): boolean => uri in PFIF_NAMESPACES;

/** An element being read: what it is, and the text gathered inside it. */
interface Open {
  kind: 'root' | 'person' | 'note' | 'field' | 'unknown' | 'ignored';
  /** The field's 1.4 name (field), or the element's qualified name as written (unknown). */
  name: string;
  text: string;
  record?: PfifRecord;
}

function newRecord(line: number): PfifRecord {
  return { fields: {}, unknown: [], line };
}

/**
 * Reads a PFIF 1.1-1.4 XML document (already decoded to text). Persons come with the notes
 * written inside them and the notes outside that name them; PFIF fields of earlier versions get
 * their 1.4 names; elements PFIF does not define are kept as written. Values are trimmed, as
 * Person Finder trims them.
 *
 * Refuses (WA_FILE_UNREADABLE, naming line and column) a document that is not well-formed XML,
 * declares a DOCTYPE (entities are never expanded: no external or billion-laughs entities), or
 * whose root is not a PFIF `pfif` element.
 *
 * @example
 * const doc = readPfifXml(text, 'people.xml');
 * doc.persons[0]?.fields['full_name'];
 */
export function readPfifXml(text: string, file: string): PfifDocument {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Open[] = [];
  const persons: PfifPerson[] = [];
  const outsideNotes: PfifNote[] = [];
  let version: PfifVersion | undefined;
  let currentPerson: PfifPerson | undefined;
  const fail = (message: string, line = parser.line, column = parser.column + 1): never => {
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `${file} is not a PFIF document: ${message} (line ${line}, column ${column})`, {
      location: { file, row: line },
    });
  };

  parser.on('error', (error) => fail(error.message.replace(/^[^:]*:\d+:\d+: /, '')));
  parser.on('doctype', () => fail('it declares a DOCTYPE, which PFIF does not use (entities are never expanded)'));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parent = stack.at(-1);
    const uri = tag.uri;
    const line = parser.line;
    if (parent === undefined) {
      if (!isPfif(uri) || tag.local !== 'pfif') fail(`its root element is <${tag.name}>${uri === '' ? '' : ` in ${uri}`}, not <pfif:pfif> in a namespace http://zesty.ca/pfif/1.1 to 1.4`);
      version = PFIF_NAMESPACES[uri as keyof typeof PFIF_NAMESPACES];
      stack.push({ kind: 'root', name: tag.name, text: '' });
      return;
    }
    if (parent.kind === 'root') {
      if (isPfif(uri) && tag.local === 'person') {
        currentPerson = { ...newRecord(line), notes: [] };
        stack.push({ kind: 'person', name: tag.name, text: '', record: currentPerson });
      } else if (isPfif(uri) && tag.local === 'note') {
        const note = newRecord(line);
        outsideNotes.push(note);
        stack.push({ kind: 'note', name: tag.name, text: '', record: note });
      } else stack.push({ kind: 'ignored', name: tag.name, text: '' });
      return;
    }
    if (parent.kind === 'person' && isPfif(uri) && tag.local === 'note') {
      const note = newRecord(line);
      (parent.record as PfifPerson).notes.push(note);
      stack.push({ kind: 'note', name: tag.name, text: '', record: note });
      return;
    }
    if (parent.kind === 'person' || parent.kind === 'note') {
      const names = parent.kind === 'person' ? PERSON_NAMES : NOTE_NAMES;
      if (isPfif(uri) && names.has(tag.local)) stack.push({ kind: 'field', name: RENAMED_FIELDS[tag.local] ?? tag.local, text: '', record: parent.record as PfifRecord });
      else stack.push({ kind: 'unknown', name: tag.name, text: '', record: parent.record as PfifRecord });
      return;
    }
    // Markup inside a field: its text counts as the field's (a sender's <b> in a description).
    stack.push({ kind: 'ignored', name: tag.name, text: '' });
  });
  const addText = (chunk: string): void => {
    // Text of an element nested in a field belongs to the nearest field or unknown element.
    for (let i = stack.length - 1; i >= 0; i--) {
      const open = stack[i] as Open;
      if (open.kind === 'field' || open.kind === 'unknown') {
        open.text += chunk;
        return;
      }
      if (open.kind !== 'ignored') return;
    }
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const open = stack.pop() as Open;
    if (open.kind === 'field') {
      const record = open.record as PfifRecord;
      const value = open.text.trim();
      // A field written twice keeps its first value; Person Finder would join them.
      if (value !== '' && !(open.name in record.fields)) record.fields[open.name] = value;
    } else if (open.kind === 'unknown') {
      (open.record as PfifRecord).unknown.push([open.name, open.text.trim()]);
    } else if (open.kind === 'person') {
      persons.push(open.record as PfifPerson);
      currentPerson = undefined;
    } else if (open.kind === 'note' && currentPerson !== undefined) {
      // A note inside a person belongs to it, whatever person_record_id it names.
      const id = currentPerson.fields['person_record_id'];
      const note = open.record as PfifNote;
      if (id !== undefined && note.fields['person_record_id'] === undefined) note.fields['person_record_id'] = id;
    }
  });

  // A byte-order mark is not part of the document.
  parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  parser.close();
  if (version === undefined) fail('it holds no element', 1, 1);

  // Notes inside a person that were read before its id: they take the id now.
  for (const person of persons) {
    const id = person.fields['person_record_id'];
    if (id !== undefined) for (const note of person.notes) note.fields['person_record_id'] ??= id;
  }
  const byId = new Map<string, PfifPerson>();
  for (const person of persons) {
    const id = person.fields['person_record_id'];
    if (id !== undefined && !byId.has(id)) byId.set(id, person);
  }
  const orphanNotes: PfifNote[] = [];
  for (const note of outsideNotes) {
    const owner = note.fields['person_record_id'] === undefined ? undefined : byId.get(note.fields['person_record_id']);
    if (owner === undefined) orphanNotes.push(note);
    else owner.notes.push(note);
  }
  return { version: version as PfifVersion, persons, orphanNotes };
}

import type { PfifVersion } from './pfif-fields.js';

/**
 * A PFIF document as read: its person records (each with the notes written inside it and the
 * notes written outside that name it) and the notes that name no person in the document.
 * Field values are as written, trimmed; fields of earlier versions carry their 1.4 names.
 */
export interface PfifDocument {
  version: PfifVersion;
  persons: PfifPerson[];
  /** Notes outside every person whose person_record_id names no person of the document. */
  orphanNotes: PfifNote[];
}

/** One record (person or note): its PFIF fields, and any element PFIF does not define. */
export interface PfifRecord {
  /** PFIF fields by their 1.4 names, in the order they were written. */
  fields: Record<string, string>;
  /** Elements the specification does not define (another namespace, or a misspelt name), as written: qualified name and text. */
  unknown: [string, string][];
  /** The line of the document the record starts on. */
  line: number;
}

export interface PfifPerson extends PfifRecord {
  notes: PfifNote[];
}

export type PfifNote = PfifRecord;

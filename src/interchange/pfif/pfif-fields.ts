/**
 * What the PFIF specifications (1.1 to 1.4, zesty.ca/pfif) name: their namespaces, the fields
 * of person and note records in 1.4, the fields renamed since 1.1, and the values some fields
 * take. Plain data: the reader, the writer and the schema tests all use it.
 */

/** The PFIF versions whereabouts reads, by namespace. It writes 1.4 only. */
export const PFIF_NAMESPACES = {
  'http://zesty.ca/pfif/1.1': '1.1',
  'http://zesty.ca/pfif/1.2': '1.2',
  'http://zesty.ca/pfif/1.3': '1.3',
  'http://zesty.ca/pfif/1.4': '1.4',
} as const satisfies Record<string, string>;

export type PfifVersion = (typeof PFIF_NAMESPACES)[keyof typeof PFIF_NAMESPACES];

/** The namespace whereabouts writes. */
export const PFIF_1_4 = 'http://zesty.ca/pfif/1.4';

/** The 25 fields of a 1.4 person record, in the specification's order (the order we write). */
export const PERSON_FIELDS = [
  'person_record_id',
  'entry_date',
  'expiry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_name',
  'source_date',
  'source_url',
  'full_name',
  'given_name',
  'family_name',
  'alternate_names',
  'description',
  'sex',
  'date_of_birth',
  'age',
  'home_street',
  'home_neighborhood',
  'home_city',
  'home_state',
  'home_postal_code',
  'home_country',
  'photo_url',
  'profile_urls',
] as const;

/** The fields of a 1.4 note record, in the specification's order. */
export const NOTE_FIELDS = [
  'note_record_id',
  'person_record_id',
  'linked_person_record_id',
  'entry_date',
  'author_name',
  'author_email',
  'author_phone',
  'source_date',
  'author_made_contact',
  'status',
  'email_of_found_person',
  'phone_of_found_person',
  'last_known_location',
  'text',
  'photo_url',
] as const;

export type PersonField = (typeof PERSON_FIELDS)[number];
export type NoteField = (typeof NOTE_FIELDS)[number];

/** Fields every 1.4 person must have (section 5 of the specification). */
export const REQUIRED_PERSON_FIELDS: readonly PersonField[] = ['person_record_id', 'source_date', 'full_name'];
/** Fields every 1.4 note must have; a note outside a person also needs its person_record_id. */
export const REQUIRED_NOTE_FIELDS: readonly NoteField[] = ['note_record_id', 'author_name', 'source_date', 'text'];

/**
 * Fields of earlier versions under their 1.4 names: 1.2 renamed home_zip, 1.4 renamed
 * first_name, last_name, found and other.
 */
export const RENAMED_FIELDS: Readonly<Record<string, PersonField | NoteField>> = {
  home_zip: 'home_postal_code',
  first_name: 'given_name',
  last_name: 'family_name',
  found: 'author_made_contact',
  other: 'description',
};

/** The values of a note's status (section 4.2). */
export const NOTE_STATUSES = ['information_sought', 'is_note_author', 'believed_alive', 'believed_missing', 'believed_dead'] as const;
export type NoteStatus = (typeof NOTE_STATUSES)[number];

/** The time format of entry_date, expiry_date and source_date: UTC, `YYYY-MM-DDThh:mm:ssZ`. */
export const PFIF_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** date_of_birth: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PFIF_APPROX_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A time as PFIF writes it: ISO 8601 UTC to the second. */
export function pfifTime(date: Date | string): string {
  return `${new Date(date).toISOString().slice(0, 19)}Z`;
}

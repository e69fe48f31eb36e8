import type { PartialDate } from '../ingest/partial-date.js';
import { formatPartialDate } from '../ingest/partial-date.js';
import type { CanonicalField, ParsedRecord } from '../ingest/record.js';
import { detectScript, transliterate } from '../names/index.js';
import type { EventKind } from '../register/index.js';

/** A record as the terminal shows it in a column: a heading and its fields as written. */
export interface RecordColumn {
  /** e.g. `home-missing:12 (home)`. */
  heading: string;
  fields: ParsedRecord;
  /** What the record's event date and place are of ("captured", "visited"), shown before them. */
  event?: string;
}

/** The order fields are shown in: who, then when and where, then the rest. */
const SHOWN_FIELDS: readonly CanonicalField[] = [
  'surname',
  'given_name',
  'patronymic',
  'full_name',
  'sex',
  'birth_date',
  'birth_place',
  'citizenship',
  'unit',
  'rank',
  'service_number',
  'event_date',
  'place',
  'status',
  'notes',
  'record_id',
];

const NAME_FIELDS: ReadonlySet<CanonicalField> = new Set(['surname', 'given_name', 'patronymic', 'full_name']);

/** Each event as the person and review screens name it ("captured: 21.10.2020"). */
export const EVENT_WORDS: Readonly<Record<EventKind, string>> = { disappearance: 'disappeared', capture: 'captured', visit: 'visited', release: 'released', death: 'died', event: 'event' };

/** Field labels short enough for a 100-column terminal. */
export const FIELD_LABELS: Readonly<Record<CanonicalField, string>> = {
  record_id: 'record id',
  surname: 'surname',
  given_name: 'given name',
  patronymic: 'father/patr.',
  full_name: 'full name',
  sex: 'sex',
  birth_date: 'born',
  birth_place: 'birth place',
  citizenship: 'citizenship',
  unit: 'unit',
  rank: 'rank',
  service_number: 'service no.',
  event_date: 'event date',
  place: 'place',
  status: 'status',
  notes: 'notes',
};

const capitalise = (word: string): string => (word === '' ? word : word[0]!.toUpperCase() + word.slice(1));

/**
 * A name as written, with a Latin reading beside it when it is in another script, so a reader
 * who does not read Armenian still sees "Մովսիսյան (Movsisyan)".
 */
export function nameWithReading(text: string): string {
  const script = detectScript(text);
  if (script === 'latin' || script === 'other') return text;
  const reading = text
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((word) => capitalise(transliterate(word)[0] ?? word))
    .join(' ');
  return reading === '' ? text : `${text} (${reading})`;
}

/** A date as the source wrote it, with its ISO reading (and the swapped one) when they differ. */
export function describeDate(date: PartialDate): string {
  const iso = formatPartialDate(date);
  const readings = [iso];
  if (date.alternative !== undefined) readings.push(formatPartialDate({ ...date, ...date.alternative }));
  return date.text === iso && readings.length === 1 ? iso : `${date.text} (${readings.join(' or ')})`;
}

/** A field's value as shown: names with their reading, dates with theirs, text as written. */
export function describeField(field: CanonicalField, fields: ParsedRecord): string | undefined {
  const value = fields[field];
  if (value === undefined) return undefined;
  if (typeof value === 'object') return describeDate(value);
  if (NAME_FIELDS.has(field)) return nameWithReading(value);
  return value;
}

/** Cuts text to `width` characters (code points), marking the cut with an ellipsis. */
export function fit(text: string, width: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  if (chars.length <= width) return chars.join('') + ' '.repeat(width - chars.length);
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/** Splits text into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, columns: number): string[] {
  // Below one character per line nothing can be laid out; one is the least that terminates.
  const width = Math.max(1, columns);
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = [...word];
    while (rest.length > width) {
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    line = rest.join('');
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}

const LABEL_WIDTH = 13;

/**
 * Records side by side, one column each, one line per field any of them gives; a field given by
 * some records only shows "-" for the others. Long values wrap within their column. Columns are
 * as wide as `width` allows (at least 20 characters; more records than fit go into further
 * blocks below).
 */
export function recordColumns(records: readonly RecordColumn[], columns = 100): string[] {
  const width = Math.max(columns, LABEL_WIDTH + 21);
  const perBlock = Math.max(1, Math.min(records.length, Math.floor((width - LABEL_WIDTH) / 21)));
  const lines: string[] = [];
  for (let start = 0; start < records.length; start += perBlock) {
    const block = records.slice(start, start + perBlock);
    const columnWidth = Math.floor((width - LABEL_WIDTH) / block.length) - 2;
    if (start > 0) lines.push('');
    const row = (label: string, cells: string[][]): void => {
      const height = Math.max(...cells.map((c) => c.length));
      for (let i = 0; i < height; i++) {
        const text = cells.map((c) => fit(c[i] ?? '', columnWidth)).join('  ');
        lines.push(`${fit(i === 0 ? label : '', LABEL_WIDTH)}${text}`.trimEnd());
      }
    };
    row('', block.map((r) => wrap(r.heading, columnWidth)));
    lines.push(`${' '.repeat(LABEL_WIDTH)}${block.map(() => '-'.repeat(columnWidth)).join('  ')}`);
    for (const field of SHOWN_FIELDS) {
      // Dates and places of different events sit in one row: each says which event it is of.
      const of = (r: RecordColumn, value: string | undefined) => (value === undefined || r.event === undefined || (field !== 'event_date' && field !== 'place') ? value : `${r.event}: ${value}`);
      const values = block.map((r) => of(r, describeField(field, r.fields)));
      if (values.every((v) => v === undefined)) continue;
      row(FIELD_LABELS[field], values.map((v) => (v === undefined ? ['-'] : wrap(v, columnWidth))));
    }
  }
  return lines;
}

import type { CanonicalField, ParsedRecord } from '../../ingest/record.js';

/**
 * The fields PFIF has no element for, carried in a person's `description` as labelled lines,
 * the convention PFIF 1.1-1.3 used for their `other` field ("label: value", a value's further
 * lines indented by four spaces). whereabouts writes them so that its own documents come back
 * whole, and reads them from any sender that uses the same labels; a description without them
 * is read as the record's notes.
 */
export const DESCRIBED_FIELDS = ['patronymic', 'birth_date', 'birth_place', 'citizenship', 'unit', 'rank', 'service_number', 'event_date', 'place', 'status', 'notes'] as const satisfies readonly CanonicalField[];

export type DescribedField = (typeof DESCRIBED_FIELDS)[number];

const INDENT = '    ';
const LABEL = /^([a-z_]+):[ \t]?(.*)$/;

/** Writes the labelled lines, in the order of {@link DESCRIBED_FIELDS}. */
export function writeDescription(values: Partial<Record<DescribedField, string>>): string {
  const lines: string[] = [];
  for (const field of DESCRIBED_FIELDS) {
    const value = values[field];
    if (value === undefined || value.trim() === '') continue;
    const [first, ...rest] = value.trim().split(/\r\n|\r|\n/);
    lines.push(`${field}: ${first}`, ...rest.map((line) => `${INDENT}${line}`));
  }
  return lines.join('\n');
}

/**
 * Reads a description back: the labelled lines it holds, by field, and what is left (lines
 * before the first label, or the whole text when a line does not fit the convention).
 */
export function readDescription(text: string): { values: Partial<Record<DescribedField, string>>; rest: string } {
  const values: Partial<Record<DescribedField, string>> = {};
  const known: ReadonlySet<string> = new Set(DESCRIBED_FIELDS);
  let current: DescribedField | undefined;
  const rest: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const labelled = LABEL.exec(line);
    if (labelled !== null && known.has(labelled[1] as string)) {
      current = labelled[1] as DescribedField;
      values[current] = (labelled[2] as string).trim();
    } else if (current !== undefined && line.startsWith(INDENT)) {
      values[current] = `${values[current] ?? ''}\n${line.slice(INDENT.length)}`;
    } else {
      current = undefined;
      rest.push(line);
    }
  }
  return { values, rest: rest.join('\n').trim() };
}

/** The described values of a record, as its fields hold them (dates as written). */
export function describedValues(fields: ParsedRecord): Partial<Record<DescribedField, string>> {
  const out: Partial<Record<DescribedField, string>> = {};
  for (const field of DESCRIBED_FIELDS) {
    // The place goes in a note's last_known_location, where PFIF readers look for it.
    if (field === 'place') continue;
    const value = fields[field];
    if (value === undefined) continue;
    out[field] = typeof value === 'string' ? value : value.text;
  }
  return out;
}

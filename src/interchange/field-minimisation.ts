import type { ColumnMapping } from '../ingest/list-source.js';
import type { CanonicalField } from '../ingest/record.js';

/**
 * Field minimisation (issue 14): only what the tracing purpose needs. The Third Geneva
 * Convention, Art. 17, asks a prisoner for surname, first names, rank, date of birth and serial
 * number; with the list's own id and the name as a list writes it (full name, patronymic), that
 * is the minimum every list may hold. The register's settings (`listFields`) say which further
 * fields a list may hold; `inspect` and the import summary name the columns a file brings beyond
 * the minimum, and `--drop-column` keeps a column out of the store, raw row included.
 */
export const ART_17_FIELDS: readonly CanonicalField[] = ['record_id', 'surname', 'given_name', 'patronymic', 'full_name', 'rank', 'birth_date', 'service_number'];

/** The setting: fields lists may hold beyond the minimum, for every list and per list. */
export interface ListFieldsSetting {
  /** For every list without its own entry; absent: no rule. */
  default?: CanonicalField[];
  lists?: Record<string, CanonicalField[]>;
}

/** A column beyond the minimum, and whether the settings allow what it holds. */
export interface ExtraColumn {
  sheet?: string;
  header: string;
  /** The field it is read into; undefined: kept only as written, in the raw row. */
  field?: CanonicalField;
  /** `allowed` by the settings, `not-allowed`, or `no-rule` when the settings say nothing for the list. */
  verdict: 'allowed' | 'not-allowed' | 'no-rule';
}

/** The fields a list may hold beyond the minimum, or undefined when no rule is set. */
export function allowedFields(setting: ListFieldsSetting | undefined, list: string): ReadonlySet<CanonicalField> | undefined {
  const fields = setting?.lists?.[list] ?? setting?.default;
  return fields === undefined ? undefined : new Set(fields);
}

/** The columns of a file beyond Art. 17's minimum (unmapped ones included), those dropped left out. */
export function extraColumns(columns: readonly ColumnMapping[], allowed: ReadonlySet<CanonicalField> | undefined, dropped: ReadonlySet<string> = new Set()): ExtraColumn[] {
  const extras: ExtraColumn[] = [];
  for (const column of columns) {
    if (dropped.has(column.header.trim())) continue;
    if (column.field !== undefined && ART_17_FIELDS.includes(column.field)) continue;
    const verdict: ExtraColumn['verdict'] = allowed === undefined ? 'no-rule' : column.field !== undefined && allowed.has(column.field) ? 'allowed' : 'not-allowed';
    extras.push({ ...(column.sheet === undefined ? {} : { sheet: column.sheet }), header: column.header.trim(), ...(column.field === undefined ? {} : { field: column.field }), verdict });
  }
  return extras;
}

const VERDICT_WORDS: Record<ExtraColumn['verdict'], string> = {
  allowed: 'allowed by the settings',
  'not-allowed': 'NOT allowed by the settings',
  'no-rule': 'no rule set',
};

/** Lines naming the extra columns, for `inspect` and the import summary (empty when there are none). */
export function extraColumnLines(extras: readonly ExtraColumn[], indent = '  '): string[] {
  if (extras.length === 0) return [];
  const lines = [`${indent}Columns beyond the Art. 17 minimum (surname, first names, rank, date of birth, serial number):`];
  for (const e of extras) {
    const what = e.field === undefined ? 'kept only as written' : `read as ${e.field}`;
    lines.push(`${indent}  ${e.sheet === undefined ? '' : `[${e.sheet}] `}"${e.header}": ${what}, ${VERDICT_WORDS[e.verdict]}`);
  }
  lines.push(`${indent}  Keep a column out of the store entirely with --drop-column "HEADER".`);
  return lines;
}

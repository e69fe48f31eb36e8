import { parse } from 'csv-parse/sync';
import { WhereaboutsError } from '../errors.js';
import type { Decision, Verdict } from './decisions.js';
import { VERDICTS } from './decisions.js';
import { parseRecordKey } from './register-record.js';

/** The columns of a decisions file, in the order they are written. Headers are case-insensitive. */
export const DECISION_COLUMNS = ['record_a', 'record_b', 'verdict', 'reviewer', 'decided_at', 'note'] as const;

/**
 * Optional columns after those: how the store names each record across list versions
 * (`id:17`, `content:3f2a…`). Rows move between versions, identities do not, so a file carrying
 * them can be imported into a store whose lists have moved on.
 */
export const IDENTITY_COLUMNS = ['identity_a', 'identity_b'] as const;

type DecisionColumn = (typeof DECISION_COLUMNS)[number] | (typeof IDENTITY_COLUMNS)[number];
const ALL_COLUMNS: readonly string[] = [...DECISION_COLUMNS, ...IDENTITY_COLUMNS];

/** A decision as a file row: the decision and, when known, its records' identities. */
export interface DecisionRow extends Decision {
  identityA?: string;
  identityB?: string;
}

const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$/;

function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Writes decisions as CSV (RFC 4180, comma, CRLF, every value quoted) so that a second reviewer
 * can work apart and the files can be merged. The text is returned; the caller writes the file.
 */
export function decisionsToCsv(decisions: readonly DecisionRow[]): string {
  // Identity columns only when some row has them, so a plain decision log reads as before.
  const identities = decisions.some((d) => d.identityA !== undefined || d.identityB !== undefined);
  const lines = [(identities ? ALL_COLUMNS : DECISION_COLUMNS).join(',')];
  for (const d of decisions) {
    const cells = [d.a, d.b, d.verdict, d.reviewer, d.at, d.note];
    if (identities) cells.push(d.identityA ?? '', d.identityB ?? '');
    lines.push(cells.map(quote).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

function invalid(detail: string, file: string | undefined, row?: number, column?: string): WhereaboutsError {
  const where = [row !== undefined ? `row ${row}` : undefined, column !== undefined ? `column ${column}` : undefined].filter(Boolean).join(', ');
  return new WhereaboutsError('WA_DECISIONS_INVALID', where ? `${where}: ${detail}` : detail, { location: { file, row, column } });
}

/**
 * Reads a decisions file written by {@link decisionsToCsv} or edited in a spreadsheet: a leading
 * byte-order mark and a semicolon delimiter (Excel in Russian locales) are accepted, as are the
 * columns in any order. Throws WA_DECISIONS_INVALID naming the data row (1-based, header not
 * counted) and column of the first problem; nothing is half-imported.
 */
export function decisionsFromCsv(text: string, file?: string): DecisionRow[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let rows: string[][];
  try {
    rows = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new WhereaboutsError('WA_DECISIONS_INVALID', `not readable as CSV: ${(error as Error).message}`, { cause: error, location: { file } });
  }
  const header = rows[0];
  if (!header) throw invalid('the file is empty; expected a header row', file);
  const index = new Map<DecisionColumn, number>();
  header.forEach((name, i) => {
    const column = name.trim().toLowerCase();
    if (!ALL_COLUMNS.includes(column)) throw invalid(`unknown column "${name}"; expected ${DECISION_COLUMNS.join(', ')} (and optionally ${IDENTITY_COLUMNS.join(', ')})`, file, undefined, name);
    if (index.has(column as DecisionColumn)) throw invalid(`column "${name}" appears twice`, file, undefined, name);
    index.set(column as DecisionColumn, i);
  });
  for (const column of DECISION_COLUMNS) {
    if (column !== 'note' && !index.has(column)) throw invalid(`missing column "${column}"`, file, undefined, column);
  }
  return rows.slice(1).map((cells, i) => {
    const row = i + 1;
    if (cells.length !== header.length) throw invalid(`${cells.length} values where the header has ${header.length}`, file, row);
    const cell = (column: DecisionColumn): string => {
      const at = index.get(column);
      return at === undefined ? '' : cells[at]!;
    };
    const a = cell('record_a').trim();
    const b = cell('record_b').trim();
    for (const [column, key] of [['record_a', a], ['record_b', b]] as const) {
      if (!parseRecordKey(key)) throw invalid(`"${key}" is not a record key (list:row, row a positive number)`, file, row, column);
    }
    if (a === b) throw invalid(`a record cannot be decided against itself ("${a}")`, file, row, 'record_b');
    const verdict = cell('verdict').trim().toLowerCase();
    if (!(VERDICTS as readonly string[]).includes(verdict)) throw invalid(`"${cell('verdict')}" is not one of ${VERDICTS.join(', ')}`, file, row, 'verdict');
    const reviewer = cell('reviewer').trim();
    if (reviewer === '') throw invalid('the reviewer is empty; every decision needs one', file, row, 'reviewer');
    const at = cell('decided_at').trim();
    if (!TIMESTAMP.test(at) || Number.isNaN(Date.parse(at))) {
      throw invalid(`"${at}" is not a timestamp with a time zone such as 2026-11-29T08:40:00Z`, file, row, 'decided_at');
    }
    const decision: DecisionRow = { a, b, verdict: verdict as Verdict, reviewer, at, note: cell('note') };
    const identityA = cell('identity_a').trim();
    const identityB = cell('identity_b').trim();
    if (identityA !== '') decision.identityA = identityA;
    if (identityB !== '') decision.identityB = identityB;
    return decision;
  });
}

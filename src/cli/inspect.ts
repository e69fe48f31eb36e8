import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { parseColumnMap } from '../ingest/column-map-option.js';
import { MAX_UNZIPPED_OPTION, maxUnzippedBytes } from './list-options.js';
import { openList } from '../ingest/open-list.js';
import type { ListSource, ReadResult } from '../ingest/list-source.js';
import { formatPartialDate } from '../ingest/partial-date.js';
import type { PartialDate } from '../ingest/partial-date.js';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { CanonicalField } from '../ingest/record.js';
import { allowedFields, extraColumnLines, extraColumns } from '../interchange/field-minimisation.js';
import { openStore } from '../store/open-store.js';
import { listNameOf } from './list-options.js';
import { action } from './run-command.js';

interface InspectOptions {
  sheet?: string;
  map: string[];
  rows: string;
  maxUnzipped?: string;
  db?: string;
  list?: string;
}

/** What `inspect` read: the source and the first rows (per sheet for workbooks). */
export interface InspectReading {
  source: ListSource;
  rows: ReadResult[];
  /** True when the file has more rows than were shown. */
  more: boolean;
  /** The fields the register's settings allow the list beyond Art. 17's minimum, when a store was named. */
  allowed?: ReadonlySet<CanonicalField>;
  /** Whether a store's settings were read (the rule may still be unset). */
  settingsRead?: boolean;
}

/**
 * Reads the first `limit` rows of a list (of each sheet, for workbooks) without importing it.
 * Reading stops there for text files; a workbook is read to its end, because its sheets come one
 * after the other in the file.
 */
export async function inspectList(file: string, options: { sheet?: string; map?: Record<string, string>; limit: number; maxUnzippedBytes?: number }): Promise<InspectReading> {
  const source = await openList(file, {
    requireNameColumn: false,
    ...(options.maxUnzippedBytes === undefined ? {} : { maxUnzippedBytes: options.maxUnzippedBytes }),
    ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
    ...(options.map === undefined ? {} : { map: options.map as never }),
  });
  const rows: ReadResult[] = [];
  const perSheet = new Map<string, number>();
  let more = false;
  outer: for await (const batch of source.batches()) {
    for (const result of batch) {
      const sheet = result.row.sheet ?? '';
      const shown = perSheet.get(sheet) ?? 0;
      if (shown >= options.limit) {
        more = true;
        if (source.format !== 'xlsx') break outer;
        continue;
      }
      perSheet.set(sheet, shown + 1);
      rows.push(result);
    }
  }
  return { source, rows, more };
}

function dateText(date: PartialDate): string {
  const known = formatPartialDate(date);
  if (date.alternative === undefined) return known;
  const other = formatPartialDate({ ...date, month: date.alternative.month, day: date.alternative.day });
  return `${known} or ${other}`;
}

/** Line breaks inside a cell would break the layout; show them as ⏎. */
function oneLine(text: string): string {
  return text.replace(/\r?\n|\r/gu, ' ⏎ ');
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** Renders what `inspect` read as plain text for a tracing officer. */
export function formatInspection(reading: InspectReading): string {
  const { source } = reading;
  const out: string[] = [];
  out.push(`File      ${source.file}`);
  const format: string[] = [source.format === 'jsonl' ? 'JSON Lines' : source.format.toUpperCase()];
  if (source.encoding !== undefined) format.push(`encoding ${source.encoding}`);
  if (source.delimiter !== undefined) format.push(`delimiter ${source.delimiter === '\t' ? 'tab' : `"${source.delimiter}"`}`);
  out.push(`Format    ${format.join(', ')}`);
  if (source.sheets !== undefined) out.push(`Sheets    ${source.sheets.length > 0 ? source.sheets.join(', ') : '(none with rows)'}`);
  for (const line of source.skipped.preamble) out.push(`Title     ${line.sheet === undefined ? '' : `[${line.sheet}] `}${line.text}  (above the header, not a row)`);
  out.push('');

  out.push('Columns (header → field, how)');
  const width = Math.min(32, Math.max(8, ...source.columns.map((c) => c.header.trim().length)));
  let sheet: string | undefined;
  for (const column of source.columns) {
    if (column.sheet !== undefined && column.sheet !== sheet) {
      sheet = column.sheet;
      out.push(` sheet ${sheet}`);
    }
    const header = pad(column.header.trim() === '' ? '(no header)' : oneLine(column.header.trim()), width);
    if (column.field === undefined) {
      out.push(`  ${header}   ·  not mapped: kept as written${column.how === 'override' ? ' (--map ignore)' : ''}`);
    } else {
      const how = column.how === 'override' ? 'set by --map' : `recognised${column.matched === undefined ? '' : ` ("${column.matched}")`}`;
      out.push(`  ${header} → ${pad(column.field, 14)} ${how}`);
    }
  }
  const extras = extraColumnLines(extraColumns(source.columns, reading.allowed));
  if (extras.length > 0) out.push('', ...extras.map((l) => l.slice(2)), ...(reading.settingsRead === true ? [] : ['  (give --db to check them against the register’s settings, `whereabouts fields`)']));
  if (!source.columns.some((c) => c.field === 'surname' || c.field === 'given_name' || c.field === 'full_name') && source.columns.length > 0) {
    out.push('  No column holds a name, so no row can be imported. Say which one does, for example:');
    out.push(`  --map "${source.columns[0]?.header.trim() ?? 'Column'}=full_name"   or   --map "Column=surname" --map "Column=given_name"`);
  }
  out.push('');

  out.push(`First rows${source.format === 'xlsx' ? ' of each sheet' : ''}`);
  let imported = 0;
  let quarantined = 0;
  for (const result of reading.rows) {
    const where = `${result.row.sheet === undefined ? '' : `[${result.row.sheet}] `}row ${result.row.row}`;
    if (!result.ok) {
      quarantined++;
      out.push(`  ${where}  QUARANTINED: ${result.row.reason}${result.row.column === undefined ? '' : ` (column ${result.row.column})`}`);
      continue;
    }
    imported++;
    const parts: string[] = [];
    const fields = result.row.fields;
    for (const field of CANONICAL_FIELDS) {
      const value = fields[field];
      if (value === undefined || field === 'full_name') continue;
      parts.push(`${field}: ${typeof value === 'string' ? oneLine(value) : dateText(value as PartialDate)}`);
    }
    if (fields.full_name !== undefined) parts.push(`(full name as written: ${oneLine(fields.full_name)})`);
    out.push(`  ${where}  ${parts.join(' · ')}`);
    for (const warning of result.row.warnings) out.push(`      warning, column ${warning.column}: ${warning.reason}`);
  }
  out.push('');
  const empty = source.skipped.empty > 0 ? `, ${source.skipped.empty} empty skipped` : '';
  out.push(`Shown ${reading.rows.length} rows: ${imported} would be imported, ${quarantined} quarantined${empty}.${reading.more ? ' The file has more rows.' : ''} Nothing was imported.`);
  return `${out.join('\n')}\n`;
}

/** Registers `whereabouts inspect`: what a file looks like to whereabouts, without importing it. */
export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('Show how a list file is read (format, encoding, delimiter, header mapping, first rows) without importing it')
    .argument('<file>', 'the list file as received (CSV, XLSX, JSON, JSON Lines)')
    .option('--sheet <name>', 'for workbooks: read only this sheet')
    .option('--map <Column=field>', `read a column as a field (repeatable); fields: ${CANONICAL_FIELDS.join(', ')}, ignore`, (value: string, previous: string[]) => [...previous, value], [])
    .option('--rows <n>', 'how many rows to show (per sheet for workbooks)', '10')
    .option(...MAX_UNZIPPED_OPTION)
    .option('--db <path|url>', 'a store whose settings say which columns the list may hold (`whereabouts fields`)')
    .option('--list <name>', 'the list the file would be imported into (default: the file name), for those settings')
    .action(
      action(async (file: string, options: InspectOptions) => {
        const limit = Number(options.rows);
        if (!Number.isInteger(limit) || limit < 0) throw new WhereaboutsError('WA_USAGE', `--rows "${options.rows}" is not a whole number of rows`);
        const map = options.map.length > 0 ? parseColumnMap(options.map) : undefined;
        const unzipped = maxUnzippedBytes(options.maxUnzipped);
        const reading = await inspectList(file, { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), ...(map === undefined ? {} : { map }), ...(unzipped === undefined ? {} : { maxUnzippedBytes: unzipped }), limit });
        if (options.db !== undefined) {
          const store = await openStore(options.db);
          try {
            const allowed = allowedFields(await store.setting('listFields'), options.list ?? listNameOf(file));
            if (allowed !== undefined) reading.allowed = allowed;
            reading.settingsRead = true;
          } finally {
            await store.close();
          }
        }
        process.stdout.write(formatInspection(reading));
      }),
    );
}

import { Option } from 'commander';
import type { Command } from 'commander';
import { parseColumnMap } from '../ingest/column-map-option.js';
import type { ListFormat } from '../ingest/list-source.js';
import { rowPlace, rowPlaceText } from '../ingest/row-place.js';
import { openList } from '../ingest/open-list.js';
import { CANONICAL_FIELDS, LIST_KINDS } from '../ingest/record.js';
import type { ListKind } from '../ingest/record.js';
import { importList } from '../jobs/import-list.js';
import type { ImportSummary } from '../jobs/import-list.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { allowedFields, extraColumnLines, extraColumns } from '../interchange/field-minimisation.js';
import { currentActor } from './actor.js';
import { MAX_UNZIPPED_OPTION, collect, maxUnzippedBytes } from './list-options.js';
import { action } from './run-command.js';

interface ImportOptions {
  list: string;
  party?: string;
  kind?: ListKind;
  sheet?: string;
  map: string[];
  dropColumn: string[];
  db: string;
  actor?: string;
  maxUnzipped?: string;
}

/** Registers `whereabouts import`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Import a list file (CSV, XLSX, JSON, JSON Lines) into the store as a new version of a list')
    .argument('<file>', 'the list file as received')
    .requiredOption('--list <name>', 'the list to import into (created on first import)')
    .option('--party <name>', 'who keeps the list (the home party, the detaining party, the mediator...)')
    .addOption(new Option('--kind <kind>', 'what the list asserts about the persons on it').choices(LIST_KINDS))
    .option('--sheet <name>', 'for workbooks: import only this sheet')
    .option('--map <Column=field>', `read a column as a field (repeatable); fields: ${CANONICAL_FIELDS.join(', ')}, ignore`, collect, [])
    .option('--drop-column <header>', 'keep this column out of the store entirely, raw row included (repeatable)', collect, [])
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who is importing, for the change log (default: your user name)')
    .option(...MAX_UNZIPPED_OPTION)
    .action(
      action(async (file: string, options: ImportOptions) => {
        const map = options.map.length > 0 ? parseColumnMap(options.map) : undefined;
        const limit = maxUnzippedBytes(options.maxUnzipped);
        const store = await openStore(options.db);
        try {
          const summary = await importList(
            store,
            {
              file,
              list: options.list,
              ...(options.party === undefined ? {} : { party: options.party }),
              ...(options.kind === undefined ? {} : { kind: options.kind }),
              actor: currentActor(options.actor),
              read: { ...(options.sheet === undefined ? {} : { sheet: options.sheet }), ...(map === undefined ? {} : { map }), ...(limit === undefined ? {} : { maxUnzippedBytes: limit }) },
              ...(options.dropColumn.length > 0 ? { dropColumns: options.dropColumn } : {}),
              ...(process.stderr.isTTY ? { onProgress: (n: number) => process.stderr.write(`  ${n.toLocaleString('en-US')} rows read...\r`) } : {}),
            },
            openList,
          );
          // Clears the progress line before the summary.
          if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
          const allowed = allowedFields(await store.setting('listFields'), summary.list.name);
          process.stdout.write(formatSummary(summary, store.location, extraColumnLines(extraColumns(summary.columns, allowed, new Set(summary.droppedColumns)))));
        } finally {
          await store.close();
        }
      }),
    );
}

const count = (n: number): string => n.toLocaleString('en-US');

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

function describeReading(read: ImportSummary['read']): string {
  const parts = [read.format.toUpperCase()];
  if (read.encoding !== null) parts.push(read.encoding);
  if (read.delimiter !== null) parts.push(`${DELIMITER_NAMES[read.delimiter] ?? `"${read.delimiter}"`}-separated`);
  if (read.sheets !== null) parts.push(`sheets ${read.sheets.join(', ')}`);
  return parts.join(', ');
}

/**
 * The list's kind as the summary says it: where it was read from the columns, the column that
 * said so ("kind: detention, from the column «Дата пленения»"), so a wrong guess is seen and
 * corrected with --kind or `list set`.
 */
export function kindText(summary: ImportSummary): string {
  const from = summary.kindFrom;
  return from === undefined ? `kind ${summary.list.kind}` : `kind: ${from.kind}, from the column «${from.column}»`;
}

/** The summary a tracing officer reads after an import. */
export function formatSummary(summary: ImportSummary, location: string, extras: readonly string[] = []): string {
  const { list, file } = summary;
  if (summary.outcome === 'unchanged') {
    return (
      `Nothing imported: ${file.name} is identical to version ${summary.version} of list "${list.name}" ` +
      `(same content, sha256 ${file.sha256.slice(0, 12)}...).\n` +
      `  That version holds ${count(summary.recordCount)} records and ${count(summary.quarantinedCount)} quarantined rows.\n`
    );
  }
  const party = list.party === null ? 'party not given' : `party ${list.party}`;
  const lines = [
    `Imported ${file.name} into list "${list.name}" (${party}, ${kindText(summary)}) as version ${summary.version}.`,
    `  Rows imported:    ${count(summary.recordCount)}`,
    `  Rows quarantined: ${count(summary.quarantinedCount)}${summary.quarantinedCount > 0 ? ' (kept in the store with their reasons, not imported as records)' : ''}`,
  ];
  const sheets = summary.read.sheets?.length ?? 1;
  // Rows as the clerk finds them in the file ("Excel row 12", "line 5"), the record's name after.
  const place = (row: { row: number; sourceRow?: number; sheet?: string }): string =>
    `${rowPlaceText(rowPlace(summary.read.format as ListFormat, row.row, row.sourceRow, row.sheet, sheets))} (${list.name}:${row.row})`;
  for (const row of summary.firstQuarantined) {
    lines.push(`    ${place(row)}${row.column === undefined ? '' : `, column "${row.column}"`}: ${row.reason}`);
  }
  if (summary.quarantinedCount > summary.firstQuarantined.length) {
    lines.push(`    ... and ${count(summary.quarantinedCount - summary.firstQuarantined.length)} more`);
  }
  lines.push(`  Cell warnings:    ${count(summary.warningCount)}`);
  for (const warning of summary.firstWarnings) {
    lines.push(`    ${place(warning)}, column "${warning.column}": ${warning.reason}`);
  }
  if (summary.warningCount > summary.firstWarnings.length) {
    lines.push(`    ... and ${count(summary.warningCount - summary.firstWarnings.length)} more`);
  }
  if (summary.quarantinedCount + summary.warningCount > 0) lines.push(`  Every one, with its cells: whereabouts quarantine ${list.name} (--csv FILE to export)`);
  if (summary.skipped.empty > 0) lines.push(`  Empty rows skipped: ${count(summary.skipped.empty)}`);
  for (const title of summary.skipped.preamble) {
    lines.push(`  Title line above the header${title.sheet === undefined ? '' : ` (sheet ${title.sheet})`}, kept: ${title.text}`);
  }
  if (summary.droppedColumns.length > 0) lines.push(`  Columns kept out of the store (--drop-column): ${summary.droppedColumns.map((h) => `"${h}"`).join(', ')}`);
  lines.push(...extras);
  lines.push(`  File: ${file.name}, ${count(file.size)} bytes, sha256 ${file.sha256.slice(0, 12)}...`);
  lines.push(`  Read as: ${describeReading(summary.read)}`);
  lines.push(`  Store: ${location}`);
  return `${lines.join('\n')}\n`;
}

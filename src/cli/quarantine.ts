import { writeFileSync } from 'node:fs';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { rowPlaceText } from '../ingest/row-place.js';
import type { ImportProblem, QuarantineReport } from '../jobs/quarantine-report.js';
import { quarantineReport } from '../jobs/quarantine-report.js';
import { tableToCsv } from '../report/csv-writer.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { action } from './run-command.js';

interface QuarantineOptions {
  listVersion?: number;
  csv?: string;
  all?: boolean;
  db: string;
}

/** How many problems are printed unless `--all` is given (the CSV always has every one). */
const SHOWN = 50;

/** The raw cells as a clerk reads them: `Header: value | Header: value`, empty cells left out. */
export function rawText(raw: ImportProblem['raw']): string {
  if (typeof raw === 'string') return raw;
  return Object.entries(raw)
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join(' | ');
}

const count = (n: number): string => n.toLocaleString('en-US');

/** What `whereabouts quarantine` prints. */
export function formatQuarantine(report: QuarantineReport, shown: number): string {
  if (report.versions.length === 0) return 'No list imported yet.\n';
  const lines: string[] = [];
  for (const { list, version } of report.versions) {
    const problems = report.problems.filter((p) => p.list === list.name);
    lines.push(`List "${list.name}", version ${version.version} (${version.fileName}): ${count(version.quarantinedCount)} rows quarantined, ${count(version.warningCount)} cell warnings`);
    for (const p of problems.slice(0, shown)) {
      const column = p.column === null ? '' : `, column "${p.column}"`;
      lines.push(`  ${p.kind === 'quarantined' ? 'quarantined' : 'warning    '} ${rowPlaceText(p.place)} (${list.name}:${p.row})${column}: ${p.reason}`);
      // A cell's own line breaks would break the listing's lines.
      lines.push(`      ${rawText(p.raw).replace(/\r?\n|\r/g, ' ⏎ ')}`);
    }
    if (problems.length > shown) lines.push(`  ... and ${count(problems.length - shown)} more (--all prints them, --csv FILE writes them all)`);
  }
  return `${lines.join('\n')}\n`;
}

/** The problems as a CSV table a clerk can sort and filter. */
export function quarantineCsv(report: QuarantineReport): string {
  return tableToCsv({
    id: 'quarantine',
    title: 'quarantine',
    header: ['list', 'version', 'file', 'where', 'sheet', 'column', 'problem', 'reason', 'raw cells', 'record'],
    rows: report.problems.map((p) => [p.list, p.version, p.fileName, rowPlaceText(p.place), p.sheet ?? '', p.column ?? '', p.kind, p.reason, rawText(p.raw), `${p.list}:${p.row}`]),
  });
}

function versionNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a version is a whole number from 1');
  return Number(value);
}

/** Registers `whereabouts quarantine`. */
export function registerQuarantine(program: Command): void {
  program
    .command('quarantine')
    .description('List the rows kept out of the records and the cells warned about, with the row as the clerk finds it in the file')
    .argument('[list]', 'one list (default: the latest version of every list)')
    .option('--list-version <n>', 'a version of the list (default: its latest)', versionNumber)
    .option('--csv <file>', 'also write every problem to a CSV file (UTF-8, opens in Excel)')
    .option('--all', `print every problem, not only the first ${SHOWN} of each list`)
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (list: string | undefined, options: QuarantineOptions) => {
        const store = await openStore(options.db);
        try {
          const report = await quarantineReport(store, { ...(list === undefined ? {} : { list }), ...(options.listVersion === undefined ? {} : { version: options.listVersion }) });
          process.stdout.write(formatQuarantine(report, options.all === true ? Infinity : SHOWN));
          if (options.csv !== undefined) {
            writeFileSync(options.csv, quarantineCsv(report), 'utf8');
            process.stdout.write(`Written: ${options.csv} (${count(report.problems.length)} problems)\n`);
          }
        } finally {
          await store.close();
        }
      }),
    );
}

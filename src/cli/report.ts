import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { ReportOutcome } from '../jobs/report-job.js';
import { reportFromStore } from '../jobs/report-job.js';
import type { Language, ReportRow, ReportTable } from '../report/index.js';
import { LANGUAGES } from '../report/index.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { collect } from './list-options.js';
import { action } from './run-command.js';

interface ReportOptions {
  cutoff: string[];
  out: string;
  lang: Language;
  db: string;
}

/** Registers `whereabouts report`. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write the reconciliation report (HTML, XLSX, CSV) from the latest reconciliation')
    .option('--cutoff <date>', 'split every count by the date of capture or disappearance, before and from this day (YYYY-MM-DD; repeatable)', collect, [])
    .option('--out <dir>', 'where reconciliation.html, reconciliation.xlsx and csv/ are written', 'report')
    .addOption(new Option('--lang <lang>', 'language of the spreadsheets and of this summary (the HTML has both)').choices([...LANGUAGES]).default('en'))
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (options: ReportOptions) => {
        const store = await openStore(options.db);
        try {
          const outcome = await reportFromStore(store, { cutoffs: options.cutoff, outDir: resolve(options.out), lang: options.lang, generatedAt: new Date().toISOString() });
          process.stdout.write(formatReportSummary(outcome, options.lang));
        } finally {
          await store.close();
        }
      }),
    );
}

const count = (n: number): string => n.toLocaleString('en-US');

function rowLine(row: ReportRow, periods: ReportOutcome['report']['periods'], lang: Language): string {
  const split = periods.map((p) => `${p.label[lang]} ${count(row.byPeriod[p.id]?.personIds.length ?? 0)}`);
  return `  ${row.label[lang]}: ${count(row.total.personIds.length)}${split.length > 0 ? `  (${split.join(', ')})` : ''}`;
}

function tableLines(table: ReportTable | undefined, outcome: ReportOutcome, lang: Language, rowIds?: ReadonlySet<string>): string[] {
  if (table === undefined) return [];
  const rows = table.rows.filter((r) => rowIds === undefined || rowIds.has(r.id));
  return [`${table.title[lang]}:`, ...rows.map((r) => rowLine(r, outcome.report.periods, lang))];
}

/** What a tracing officer reads after `whereabouts report`: where it is and the headline numbers. */
export function formatReportSummary(outcome: ReportOutcome, lang: Language): string {
  const { report, written, register, run } = outcome;
  const records = report.lists.reduce((n, l) => n + l.records, 0);
  const mainPair = report.tables.find((t) => t.kind === 'pair');
  const lines = [
    `Report: ${written.html}`,
    `Spreadsheet: ${written.xlsx}; CSV: ${written.csv.length} files in ${resolve(written.csv[0] ?? '', '..')}`,
    '',
    `From reconciliation run ${run.id} (${run.finishedAt.slice(0, 16).replace('T', ' ')} UTC, by ${run.actor}): ${count(records)} records on ${report.lists.length} lists, ${count(report.persons.length)} persons.`,
    '',
    ...tableLines(mainPair, outcome, lang),
    '',
    ...tableLines(
      report.tables.find((t) => t.kind === 'status'),
      outcome,
      lang,
      new Set(['status-released', 'status-exchanged', 'status-died']),
    ),
  ];
  if (register.unlinkedRecords > 0) {
    lines.push('', `${count(register.unlinkedRecords)} records imported since the last reconciliation are not in the report: run \`whereabouts reconcile\` to link them.`);
  }
  if (register.goneMembers > 0) {
    lines.push('', `${count(register.goneMembers)} records of the last reconciliation are no longer in the latest versions of their lists and are left out.`);
  }
  return `${lines.join('\n')}\n`;
}

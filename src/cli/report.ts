import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { ReportOutcome } from '../jobs/report-job.js';
import { reportFromStore } from '../jobs/report-job.js';
import { partyReportFromStore } from '../jobs/party-report.js';
import { auditOutput, fileHashes } from '../jobs/output-audit.js';
import { currentActor } from './actor.js';
import type { Language, ReportRow, ReportTable } from '../report/index.js';
import { countOf, LANGUAGES, NOUNS, sourceLineText } from '../report/index.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { collect } from './list-options.js';
import { prepareOutputFolder } from './output-paths.js';
import { action } from './run-command.js';

interface ReportOptions {
  cutoff: string[];
  home?: string;
  detaining?: string;
  out: string;
  lang: Language;
  db: string;
  for?: string;
  actor?: string;
}

/** Registers `whereabouts report`. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write the reconciliation report (HTML, XLSX, CSV) from the latest reconciliation')
    .option('--cutoff <date[=label]>', 'split every count by the date of capture or disappearance, before and from this day: YYYY-MM-DD, or YYYY-MM-DD=label as in 2020-11-10=ceasefire (repeatable; default: the store\'s ceasefire setting)', collect, [])
    .option('--home <party>', 'the party whose missing the first screen counts (default: the other party with the most records on missing lists)')
    .option('--detaining <party>', 'the party whose detention lists acknowledge custody (default: the party with the most records on detention lists)')
    .option('--out <dir>', 'where reconciliation.html, reconciliation.xlsx and csv/ are written', 'report')
    .addOption(new Option('--lang <lang>', 'language of the spreadsheets and of this summary (the HTML has both)').choices([...LANGUAGES]).default('en'))
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--for <party>', "the report a party may receive: its own lists' persons, nothing flagged do-not-transmit, in its language (docs/interchange.md)")
    .option('--actor <name>', 'who writes it, for the log (default: your user name)')
    .action(
      action(async (options: ReportOptions, command: Command) => {
        const outDir = prepareOutputFolder(options.out);
        const store = await openStore(options.db);
        try {
          const frame = { ...(options.home === undefined ? {} : { home: options.home }), ...(options.detaining === undefined ? {} : { detaining: options.detaining }) };
          const common = { ...(options.cutoff.length > 0 ? { cutoffs: options.cutoff } : {}), frame, outDir, generatedAt: new Date().toISOString() };
          if (options.for !== undefined) {
            // --for lives in src/jobs/party-report.ts (interchange, issue 14): a party's report is the disclosure rule's.
            const given = command.getOptionValueSource('lang') === 'cli' ? { lang: options.lang } : {};
            const outcome = await partyReportFromStore(store, { ...common, ...given, party: options.for, actor: currentActor(options.actor) });
            process.stdout.write(`For party ${options.for}, in ${outcome.lang === 'en' ? 'English' : 'Russian'} (kept for its next reports): only its own lists, nothing flagged do-not-transmit.\n${formatReportSummary(outcome, outcome.lang)}`);
            return;
          }
          const outcome = await reportFromStore(store, { ...common, lang: options.lang });
          // Every report is recorded in the audit log, the mediator's own too (issue 14).
          const { written, report } = outcome;
          await auditOutput(store, { actor: currentActor(options.actor), action: 'report', detail: { lang: options.lang, persons: report.persons.length, files: await fileHashes([written.html, written.xlsx, ...written.csv]) } });
          process.stdout.write(formatReportSummary(outcome, options.lang));
        } finally {
          await store.close();
        }
      }),
    );
}

const count = (n: number, lang: Language): string => n.toLocaleString(lang === 'en' ? 'en-US' : 'ru-RU');

function rowLine(row: ReportRow, periods: ReportOutcome['report']['periods'], lang: Language, indent: string): string {
  const split = periods.map((p) => `${p.label[lang]} ${count(row.byPeriod[p.id]?.personIds.length ?? 0, lang)}`);
  return `${indent}${row.label[lang]}: ${count(row.total.personIds.length, lang)}${split.length > 0 ? `  (${split.join(', ')})` : ''}`;
}

function tableLines(table: ReportTable | undefined, outcome: ReportOutcome, lang: Language): string[] {
  if (table === undefined) return [];
  return [`${table.title[lang]}:`, ...table.rows.map((r) => rowLine(r, outcome.report.periods, lang, r.id.startsWith('reported-') && r.id !== 'reported-missing' ? '      ' : '  '))];
}

/** What a tracing officer reads after `whereabouts report`: where it is, where it comes from, and the answers. */
export function formatReportSummary(outcome: ReportOutcome, lang: Language): string {
  const { report, written, register } = outcome;
  const records = report.lists.reduce((n, l) => n + l.records, 0);
  const en = lang === 'en';
  const source = report.source === undefined ? '' : sourceLineText(report.source, lang);
  const lines = [
    `${en ? 'Report' : 'Отчёт'}: ${written.html}`,
    `${en ? 'Spreadsheet' : 'Таблица'}: ${written.xlsx}; CSV: ${written.csv.length} ${en ? 'files in' : 'файлов в'} ${resolve(written.csv[0] ?? '', '..')}`,
    '',
    source,
    en
      ? `${countOf(records, NOUNS.record, lang)} on ${countOf(report.lists.length, NOUNS.list, lang)}, ${countOf(report.persons.length, NOUNS.person, lang)}.`
      : `${countOf(records, NOUNS.record, lang)} в ${report.lists.length} списках, ${countOf(report.persons.length, NOUNS.person, lang)}.`,
    '',
    ...tableLines(report.tables.find((t) => t.kind === 'answers'), outcome, lang),
  ];
  const frame = report.accounting.frame;
  if (frame.home === undefined || frame.detaining === undefined) {
    lines.push(
      '',
      en
        ? 'The lists do not say which party reports its missing and which holds them: give each list its party and kind with `whereabouts list set LIST --party P --kind K`, then `whereabouts reconcile` again.'
        : 'В списках не указано, какая сторона заявляет о пропавших, а какая их удерживает: укажите сторону и вид каждого списка (`whereabouts list set СПИСОК --party P --kind K`) и повторите `whereabouts reconcile`.',
    );
  }
  if (register.unlinkedRecords > 0) {
    lines.push('', en ? `${countOf(register.unlinkedRecords, NOUNS.record, lang)} imported since the last reconciliation are not in the report: run \`whereabouts reconcile\` to link them.` : `Не вошли в отчёт (импортированы после последней сверки): ${countOf(register.unlinkedRecords, NOUNS.record, lang)}; выполните \`whereabouts reconcile\`.`);
  }
  if (register.goneMembers > 0) {
    lines.push('', en ? `${countOf(register.goneMembers, NOUNS.record, lang)} of the last reconciliation are no longer in the latest versions of their lists and are left out.` : `Исключены (их нет в последних версиях списков): ${countOf(register.goneMembers, NOUNS.record, lang)}.`);
  }
  return `${lines.join('\n')}\n`;
}

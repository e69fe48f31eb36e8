import type { PageCells } from './html-cells.js';
import { numberButton } from './html-sections.js';
import { bilingual, escapeHtml } from './html-text.js';
import type { Label } from './label.js';
import { longDayLabel } from './label.js';
import { AMBIGUOUS_EXPLAINED } from './periods.js';
import { countLabel, NOUNS } from './plural.js';
import { reviewLabel, runLabel } from './report-source.js';
import type { Report, ReportSource, ReportTable } from './report-model.js';
import { LIST_KIND_LABELS, UI_LABELS } from './report-labels.js';

/** Rows of the answers shown as large figures above the table, with the colour of each. */
const FIGURES: ReadonlyArray<[string, string]> = [
  ['reported-missing', 'lead'],
  ['reported-acknowledged', 'both'],
  ['reported-no-trace', 'first'],
  ['held-never-reported', 'second'],
  ['can-be-exchanged', 'both'],
];

function caption(table: ReportTable, row: Label, column?: Label): Label {
  const c = (lang: 'en' | 'ru') => (column ? `, ${column[lang]}` : '');
  return { en: `${table.title.en}: ${row.en}${c('en')}`, ru: `${table.title.ru}: ${row.ru}${c('ru')}` };
}

/** The run the report comes from, in words: day, time, who ran it, what it read, what is still open. */
export function sourceLine(source: ReportSource | undefined): string {
  if (source === undefined) return '';
  const run = runLabel(source);
  const review = reviewLabel(source);
  const versions = source.versions
    .map((v) => {
      const imported = longDayLabel(v.importedAt);
      const what: Label = {
        en: `${v.label ?? v.list} (${v.party || 'party not given'}, ${LIST_KIND_LABELS[v.kind].en}): version ${v.version}, ${v.fileName}, imported ${imported.en}, ${countLabel(v.records, NOUNS.record).en}`,
        ru: `${v.label ?? v.list} (${v.party || 'сторона не указана'}, ${LIST_KIND_LABELS[v.kind].ru}): версия ${v.version}, ${v.fileName}, импортирован ${imported.ru}, ${countLabel(v.records, NOUNS.record).ru}`,
      };
      return `<li>${bilingual(what)}</li>`;
    })
    .join('');
  return `<p class="source">${bilingual(run)} <span class="${source.undecidedPairs > 0 ? 'flag' : ''}">${bilingual(review)}</span></p><details class="versions"><summary>${bilingual({ en: 'Lists and versions read', ru: 'Прочитанные списки и версии' })}</summary><ul>${versions}</ul></details>`;
}

/**
 * The first screen: the questions the parties argue about, each a large number that opens the
 * persons behind it, split by the cut-offs underneath.
 */
export function answersSection(report: Report, cells: PageCells): string {
  const table = report.tables.find((t) => t.kind === 'answers');
  if (table === undefined) return '';
  const { frame } = report.accounting;
  const figures = FIGURES.map(([rowId, css]) => {
    const row = table.rows.find((r) => r.id === rowId)!;
    return `<div class="figure ${css}" data-row="${escapeHtml(rowId)}"><div class="n">${numberButton(cells, row.total, caption(table, row.label))}</div><div class="what">${bilingual(row.label)}</div></div>`;
  });
  // Every question with its split by the cut-offs; the "of them" rows indented under the first.
  const head = [`<th></th>`, `<th class="num">${bilingual(UI_LABELS.total)}</th>`, ...report.periods.map((p) => `<th class="num">${bilingual(p.label)}</th>`)].join('');
  const body = table.rows
    .map((row) => {
      const sub = row.id.startsWith('reported-') && row.id !== 'reported-missing' ? ' class="sub"' : '';
      const label = `<th scope="row"${sub}>${bilingual(row.label)}${row.detail ? `<span class="detail">${bilingual(row.detail)}</span>` : ''}</th>`;
      const cellsHtml = [`<td class="num">${numberButton(cells, row.total, caption(table, row.label, UI_LABELS.total))}</td>`, ...report.periods.map((p) => `<td class="num">${numberButton(cells, row.byPeriod[p.id]!, caption(table, row.label, p.label))}</td>`)];
      return `<tr data-row="${escapeHtml(row.id)}">${label}${cellsHtml.join('')}</tr>`;
    })
    .join('');
  const notes: string[] = [];
  if (frame.home === undefined || frame.detaining === undefined) {
    notes.push(
      bilingual({
        en: 'The lists do not say which party reports its men missing and which holds them. Give each list its party and kind with `whereabouts list set LIST --party P --kind K`, then reconcile again.',
        ru: 'В списках не указано, какая сторона заявляет о пропавших, а какая их удерживает. Укажите сторону и вид каждого списка: `whereabouts list set СПИСОК --party P --kind K`, затем повторите сверку.',
      }),
    );
  }
  if (table.note) notes.push(bilingual(table.note));
  if (table.rows.some((r) => (r.byPeriod['ambiguous']?.personIds.length ?? 0) > 0)) notes.push(bilingual(AMBIGUOUS_EXPLAINED));
  return `<section id="answers"><h2>${bilingual(table.title)}</h2>${sourceLine(report.source)}<p class="hint">${bilingual(UI_LABELS.clickHint)}</p><div class="figures">${figures.join('')}</div><table class="answers"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${notes.map((n) => `<p class="note">${n}</p>`).join('')}</section>`;
}

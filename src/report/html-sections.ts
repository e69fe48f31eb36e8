import { bilingual, escapeHtml, foldForSearch } from './html-text.js';
import type { PageCells } from './html-cells.js';
import type { Label } from './label.js';
import { verbatim } from './label.js';
import { AMBIGUOUS_EXPLAINED } from './periods.js';
import { nounFor, NOUNS } from './plural.js';
import type { Report, ReportCell, ReportTable } from './report-model.js';
import { ACCOUNTING_STATE_LABELS, FIELD_LABELS, STATUS_LABELS, UI_LABELS } from './report-labels.js';

function cellCaption(table: ReportTable, row: Label, column: Label | undefined): Label {
  const c = (lang: 'en' | 'ru') => (column ? `, ${column[lang]}` : '');
  return { en: `${table.title.en}: ${row.en}${c('en')}`, ru: `${table.title.ru}: ${row.ru}${c('ru')}` };
}

/** A number that filters the persons table when clicked; zero is plain text. */
export function numberButton(cells: PageCells, cell: ReportCell, caption: Label): string {
  const id = cells.register(cell, caption);
  if (id === undefined) return '<span class="zero">0</span>';
  return `<button class="n" data-cell="${id}">${cell.personIds.length}</button>`;
}

/** One table of the report: a row per measure, the total, then one column per period. */
export function tableSection(report: Report, table: ReportTable, cells: PageCells): string {
  const head = [`<th></th>`, `<th class="num">${bilingual(UI_LABELS.total)}</th>`, ...report.periods.map((p) => `<th class="num">${bilingual(p.label)}</th>`)].join('');
  const body = table.rows
    .map((row) => {
      const label = `<th scope="row">${bilingual(row.label)}${row.detail ? `<span class="detail">${bilingual(row.detail)}</span>` : ''}</th>`;
      const total = `<td class="num">${numberButton(cells, row.total, cellCaption(table, row.label, UI_LABELS.total))}</td>`;
      const periods = report.periods.map((p) => `<td class="num">${numberButton(cells, row.byPeriod[p.id]!, cellCaption(table, row.label, p.label))}</td>`);
      return `<tr>${label}${total}${periods.join('')}</tr>`;
    })
    .join('');
  const notes = [
    ...(table.note ? [bilingual(table.note)] : []),
    ...(table.rows.some((r) => (r.byPeriod['ambiguous']?.personIds.length ?? 0) > 0) ? [bilingual(AMBIGUOUS_EXPLAINED)] : []),
  ].map((n) => `<p class="note">${n}</p>`);
  const content = `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${notes.join('')}`;
  const id = `table-${escapeHtml(table.id)}`;
  // Pairs of two fate lists say little: closed, so the page leads with the pairs that matter.
  if (table.folded) return `<section id="${id}" class="folded"><details><summary><h2>${bilingual(table.title)}</h2></summary>${content}</details></section>`;
  return `<section id="${id}"><h2>${bilingual(table.title)}</h2>${content}</section>`;
}

/**
 * The persons table that every number filters, with a search box and names as each source wrote
 * them. `keyIndex` numbers the names layer's keys the page's vocabulary uses (see html-search.ts).
 */
export function personsSection(report: Report, keyIndex: ReadonlyMap<string, number>): string {
  const periodLabel = new Map(report.periods.map((p) => [p.id, p.label]));
  const rows = report.persons
    .map((person, i) => {
      const names = person.names
        .map((n) => `<li><span class="nm">${escapeHtml(n.name || '—')}</span><span class="src">${escapeHtml(n.list)} · ${escapeHtml(n.party)} · ${bilingual(n.where)}</span></li>`)
        .join('');
      const search = foldForSearch([person.personId, ...person.names.flatMap((n) => [n.name, n.recordKey])].join(' '));
      const keys = person.nameKeys.map((k) => keyIndex.get(k)).filter((k) => k !== undefined);
      // Without a best value the rival dates are shown side by side, never one of them alone.
      const born = person.birthDate !== undefined ? escapeHtml(person.birthDate) : `<span class="flag">${person.birthDateClaims.map(escapeHtml).join('<br>')}</span>`;
      const period = person.period !== undefined ? bilingual(periodLabel.get(person.period)!) : '';
      const status = `${bilingual(ACCOUNTING_STATE_LABELS[person.accountingState])}${person.status ? `<span class="detail">${bilingual(STATUS_LABELS[person.status])}</span>` : ''}`;
      const flags = [
        ...(person.conflictFields.length > 0 ? [`${bilingual(UI_LABELS.conflicts)}: ${person.conflictFields.map((f) => bilingual(FIELD_LABELS[f])).join(', ')}`] : []),
        ...(person.duplicatedOn.length > 0 ? [bilingual(UI_LABELS.duplicates) + ' ' + escapeHtml(person.duplicatedOn.join(', '))] : []),
      ];
      return `<tr data-i="${i}" data-search="${escapeHtml(search)}" data-k="${keys.join(' ')}"><td class="pid">${escapeHtml(person.personId)}</td><td><ul class="names">${names}</ul></td><td class="date">${born}</td><td class="date">${person.eventDates.map(escapeHtml).join('<br>')}</td>${report.periods.length > 0 ? `<td>${period}</td>` : ''}<td>${status}</td><td class="flag">${flags.join('<br>')}</td></tr>`;
    })
    .join('');
  const heads = [UI_LABELS.person, UI_LABELS.namesAsWritten, UI_LABELS.birthDate, UI_LABELS.eventDate, ...(report.periods.length > 0 ? [UI_LABELS.period] : []), UI_LABELS.accountingState, verbatim('')];
  return `<section id="persons"><h2>${bilingual(UI_LABELS.persons)}</h2>
<div class="filterbar"><input id="person-filter" type="search" placeholder="${escapeHtml(UI_LABELS.filter.en)}" data-placeholder-en="${escapeHtml(UI_LABELS.filter.en)}" data-placeholder-ru="${escapeHtml(UI_LABELS.filter.ru)}" aria-label="${escapeHtml(UI_LABELS.filter.en)}">
<span id="active-filter" class="active" hidden><span class="en"></span><span class="ru"></span><button id="clear-filter" type="button">${bilingual(UI_LABELS.showAll)}</button></span>
<span class="hint">${bilingual(UI_LABELS.searchHint)}</span>
<span class="count"><span id="shown-count">${report.persons.length}</span> <span id="shown-noun" data-en-one="person shown" data-en-other="persons shown" data-ru-one="лицо показано" data-ru-few="лица показано" data-ru-many="лиц показано" data-ru-other="лица показано">${nounFor(report.persons.length, NOUNS.person, 'en')} shown</span></span></div>
<table><thead><tr>${heads.map((h) => `<th>${bilingual(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

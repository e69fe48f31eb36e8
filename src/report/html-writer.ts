import { writeFile } from 'node:fs/promises';
import { PageCells } from './html-cells.js';
import { answersSection } from './html-first-screen.js';
import { searchVocabulary } from './html-search.js';
import { personsSection, tableSection } from './html-sections.js';
import { REPORT_SCRIPT } from './html-script.js';
import { REPORT_CSS } from './html-style.js';
import { bilingual, escapeHtml, jsonForScript } from './html-text.js';
import { dayLabel, longDayLabel } from './label.js';
import type { Report } from './report-model.js';
import { UI_LABELS } from './report-labels.js';
import { histogramChart, overlapChart, periodChart } from './svg-charts.js';

/**
 * Nothing may be fetched: the report holds personal data and is opened offline, from a USB
 * stick. The policy makes the browser refuse any request the page might otherwise make.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Renders the report as one self-contained HTML document: inline CSS, script and SVG charts,
 * no network. Every number is a button that filters the persons table to those it counts.
 * Pure: returns the text; {@link writeHtmlReport} writes it.
 */
export function renderHtmlReport(report: Report): string {
  const cells = new PageCells(report.persons.map((p) => p.personId));
  const pairs = report.tables.filter((t) => t.kind === 'pair' && t.folded !== true);
  const main = pairs[0];
  const vocabulary = searchVocabulary(report);
  // The first screen is the answers; the pairs of lists follow by relevance, the folded last.
  const tables = report.tables.filter((t) => t.kind !== 'answers');
  const folded = tables.filter((t) => t.folded === true);
  const body = [
    answersSection(report, cells),
    ...tables.filter((t) => t.kind === 'accounting').map((t) => tableSection(report, t, cells)),
    `<section id="charts"><div class="charts">${pairs.length > 0 ? overlapChart(pairs.slice(0, 4), cells) : ''}${periodChart(report, main, cells)}</div></section>`,
    ...tables.filter((t) => t.kind !== 'accounting' && t.folded !== true).map((t) => tableSection(report, t, cells)),
    ...folded.map((t) => tableSection(report, t, cells)),
    personsSection(report, vocabulary.keyIndex),
    `<section id="appendix"><h2>${bilingual(UI_LABELS.appendix)}</h2><div class="charts">${histogramChart(report.histogram)}</div></section>`,
  ].join('\n');
  const meta = [
    report.generatedAt ? `${bilingual(UI_LABELS.generated)}: ${bilingual(longDayLabel(report.generatedAt))}` : '',
    report.cutoffs.length > 0 ? `${bilingual(UI_LABELS.cutoffs)}: ${report.cutoffs.map((c) => (c.label === undefined ? '' : `${escapeHtml(c.label)} `) + bilingual(dayLabel(c.date))).join(', ')}` : '',
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title.en)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><div><h1>${bilingual(report.title)}</h1><div class="meta">${meta.join(' · ')}</div></div>
<div class="controls"><button type="button" data-lang="en" aria-pressed="true">English</button><button type="button" data-lang="ru" aria-pressed="false">Русский</button><button type="button" id="print-report">${bilingual(UI_LABELS.print)}</button></div></header>
<main>
${body}
</main>
<script type="application/json" id="report-cells">${jsonForScript(cells.cells)}</script>
<script type="application/json" id="name-vocabulary">${jsonForScript(vocabulary.words)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

/** Writes the HTML report to a file. */
export async function writeHtmlReport(report: Report, path: string): Promise<void> {
  await writeFile(path, renderHtmlReport(report), 'utf8');
}

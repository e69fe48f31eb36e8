import { bilingual, bilingualSvgText, escapeHtml } from './html-text.js';
import type { PageCells } from './html-cells.js';
import type { Label } from './label.js';
import type { ProbabilityHistogram, Report, ReportTable } from './report-model.js';
import { UI_LABELS } from './report-labels.js';

const SERIES = [
  { row: 'only-first', css: 'first', colour: 'var(--first)' },
  { row: 'both', css: 'both', colour: 'var(--both)' },
  { row: 'only-second', css: 'second', colour: 'var(--second)' },
] as const;

function caption(table: ReportTable, rowLabel: Label, column?: Label): Label {
  const suffix = (lang: 'en' | 'ru') => (column ? `, ${column[lang]}` : '');
  return { en: `${table.title.en}: ${rowLabel.en}${suffix('en')}`, ru: `${table.title.ru}: ${rowLabel.ru}${suffix('ru')}` };
}

function clickable(id: string | undefined): string {
  return id === undefined ? '' : ` data-cell="${id}" role="button" tabindex="0"`;
}

/** One stacked bar per pair of lists: only on the first, on both, only on the second. */
export function overlapChart(pairs: readonly ReportTable[], cells: PageCells): string {
  const width = 560;
  const parts = pairs.map((table) => {
    const rows = SERIES.map((s) => table.rows.find((r) => r.id === s.row)!);
    const total = rows.reduce((n, r) => n + r.total.personIds.length, 0);
    const ids = rows.map((r) => cells.register(r.total, caption(table, r.label)));
    let x = 0;
    const segments = rows.map((r, i) => {
      const n = r.total.personIds.length;
      const w = total === 0 ? 0 : (n / total) * width;
      const id = ids[i];
      const text = w >= 30 ? `<text x="${(x + w / 2).toFixed(1)}" y="19" text-anchor="middle" style="fill:#fff;font-weight:600">${n}</text>` : '';
      const svg = n === 0 ? '' : `<g${clickable(id)}><title>${escapeHtml(r.label.en)}: ${n}</title><rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="28" fill="${SERIES[i]!.colour}"/>${text}</g>`;
      x += w;
      return svg;
    });
    const legend = rows
      .map((r, i) => {
        const id = ids[i];
        const n = id === undefined ? `<span class="zero">0</span>` : `<button class="n" data-cell="${id}">${r.total.personIds.length}</button>`;
        return `<span><span class="swatch ${SERIES[i]!.css}"></span>${bilingual(r.label)} — ${n}</span>`;
      })
      .join('');
    return `<div class="overlap"><div class="meta">${bilingual(table.title)}</div><svg viewBox="0 0 ${width} 28" width="${width}" height="28" role="img">${segments.join('')}</svg><div class="legend">${legend}</div></div>`;
  });
  return `<figure class="wide" id="chart-overlap"><figcaption>${bilingual(UI_LABELS.overlap)}</figcaption><div class="overlaps">${parts.join('')}</div></figure>`;
}

/** For the main pair of lists: each period's persons on both, only on the first, only on the second. */
export function periodChart(report: Report, main: ReportTable | undefined, cells: PageCells): string {
  const head = `<figure id="chart-periods"><figcaption>${bilingual(UI_LABELS.byPeriod)}</figcaption>`;
  if (report.periods.length === 0 || !main) return `${head}<p class="hint">${bilingual(UI_LABELS.noCutoffs)}</p></figure>`;
  const rows = SERIES.map((s) => main.rows.find((r) => r.id === s.row)!);
  const max = Math.max(1, ...report.periods.flatMap((p) => rows.map((r) => r.byPeriod[p.id]!.personIds.length)));
  const labelWidth = 170;
  const barArea = 330;
  const groupHeight = 3 * 12 + 14;
  const svg: string[] = [];
  report.periods.forEach((period, g) => {
    const top = g * groupHeight;
    svg.push(bilingualSvgText(period.label, `x="0" y="${top + 22}"`));
    rows.forEach((r, i) => {
      const n = r.byPeriod[period.id]!.personIds.length;
      const w = (n / max) * barArea;
      const y = top + 4 + i * 12;
      const id = cells.register(r.byPeriod[period.id]!, caption(main, r.label, period.label));
      svg.push(`<g${clickable(id)}><title>${escapeHtml(r.label.en)}, ${escapeHtml(period.label.en)}: ${n}</title><rect x="${labelWidth}" y="${y}" width="${Math.max(w, n > 0 ? 2 : 0).toFixed(1)}" height="10" fill="${SERIES[i]!.colour}"/><text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + 9}">${n}</text></g>`);
    });
  });
  const height = report.periods.length * groupHeight;
  const legend = rows.map((r, i) => `<span><span class="swatch ${SERIES[i]!.css}"></span>${bilingual(r.label)}</span>`).join('');
  return `${head}<div class="meta">${bilingual(main.title)}</div><svg viewBox="0 0 ${labelWidth + barArea + 40} ${height}" width="${labelWidth + barArea + 40}" height="${height}" role="img">${svg.join('')}</svg><div class="legend">${legend}</div></figure>`;
}

/** The distribution of match probabilities, the review band shaded behind the bars. */
export function histogramChart(histogram: ProbabilityHistogram): string {
  const head = `<figure id="chart-probabilities"><figcaption>${bilingual(UI_LABELS.probabilities)}</figcaption>`;
  if (histogram.pairs === 0) return `${head}<p class="hint">${bilingual(UI_LABELS.noPairs)}</p></figure>`;
  const [left, top, plotW, plotH] = [36, 18, 480, 150];
  const x = (p: number) => left + p * plotW;
  const max = Math.max(...histogram.counts);
  const svg: string[] = [];
  if (histogram.band) {
    const { lower, upper } = histogram.band;
    svg.push(`<rect x="${x(lower).toFixed(1)}" y="${top}" width="${(x(upper) - x(lower)).toFixed(1)}" height="${plotH}" fill="var(--band)"/>`);
    svg.push(bilingualSvgText(UI_LABELS.reviewBand, `x="${x((lower + upper) / 2).toFixed(1)}" y="${top - 5}" text-anchor="middle"`));
  }
  const binW = plotW / histogram.counts.length;
  histogram.counts.forEach((n, i) => {
    const h = (n / max) * plotH;
    const from = histogram.edges[i]!;
    svg.push(`<rect x="${(x(from) + 1).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(binW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="var(--first)"><title>${from.toFixed(2)}–${(from + 1 / histogram.counts.length).toFixed(2)}: ${n}</title></rect>`);
  });
  svg.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="#5f6b76"/>`);
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) svg.push(`<text x="${x(tick).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle">${tick}</text>`);
  svg.push(`<text x="${left - 6}" y="${top + 8}" text-anchor="end">${max}</text><text x="${left - 6}" y="${top + plotH}" text-anchor="end">0</text>`);
  const legend = histogram.band ? `<div class="legend"><span><span class="swatch band"></span>${bilingual(UI_LABELS.reviewBand)}: ${histogram.band.lower}–${histogram.band.upper}</span><span>${histogram.pairs} ${bilingual({ en: 'pairs', ru: 'пар' })}</span></div>` : '';
  return `${head}<svg viewBox="0 0 ${left + plotW + 10} ${top + plotH + 22}" width="${left + plotW + 10}" height="${top + plotH + 22}" role="img">${svg.join('')}</svg>${legend}</figure>`;
}

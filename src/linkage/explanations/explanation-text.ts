import type { PairExplanation } from './match-explanation.js';

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}

function probability(value: number | undefined): string {
  if (value === undefined) return '';
  return value >= 0.001 ? value.toFixed(3) : value.toExponential(1);
}

/**
 * Renders a waterfall as lines of plain text for a terminal, one line per step and a bar for the
 * weight. Returns strings: printing is the CLI's job.
 *
 * @example
 * renderExplanation(explainPair(scorer, features, 0, 1)).join('\n');
 */
export function renderExplanation(explanation: PairExplanation): string[] {
  const lines = [`${explanation.record_l}  vs  ${explanation.record_r}`];
  const rows = explanation.steps.map((step) => [
    step.column,
    step.column === 'prior' ? '' : `${step.value_l || '∅'} | ${step.value_r || '∅'}`,
    step.label,
    probability(step.m_probability),
    probability(step.u_probability),
    signed(step.match_weight),
    step.tf_adjustment === 0 ? '' : signed(step.tf_adjustment),
    signed(step.total_weight),
  ]);
  const header = ['field', 'values', 'level', 'm', 'u', 'weight', 'tf adj', 'total'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] as string).length)));
  const format = (cells: string[]): string => cells.map((cell, c) => (c >= 3 ? cell.padStart(widths[c] as number) : cell.padEnd(widths[c] as number))).join('  ');
  lines.push(format(header));
  rows.forEach((row, i) => {
    const weight = (explanation.steps[i] as PairExplanation['steps'][number]).total_weight;
    const bar = (weight >= 0 ? '+' : '-').repeat(Math.min(20, Math.round(Math.abs(weight))));
    lines.push(`${format(row)}  ${bar}`);
  });
  lines.push(`match_weight ${signed(explanation.match_weight)}  match_probability ${explanation.match_probability.toFixed(4)}`);
  return lines;
}

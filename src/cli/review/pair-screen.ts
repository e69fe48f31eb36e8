import type { PairExplanation } from '../../linkage/index.js';
import type { ReviewAnswer } from '../../register/review-session.js';
import type { RecordColumn } from '../record-columns.js';
import { fit, recordColumns } from '../record-columns.js';

/** A pair as the review screen shows it. */
export interface ReviewPairView {
  a: RecordColumn;
  b: RecordColumn;
  match_probability: number;
  match_weight: number;
  explanation?: PairExplanation;
  /** Lines under the pair: the person each record is in now and its other records. */
  context?: string[];
  /** A source's decision about the pair (a PFIF link), which the reviewer's answer overrides. */
  sourceSays?: { reviewer: string; verdict: string; note: string };
}

/** What the screen says besides the pair: where the reviewer is and what just happened. */
export interface ScreenState {
  left: number;
  total: number;
  note: string;
  /** The answer already stored for this pair, when undo came back to it. */
  stored?: ReviewAnswer<unknown>;
  /** One line about the last key (undo, a note kept, an unknown key). */
  message?: string;
}

/** The keys, shown under every pair. */
export const KEY_HELP = '[s] same  [d] different  [u] unsure  [space/k] skip  [n] note  [z] undo  [q] quit';

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

/**
 * The field-by-field match weights, one line each: what the model saw and how much it counted.
 * The values themselves are in the columns above, so only the level and the weight are shown.
 */
export function weightLines(explanation: PairExplanation, width = 100): string[] {
  const lines = ['Match weights (bits; + says same person, - says different):'];
  for (const step of explanation.steps) {
    const label = step.column === 'prior' ? 'prior (two random records)' : step.label === 'null' ? nullLevelLabel(step.value_l, step.value_r) : step.label;
    const bar = (step.total_weight >= 0 ? '+' : '-').repeat(Math.min(30, Math.round(Math.abs(step.total_weight))));
    const tf = step.tf_adjustment === 0 ? '' : ` (name frequency ${signed(step.tf_adjustment)})`;
    lines.push(`  ${fit(step.column, 16)} ${fit(label + tf, width - 36)} ${signed(step.total_weight).padStart(7)} ${bar}`.trimEnd().slice(0, width));
  }
  return lines;
}

/**
 * What the engine's null level means to a reviewer: one side gives nothing (no weight either
 * way), or both give a value that is not comparable (a visit's date against a disappearance's:
 * the lists mean different things by it).
 */
export function nullLevelLabel(left: string, right: string): string {
  return left !== '' && right !== '' ? 'not comparable: the lists mean different things by it' : 'not given on one side: counts neither way';
}

/** The whole screen for one pair, at most `width` columns wide. */
export function pairScreen(pair: ReviewPairView, state: ScreenState, width = 100): string[] {
  const done = state.total - state.left;
  const lines = [
    `Review: ${state.left} of ${state.total} left${done > 0 ? ` (${done} seen)` : ''}    match probability ${pair.match_probability.toFixed(3)}, weight ${signed(pair.match_weight)}`,
    '',
    ...recordColumns([pair.a, pair.b], width),
    '',
  ];
  if (pair.context !== undefined && pair.context.length > 0) lines.push(...pair.context, '');
  if (pair.explanation !== undefined) lines.push(...weightLines(pair.explanation, width), '');
  if (pair.sourceSays !== undefined) {
    const said = pair.sourceSays;
    lines.push(`The source says "${said.verdict}" (${said.reviewer}${said.note === '' ? '' : `: ${said.note}`}); your answer overrides it.`.slice(0, width * 3), '');
  }
  if (state.stored !== undefined) {
    lines.push(`Already stored: "${state.stored.verdict}"${state.stored.note === '' ? '' : ` (${state.stored.note})`}. A new answer supersedes it; skip keeps it.`);
  }
  if (state.note !== '') lines.push(`Note: ${state.note}`);
  if (state.message !== undefined) lines.push(state.message);
  lines.push(KEY_HELP);
  return lines;
}

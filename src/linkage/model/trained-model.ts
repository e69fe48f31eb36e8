import { WhereaboutsError } from '../../errors.js';
import type { Comparer } from '../comparisons/comparison-levels.js';
import type { LinkageSettings } from './linkage-settings.js';
import { parseLinkageSettings } from './linkage-settings.js';

/**
 * The version of the saved model's shape. Bump it when the shape changes; readers refuse newer
 * ones. 2 added the event comparisons (`event_date`, `event_place`, `event_order`) and places
 * compared across scripts (`acrossScripts`); a version 1 model still reads, and scores as it
 * did (its places compare folded text).
 */
export const MODEL_FORMAT_VERSION = 2;

/** Versions this whereabouts reads. */
const READABLE_VERSIONS: readonly unknown[] = [1, 2];

/** One level of a trained comparison, in Splink's terms. */
export interface ComparisonLevelModel {
  label: string;
  /** -1 for the null level, 0 for "else", higher for closer agreement. */
  gamma: number;
  is_null_level: boolean;
  m_probability: number;
  u_probability: number;
  tf_adjustment: boolean;
}

/** One trained comparison: its levels, strongest first as Splink lists them. */
export interface ComparisonModel {
  output_column_name: string;
  comparison_levels: ComparisonLevelModel[];
}

/** How the model was trained, for the record of the run. */
export interface TrainingSummary {
  records: number;
  candidate_pairs: number;
  u_sampled_pairs: number;
  em_iterations: number;
  em_converged: boolean;
  /** Share of candidate pairs EM judged to be matches. */
  em_lambda_within_candidates: number;
  labelled_same_pairs: number;
}

/**
 * Settings plus everything learnt: saved as JSON with every run. Term frequencies are not in
 * it: they are a property of the records, recomputed from them.
 */
export interface TrainedModel {
  format_version: typeof MODEL_FORMAT_VERSION;
  settings: LinkageSettings;
  /** Splink's prior (lambda) over all record pairs, not only candidates. */
  probability_two_random_records_match: number;
  comparisons: ComparisonModel[];
  training: TrainingSummary;
}

/** Builds the model's comparison entries from probability tables indexed by level index. */
export function comparisonModels(comparers: readonly Comparer[], m: readonly number[][], u: readonly number[][]): ComparisonModel[] {
  return comparers.map((comparer, k) => ({
    output_column_name: comparer.name,
    comparison_levels: comparer.levels
      .map((level, index) => ({
        label: level.label,
        gamma: index - 1,
        is_null_level: level.isNull,
        m_probability: level.isNull ? 1 : ((m[k] as number[])[index] as number),
        u_probability: level.isNull ? 1 : ((u[k] as number[])[index] as number),
        tf_adjustment: level.tfAdjusted,
      }))
      .reverse(),
  }));
}

/** m and u tables indexed [comparison][level index], checked against compiled comparers. */
export function probabilityTables(model: TrainedModel, comparers: readonly Comparer[]): { m: number[][]; u: number[][] } {
  if (model.comparisons.length !== comparers.length) throw new WhereaboutsError('WA_SETTINGS_INVALID', 'the model does not match its comparisons');
  const m: number[][] = [];
  const u: number[][] = [];
  model.comparisons.forEach((comparison, k) => {
    const comparer = comparers[k] as Comparer;
    if (comparison.output_column_name !== comparer.name || comparison.comparison_levels.length !== comparer.levels.length) {
      throw new WhereaboutsError('WA_SETTINGS_INVALID', `the model's comparison ${comparison.output_column_name} does not match its settings`);
    }
    const mk = new Array<number>(comparer.levels.length).fill(1);
    const uk = new Array<number>(comparer.levels.length).fill(1);
    for (const level of comparison.comparison_levels) {
      mk[level.gamma + 1] = level.m_probability;
      uk[level.gamma + 1] = level.u_probability;
    }
    m.push(mk);
    u.push(uk);
  });
  return { m, u };
}

/** The model as JSON text, keys in a stable order so saved models diff cleanly. */
export function serialiseModel(model: TrainedModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

function invalid(detail: string): never {
  throw new WhereaboutsError('WA_SETTINGS_INVALID', `saved model is invalid: ${detail}`);
}

function probability(value: unknown, where: string): number {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) invalid(`${where} must be a probability above 0`);
  return value;
}

/**
 * Reads a saved model (parsed JSON) back, checking its version and every probability.
 * Throws WA_SETTINGS_INVALID.
 */
export function parseModel(value: unknown): TrainedModel {
  if (typeof value !== 'object' || value === null) invalid('expected an object');
  const v = value as Record<string, unknown>;
  if (!READABLE_VERSIONS.includes(v.format_version)) {
    invalid(`format_version ${String(v.format_version)} is not one of ${READABLE_VERSIONS.join(', ')}; it was written by ${typeof v.format_version === 'number' && v.format_version > MODEL_FORMAT_VERSION ? 'a newer' : 'an unknown'} whereabouts`);
  }
  const settings = parseLinkageSettings(v.settings);
  if (!Array.isArray(v.comparisons) || v.comparisons.length !== settings.comparisons.length) invalid('comparisons must match the settings');
  const comparisons = (v.comparisons as unknown[]).map((c, k): ComparisonModel => {
    if (typeof c !== 'object' || c === null) invalid(`comparisons[${k}] must be an object`);
    const cm = c as Record<string, unknown>;
    if (typeof cm.output_column_name !== 'string' || !Array.isArray(cm.comparison_levels)) invalid(`comparisons[${k}] is malformed`);
    return {
      output_column_name: cm.output_column_name,
      comparison_levels: (cm.comparison_levels as unknown[]).map((l, i) => {
        const where = `comparisons[${k}].comparison_levels[${i}]`;
        if (typeof l !== 'object' || l === null) invalid(`${where} must be an object`);
        const level = l as Record<string, unknown>;
        if (typeof level.label !== 'string' || typeof level.gamma !== 'number' || !Number.isInteger(level.gamma) || level.gamma < -1) invalid(`${where} needs a label and a gamma`);
        return {
          label: level.label,
          gamma: level.gamma,
          is_null_level: level.is_null_level === true,
          m_probability: probability(level.m_probability, `${where}.m_probability`),
          u_probability: probability(level.u_probability, `${where}.u_probability`),
          tf_adjustment: level.tf_adjustment === true,
        };
      }),
    };
  });
  const training = (typeof v.training === 'object' && v.training !== null ? v.training : {}) as TrainingSummary;
  return {
    format_version: MODEL_FORMAT_VERSION,
    settings,
    probability_two_random_records_match: probability(v.probability_two_random_records_match, 'probability_two_random_records_match'),
    comparisons,
    training,
  };
}

import { WhereaboutsError } from '../../errors.js';
import type { BlockingRule } from '../blocking/blocking.js';
import { defaultBlockingRules, validateBlockingRules } from '../blocking/blocking.js';
import type { ComparisonSettings } from '../comparisons/comparison-settings.js';
import { defaultComparisons, parseComparisonSettings } from '../comparisons/comparison-settings.js';

/**
 * Everything that decides a linkage run, as plain data with typed defaults. Saved with every
 * run (inside the trained model) so that a result can be explained and reproduced.
 */
export interface LinkageSettings {
  comparisons: ComparisonSettings[];
  blockingRules: BlockingRule[];
  /**
   * The pair budget of one block: a block with more candidate pairs is split by its rule's
   * refinements (birth year, given name...) until its pieces fit, or skipped (and reported).
   */
  maxPairsPerBlock: number;
  /** Random record pairs drawn to estimate u. */
  uSamplePairs: number;
  /** Seed of every random draw: same input and seed, same model and same persons. */
  seed: number;
  emMaxIterations: number;
  emConvergence: number;
  /** How many labelled pairs EM's own m is worth when blending with human labels. */
  labelBlendWeight: number;
  /** Pairs at or above this match_probability are joined into one person. */
  matchThreshold: number;
  /** Pairs between this and `matchThreshold` are left for review. */
  reviewThreshold: number;
  /**
   * Chaining guard: two clusters are not joined when any record of one scores below this
   * match_probability with any record of the other (complete-link veto).
   */
  vetoThreshold: number;
  /** Lists declared free of duplicates: a person appears in each at most once. */
  duplicateFreeLists: string[];
}

/** The settings used when none are given. */
export function defaultLinkageSettings(): LinkageSettings {
  return {
    comparisons: defaultComparisons(),
    blockingRules: defaultBlockingRules(),
    maxPairsPerBlock: 300,
    uSamplePairs: 1_000_000,
    seed: 1,
    emMaxIterations: 100,
    emConvergence: 1e-5,
    labelBlendWeight: 20,
    matchThreshold: 0.5,
    reviewThreshold: 0.2,
    vetoThreshold: 0.01,
    duplicateFreeLists: [],
  };
}

function invalid(detail: string): never {
  throw new WhereaboutsError('WA_SETTINGS_INVALID', `settings are invalid: ${detail}`);
}

function probability(value: unknown, name: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) invalid(`${name} must be a probability between 0 and 1`);
  return value;
}

function nonNegative(value: unknown, name: string): number {
  if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value)) invalid(`${name} must be a number of at least 0`);
  return value;
}

function positiveInteger(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) invalid(`${name} must be a positive integer`);
  return value;
}

/**
 * Reads settings from parsed JSON: missing keys take their defaults, wrong ones throw
 * WA_SETTINGS_INVALID naming the key.
 */
export function parseLinkageSettings(value: unknown): LinkageSettings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid('expected an object');
  const v = value as Partial<Record<keyof LinkageSettings, unknown>>;
  const d = defaultLinkageSettings();
  const comparisons =
    v.comparisons === undefined
      ? d.comparisons
      : Array.isArray(v.comparisons) && v.comparisons.length > 0
        ? v.comparisons.map((c, i) => parseComparisonSettings(c, `comparisons[${i}]`))
        : invalid('comparisons must be a non-empty array');
  const blockingRules = v.blockingRules === undefined ? d.blockingRules : (v.blockingRules as BlockingRule[]);
  if (!Array.isArray(blockingRules)) invalid('blockingRules must be an array');
  validateBlockingRules(blockingRules);
  const duplicateFreeLists = v.duplicateFreeLists ?? d.duplicateFreeLists;
  if (!Array.isArray(duplicateFreeLists) || duplicateFreeLists.some((l) => typeof l !== 'string')) invalid('duplicateFreeLists must be list names');
  const settings: LinkageSettings = {
    comparisons,
    blockingRules: blockingRules.map((r) => ({ name: r.name, keys: [...r.keys], ...(r.refineBy === undefined ? {} : { refineBy: [...r.refineBy] }) })),
    maxPairsPerBlock: positiveInteger(v.maxPairsPerBlock ?? d.maxPairsPerBlock, 'maxPairsPerBlock'),
    uSamplePairs: positiveInteger(v.uSamplePairs ?? d.uSamplePairs, 'uSamplePairs'),
    seed: positiveInteger(v.seed ?? d.seed, 'seed'),
    emMaxIterations: positiveInteger(v.emMaxIterations ?? d.emMaxIterations, 'emMaxIterations'),
    emConvergence: probability(v.emConvergence ?? d.emConvergence, 'emConvergence'),
    labelBlendWeight: nonNegative(v.labelBlendWeight ?? d.labelBlendWeight, 'labelBlendWeight'),
    matchThreshold: probability(v.matchThreshold ?? d.matchThreshold, 'matchThreshold'),
    reviewThreshold: probability(v.reviewThreshold ?? d.reviewThreshold, 'reviewThreshold'),
    vetoThreshold: probability(v.vetoThreshold ?? d.vetoThreshold, 'vetoThreshold'),
    duplicateFreeLists: [...(duplicateFreeLists as string[])],
  };
  if (settings.reviewThreshold > settings.matchThreshold) invalid('reviewThreshold must not exceed matchThreshold');
  if (settings.vetoThreshold >= settings.matchThreshold) invalid('vetoThreshold must be below matchThreshold');
  return settings;
}

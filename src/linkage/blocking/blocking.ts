/*
 * Blocking: the plan of which records are compared. What other modules import from; the parts
 * live in blocking-rules.ts (rules and key parts), blocking-features.ts (the records' values of
 * each part), block-memberships.ts (records grouped into blocks by radix sort),
 * block-refinement.ts (oversized blocks split within the pair budget), key-signatures.ts,
 * blocking-compiler.ts (a rule compiled into shared arrays) and candidate-pairs.ts (the walk).
 */
import { BlockingCompiler } from './blocking-compiler.js';
import type { CompiledBlockingRule } from './blocking-compiler.js';
import { blockingFeaturesOf } from './blocking-features.js';
import type { BlockingRule } from './blocking-rules.js';
import { validateBlockingRules } from './blocking-rules.js';
import type { KeySignatures } from './key-signatures.js';
import { setListBounds } from './key-signatures.js';
import type { RecordFeatures } from '../features/record-features.js';

/** Everything blocking knows, shared by the counting pass, the scoring pass and the workers. */
export interface BlockingPlan {
  rules: CompiledBlockingRule[];
  /** Blocks with more pairs than this are split by their rule's refinements, or skipped (and reported) when none is left. */
  maxPairsPerBlock: number;
  signatures: KeySignatures;
}

/**
 * Computes every rule's blocks in time and memory linear in the number of records (times the
 * keys per name). A block whose pair count exceeds `maxPairsPerBlock` is split by the rule's
 * refinements until its pieces fit; what still does not fit is skipped (the report says which).
 * Every generated block then holds at most s = sqrt(2 × maxPairsPerBlock) records, so a record
 * takes part in at most s pairs per block it sits in: candidate pairs grow linearly in the
 * records, never with the square of a common name's frequency. `parallel-blocking.ts` compiles
 * the rules on worker threads instead, to the same plan.
 */
export function planBlocking(features: RecordFeatures, rules: readonly BlockingRule[], maxPairsPerBlock: number): BlockingPlan {
  validateBlockingRules(rules);
  const compiler = new BlockingCompiler(blockingFeaturesOf(features), rules, maxPairsPerBlock);
  const compiled = rules.map((_, rule) => compiler.compile(rule));
  const signatures = compiler.signatures();
  setListBounds(signatures, compiled);
  return { rules: compiled, maxPairsPerBlock, signatures };
}

export { BLOCKING_KEY_PARTS, defaultBlockingRules, defaultRefinements, validateBlockingRules } from './blocking-rules.js';
export type { BlockingKeyPart, BlockingRule } from './blocking-rules.js';
export { blockingFeaturesOf } from './blocking-features.js';
export type { BlockingFeatures } from './blocking-features.js';
export { BlockingCompiler } from './blocking-compiler.js';
export type { CompiledBlockingRule } from './blocking-compiler.js';
export { setListBounds } from './key-signatures.js';
export type { KeySignatures } from './key-signatures.js';
export { forEachPairInRange, generatedEarlier, pairsInRange, splitIntoRanges } from './candidate-pairs.js';
export type { BlockRange } from './candidate-pairs.js';

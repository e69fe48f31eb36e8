import type { ScoredPair } from './register-record.js';
import { pairKey } from './register-record.js';

/** The band of match probabilities a person must look at; both ends belong to the band. */
export interface ReviewBand {
  lower: number;
  upper: number;
}

/** A pair waiting for review, with how much a decision would teach (binary entropy, in bits). */
export interface ReviewItem extends ScoredPair {
  entropy: number;
}

/** The binary entropy of a probability: 1 bit at 0.5, 0 at certainty. */
export function binaryEntropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

/**
 * The review queue: pairs inside the band, not yet decided, the most informative first (the
 * closest to 0.5). Ties fall back to the pair's sorted keys so the queue is the same on every run.
 * `decided` holds {@link pairKey}s of pairs that already have a decision in force.
 */
export function reviewQueue(pairs: readonly ScoredPair[], band: ReviewBand, decided: ReadonlySet<string> = new Set()): ReviewItem[] {
  return pairs
    .filter((p) => p.match_probability >= band.lower && p.match_probability <= band.upper && !decided.has(pairKey(p.a, p.b)))
    .map((p) => ({ ...p, entropy: binaryEntropy(p.match_probability) }))
    .sort((x, y) => {
      const dx = Math.abs(x.match_probability - 0.5);
      const dy = Math.abs(y.match_probability - 0.5);
      if (dx !== dy) return dx - dy;
      const kx = pairKey(x.a, x.b);
      const ky = pairKey(y.a, y.b);
      return kx < ky ? -1 : kx > ky ? 1 : 0;
    });
}

import type { ReviewBand } from '../register/review-queue.js';
import type { ProbabilityHistogram } from './report-model.js';

/** Counts match probabilities in `bins` bins of equal width over [0, 1]; 1 falls in the last. */
export function probabilityHistogram(probabilities: readonly number[], band?: ReviewBand, bins = 20): ProbabilityHistogram {
  const edges = Array.from({ length: bins }, (_, i) => i / bins);
  const counts = new Array<number>(bins).fill(0);
  for (const p of probabilities) {
    if (!(p >= 0 && p <= 1)) continue;
    counts[Math.min(bins - 1, Math.floor(p * bins))]!++;
  }
  return { edges, counts, band, pairs: counts.reduce((a, b) => a + b, 0) };
}

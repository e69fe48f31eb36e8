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

/**
 * A histogram from counts already made (the reconcile run stores them, as scoring a million
 * records gives tens of millions of pairs): bin i covers [i/n, (i+1)/n), the last includes 1.
 */
export function histogramFromCounts(counts: readonly number[], band?: ReviewBand): ProbabilityHistogram {
  const bins = counts.length;
  const clean = counts.map((c) => (Number.isFinite(c) && c > 0 ? Math.floor(c) : 0));
  return { edges: Array.from({ length: bins }, (_, i) => i / bins), counts: clean, band, pairs: clean.reduce((a, b) => a + b, 0) };
}

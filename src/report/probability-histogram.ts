import type { ReviewBand } from '../register/review-queue.js';
import type { ProbabilityHistogram } from './report-model.js';

/** Bins of a match-probability histogram, in the report and in every run's summary. */
export const PROBABILITY_BINS = 20;

/** The bin of a probability in [0, 1] among `bins` bins of equal width; 1 falls in the last. */
export function probabilityBin(probability: number, bins = PROBABILITY_BINS): number {
  return Math.min(bins - 1, Math.floor(probability * bins));
}

/** Counts match probabilities in `bins` bins of equal width over [0, 1]; 1 falls in the last. */
export function probabilityHistogram(probabilities: readonly number[], band?: ReviewBand, bins = PROBABILITY_BINS): ProbabilityHistogram {
  const edges = Array.from({ length: bins }, (_, i) => i / bins);
  const counts = new Array<number>(bins).fill(0);
  for (const p of probabilities) {
    if (!(p >= 0 && p <= 1)) continue;
    counts[probabilityBin(p, bins)]!++;
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

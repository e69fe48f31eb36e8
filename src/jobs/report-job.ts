import { WhereaboutsError } from '../errors.js';
import type { ReviewBand } from '../register/index.js';
import type { Language, Report, WrittenReport } from '../report/index.js';
import { buildReport, writeReport } from '../report/index.js';
import type { StoredRun } from '../store/register-repository.js';
import type { Repository } from '../store/repository.js';
import type { LoadedRegister } from './load-register.js';
import { loadRegister } from './load-register.js';

/** What `whereabouts report` asks for. */
export interface ReportRequest {
  /** ISO days; each splits every count into before and from it. */
  cutoffs: readonly string[];
  outDir: string;
  /** Language of the spreadsheets; the HTML holds both. */
  lang: Language;
  /** ISO timestamp printed on the report. */
  generatedAt: string;
}

/** The report and what it was built from. */
export interface ReportOutcome {
  report: Report;
  written: WrittenReport;
  register: LoadedRegister;
  run: StoredRun;
}

function storedHistogram(summary: Record<string, unknown>): number[] | undefined {
  const counts = summary['probabilityHistogram'];
  return Array.isArray(counts) && counts.every((c) => typeof c === 'number') ? (counts as number[]) : undefined;
}

function storedBand(summary: Record<string, unknown>): ReviewBand | undefined {
  const band = summary['reviewBand'] as { lower?: unknown; upper?: unknown } | undefined;
  return typeof band?.lower === 'number' && typeof band.upper === 'number' ? { lower: band.lower, upper: band.upper } : undefined;
}

/**
 * Builds the reconciliation report from the store: the register as the latest reconcile left it
 * (records read in the latest version of each list), the match-probability distribution and the
 * review band that run stored, then writes HTML, XLSX and CSV into `outDir`.
 */
export async function reportFromStore(store: Repository, request: ReportRequest): Promise<ReportOutcome> {
  const run = await store.latestRun();
  if (run === undefined) throw new WhereaboutsError('WA_NOTHING_TO_DO', 'no reconciliation in this store yet: run `whereabouts reconcile` first');
  const register = await loadRegister(store);
  const counts = storedHistogram(run.summary);
  const band = storedBand(run.summary);
  const report = buildReport({
    persons: register.persons,
    cutoffs: request.cutoffs,
    generatedAt: request.generatedAt,
    ...(counts === undefined ? {} : { probabilityCounts: counts }),
    ...(band === undefined ? {} : { reviewBand: band }),
  });
  const written = await writeReport(report, request.outDir, request.lang);
  return { report, written, register, run };
}

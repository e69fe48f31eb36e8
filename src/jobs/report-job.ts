import { rowPlaceText } from '../ingest/row-place.js';
import type { AccountingFrame, ReviewBand } from '../register/index.js';
import type { Cutoff, Language, Report, ReportSource, WrittenReport } from '../report/index.js';
import { buildReport, writeReport } from '../report/index.js';
import type { StoredRun } from '../store/register-repository.js';
import type { Repository } from '../store/repository.js';
import { latestRunOrFail, requestedCutoffs } from './accounting-job.js';
import type { LoadedRegister } from './load-register.js';
import { loadRegister } from './load-register.js';
import { undecidedPairCount } from './review-session.js';

/** What `whereabouts report` asks for. */
export interface ReportRequest {
  /** `YYYY-MM-DD` or `YYYY-MM-DD=label`; undefined: the store's ceasefire setting, if any. */
  cutoffs?: readonly (string | Cutoff)[];
  /** The home and detaining parties, where the caller names them; else chosen from the lists. */
  frame?: AccountingFrame;
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

/** Where the report's numbers come from: the run, the list versions read, the review still open. */
async function reportSource(store: Repository, run: StoredRun, register: LoadedRegister): Promise<ReportSource> {
  return {
    runId: run.id,
    finishedAt: run.finishedAt,
    actor: run.actor,
    versions: register.versions.map(({ list, version }) => ({
      list: list.name,
      ...(list.label === undefined || list.label === null ? {} : { label: list.label }),
      party: list.party ?? '',
      kind: list.kind,
      version: version.version,
      fileName: version.fileName,
      importedAt: version.importedAt,
      records: version.recordCount,
    })),
    undecidedPairs: await undecidedPairCount(store, run),
  };
}

/** The model of the report from the store, not yet written: what `report --for PARTY` may filter first. */
export async function reportModelFromStore(store: Repository, request: Omit<ReportRequest, 'outDir' | 'lang'>): Promise<{ report: Report; register: LoadedRegister; run: StoredRun }> {
  const run = await latestRunOrFail(store);
  const register = await loadRegister(store);
  const counts = storedHistogram(run.summary);
  const band = storedBand(run.summary);
  const labels: Record<string, string> = {};
  for (const { list } of register.versions) if (list.label !== undefined && list.label !== null) labels[list.name] = list.label;
  const report = buildReport({
    persons: register.persons,
    cutoffs: await requestedCutoffs(store, request.cutoffs),
    ...(request.frame === undefined ? {} : { frame: request.frame }),
    generatedAt: request.generatedAt,
    listLabels: labels,
    rowLabels: new Map([...register.places].map(([key, p]) => [key, { en: rowPlaceText(p.place, 'en'), ru: rowPlaceText(p.place, 'ru') }])),
    source: await reportSource(store, run, register),
    ...(counts === undefined ? {} : { probabilityCounts: counts }),
    ...(band === undefined ? {} : { reviewBand: band }),
  });
  return { report, register, run };
}

/**
 * Builds the reconciliation report from the store: the register as the latest reconcile left it
 * (records read in the latest version of each list), the match-probability distribution and the
 * review band that run stored, then writes HTML, XLSX and CSV into `outDir`.
 */
export async function reportFromStore(store: Repository, request: ReportRequest): Promise<ReportOutcome> {
  const { report, register, run } = await reportModelFromStore(store, request);
  const written = await writeReport(report, request.outDir, request.lang);
  return { report, written, register, run };
}

import type { CanonicalField, ListKind } from '../ingest/record.js';
import type { Person } from '../register/person.js';
import type { ReviewBand } from '../register/review-queue.js';
import type { StatusEventType } from '../register/status-timeline.js';
import type { Label } from './label.js';
import type { Period } from './periods.js';

/** A list as the report names it. */
export interface ReportList {
  list: string;
  party: string;
  kind: ListKind;
  /** Records on the list (a person listed twice counts twice here). */
  records: number;
}

/** One number of a table and the persons behind it; the number is `personIds.length`. */
export interface ReportCell {
  personIds: string[];
}

/** A row of a table: one measure, its total and, with cut-offs, one cell per period. */
export interface ReportRow {
  id: string;
  label: Label;
  /** Extra words shown under the label, e.g. the record count of a list. */
  detail?: Label;
  total: ReportCell;
  /** By period id, in the order of {@link Report.periods}; empty without cut-offs. */
  byPeriod: Record<string, ReportCell>;
}

/** A table of the report. `id` is stable (file and sheet names derive from it). */
export interface ReportTable {
  id: string;
  kind: 'lists' | 'parties' | 'pair' | 'status';
  title: Label;
  /** For `pair` tables: the two lists, the first being the missing list where there is one. */
  lists?: [string, string];
  rows: ReportRow[];
}

/** A name as one source wrote it, for the persons table. */
export interface WrittenName {
  recordKey: string;
  list: string;
  party: string;
  name: string;
}

/** A person as the report's persons table shows them. */
export interface PersonRow {
  personId: string;
  names: WrittenName[];
  /** The best birth date; absent when the sources disagree without a majority (see below). */
  birthDate?: string;
  /** Every distinct birth date the sources give, as ISO text, so a disagreement stays visible. */
  birthDateClaims: string[];
  /** Every distinct date of capture or disappearance the sources give, as written. */
  eventDates: string[];
  period?: string;
  status?: StatusEventType;
  lists: string[];
  /** Fields the sources contradict each other on. */
  conflictFields: CanonicalField[];
  duplicatedOn: string[];
}

/** Match probabilities in bins of equal width, with the review band to mark. */
export interface ProbabilityHistogram {
  /** Lower edge of each bin; the last bin includes 1. */
  edges: number[];
  counts: number[];
  band?: ReviewBand;
  pairs: number;
}

/** What {@link buildReport} needs: the register and, for the chart, the scored pairs. */
export interface ReportInput {
  persons: readonly Person[];
  /** Scored pairs for the distribution of match probabilities; optional. */
  pairs?: readonly { match_probability: number }[];
  /**
   * The distribution already counted, in bins of equal width over [0, 1] (what a reconcile run
   * stores); used instead of `pairs` when given.
   */
  probabilityCounts?: readonly number[];
  reviewBand?: ReviewBand;
  /** ISO dates `YYYY-MM-DD`; each splits every count into before and from it. */
  cutoffs?: readonly string[];
  /** The page's heading; a plain string reads the same in both languages. */
  title?: string | Label;
  /** ISO timestamp printed on the report; the caller supplies it so the report is reproducible. */
  generatedAt?: string;
}

/** The reconciliation report as plain data: every writer renders this and nothing else. */
export interface Report {
  title: Label;
  generatedAt?: string;
  cutoffs: string[];
  periods: Period[];
  lists: ReportList[];
  tables: ReportTable[];
  persons: PersonRow[];
  histogram: ProbabilityHistogram;
}

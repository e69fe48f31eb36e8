import type { CanonicalField, ListKind } from '../ingest/record.js';
import type { AccountingFrame, AccountingState } from '../register/accounting-states.js';
import type { Person } from '../register/person.js';
import type { ReviewBand } from '../register/review-queue.js';
import type { StatusEventType } from '../register/status-timeline.js';
import type { AccountingSummary } from './accounting-summary.js';
import type { Label } from './label.js';
import type { Cutoff, Period } from './periods.js';

/** A list as the report names it. */
export interface ReportList {
  list: string;
  party: string;
  kind: ListKind;
  /** Records on the list (a person listed twice counts twice here). */
  records: number;
  /** The list's label (`list set --label`), shown instead of its name where given. */
  label?: string;
}

/** A list version the report read, as the store describes it. */
export interface ReportListVersion {
  list: string;
  label?: string;
  party: string;
  kind: ListKind;
  version: number;
  fileName: string;
  /** ISO timestamp of the import. */
  importedAt: string;
  records: number;
}

/** Where the report's numbers come from: the reconcile run and the review still open. */
export interface ReportSource {
  runId: number;
  /** ISO timestamp the run finished. */
  finishedAt: string;
  actor: string;
  versions: ReportListVersion[];
  /** Pairs of that run still waiting in review: each could move a person between the numbers. */
  undecidedPairs: number;
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
  kind: 'answers' | 'accounting' | 'lists' | 'parties' | 'pair' | 'status';
  title: Label;
  /** For `pair` tables: the two lists, the first being the missing list where there is one. */
  lists?: [string, string];
  /** A short title for places with little room (sheet names: 31 characters). */
  shortTitle?: Label;
  /** Pair tables of lists that say little of each other (two lists of fates), shown folded. */
  folded?: boolean;
  /** A sentence under the title, such as which date decides the period. */
  note?: Label;
  rows: ReportRow[];
}

/** A name as one source wrote it, for the persons table and the clerk's spreadsheet. */
export interface WrittenName {
  recordKey: string;
  list: string;
  party: string;
  /** The whole name as written: the full-name cell, else surname, given name and father's name. */
  name: string;
  surname?: string;
  givenName?: string;
  /** Patronymic or father's name, as written. */
  fatherName?: string;
  /** Birth date as the source wrote it. */
  birthDate?: string;
  /** The row as the clerk finds it in the file: "Excel row 12", "line 5", "row 3". */
  where: Label;
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
  accountingState: AccountingState;
  /** Blocking keys of every name part (the names layer's), so a search finds any script's spelling. */
  nameKeys: string[];
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
  /** `YYYY-MM-DD` or `YYYY-MM-DD=label`; each splits every count into before and from it. */
  cutoffs?: readonly (string | Cutoff)[];
  /** The home and detaining parties; those not given are chosen from the lists. */
  frame?: AccountingFrame;
  /** Labels of the lists, by name (`list set --label`). */
  listLabels?: Readonly<Record<string, string>>;
  /** How each record's row reads to the clerk ("Excel row 12"), by record key; else "row N". */
  rowLabels?: ReadonlyMap<string, Label>;
  /** The run and list versions the register comes from. */
  source?: ReportSource;
  /** The page's heading; a plain string reads the same in both languages. */
  title?: string | Label;
  /** ISO timestamp printed on the report; the caller supplies it so the report is reproducible. */
  generatedAt?: string;
}

/** The reconciliation report as plain data: every writer renders this and nothing else. */
export interface Report {
  title: Label;
  generatedAt?: string;
  cutoffs: Cutoff[];
  periods: Period[];
  lists: ReportList[];
  source?: ReportSource;
  /** Every person's accounting state, per state and period (the home party against the detaining party). */
  accounting: AccountingSummary;
  /**
   * Every table: first the answers of the first screen (`answers`), then the accounting states,
   * the pairs of lists by relevance, lists, parties and statuses.
   */
  tables: ReportTable[];
  persons: PersonRow[];
  histogram: ProbabilityHistogram;
}

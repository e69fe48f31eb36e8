import type { RowPlace } from '../ingest/row-place.js';
import { rowPlace } from '../ingest/row-place.js';
import { WhereaboutsError } from '../errors.js';
import type { Repository, StoredList, StoredVersion } from '../store/repository.js';
import { listNotFound } from './list-settings.js';

/** One problem of an import: a row kept out of the records, or a cell warned about in a record. */
export interface ImportProblem {
  list: string;
  version: number;
  fileName: string;
  /** `quarantined`: the row is not a record; `warning`: the row is a record, one cell was not read. */
  kind: 'quarantined' | 'warning';
  /** The data row (header excluded), as `LIST:ROW` names it. */
  row: number;
  /** Where the clerk finds it in the file. */
  place: RowPlace;
  sheet: string | null;
  column: string | null;
  reason: string;
  /** The cells as written (by header), or the line's text when it could not be split. */
  raw: Record<string, string> | string;
}

/** What `whereabouts quarantine` asks for. */
export interface QuarantineRequest {
  /** One list; every list when absent. */
  list?: string;
  /** A version of that list; its latest when absent. */
  version?: number;
}

/** The problems of the versions asked for, list by list, each in file order. */
export interface QuarantineReport {
  versions: { list: StoredList; version: StoredVersion }[];
  problems: ImportProblem[];
}

/**
 * The quarantined rows and cell warnings of the latest version of every list (or of one list and
 * version), in file order, with the row as the clerk finds it ("Excel row 12", "line 5") beside
 * the data row. Warnings are read from the stored records; nothing is changed.
 */
export async function quarantineReport(store: Repository, request: QuarantineRequest = {}): Promise<QuarantineReport> {
  let lists: StoredList[];
  if (request.list === undefined) lists = await store.lists();
  else {
    const list = await store.findList(request.list);
    if (list === undefined) throw await listNotFound(store, request.list);
    lists = [list];
  }
  const report: QuarantineReport = { versions: [], problems: [] };
  for (const list of lists) {
    const versions = await store.versions(list.id);
    const version = request.version === undefined ? versions.at(-1) : versions.find((v) => v.version === request.version);
    if (version === undefined) {
      if (request.version === undefined) continue;
      throw new WhereaboutsError('WA_USAGE', `list "${list.name}" has no version ${request.version} (versions: ${versions.map((v) => v.version).join(', ') || 'none'})`);
    }
    report.versions.push({ list, version });
    const sheets = version.sheets?.length ?? 1;
    const problems: ImportProblem[] = [];
    const base = { list: list.name, version: version.version, fileName: version.fileName };
    for (const q of await store.quarantined(list.id, version.version)) {
      problems.push({ ...base, kind: 'quarantined', row: q.row, place: rowPlace(version.format, q.row, q.sourceRow, q.sheet, sheets), sheet: q.sheet, column: q.column, reason: q.reason, raw: q.raw });
    }
    if (version.warningCount > 0) {
      for await (const r of store.records(list.id, version.version)) {
        for (const w of r.warnings) {
          problems.push({ ...base, kind: 'warning', row: r.row, place: rowPlace(version.format, r.row, r.sourceRow, r.sheet, sheets), sheet: r.sheet, column: w.column, reason: w.reason, raw: r.raw });
        }
      }
    }
    // File order: by sheet as read, then row; a quarantined row and a warned one never share a row.
    const sheetOrder = new Map((version.sheets ?? []).map((s, i) => [s, i]));
    problems.sort((a, b) => (sheetOrder.get(a.sheet ?? '') ?? 0) - (sheetOrder.get(b.sheet ?? '') ?? 0) || a.row - b.row);
    report.problems.push(...problems);
  }
  return report;
}

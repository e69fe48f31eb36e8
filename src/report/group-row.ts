import type { Label } from './label.js';
import type { Period } from './periods.js';
import type { ReportRow } from './report-model.js';

/**
 * A row of persons: the total and, with cut-offs, one cell per period. `periodOf` gives each
 * person's period id; persons are kept in the order given.
 */
export function groupRow(id: string, label: Label, personIds: readonly string[], periodOf: ReadonlyMap<string, string>, periods: readonly Period[], detail?: Label): ReportRow {
  const byPeriod: ReportRow['byPeriod'] = {};
  for (const p of periods) byPeriod[p.id] = { personIds: [] };
  for (const personId of personIds) {
    const period = periodOf.get(personId);
    if (period !== undefined) byPeriod[period]!.personIds.push(personId);
  }
  return { id, label, ...(detail ? { detail } : {}), total: { personIds: [...personIds] }, byPeriod };
}

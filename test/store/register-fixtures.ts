import type { IngestRow } from '../../src/ingest/record.js';
import { encodeRecord } from '../../src/store/record-codec.js';
import type { NewRun, RunListVersion } from '../../src/store/register-repository.js';
import type { Repository, StoredList } from '../../src/store/repository.js';

/** A row of a test list: its file row, surname, and the list's own id when it has one. */
export function listRow(row: number, surname: string, recordId?: string): IngestRow {
  const fields = recordId === undefined ? { surname } : { record_id: recordId, surname };
  return { row, raw: { ID: recordId ?? '', Surname: surname }, fields, warnings: [] };
}

/** Stores a new version of `list` holding `rows`, the way the import job does; returns the list and version. */
export async function storeVersion(store: Repository, list: string, rows: IngestRow[]): Promise<RunListVersion & { list: StoredList }> {
  return store.write(`import:${list}`, async (writer) => {
    const created = (await writer.findList(list)) ?? (await writer.createList({ name: list, party: 'delegate', kind: 'detention' }));
    const version = ((await writer.latestVersion(created.id))?.version ?? 0) + 1;
    await writer.createVersion({
      listId: created.id,
      version,
      fileName: `${list}.csv`,
      fileSize: 10,
      fileSha256: `sha-${version}`,
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      sheets: null,
      columns: [{ header: 'Surname', field: 'surname', how: 'recognised' }],
      importedBy: 'tester',
    });
    await writer.insertRecords({ party: created.party, listId: created.id, version }, rows.map(encodeRecord));
    await writer.completeVersion(created.id, version, {
      columns: [{ header: 'Surname', field: 'surname', how: 'recognised' }],
      skipped: { empty: 0, preamble: [] },
      recordCount: rows.length,
      quarantinedCount: 0,
      warningCount: 0,
    });
    return { list: created, listName: created.name, listId: created.id, version };
  });
}

/** A run over `versions` with recognisable settings, model and summary. */
export function newRun(versions: RunListVersion[], actor = 'officer'): NewRun {
  return {
    startedAt: '2026-11-29T09:00:00.000Z',
    finishedAt: '2026-11-29T09:00:05.000Z',
    actor,
    versions: versions.map(({ listName, listId, version }) => ({ listName, listId, version })),
    settings: { blocking: ['surname_key'], threshold: 0.92 },
    model: { format: 1, lambda: 0.0001, comparisons: [{ name: 'surname', m: [0.9, 0.1] }] },
    summary: { records: 3, pairs: 2, persons: 2 },
  };
}

import { openPfifList } from '../interchange/pfif/pfif-list-source.js';
import type { PfifListSource } from '../interchange/pfif/pfif-list-source.js';
import type { PfifLink } from '../interchange/pfif/pfif-to-record.js';
import type { ListKind } from '../ingest/record.js';
import { isSourceDecision, sourceReviewer } from '../register/decisions.js';
import { identityNamer } from '../store/record-identity.js';
import type { DecisionSide, NewDecision } from '../store/register-repository.js';
import type { Repository } from '../store/repository.js';
import { importList } from './import-list.js';
import type { ImportSummary } from './import-list.js';

/** What `whereabouts pfif import` asks. */
export interface PfifImportRequest {
  file: string;
  list: string;
  party?: string;
  kind?: ListKind;
  actor: string;
}

/** What the import did with the document's links between persons. */
export interface PfifLinkOutcome {
  /** "Same" decisions appended, by the source. */
  decided: number;
  /** Links (pairs of records) already recorded from this document or the other side's, which links back. */
  known: number;
  /** Links to records in no list of the store (yet): they become decisions when those arrive. */
  unresolved: number;
}

export interface PfifImportOutcome {
  summary: ImportSummary;
  form: PfifListSource['form'];
  version: string;
  links: PfifLinkOutcome;
  orphanNotes: number;
}

/** Every record of the latest versions that carries a record id, by that id (the first list by name wins a clash). */
async function recordsById(store: Repository): Promise<Map<string, DecisionSide>> {
  const found = new Map<string, DecisionSide>();
  for (const { list, version } of await store.latestVersions()) {
    const nameOf = identityNamer();
    for await (const record of store.parsedRecords(list.id, version.version)) {
      const identity = nameOf(record);
      if (record.recordKey !== null && !found.has(record.recordKey)) found.set(record.recordKey, { listName: list.name, identity, row: record.row, version: version.version });
    }
  }
  return found;
}

const pairOf = (a: DecisionSide, b: DecisionSide): string => {
  const x = `${a.listName}\u0000${a.identity}`;
  const y = `${b.listName}\u0000${b.identity}`;
  return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
};

/**
 * Imports a PFIF document as a version of a list through the import path every list takes
 * (import-list.ts: quarantine, versions, the same file twice a no-op), one row per person. The
 * notes' links (linked_person_record_id) become "same" decisions by the source
 * (`source:LIST` as reviewer), between records of any list of the store whose record id is
 * the linked person_record_id: shown as the source's in review and on the person page, and
 * never above a reviewer's own decision (register/decisions.ts). Links to records not in the
 * store yet are counted; importing the other side's document later makes them.
 */
export async function importPfif(store: Repository, request: PfifImportRequest): Promise<PfifImportOutcome> {
  const opened = await openPfifList(request.file);
  const summary = await importList(
    store,
    { file: request.file, list: request.list, actor: request.actor, ...(request.party === undefined ? {} : { party: request.party }), ...(request.kind === undefined ? {} : { kind: request.kind }) },
    // The document is read once: the rows go to the import, the links stay for the decisions.
    () => Promise.resolve(opened),
  );
  const links: PfifLinkOutcome = { decided: 0, known: 0, unresolved: 0 };
  // A link is written from both records; one pair is one link.
  const pairs = new Map<string, PfifLink>();
  for (const link of opened.links) pairs.set(link.from < link.to ? `${link.from}\u0000${link.to}` : `${link.to}\u0000${link.from}`, link);
  if (pairs.size > 0) {
    const byId = await recordsById(store);
    const reviewer = sourceReviewer(request.list);
    // Read before the transaction: on SQLite the store's one connection is the writer's inside it.
    const earlier = await store.decisions();
    await store.write('register', async (writer) => {
      // A link either side's document already made (each side links to the other) is made once.
      const seen = new Set(earlier.filter((d) => isSourceDecision(d) && d.verdict === 'same').map((d) => pairOf(d.a, d.b)));
      const at = new Date().toISOString();
      const decisions: NewDecision[] = [];
      for (const link of pairs.values()) {
        const a = byId.get(link.from);
        const b = byId.get(link.to);
        if (a === undefined || b === undefined) {
          links.unresolved++;
          continue;
        }
        const key = pairOf(a, b);
        if (seen.has(key)) {
          links.known++;
          continue;
        }
        seen.add(key);
        const why = `${link.author === '' ? 'PFIF note' : `PFIF note by ${link.author}`}: ${link.text}`.slice(0, 500);
        decisions.push({ at, reviewer, note: why, verdict: 'same', a, b });
      }
      if (decisions.length > 0) await writer.appendDecisions(decisions);
      links.decided = decisions.length;
    });
  }
  return { summary, form: opened.form, version: opened.version, links, orphanNotes: opened.orphanNotes };
}

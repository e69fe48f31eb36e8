import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { WhereaboutsError } from '../errors.js';
import type { CanonicalField, ParsedRecord } from '../ingest/record.js';
import { TransmissionFlags, withoutWithheldFields } from '../interchange/transmission-flags.js';
import { PFIF_FOOTER, PFIF_HEADER, pfifPersonXml } from '../interchange/pfif/pfif-xml-writer.js';
import { fullNameOf, personRecordId, recordToPfif } from '../interchange/pfif/record-to-pfif.js';
import type { RecordForPfif } from '../interchange/pfif/record-to-pfif.js';
import { identityNamer } from '../store/record-identity.js';
import { listRetentions } from './expire-lists.js';
import { auditOutput } from './output-audit.js';
import type { Repository } from '../store/repository.js';

/** What `whereabouts pfif export` asks. */
export interface PfifExportRequest {
  file: string;
  /** Only these lists (default: every list). */
  lists?: readonly string[];
  /** The party the document is for: only its own lists, nothing flagged do-not-transmit. */
  forParty?: string;
  /** The PFIF domain to set when the register has none yet. */
  domain?: string;
  actor: string;
}

/** What was written. */
export interface PfifExportOutcome {
  file: string;
  domain: string;
  persons: number;
  /** Link notes written (each link is written from both records). */
  links: number;
  sha256: string;
}

/** A lower-case domain name, as PFIF's record ids begin with. */
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** The register's PFIF domain: the stored setting, or the one given now (then stored); never changed silently. */
async function pfifDomain(store: Repository, given: string | undefined, actor: string): Promise<string> {
  const stored = await store.setting('pfifDomain');
  if (given === undefined) {
    if (stored !== undefined) return stored;
    throw new WhereaboutsError('WA_USAGE', 'the register has no PFIF domain yet: give it once with --domain, e.g. --domain tracing.example.org (every exported id begins with it, so it is kept)');
  }
  const domain = given.trim().toLowerCase();
  if (!DOMAIN.test(domain) || domain.length > 253) throw new WhereaboutsError('WA_USAGE', `--domain ${given}: give a domain name such as tracing.example.org`);
  if (stored !== undefined && stored !== domain) {
    throw new WhereaboutsError('WA_USAGE', `the register's PFIF domain is ${stored}; exporting under ${domain} would give every record a new id. Leave --domain out`);
  }
  if (stored === undefined) await store.write('settings', (writer) => writer.putSetting('pfifDomain', domain, actor));
  return domain;
}

interface Gathered extends Omit<RecordForPfif, 'linkedTo' | 'alternateNames'> {
  personId: string | undefined;
  id: string;
  /** Whether the record is in a list asked for; the others are only linked to. */
  written: boolean;
}

/**
 * Writes a PFIF 1.4 document of the latest version of each list asked for: every record a
 * person element (record-to-pfif.ts), its links to the records the register holds as the same
 * person as notes, both ways. For a party (`forParty`), only its own lists' records are
 * written, without those flagged do-not-transmit and without flagged fields, and links and
 * alternate names come only from what is written: nothing in the document, counts included,
 * tells of anything left out. The file is written whole or not at all; the export is recorded
 * in the audit log with whom it was for, how many records, and the file's sha256.
 */
export async function exportPfif(store: Repository, request: PfifExportRequest): Promise<PfifExportOutcome> {
  const domain = await pfifDomain(store, request.domain, request.actor);
  const known = new Map((await store.latestVersions()).map((v) => [v.list.name, v]));
  for (const name of request.lists ?? []) {
    if (!known.has(name)) throw new WhereaboutsError('WA_LIST_NOT_FOUND', `no list named "${name}" in ${store.location} (lists: ${[...known.keys()].join(', ')})`);
  }
  // What the recipient may receive: every list for the mediator's own use, a party's own lists
  // for it. Links and alternate names come from all of it, the persons written from the lists asked for.
  const receivable = [...known.values()].filter((v) => request.forParty === undefined || v.list.party === request.forParty);
  const asked = (name: string): boolean => request.lists === undefined || request.lists.length === 0 || request.lists.includes(name);
  const versions = receivable.filter((v) => asked(v.list.name));
  const flags = request.forParty === undefined ? TransmissionFlags.none() : TransmissionFlags.from(await store.transmissionFlags());
  const personOf = new Map((await store.personMembers()).map((m) => [`${m.listName}\u0000${m.identity}`, m.personId]));
  const run = await store.latestRun();
  // A list's retention date travels as PFIF's expiry_date: the partner must expire its copy too.
  const expiresOn = new Map((await listRetentions(store)).filter((r) => r.due !== null).map((r) => [r.list.id, r.due!.date]));

  const gathered: Gathered[] = [];
  for (const { list, version } of receivable) {
    const nameOf = identityNamer();
    for await (const stored of store.parsedRecords(list.id, version.version)) {
      const identity = nameOf(stored);
      if (flags.recordWithheld(list.name, identity)) continue;
      const withheld: ReadonlySet<CanonicalField> = flags.withheldFields(list.name, identity);
      const fields: ParsedRecord = withoutWithheldFields(stored.fields, withheld);
      // Only an expired record has no name at all (an import quarantines nameless rows): it goes as PFIF's placeholder.
      const expired = fullNameOf(stored.fields) === undefined;
      // A record whose every name is withheld cannot be sent at all.
      if (!expired && fullNameOf(fields) === undefined) continue;
      gathered.push({
        list: { name: list.name, label: list.label, party: list.party, kind: list.kind },
        identity,
        row: stored.row,
        fields,
        importedAt: version.importedAt,
        ...(expiresOn.has(list.id) ? { expiresOn: expiresOn.get(list.id) as string } : {}),
        ...(expired ? { expired } : {}),
        personId: personOf.get(`${list.name}\u0000${identity}`),
        id: personRecordId(domain, list.name, identity),
        written: asked(list.name),
      });
    }
  }

  const byPerson = new Map<string, Gathered[]>();
  for (const record of gathered) {
    if (record.personId === undefined || record.expired === true) continue;
    const same = byPerson.get(record.personId) ?? [];
    same.push(record);
    byPerson.set(record.personId, same);
  }
  // Written a person at a time to a temporary file, hashed on the way, then renamed: a large
  // register never sits in memory as one string, and a failure leaves no half document.
  const temporary = `${request.file}.${process.pid}.partial`;
  const hash = createHash('sha256');
  let persons = 0;
  let links = 0;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    const put = (text: string): void => {
      const bytes = Buffer.from(text, 'utf8');
      hash.update(bytes);
      writeSync(fd as number, bytes);
    };
    put(PFIF_HEADER);
    for (const record of gathered) {
      if (!record.written) continue;
      const same = record.personId === undefined ? [] : (byPerson.get(record.personId) ?? []);
      // A star around the person's first record, both ways: PFIF readers follow links transitively.
      const first = same[0];
      const linkedTo = first === undefined || same.length < 2 || !same.includes(record) ? [] : first === record ? same.slice(1).map((r) => r.id) : [first.id];
      const alternateNames = same.filter((r) => r !== record).map((r) => fullNameOf(r.fields) ?? '');
      const person = recordToPfif({ ...record, linkedTo, alternateNames }, { domain, ...(run === undefined ? {} : { linkedAt: run.finishedAt }) });
      if (person === undefined) continue;
      put(pfifPersonXml(person));
      persons++;
      links += linkedTo.length;
    }
    put(PFIF_FOOTER);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, request.file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new WhereaboutsError('WA_OUTPUT_UNWRITABLE', `cannot write ${request.file}: ${(error as Error).message}`, { cause: error, location: { file: request.file } });
  }
  const sha256 = hash.digest('hex');
  await auditOutput(store, {
    actor: request.actor,
    action: 'pfif-export',
    ...(request.forParty === undefined ? {} : { forParty: request.forParty }),
    detail: { lists: versions.map((v) => v.list.name), records: persons, files: [{ file: basename(request.file), sha256 }] },
  });
  return { file: request.file, domain, persons, links, sha256 };
}

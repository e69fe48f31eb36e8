import { WhereaboutsError } from '../errors.js';
import { partyPersons } from '../interchange/party-view.js';
import { TransmissionFlags } from '../interchange/transmission-flags.js';
import type { Language } from '../report/index.js';
import { buildReport, writeReport } from '../report/index.js';
import type { Repository } from '../store/repository.js';
import { latestRunOrFail, requestedCutoffs } from './accounting-job.js';
import { loadRegister } from './load-register.js';
import { auditOutput, fileHashes } from './output-audit.js';
import type { ReportOutcome, ReportRequest } from './report-job.js';

/** What `whereabouts report --for PARTY` asks. */
export interface PartyReportRequest extends Omit<ReportRequest, 'lang'> {
  party: string;
  /** Default: the party's language (setting `partyLanguages`), else English. */
  lang?: Language;
  actor: string;
}

/**
 * The report a party may receive (src/interchange/party-view.ts): only its own lists' persons,
 * nothing flagged do-not-transmit, counts made from that alone; no review state, no
 * match-probability distribution (both are of every list). Written in the party's language
 * and recorded in the audit log (for whom, how many persons, each file's sha256).
 */
export async function partyReportFromStore(store: Repository, request: PartyReportRequest): Promise<ReportOutcome & { lang: Language }> {
  const run = await latestRunOrFail(store);
  const register = await loadRegister(store);
  const own = register.versions.filter((v) => v.list.party === request.party);
  if (own.length === 0) {
    throw new WhereaboutsError('WA_USAGE', `no list is kept by party "${request.party}" (parties: ${[...new Set(register.versions.map((v) => v.list.party).filter((p) => p !== null))].join(', ')}); give lists their party with \`whereabouts list set LIST --party P\``);
  }
  const flags = TransmissionFlags.from(await store.transmissionFlags());
  const persons = partyPersons(register.persons, request.party, flags, (record) => register.places.get(record.key)?.identity);
  const labels: Record<string, string> = {};
  for (const { list } of own) if (list.label !== null) labels[list.name] = list.label;
  const records = new Map<string, number>();
  for (const person of persons) for (const r of person.records) records.set(r.list, (records.get(r.list) ?? 0) + 1);
  const report = buildReport({
    persons,
    cutoffs: await requestedCutoffs(store, request.cutoffs),
    ...(request.frame === undefined ? {} : { frame: request.frame }),
    generatedAt: request.generatedAt,
    listLabels: labels,
    source: {
      runId: run.id,
      finishedAt: run.finishedAt,
      actor: run.actor,
      versions: own.map(({ list, version }) => ({
        list: list.name,
        ...(list.label === null ? {} : { label: list.label }),
        party: list.party ?? '',
        kind: list.kind,
        version: version.version,
        fileName: version.fileName,
        importedAt: version.importedAt,
        // What it sends, not what the version holds: the difference would be the withheld.
        records: records.get(list.name) ?? 0,
      })),
      undecidedPairs: 0,
    },
  });
  const languages = (await store.setting('partyLanguages')) ?? {};
  const lang = request.lang ?? languages[request.party] ?? 'en';
  // A language given for a party is kept: the next report for it is in the same language.
  if (request.lang !== undefined && languages[request.party] !== request.lang) {
    await store.write('settings', (writer) => writer.putSetting('partyLanguages', { ...languages, [request.party]: request.lang as Language }, request.actor));
  }
  const written = await writeReport(report, request.outDir, lang);
  await auditOutput(store, {
    actor: request.actor,
    action: 'report',
    forParty: request.party,
    detail: { lang, persons: persons.length, records: persons.reduce((n, p) => n + p.records.length, 0), files: await fileHashes([written.html, written.xlsx, ...written.csv]) },
  });
  const filtered = { ...register, persons, versions: own, goneMembers: 0, unlinkedRecords: 0 };
  return { report, written, register: filtered, run, lang };
}

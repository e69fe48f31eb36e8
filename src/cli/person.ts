import { isSourceDecision } from '../register/decisions.js';
import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import type { CanonicalField } from '../ingest/record.js';
import type { LoadedPerson } from '../jobs/load-register.js';
import { loadPerson } from '../jobs/load-register.js';
import { rowPlaceText } from '../ingest/row-place.js';
import type { BestValue, Claim, Person, StatusEvent } from '../register/index.js';
import { buildPerson, describeReason, eventOfRecord, isDateValue, latestDecisions } from '../register/index.js';
import { personIdFromInput } from '../register/person-ids.js';
import { STATUS_LABELS } from '../report/index.js';
import type { StoredDecision, StoredPersonEvent } from '../store/register-repository.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { describeDate, EVENT_WORDS, FIELD_LABELS, nameWithReading, recordColumns, wrap } from './record-columns.js';
import { action } from './run-command.js';

interface PersonOptions {
  db: string;
}

/** Registers `whereabouts person ID`. */
export function registerPerson(program: Command): void {
  program
    .command('person')
    .description('Show a person: records side by side, claims and conflicts, best values, timeline, decisions, history')
    .argument('<id>', 'a person id: P-000123, or just 123')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (id: string, options: PersonOptions) => {
        const personId = personIdFromInput(id);
        const store = await openStore(options.db);
        try {
          const loaded = await loadPerson(store, personId);
          const events = await store.personEvents();
          if (loaded === undefined) throw new WhereaboutsError('WA_PERSON_NOT_FOUND', whyNotFound(personId, events));
          const decisions = await store.decisions();
          process.stdout.write(formatPerson(loaded, buildPerson(personId, loaded.records), decisions, events.filter((e) => e.personId === personId)));
        } finally {
          await store.close();
        }
      }),
    );
}

/** Where a person id went, when it is not in the register: merged into another, retired, never issued. */
function whyNotFound(personId: string, events: readonly StoredPersonEvent[]): string {
  const merge = events.findLast((e) => e.kind === 'merge' && Array.isArray(e.detail['absorbed']) && (e.detail['absorbed'] as unknown[]).includes(personId));
  if (merge !== undefined) return `${personId} was merged into ${merge.personId} (run ${merge.runId}); see \`whereabouts person ${merge.personId}\``;
  const retired = events.findLast((e) => e.kind === 'retired' && e.personId === personId);
  if (retired !== undefined) return `${personId} was retired in run ${retired.runId}: every record of it left its lists`;
  return `no person ${personId} in the register (ids look like P-000123; run \`whereabouts reconcile\` first)`;
}

const NAME_FIELDS: ReadonlySet<CanonicalField> = new Set(['surname', 'given_name', 'patronymic', 'full_name']);


/** A best value with why, and every source's value when they disagree. */
function bestText(claims: { claims: readonly Claim[]; best: BestValue }): string {
  const { best } = claims;
  if (best.value === undefined) return `${describeReason(best.reason)}: ${claims.claims.map((c) => `${c.list}:${c.row} says ${claimValue(c)}`).join(', ')}`;
  const shown = isDateValue(best.value) ? describeDate(best.value) : nameWithReading(best.value);
  const spellings = [...new Set(claims.claims.map(claimValue))];
  return `${shown}: ${describeReason(best.reason)}${spellings.length > 1 ? ` (${spellings.join(', ')})` : ''}`;
}

function claimValue(claim: Claim): string {
  return isDateValue(claim.value) ? describeDate(claim.value) : claim.value;
}

function eventLine(e: StatusEvent): string {
  const when = e.date === undefined ? '(no date)  ' : e.date.padEnd(11);
  const from = e.dateFrom === 'listed_date' ? ', date of the list' : '';
  return `  ${when} ${STATUS_LABELS[e.type].en.padEnd(24)} ${e.list}:${e.row} (${e.party}${from})`;
}

/** The person events' detail keys in words. */
const DETAIL_WORDS: Readonly<Record<string, string>> = { recordKeys: 'records', absorbed: 'absorbed', partsGoneTo: 'records went to' };

const sideText = (side: StoredDecision['a'], here: ReadonlyMap<string, string>): string => here.get(`${side.listName}\u0000${side.identity}`) ?? `${side.listName}:${side.row} (version ${side.version})`;

/** The text of `whereabouts person ID`, at most 100 columns wide. */
export function formatPerson(loaded: LoadedPerson, person: Person, decisions: readonly StoredDecision[], events: readonly StoredPersonEvent[]): string {
  const lines: string[] = [`Person ${person.personId}`];
  const status = person.status;
  if (status === undefined) lines.push('Current status: none given by any source');
  else lines.push(`Current status: ${STATUS_LABELS[status.type].en}, resting on ${status.restsOn.map((e) => `${e.list}:${e.row}${e.date === undefined ? '' : ` (${e.date})`}`).join(', ')}`);
  const lists = new Set(person.records.map((r) => r.list));
  lines.push(`${person.records.length} records on ${lists.size} lists${person.duplicatedOn.length > 0 ? `; listed more than once on ${person.duplicatedOn.join(', ')}` : ''}.`);
  if (loaded.gone.length > 0) lines.push(`${loaded.gone.length} of its records are gone from the latest versions of their lists (${[...new Set(loaded.gone.map((g) => g.listName))].join(', ')}).`);

  const where = (key: string): string => {
    const place = loaded.places.get(key)?.place;
    return place === undefined ? '' : `, ${rowPlaceText(place)}`;
  };
  lines.push(
    '',
    'Records, as each source wrote them',
    ...recordColumns(person.records.map((r) => ({ heading: `${r.key} (${r.party}${where(r.key)})`, fields: r.fields, event: EVENT_WORDS[eventOfRecord(r)] }))),
  );

  lines.push('', 'Best values (names are not judged here: they differ by script; linkage weighed them)');
  for (const f of person.fields) {
    if (NAME_FIELDS.has(f.field) || f.field === 'record_id') continue;
    const best = f.best.value === undefined ? undefined : isDateValue(f.best.value) ? describeDate(f.best.value) : f.best.value;
    const text = best === undefined ? describeReason(f.best.reason) : `${best}: ${describeReason(f.best.reason)}`;
    wrap(text, 84).forEach((line, i) => lines.push(`  ${(i === 0 ? FIELD_LABELS[f.field] : '').padEnd(13)} ${line}`));
  }

  if (person.events.length > 0) {
    lines.push('', 'Events, each with its own date and place (never weighed against another event)');
    for (const e of person.events) {
      const parts: [string, { claims: Claim[]; best: BestValue } | undefined][] = [
        ['date', e.date],
        ['place', e.place],
      ];
      let first = true;
      for (const [what, claims] of parts) {
        if (claims === undefined) continue;
        for (const [i, line] of wrap(`${what} ${bestText(claims)}`, 84).entries()) lines.push(`  ${(first && i === 0 ? EVENT_WORDS[e.event] : '').padEnd(13)} ${line}`);
        first = false;
      }
    }
  }

  if (person.conflicts.length > 0) {
    lines.push('', 'Conflicts (sources that cannot both be right)');
    for (const c of person.conflicts) {
      const kind = c.kind === 'day-month-swapped' ? ', day and month swapped?' : '';
      const text = `${FIELD_LABELS[c.field]}: ${c.a.list}:${c.a.row} says ${claimValue(c.a)}, ${c.b.list}:${c.b.row} says ${claimValue(c.b)}${kind}`;
      for (const [i, line] of wrap(text, 96).entries()) lines.push(`${i === 0 ? '  ' : '    '}${line}`);
    }
  }

  lines.push('', 'Timeline', ...(person.timeline.length === 0 ? ['  no events: no source says what happened'] : person.timeline.map(eventLine)));

  const here = new Map<string, string>();
  for (const [key, place] of loaded.places) here.set(`${place.listName}\u0000${place.identity}`, key);
  const mine = new Set(loaded.members.map((m) => `${m.listName}\u0000${m.identity}`));
  const about = decisions.filter((d) => mine.has(`${d.a.listName}\u0000${d.a.identity}`) || mine.has(`${d.b.listName}\u0000${d.b.identity}`));
  const named = about.map((d) => ({ a: `${d.a.listName}\u0000${d.a.identity}`, b: `${d.b.listName}\u0000${d.b.identity}`, verdict: d.verdict, reviewer: d.reviewer, at: d.at, note: d.note, stored: d }));
  const inForce = new Set([...latestDecisions(named).values()].map((d) => (d as (typeof named)[number]).stored.id));
  lines.push('', 'Decisions about its records');
  if (about.length === 0) lines.push('  none');
  for (const d of about) {
    const who = isSourceDecision(d) ? `${d.reviewer} (the source's link, not a reviewer's; a reviewer's decision overrides it)` : d.reviewer;
    const text = `${d.at.slice(0, 16).replace('T', ' ')} ${who}: ${d.verdict.toUpperCase()} ${sideText(d.a, here)} and ${sideText(d.b, here)}${d.note === '' ? '' : `, "${d.note}"`}${inForce.has(d.id) ? '' : ' (superseded)'}`;
    for (const [i, line] of wrap(text, 96).entries()) lines.push(`${i === 0 ? '  ' : '    '}${line}`);
  }

  lines.push('', 'History');
  if (events.length === 0) lines.push('  no merges or splits recorded');
  for (const e of events) {
    const detail = Object.entries(e.detail)
      .map(([k, v]) => `${DETAIL_WORDS[k] ?? k} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
      .join('; ');
    for (const [i, line] of wrap(`${e.at.slice(0, 16).replace('T', ' ')} run ${e.runId}: ${e.kind}${detail === '' ? '' : ` (${detail})`}`, 96).entries()) lines.push(`${i === 0 ? '  ' : '    '}${line}`);
  }
  return `${lines.join('\n')}\n`;
}

import { resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { LIST_KINDS } from '../ingest/record.js';
import type { ListKind } from '../ingest/record.js';
import { exportPfif } from '../jobs/pfif-export.js';
import { importPfif } from '../jobs/pfif-import.js';
import type { PfifImportOutcome } from '../jobs/pfif-import.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { formatSummary } from './import.js';
import { collect } from './list-options.js';
import { action } from './run-command.js';

interface ExportOptions {
  list: string[];
  for?: string;
  domain?: string;
  db: string;
  actor?: string;
}

interface ImportOptions {
  list: string;
  party?: string;
  kind?: ListKind;
  db: string;
  actor?: string;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** What `pfif import` adds to the import summary: the document's form and what its links became. */
export function formatLinks(outcome: PfifImportOutcome): string {
  const { links } = outcome;
  const lines = [`  PFIF: ${outcome.form === 'xml' ? `XML, version ${outcome.version}` : 'CSV (Person Finder’s columns)'}`];
  const total = links.decided + links.known + links.unresolved;
  if (total > 0) {
    lines.push(
      `  Links between persons (linked_person_record_id): ${count(total)}; ${count(links.decided)} recorded as "same" by the source${links.known > 0 ? `, ${count(links.known)} recorded before` : ''}${links.unresolved > 0 ? `, ${count(links.unresolved)} to records not in the store yet (recorded when they are imported)` : ''}`,
      '  A reviewer’s decision always overrides the source’s: `whereabouts review` shows what the source said.',
    );
  }
  if (outcome.orphanNotes > 0) lines.push(`  Notes about persons not in the document: ${count(outcome.orphanNotes)} (not imported)`);
  return `${lines.join('\n')}\n`;
}

/** Registers `whereabouts pfif export|import`. */
export function registerPfif(program: Command): void {
  const pfif = program.command('pfif').description('Exchange records in PFIF 1.4, the People Finder Interchange Format of missing-person registries');
  pfif
    .command('export')
    .description('Write the latest version of every list (or --list) as a PFIF 1.4 XML document, links between records of one person included')
    .argument('<file>', 'the PFIF XML file to write')
    .option('--list <name>', 'only this list (repeatable)', collect, [])
    .option('--for <party>', 'for this party: only its own lists, nothing flagged do-not-transmit')
    .option('--domain <name>', "the register's PFIF domain, given once (every record id begins with it)")
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who exports, for the log (default: your user name)')
    .action(
      action(async (file: string, options: ExportOptions) => {
        const store = await openStore(options.db);
        try {
          const outcome = await exportPfif(store, {
            file: resolve(file),
            lists: options.list,
            ...(options.for === undefined ? {} : { forParty: options.for }),
            ...(options.domain === undefined ? {} : { domain: options.domain }),
            actor: currentActor(options.actor),
          });
          process.stdout.write(
            `Wrote ${file}: ${count(outcome.persons)} person records${options.for === undefined ? '' : ` for party ${options.for}`}, ${count(outcome.links)} links to records of the same person (PFIF 1.4, domain ${outcome.domain}, sha256 ${outcome.sha256.slice(0, 12)}...).\n`,
          );
        } finally {
          await store.close();
        }
      }),
    );
  pfif
    .command('import')
    .description('Import a PFIF document (XML 1.1-1.4, or Person Finder CSV) as a new version of a list; its notes’ links become the source’s "same" decisions')
    .argument('<file>', 'the PFIF file as received')
    .requiredOption('--list <name>', 'the list to import into (created on first import)')
    .option('--party <name>', 'who keeps the list')
    .addOption(new Option('--kind <kind>', 'what the list asserts about the persons on it').choices(LIST_KINDS))
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who is importing, for the change log (default: your user name)')
    .action(
      action(async (file: string, options: ImportOptions) => {
        const store = await openStore(options.db);
        try {
          const outcome = await importPfif(store, {
            file,
            list: options.list,
            ...(options.party === undefined ? {} : { party: options.party }),
            ...(options.kind === undefined ? {} : { kind: options.kind }),
            actor: currentActor(options.actor),
          });
          process.stdout.write(formatSummary(outcome.summary, store.location) + formatLinks(outcome));
        } finally {
          await store.close();
        }
      }),
    );
}

import { Option } from 'commander';
import type { Command } from 'commander';
import { LIST_KINDS } from '../ingest/record.js';
import type { ListKind } from '../ingest/record.js';
import type { ListDescription } from '../jobs/list-settings.js';
import { describeLists, setListDetails } from '../jobs/list-settings.js';
import type { StoredList } from '../store/repository.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { action } from './run-command.js';

interface StoreOptions {
  db: string;
}

interface SetOptions extends StoreOptions {
  party?: string;
  kind?: ListKind;
  label?: string;
  duplicateFree?: boolean;
  actor?: string;
}

const count = (n: number): string => n.toLocaleString('en-US');

function describeList(list: StoredList): string {
  const parts = [`party ${list.party ?? '(not given)'}`, `kind ${list.kind}`];
  if (list.label !== null) parts.push(`label "${list.label}"`);
  if (list.duplicateFree) parts.push('names each person at most once');
  return `List "${list.name}": ${parts.join(', ')}`;
}

/** What `list show` prints: each list's party, kind, label and versions. */
export function formatLists(lists: readonly ListDescription[]): string {
  if (lists.length === 0) return 'No list imported yet: `whereabouts import FILE --list NAME` or `whereabouts reconcile FILE...`.\n';
  const lines: string[] = [];
  for (const { list, versions } of lists) {
    lines.push(describeList(list));
    for (const v of versions) {
      lines.push(`  version ${v.version}: ${v.fileName}, ${count(v.recordCount)} records, ${count(v.quarantinedCount)} quarantined, imported ${v.importedAt.slice(0, 10)} by ${v.importedBy}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Registers `whereabouts list show|set`. */
export function registerList(program: Command): void {
  const list = program.command('list').description("Show a list's party, kind, label and versions, or change them after import");
  list
    .command('show')
    .description('Show every list, or one, with its party, kind, label and versions')
    .argument('[list]', 'the list name (default: every list)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (name: string | undefined, options: StoreOptions) => {
        const store = await openStore(options.db);
        try {
          process.stdout.write(formatLists(await describeLists(store, name)));
        } finally {
          await store.close();
        }
      }),
    );
  list
    .command('set')
    .description("Change a list's party, kind, label or duplicate-free mark; the next reconcile and report use them")
    .argument('<list>', 'the list name given at import')
    .option('--party <name>', 'who keeps the list (the home party, the detaining party, the mediator...)')
    .addOption(new Option('--kind <kind>', 'what the list asserts about the persons on it').choices(LIST_KINDS))
    .option('--label <text>', 'what reports call the list instead of its name ("" removes it)')
    .option('--duplicate-free', 'the list names each person at most once')
    .option('--no-duplicate-free', 'the list may name a person more than once (the default)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who makes the change, for the change log (default: your user name)')
    .action(
      action(async (name: string, options: SetOptions) => {
        const store = await openStore(options.db);
        try {
          const change = {
            ...(options.party === undefined ? {} : { party: options.party }),
            ...(options.kind === undefined ? {} : { kind: options.kind }),
            ...(options.label === undefined ? {} : { label: options.label }),
            ...(options.duplicateFree === undefined ? {} : { duplicateFree: options.duplicateFree }),
          };
          const { before, after } = await setListDetails(store, name, change, currentActor(options.actor));
          const same = JSON.stringify(before) === JSON.stringify(after);
          process.stdout.write(
            same
              ? `Nothing changed: ${describeList(after)}.\n`
              : `Was: ${describeList(before)}.\nNow: ${describeList(after)}.\nRun \`whereabouts reconcile\` to link with these, then \`whereabouts report\`.\n`,
          );
        } finally {
          await store.close();
        }
      }),
    );
}

import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { diffList } from '../jobs/diff-list.js';
import type { ListDiff } from '../jobs/diff-list.js';
import type { StoredRecord, StoredVersion } from '../store/repository.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { action } from './run-command.js';

interface DiffOptions {
  from?: number;
  to?: number;
  db: string;
  all?: boolean;
}

/** How many records of each kind are listed unless `--all` is given. */
const SHOWN = 20;

/** Registers `whereabouts diff`. */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('Show the records added, removed and changed between two versions of a list')
    .argument('<list>', 'the list name given at import')
    .option('--from <version>', 'the older version (default: the one before --to)', versionNumber)
    .option('--to <version>', 'the newer version (default: the latest)', versionNumber)
    .option('--all', `list every record, not only the first ${SHOWN} of each kind`)
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (list: string, options: DiffOptions) => {
        const store = await openStore(options.db);
        try {
          const diff = await diffList(store, {
            list,
            ...(options.from === undefined ? {} : { from: options.from }),
            ...(options.to === undefined ? {} : { to: options.to }),
          });
          process.stdout.write(formatDiff(diff, options.all === true ? Infinity : SHOWN));
        } finally {
          await store.close();
        }
      }),
    );
}

function versionNumber(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a version is a whole number from 1');
  return Number(value);
}

const count = (n: number): string => n.toLocaleString('en-US');

function describeVersion(version: StoredVersion): string {
  return `version ${version.version} (${version.fileName}, ${count(version.recordCount)} records, imported ${version.importedAt.slice(0, 10)})`;
}

/** One line a tracing officer recognises a person by: id, name, dates, as the list wrote them. */
function describeRecord(record: StoredRecord): string {
  const f = record.fields;
  const name = [f.surname, f.given_name, f.patronymic].filter((part) => part !== undefined).join(' ') || f.full_name || '(no name)';
  const parts = [
    `row ${record.row}${record.sheet === null ? '' : ` of sheet ${record.sheet}`}`,
    ...(f.record_id === undefined ? [] : [`id ${f.record_id}`]),
    name,
    ...(f.birth_date === undefined ? [] : [`born ${f.birth_date.text}`]),
    ...(f.event_date === undefined ? [] : [`date ${f.event_date.text}`]),
  ];
  return parts.join(' | ');
}

const quote = (value: string | undefined): string => (value === undefined ? '(empty)' : `"${value}"`);

/** The diff as printed by `whereabouts diff`. */
export function formatDiff(diff: ListDiff, shown: number): string {
  const lines = [
    `List "${diff.list.name}": ${describeVersion(diff.from)} -> ${describeVersion(diff.to)}`,
    diff.matching === 'record_id'
      ? 'Records matched by the list\'s record id.'
      : 'Records matched by the content of their parsed fields (not every record has a record id): a corrected record shows as one removed and one added.',
    `  Added:     ${count(diff.added.length)}`,
    `  Removed:   ${count(diff.removed.length)}`,
    `  Changed:   ${count(diff.changed.length)}`,
    `  Unchanged: ${count(diff.unchangedCount)}`,
  ];
  const section = <T>(title: string, items: T[], line: (item: T) => string): void => {
    if (items.length === 0) return;
    lines.push('', title);
    for (const item of items.slice(0, shown)) lines.push(line(item));
    if (items.length > shown) lines.push(`  ... and ${count(items.length - shown)} more (--all lists them)`);
  };
  section('Added', diff.added, (record) => `  + ${describeRecord(record)}`);
  section('Removed', diff.removed, (record) => `  - ${describeRecord(record)}`);
  section('Changed', diff.changed, (change) => {
    const what = change.changes.map((c) => `${c.field} ${quote(c.before)} -> ${quote(c.after)}`).join('; ');
    return `  ~ ${describeRecord(change.after)}: ${what}`;
  });
  return `${lines.join('\n')}\n`;
}

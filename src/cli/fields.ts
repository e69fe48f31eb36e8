import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { CanonicalField } from '../ingest/record.js';
import { ART_17_FIELDS } from '../interchange/field-minimisation.js';
import type { ListFieldsSetting } from '../interchange/field-minimisation.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { action } from './run-command.js';

interface FieldsOptions {
  list?: string;
  allow?: string;
  clear?: boolean;
  db: string;
  actor?: string;
}

const EXTRA_FIELDS = CANONICAL_FIELDS.filter((f) => !ART_17_FIELDS.includes(f));

/** Reads `--allow sex,place,event_date`: fields beyond the minimum, each one known. */
export function parseAllowedFields(text: string): CanonicalField[] {
  const fields = text.split(',').map((f) => f.trim()).filter((f) => f !== '');
  for (const field of fields) {
    if (!(EXTRA_FIELDS as readonly string[]).includes(field)) {
      const why = (ART_17_FIELDS as readonly string[]).includes(field) ? 'is in the Art. 17 minimum every list may hold' : 'is not a field';
      throw new WhereaboutsError('WA_USAGE', `--allow ${field}: "${field}" ${why}; the fields beyond the minimum are ${EXTRA_FIELDS.join(', ')}`);
    }
  }
  return fields as CanonicalField[];
}

/** What `whereabouts fields` prints. */
export function formatListFields(setting: ListFieldsSetting | undefined): string {
  const lines = [`Every list may hold the Art. 17 minimum: ${ART_17_FIELDS.join(', ')}.`];
  lines.push(setting?.default === undefined ? 'Beyond it, for every list: no rule set (inspect and import name the extra columns).' : `Beyond it, for every list: ${setting.default.join(', ') || 'nothing'}.`);
  for (const [list, fields] of Object.entries(setting?.lists ?? {})) lines.push(`  list ${list}: ${fields.join(', ') || 'nothing'}`);
  return `${lines.join('\n')}\n`;
}

/** Registers `whereabouts fields`: which fields lists may hold beyond Art. 17's minimum. */
export function registerFields(program: Command): void {
  program
    .command('fields')
    .description("Say which fields lists may hold beyond the Third Geneva Convention's Art. 17 minimum, or show it")
    .option('--list <name>', 'for this list only (default: every list)')
    .option('--allow <fields>', `fields beyond the minimum, comma-separated: ${EXTRA_FIELDS.join(', ')} ("" for none)`)
    .option('--clear', 'remove the rule (for --list: the list follows the rule for every list)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who sets it, for the change log (default: your user name)')
    .action(
      action(async (options: FieldsOptions) => {
        const store = await openStore(options.db);
        try {
          if (options.allow !== undefined || options.clear === true) {
            if (options.allow !== undefined && options.clear === true) throw new WhereaboutsError('WA_USAGE', 'give --allow or --clear, not both');
            const setting: ListFieldsSetting = structuredClone((await store.setting('listFields')) ?? {});
            const fields = options.allow === undefined ? undefined : parseAllowedFields(options.allow);
            if (options.list === undefined) {
              if (fields === undefined) delete setting.default;
              else setting.default = fields;
            } else {
              setting.lists ??= {};
              if (fields === undefined) delete setting.lists[options.list];
              else setting.lists[options.list] = fields;
            }
            await store.write('settings', (writer) => writer.putSetting('listFields', setting, currentActor(options.actor)));
          }
          process.stdout.write(formatListFields(await store.setting('listFields')));
        } finally {
          await store.close();
        }
      }),
    );
}

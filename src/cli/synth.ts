import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { LIST_NAMES, personsForRecords, resolveSettings, scaleNoise, synthesize } from '../synth/index.js';
import type { SynthSettingsInput } from '../synth/index.js';
import { action } from './run-command.js';

interface SynthOptions {
  out: string;
  persons?: string;
  records?: string;
  seed?: string;
  lists?: string;
  utf8Csv?: boolean;
  delegateFormat?: string;
  noiseScale?: string;
  settings?: string;
}

function wholeNumber(option: string, text: string): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < 1) throw new WhereaboutsError('WA_USAGE', `${option} must be a whole number of 1 or more, got "${text}"`);
  return value;
}

function readSettingsFile(path: string): SynthSettingsInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new WhereaboutsError('WA_FILE_NOT_FOUND', `cannot read settings file ${path}`, { cause, location: { file: path } });
  }
  try {
    return JSON.parse(text) as SynthSettingsInput;
  } catch (cause) {
    throw new WhereaboutsError('WA_SETTINGS_INVALID', `settings file ${path} is not valid JSON`, { cause, location: { file: path } });
  }
}

/** Registers `whereabouts synth`: writes realistic demo and benchmark lists with a truth file. */
export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description(
      'Write the lists four parties would keep of the same generated men (home party, detaining party, mediator, ' +
        'visiting delegate), among them the men handed back and those who died in captivity, with the mistakes ' +
        'clerks make, plus truth.csv (list,row,person) and manifest.json.',
    )
    .requiredOption('--out <dir>', 'directory to write into (created if missing; files in it are overwritten)')
    .option('--persons <n>', 'number of men in the population (default 400)')
    .option('--records <n>', 'about this many rows over all lists instead of --persons (for benchmarks)')
    .option('--seed <seed>', 'any text; the same seed and options write the same bytes (default "whereabouts")')
    .option('--lists <names>', `comma-separated lists to write: ${LIST_NAMES.join(', ')} (default all)`)
    .option('--utf8-csv', 'write every list as a UTF-8, comma-separated CSV (for benchmarks of matching rather than import)')
    .option('--delegate-format <format>', 'the delegate list as json or csv (default json)')
    .option('--noise-scale <factor>', 'multiply every mistake rate: 0 writes clean lists, 2 doubles the mistakes')
    .option('--settings <file>', 'JSON file overriding any setting (see docs/synth.md)')
    .addHelpText(
      'after',
      '\nExamples:\n  whereabouts synth --out examples              (the bundled demo lists)\n  whereabouts synth --out /tmp/bench --records 1000000 --utf8-csv',
    )
    .action(
      action(async (options: SynthOptions) => {
        const input: SynthSettingsInput = options.settings ? readSettingsFile(options.settings) : {};
        if (options.seed !== undefined) input.seed = options.seed;
        if (options.persons !== undefined) input.persons = wholeNumber('--persons', options.persons);
        const output = { ...input.output };
        if (options.lists !== undefined) output.lists = options.lists.split(',').map((name) => name.trim()) as typeof output.lists;
        if (options.utf8Csv) output.utf8Csv = true;
        if (options.delegateFormat !== undefined) output.delegateFormat = options.delegateFormat as 'json' | 'csv';
        input.output = output;
        let settings = resolveSettings(input);
        if (options.noiseScale !== undefined) {
          const factor = Number(options.noiseScale);
          if (!Number.isFinite(factor) || factor < 0) throw new WhereaboutsError('WA_USAGE', `--noise-scale must be 0 or more, got "${options.noiseScale}"`);
          settings = scaleNoise(settings, factor);
        }
        if (options.records !== undefined) {
          if (options.persons !== undefined) throw new WhereaboutsError('WA_USAGE', 'give --persons or --records, not both');
          settings = resolveSettings({ ...settings, persons: personsForRecords(wholeNumber('--records', options.records), settings) });
        }

        const started = performance.now();
        const manifest = await synthesize(settings, options.out);
        const seconds = (performance.now() - started) / 1000;
        for (const file of manifest.files) {
          process.stdout.write(`${file.file.padEnd(26)} ${String(file.rows).padStart(9)} rows  ${file.kind.padEnd(9)} party ${file.party}\n`);
        }
        process.stdout.write(
          `${manifest.persons} persons, ${manifest.records} rows, truth.csv and manifest.json in ${options.out} ` +
            `(seed "${manifest.seed}", ${seconds.toFixed(1)} s)\n`,
        );
        // The block sizes a benchmark of surname blocking will face.
        const names = manifest.names;
        process.stdout.write(
          `${names.surnames} surnames (commonest ${(names.topSurnameShare * 100).toFixed(1)}% of men, ` +
            `up to ${names.largestRowsPerSurname} rows under one), ${names.givenNames} given names\n`,
        );
      }),
    );
}

import type { Command } from 'commander';
import { registerImport } from './import.js';
import { registerInspect } from './inspect.js';
import { registerDiff } from './diff.js';
import { registerSynth } from './synth.js';
import { registerNames } from './names.js';

/** Every command of the CLI, in the order `--help` lists them. One file per command. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerImport,
  registerInspect,
  registerDiff,
  registerSynth,
  registerNames,
];

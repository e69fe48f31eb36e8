import type { Command } from 'commander';
import { registerImport } from './import.js';
import { registerInspect } from './inspect.js';
import { registerDiff } from './diff.js';
import { registerSynth } from './synth.js';
import { registerNames } from './names.js';
import { registerReconcile } from './reconcile.js';
import { registerEvaluate } from './evaluate.js';
import { registerExplain } from './explain.js';
import { registerReview } from './review.js';
import { registerReport } from './report.js';
import { registerPerson } from './person.js';
import { registerDecisions } from './decisions.js';
import { registerList } from './list.js';
import { registerFlag } from './flag.js';
import { registerQuarantine } from './quarantine.js';
import { registerPfif } from './pfif.js';
import { registerRetention } from './retention.js';
import { registerFields } from './fields.js';
import { registerUser } from './user.js';
import { registerParty } from './party.js';
import { registerAudit } from './audit.js';

/** Every command of the CLI, in the order `--help` lists them. One file per command. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerReconcile,
  registerReview,
  registerReport,
  registerPerson,
  registerDecisions,
  registerExplain,
  registerEvaluate,
  registerImport,
  registerList,
  registerFlag,
  registerQuarantine,
  registerPfif,
  registerRetention,
  registerFields,
  registerUser,
  registerParty,
  registerAudit,
  registerInspect,
  registerDiff,
  registerSynth,
  registerNames,
];

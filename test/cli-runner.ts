import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI, exactly as a user runs it. `npm test` builds it before the tests run. */
export const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'main.js');

/** What a finished command left behind. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Fails with a clear message when the CLI has not been built. */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
}

/** Runs `whereabouts ...args` to completion. */
export function whereabouts(...args: string[]): CliRun {
  requireBuiltCli();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

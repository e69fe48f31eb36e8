/**
 * Runs one program as a child process under GNU time, so that its wall time, CPU time and peak
 * resident memory are the kernel's figures for that process alone (the machine is shared: CPU
 * time is the figure to compare when the load is high). A time limit kills the child and says so.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a measured child run took and printed. */
export interface MeasuredRun {
  wallSeconds: number;
  cpuSeconds: number;
  /** Peak resident set size of the child (VmHWM), in megabytes. */
  peakMb: number;
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args` and measures it. `limitSeconds` kills the child (SIGTERM, then SIGKILL)
 * once exceeded; `timedOut` then tells the caller to print "did not finish".
 */
export async function measuredRun(command: string, args: readonly string[], limitSeconds = Infinity): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), 'wa-bench-time-'));
  const timeFile = join(dir, 'time.txt');
  const started = performance.now();
  const child = spawn(GNU_TIME, ['-o', timeFile, '-f', '%e %U %S %M', command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  let timedOut = false;
  const timer = Number.isFinite(limitSeconds)
    ? setTimeout(() => {
        timedOut = true;
        // GNU time forwards nothing: signal its child through the process group would hit us too,
        // so end the measured program by its own pid (time's only child).
        killChildOf(child.pid);
      }, limitSeconds * 1000)
    : undefined;
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  if (timer !== undefined) clearTimeout(timer);
  const wall = (performance.now() - started) / 1000;
  let cpuSeconds = NaN;
  let peakMb = NaN;
  let wallSeconds = wall;
  try {
    // time writes "Command exited with non-zero status N" first when the program fails.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [e, u, s, m] = last.split(' ').map(Number);
    if (e !== undefined && Number.isFinite(e)) wallSeconds = e;
    cpuSeconds = (u ?? NaN) + (s ?? NaN);
    peakMb = (m ?? NaN) / 1024;
  } catch {
    // time was killed before writing: keep our own wall clock.
  }
  rmSync(dir, { recursive: true, force: true });
  return { wallSeconds, cpuSeconds, peakMb, exitCode, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

function killChildOf(pid: number | undefined): void {
  if (pid === undefined) return;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // already gone
  }
  for (const target of children.length > 0 ? children : [pid]) {
    try {
      process.kill(target, 'SIGTERM');
    } catch {
      // already gone
    }
    setTimeout(() => {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // ended on SIGTERM
      }
    }, 5000).unref();
  }
}

/** Runs a TypeScript bench program (a peer) as its own Node process, measured. */
export function measuredTsx(script: string, args: readonly string[], limitSeconds = Infinity): Promise<MeasuredRun> {
  return measuredRun(process.execPath, ['--import', 'tsx', script, ...args], limitSeconds);
}

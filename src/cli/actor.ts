import os from 'node:os';

/** Who is at the keyboard, for the change log: `--actor`, else the OS user. */
export function currentActor(given?: string): string {
  if (given !== undefined && given !== '') return given;
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): fall back to what the shell says.
    return process.env['USER'] ?? 'unknown';
  }
}

import { WhereaboutsError } from '../errors.js';

/**
 * The password given on standard input (`--password-stdin`): its first line, without the line
 * break. Never an argument, which other users of the machine could read in the process list.
 */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if ((stdin as { isTTY?: boolean }).isTTY === true) process.stderr.write('Password (then Enter): ');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    if (bytes.includes(10)) break;
  }
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (password === '') throw new WhereaboutsError('WA_USAGE', 'no password on standard input: pipe it in, e.g. `printf %s "$PASSWORD" | whereabouts user add ...`');
  return password;
}

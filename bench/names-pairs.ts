/** The names corpus as the names benches read it, and their command-line options. */
import { readFileSync } from 'node:fs';
import type { NamePart } from '../src/names/index.js';

/** One corpus pair. */
export interface Pair {
  part: NamePart;
  a: string;
  b: string;
  same: boolean;
  /** The generator put a typing slip into one side. */
  slip: boolean;
}

/** A numeric `--name value` option, or the fallback. */
export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

/** The pairs of one file of src/names/corpus. */
export function readPairs(file: string): Pair[] {
  return readFileSync(new URL(`../src/names/corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('part\t'))
    .map((line) => {
      const [part, a, b, same, note] = line.split('\t');
      return { part: part as NamePart, a: a ?? '', b: b ?? '', same: same === '1', slip: note?.endsWith(' slip') === true };
    });
}

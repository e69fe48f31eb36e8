import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { WhereaboutsError } from '../errors.js';
import { LIST_KINDS } from '../ingest/record.js';
import type { ListKind } from '../ingest/record.js';
import type { ReconcileFile } from '../jobs/reconcile.js';

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Parses repeated `LIST=VALUE` options (`--party home-missing=home`) into a map. */
export function parseListAssignments(option: string, values: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at <= 0 || at === value.length - 1) {
      throw new WhereaboutsError('WA_USAGE', `--${option} "${value}": write it as LIST=VALUE, for example --${option} home-missing=${option === 'kind' ? 'missing' : 'home'}`);
    }
    map.set(value.slice(0, at).trim(), value.slice(at + 1).trim());
  }
  return map;
}

/** `--max-unzipped MB`: the most a workbook may unpack to (the file is refused past it). */
export const MAX_UNZIPPED_OPTION = ['--max-unzipped <MB>', 'workbooks: refuse one whose zip directory says it unpacks to more than this many megabytes (default 1024)'] as const;

/** The `--max-unzipped` value in bytes, or undefined when not given. */
export function maxUnzippedBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new WhereaboutsError('WA_USAGE', `--max-unzipped "${value}": give a number of megabytes above 0, for example --max-unzipped 4096`);
  return Math.floor(megabytes * 2 ** 20);
}

/** The list name a file gets when none is given: its name without the extension. */
export function listNameOf(path: string): string {
  return basename(path, extname(path));
}

function kindOf(value: string, where: string): ListKind {
  if (!(LIST_KINDS as readonly string[]).includes(value)) {
    throw new WhereaboutsError('WA_USAGE', `${where}: "${value}" is not a list kind; use one of ${LIST_KINDS.join(', ')}`);
  }
  return value as ListKind;
}

interface ManifestFile {
  list?: unknown;
  file?: unknown;
  party?: unknown;
  kind?: unknown;
  sheet?: unknown;
}

/**
 * Reads the files of a list manifest (the `manifest.json` that `whereabouts synth` writes, or
 * one written by hand): `{ "files": [{ "file": "held.xlsx", "list": "held", "party": "B",
 * "kind": "detention", "sheet": "Sheet1" }] }`, paths relative to the manifest.
 */
export function readManifest(path: string): ReconcileFile[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'WA_FILE_NOT_FOUND' : 'WA_FILE_UNREADABLE';
    throw new WhereaboutsError(code, `cannot read the manifest ${path}: ${(error as Error).message}`, { location: { file: path } });
  }
  const files = (parsed as { files?: unknown }).files;
  if (!Array.isArray(files) || files.length === 0) {
    throw new WhereaboutsError('WA_USAGE', `the manifest ${path} has no "files" array`, { location: { file: path } });
  }
  return files.map((entry: ManifestFile, i) => {
    const where = `${path}, files[${i}]`;
    if (typeof entry.file !== 'string') throw new WhereaboutsError('WA_USAGE', `${where}: "file" must be a file name`);
    const file: ReconcileFile = { path: resolve(dirname(path), entry.file), list: typeof entry.list === 'string' ? entry.list : listNameOf(entry.file) };
    if (typeof entry.party === 'string') file.party = entry.party;
    if (typeof entry.kind === 'string') file.kind = kindOf(entry.kind, where);
    if (typeof entry.sheet === 'string') file.read = { sheet: entry.sheet };
    return file;
  });
}

/** Applies `--party LIST=PARTY` and `--kind LIST=KIND` to the files, naming an unknown list. */
export function applyListAssignments(files: ReconcileFile[], parties: Map<string, string>, kinds: Map<string, string>): ReconcileFile[] {
  const names = new Set(files.map((f) => f.list));
  for (const [option, map] of [['party', parties], ['kind', kinds]] as const) {
    for (const list of map.keys()) {
      if (!names.has(list)) throw new WhereaboutsError('WA_USAGE', `--${option} ${list}=...: no file makes a list named "${list}" (lists: ${[...names].join(', ')})`);
    }
  }
  return files.map((f) => {
    const party = parties.get(f.list);
    const kind = kinds.get(f.list);
    return { ...f, ...(party === undefined ? {} : { party }), ...(kind === undefined ? {} : { kind: kindOf(kind, `--kind ${f.list}`) }) };
  });
}

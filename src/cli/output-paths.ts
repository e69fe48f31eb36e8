import { accessSync, constants, existsSync, lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { WhereaboutsError } from '../errors.js';

/**
 * Checks where a command will write before it does any work, so that a wrong `--out` is a user
 * error naming the path (exit 1), not a stack trace after minutes of linking. Node's own
 * `mkdir(..., { recursive: true })` spins forever under /proc; folders are created one level at
 * a time here instead, so such a place fails at once with its real reason.
 */

function unwritable(path: string, why: string, cause?: unknown): WhereaboutsError {
  return new WhereaboutsError('WA_OUTPUT_UNWRITABLE', `cannot write to ${path}: ${why}`, { cause, location: { file: path } });
}

/** The reason an errno gives, in words, for messages. */
export function errnoReason(code: string | undefined): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'no space left on the disk';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOENT':
      return 'no such file or folder';
    case 'EEXIST':
      return 'it already exists';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'ELOOP':
      return 'too many symbolic links (a link that points to itself?)';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return code ?? 'unknown error';
  }
}

/** A dangling symbolic link is named as such: "does not exist" would puzzle whoever sees it listed. */
function refuseDanglingLink(path: string, option: string): void {
  let link;
  try {
    link = lstatSync(path);
  } catch {
    return;
  }
  if (link.isSymbolicLink() && !existsSync(path)) {
    throw unwritable(path, `${option} is a symbolic link to ${readlinkSync(path)}, which does not exist; remove the link or name another place`);
  }
}

/** Creates `dir` and its missing parents one level at a time, each failure with its reason. */
function createFolder(dir: string, option: string): void {
  const parent = dirname(dir);
  if (parent !== dir && !existsSync(parent)) {
    refuseDanglingLink(parent, option);
    createFolder(parent, option);
  }
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(dir).isDirectory()) return;
    // ENOENT with the parent there: a place that cannot hold folders (/proc, /sys).
    const why = code === 'ENOENT' && existsSync(parent) ? `${parent} cannot hold new folders (a system folder?)` : errnoReason(code);
    throw unwritable(dir, why, error);
  }
}

/**
 * Makes sure `dir` is a folder this process can write into, creating it (and its parents) when
 * missing. Refuses a file, a dangling symbolic link, a place that cannot hold folders and a folder
 * without write permission, each with a message naming the path. Returns the absolute path.
 */
export function prepareOutputFolder(dir: string, option = '--out'): string {
  const path = resolve(dir);
  refuseDanglingLink(path, option);
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) throw unwritable(path, `${option} names a file, not a folder; name a folder (it is created if missing)`);
  } else {
    createFolder(path, option);
  }
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    throw unwritable(path, errnoReason((error as NodeJS.ErrnoException).code), error);
  }
  return path;
}

/**
 * Makes sure `file` can be written as a new file: its folder exists and is writable, it is not a
 * folder or a dangling link, and it does not exist already unless `force` (a decisions file
 * overwritten by mistake is a reviewer's work lost). Returns the absolute path.
 */
export function prepareOutputFile(file: string, options: { force: boolean; option: string }): string {
  const path = resolve(file);
  refuseDanglingLink(path, options.option);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw unwritable(path, `${options.option} names a folder; give a file name, such as ${path}/decisions.csv`);
    if (!options.force) throw unwritable(path, 'the file already exists; add --force to overwrite it');
  }
  const folder = dirname(path);
  if (!existsSync(folder)) throw unwritable(path, `its folder ${folder} does not exist`);
  if (!statSync(folder).isDirectory()) throw unwritable(path, `${folder} is a file, not a folder`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw unwritable(path, errnoReason((error as NodeJS.ErrnoException).code), error);
  }
  return path;
}

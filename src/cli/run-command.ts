import { WhereaboutsError, formatLocation } from '../errors.js';
import { errnoReason } from './output-paths.js';

/** Exit codes are part of the interface: 0 ok, 1 user error, 2 internal error. */
export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 2;

/**
 * The one place where errors become messages and exit codes. Commands throw; this catches.
 */
export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  error = fileSystemErrorAsUserError(error);
  if (error instanceof WhereaboutsError) {
    const where = error.location ? ` (${formatLocation(error.location)})` : '';
    stderr.write(`whereabouts: ${error.message}${where} [${error.code}]\n`);
    if (error.kind === 'internal' && error.cause) stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
    return error.kind === 'user' ? EXIT_USER_ERROR : EXIT_INTERNAL_ERROR;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`whereabouts: internal error, please report it with the command you ran.\n${stack}\n`);
  return EXIT_INTERNAL_ERROR;
}

/** Wraps a command's action so that whatever it throws goes through {@link reportError}. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void> | void): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

/** Errno codes of a file or folder the user named or can fix: a full disk, a permission, a path. */
const USER_FIXABLE = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EEXIST', 'ENOENT', 'EISDIR', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG']);

/**
 * A file-system error that reaches the top (a disk filling up while report files are written, a
 * folder made read-only meanwhile) is the user's to fix: a message naming the path and the
 * reason, exit 1. Other errors pass unchanged.
 */
export function fileSystemErrorAsUserError(error: unknown): unknown {
  const errno = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof errno.code !== 'string' || typeof errno.syscall !== 'string' || !USER_FIXABLE.has(errno.code)) return error;
  const path = errno.path;
  const what = path === undefined ? errno.syscall : `${errno.syscall} ${path}`;
  return new WhereaboutsError('WA_IO_FAILED', `cannot ${what}: ${errnoReason(errno.code)}`, { cause: error, ...(path === undefined ? {} : { location: { file: path } }) });
}

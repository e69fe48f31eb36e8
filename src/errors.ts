/**
 * Every error whereabouts reports on purpose, with a stable code.
 *
 * Domain code throws {@link WhereaboutsError}; the CLI (and later the server) maps the
 * `kind` to an exit code or HTTP status in one place each. Add new codes here, never inline.
 */
export const ERRORS = {
  WA_USAGE: { kind: 'user', message: 'Invalid usage' },
  WA_FILE_NOT_FOUND: { kind: 'user', message: 'File not found' },
  WA_FILE_UNREADABLE: { kind: 'user', message: 'File cannot be read' },
  WA_FORMAT_UNKNOWN: { kind: 'user', message: 'Unrecognised file format' },
  WA_ENCODING_UNKNOWN: { kind: 'user', message: 'Unrecognised text encoding' },
  WA_HEADER_INVALID: { kind: 'user', message: 'Header cannot be mapped' },
  WA_MAP_INVALID: { kind: 'user', message: 'Invalid --map option' },
  WA_SHEET_NOT_FOUND: { kind: 'user', message: 'Sheet not found' },
  WA_LIST_NOT_FOUND: { kind: 'user', message: 'List not found' },
  WA_RECORD_NOT_FOUND: { kind: 'user', message: 'Record not found' },
  WA_PERSON_NOT_FOUND: { kind: 'user', message: 'Person not found' },
  WA_DB_UNREACHABLE: { kind: 'user', message: 'Database cannot be opened' },
  WA_DB_BUSY: { kind: 'user', message: 'Another whereabouts is writing to the store' },
  WA_LIST_MISMATCH: { kind: 'user', message: 'The list belongs to another party or is of another kind' },
  WA_OUTPUT_UNWRITABLE: { kind: 'user', message: 'Output folder cannot be written' },
  WA_IO_FAILED: { kind: 'user', message: 'A file or folder cannot be read or written' },
  WA_WORKBOOK_DAMAGED: { kind: 'user', message: 'Workbook is damaged' },
  WA_WORKBOOK_TOO_LARGE: { kind: 'user', message: 'Workbook would unpack past the limit' },
  WA_DB_SCHEMA_NEWER: { kind: 'user', message: 'Database was written by a newer whereabouts' },
  WA_TRUTH_INVALID: { kind: 'user', message: 'Truth file is invalid' },
  WA_SETTINGS_INVALID: { kind: 'user', message: 'Settings are invalid' },
  WA_DECISIONS_INVALID: { kind: 'user', message: 'Decisions file is invalid' },
  WA_NOTHING_TO_DO: { kind: 'user', message: 'Nothing to do' },
  WA_PARTY_NOT_FOUND: { kind: 'user', message: 'Party not found' },
  WA_PARTY_EXISTS: { kind: 'user', message: 'Party exists already' },
  WA_USER_NOT_FOUND: { kind: 'user', message: 'User not found' },
  WA_USER_EXISTS: { kind: 'user', message: 'User exists already' },
  WA_PASSWORD_WEAK: { kind: 'user', message: 'Password is too weak' },
  WA_AUDIT_BROKEN: { kind: 'user', message: 'The audit log has been changed' },
  WA_SUPERUSER_REFUSED: { kind: 'user', message: 'Refusing to serve as a database superuser' },
  WA_UNAUTHENTICATED: { kind: 'user', message: 'Sign in first' },
  WA_LOGIN_FAILED: { kind: 'user', message: 'Wrong user name or password' },
  WA_LOCKED_OUT: { kind: 'user', message: 'Too many failed sign-ins; try again later' },
  WA_SECOND_FACTOR_REQUIRED: { kind: 'user', message: 'A one-time code is required' },
  WA_FORBIDDEN: { kind: 'user', message: 'Not allowed' },
  WA_NOT_FOUND: { kind: 'user', message: 'Not found' },
  WA_CSRF: { kind: 'user', message: 'Missing or wrong CSRF token' },
  WA_REQUEST_INVALID: { kind: 'user', message: 'Invalid request' },
  WA_UPLOAD_TOO_LARGE: { kind: 'user', message: 'Upload is too large' },
  WA_UPLOAD_UNSUPPORTED: { kind: 'user', message: 'Upload is not a list file whereabouts reads' },
  WA_JOB_BUSY: { kind: 'user', message: 'A reconcile is already running' },
  WA_JOB_NOT_FOUND: { kind: 'user', message: 'Job not found' },
  WA_RELEASE_INVALID: { kind: 'user', message: 'Release cannot be made' },
  WA_INTERNAL: { kind: 'internal', message: 'Internal error' },
} as const satisfies Record<string, { kind: 'user' | 'internal'; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** Where in an input file a problem sits. Rows are 1-based data rows (header excluded). */
export interface InputLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/**
 * The one exception type of whereabouts.
 *
 * @example
 * throw new WhereaboutsError('WA_FILE_NOT_FOUND', `no such file: ${path}`, { location: { file: path } });
 */
export class WhereaboutsError extends Error {
  readonly code: ErrorCode;
  readonly location: InputLocation | undefined;

  constructor(code: ErrorCode, detail?: string, options: { cause?: unknown; location?: InputLocation } = {}) {
    super(detail ?? ERRORS[code].message, { cause: options.cause });
    this.name = 'WhereaboutsError';
    this.code = code;
    this.location = options.location;
  }

  get kind(): 'user' | 'internal' {
    return ERRORS[this.code].kind;
  }
}

/** Formats a location as `file, sheet S, row N, column C` for messages. */
export function formatLocation(location: InputLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.sheet !== undefined) parts.push(`sheet ${location.sheet}`);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.column !== undefined) parts.push(`column ${location.column}`);
  return parts.join(', ');
}

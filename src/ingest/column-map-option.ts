import { WhereaboutsError } from '../errors.js';
import { CANONICAL_FIELDS } from './record.js';
import type { CanonicalField } from './record.js';

const FIELDS: ReadonlySet<string> = new Set([...CANONICAL_FIELDS, 'ignore']);

/**
 * Parses repeated `--map "Column=field"` values into the `map` option of `openList`. The column
 * is everything before the last `=`, so a header may itself contain `=` or commas
 * ("Фамилия, имя, отчество=full_name"). Throws WA_MAP_INVALID naming the value that is wrong.
 */
export function parseColumnMap(values: readonly string[]): Record<string, CanonicalField | 'ignore'> {
  // A Map, so that headers such as "constructor" are plain keys.
  const map = new Map<string, CanonicalField | 'ignore'>();
  for (const value of values) {
    const eq = value.lastIndexOf('=');
    if (eq === -1) throw new WhereaboutsError('WA_MAP_INVALID', `--map "${value}" has no "="; write it as "Column=field", for example "Ф.И.О.=full_name"`);
    const column = value.slice(0, eq).trim();
    const field = value.slice(eq + 1).trim().toLowerCase();
    if (column === '') throw new WhereaboutsError('WA_MAP_INVALID', `--map "${value}" names no column before "="`);
    if (!FIELDS.has(field)) {
      throw new WhereaboutsError('WA_MAP_INVALID', `--map "${value}": "${field}" is not a field; the fields are ${[...FIELDS].join(', ')}`);
    }
    const previous = map.get(column);
    if (previous !== undefined && previous !== field) {
      throw new WhereaboutsError('WA_MAP_INVALID', `--map gives column "${column}" twice: as ${previous} and as ${field}`);
    }
    map.set(column, field as CanonicalField | 'ignore');
  }
  return Object.fromEntries(map);
}

import { WhereaboutsError } from '../errors.js';
import { CANONICAL_FIELDS } from './record.js';
import type { CanonicalField } from './record.js';

const FIELDS: ReadonlySet<string> = new Set([...CANONICAL_FIELDS, 'ignore']);

/**
 * Parses `--map` values into the `map` option of `openList`. Each value is `Column=field`, and
 * one value may hold several pairs separated by `;` or `,` ("Н/П=record_id; Ф.И.О.=full_name").
 * The column is everything before the last `=`, so a header may itself contain `=`.
 * Throws WA_MAP_INVALID naming the part that is wrong and the fields that exist.
 */
export function parseColumnMap(values: readonly string[]): Record<string, CanonicalField | 'ignore'> {
  const map: Record<string, CanonicalField | 'ignore'> = {};
  for (const value of values) {
    for (const part of value.split(/[;,](?=[^;,=]*=)/u)) {
      if (part.trim() === '') continue;
      const eq = part.lastIndexOf('=');
      if (eq === -1) {
        throw new WhereaboutsError('WA_MAP_INVALID', `--map "${part.trim()}" has no "="; write it as "Column=field", for example "Ф.И.О.=full_name"`);
      }
      const column = part.slice(0, eq).trim();
      const field = part.slice(eq + 1).trim().toLowerCase();
      if (column === '') throw new WhereaboutsError('WA_MAP_INVALID', `--map "${part.trim()}" names no column before "="`);
      if (!FIELDS.has(field)) {
        throw new WhereaboutsError('WA_MAP_INVALID', `--map "${part.trim()}": "${field}" is not a field; the fields are ${[...FIELDS].join(', ')}`);
      }
      if (map[column] !== undefined && map[column] !== field) {
        throw new WhereaboutsError('WA_MAP_INVALID', `--map gives column "${column}" twice: as ${map[column]} and as ${field}`);
      }
      map[column] = field as CanonicalField | 'ignore';
    }
  }
  return map;
}

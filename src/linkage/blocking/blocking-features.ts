import type { BlockingKeyPart } from './blocking-rules.js';
import type { NameTable, RecordFeatures } from '../features/record-features.js';
import type { Arena } from './typed-array-arena.js';

/**
 * What blocking reads of the records' features: typed arrays in SharedArrayBuffers (see
 * {@link RecordFeatures}), so that a worker thread given them shares them instead of copying.
 */
export interface BlockingFeatures {
  count: number;
  surname: Int32Array;
  given: Int32Array;
  father: Int32Array;
  surnames: Pick<NameTable, 'keyStart' | 'keyCodes'>;
  givenNames: Pick<NameTable, 'keyStart' | 'keyCodes'>;
  birthYear: Int16Array;
  birthMonth: Uint8Array;
  birthDay: Uint8Array;
  serviceNumber: Int32Array;
  unit: Int32Array;
}

/** The features blocking reads, without the names' and texts' strings (which a worker would receive copies of). */
export function blockingFeaturesOf(features: RecordFeatures): BlockingFeatures {
  const keys = (table: NameTable): Pick<NameTable, 'keyStart' | 'keyCodes'> => ({ keyStart: table.keyStart, keyCodes: table.keyCodes });
  const { count, surname, given, father, birthYear, birthMonth, birthDay } = features;
  return { count, surname, given, father, surnames: keys(features.surnames), givenNames: keys(features.givenNames), birthYear, birthMonth, birthDay, serviceNumber: features.serviceNumber.codes, unit: features.unit.codes };
}

/** Per record, the values of one key part: `values[start[r] .. start[r + 1])` (none when missing). */
export interface KeyPartValues {
  start: Int32Array;
  values: Int32Array;
  range: number;
}

function singleValued(n: number, valueOf: (record: number) => number, arena: Arena): KeyPartValues {
  const start = arena.int32(n + 1);
  start[0] = 0;
  let count = 0;
  for (let i = 0; i < n; i++) if (valueOf(i) >= 0) count++;
  const values = arena.int32(count);
  let range = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const v = valueOf(i);
    if (v >= 0) {
      values[at++] = v;
      if (v >= range) range = v + 1;
    }
    start[i + 1] = at;
  }
  return { start, values, range };
}

function nameKeyValues(n: number, entries: Int32Array, table: { keyStart: Int32Array; keyCodes: Int32Array }, arena: Arena): KeyPartValues {
  const start = arena.int32(n + 1);
  start[0] = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[i] as number;
    if (e >= 0) count += (table.keyStart[e + 1] as number) - (table.keyStart[e] as number);
  }
  const values = arena.int32(count);
  let range = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[i] as number;
    if (e >= 0) {
      for (let k = table.keyStart[e] as number; k < (table.keyStart[e + 1] as number); k++) {
        const v = table.keyCodes[k] as number;
        values[at++] = v;
        if (v >= range) range = v + 1;
      }
    }
    start[i + 1] = at;
  }
  return { start, values, range };
}

/** Per record, its values of `part` (a name's keys, or at most one value), carved from `arena`. */
export function keyPartValues(features: BlockingFeatures, part: BlockingKeyPart, arena: Arena): KeyPartValues {
  const n = features.count;
  const { birthYear, birthMonth, birthDay } = features;
  switch (part) {
    case 'surname_key':
      return nameKeyValues(n, features.surname, features.surnames, arena);
    case 'given_key':
      return nameKeyValues(n, features.given, features.givenNames, arena);
    case 'father_key':
      return nameKeyValues(n, features.father, features.givenNames, arena);
    case 'birth_year':
      return singleValued(n, (i) => ((birthYear[i] as number) === 0 ? -1 : (birthYear[i] as number)), arena);
    case 'birth_date':
      return singleValued(n, (i) => ((birthDay[i] as number) === 0 ? -1 : (birthYear[i] as number) * 372 + (birthMonth[i] as number) * 31 + (birthDay[i] as number)), arena);
    case 'birth_month_day':
      return singleValued(n, (i) => ((birthDay[i] as number) === 0 ? -1 : (birthMonth[i] as number) * 31 + (birthDay[i] as number)), arena);
    case 'service_number':
    case 'unit': {
      const codes = part === 'unit' ? features.unit : features.serviceNumber;
      return singleValued(n, (i) => codes[i] as number, arena);
    }
  }
}

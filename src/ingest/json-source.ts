import { WhereaboutsError } from '../errors.js';
import { ColumnPlan } from './column-plan.js';
import { readingDay } from './date-plausibility.js';
import type { ColumnPlanOptions } from './column-plan.js';
import type { EncodingDetection } from './encoding-detection.js';
import { JsonArraySplitter, JsonLinesSplitter, MAX_JSON_DEPTH, nestsDeeperThan } from './json-items.js';
import type { JsonItem } from './json-items.js';
import type { ListReadOptions, ListSource, ReadResult, SkippedRows } from './list-source.js';
import { listSource } from './once-readable-source.js';
import { decodedChunks, decodingWatch } from './text-stream.js';
import type { DecodingWatch } from './text-stream.js';

/** Objects looked at before planning the columns (their keys, in order of first appearance). */
const SAMPLE_ITEMS = 200;

async function* itemBatches(file: string, format: 'json' | 'jsonl', encoding: EncodingDetection, watch: DecodingWatch): AsyncGenerator<JsonItem[]> {
  const splitter = format === 'json' ? new JsonArraySplitter() : new JsonLinesSplitter();
  for await (const text of decodedChunks(file, watch, encoding.bomLength)) {
    const items = splitter.push(text);
    if (items.length > 0) yield items;
  }
  const last = splitter.end();
  if (last.length > 0) yield last;
}

type ParsedItem = { number: number; object: Record<string, unknown> } | { number: number; problem: string; raw: string } | { number: number; empty: true };

function parseItem(item: JsonItem): ParsedItem {
  if ('broken' in item) return { number: item.number, problem: item.reason, raw: item.broken };
  if (item.text.trim() === '') return { number: item.number, empty: true };
  if (nestsDeeperThan(item.text, MAX_JSON_DEPTH)) {
    return { number: item.number, problem: `nested more than ${MAX_JSON_DEPTH} levels deep; a row is an object whose values are cells`, raw: item.text };
  }
  let value: unknown;
  try {
    value = JSON.parse(item.text);
  } catch (error) {
    return { number: item.number, problem: `not valid JSON: ${(error as Error).message}`, raw: item.text };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { number: item.number, problem: `expected an object with one key per column, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}`, raw: item.text };
  }
  return { number: item.number, object: value as Record<string, unknown> };
}

/** A JSON value as a cell: strings as they are, numbers and booleans as written, null empty. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Opens a JSON array of objects or a JSON Lines file. Keys play the part of headers: those of
 * the first objects decide the plan, and a key first seen later is added as a column then.
 * Elements that are not objects, or not valid JSON, are quarantined with the parser's reason.
 */
export async function openJsonList(
  file: string,
  format: 'json' | 'jsonl',
  encoding: EncodingDetection,
  options: ListReadOptions,
  twoDigitYearPivot: number,
  skipped: SkippedRows,
): Promise<ListSource> {
  // JSON strings can spell a NUL as an escape, which the decoder never sees: cells are always checked.
  const decoding: DecodingWatch = { ...decodingWatch(encoding), nul: true };
  const batches = itemBatches(file, format, encoding, decoding)[Symbol.asyncIterator]();
  const ahead: ParsedItem[] = [];
  while (ahead.length < SAMPLE_ITEMS) {
    const next = await batches.next();
    if (next.done === true) break;
    for (const item of next.value) ahead.push(parseItem(item));
  }

  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  for (const item of ahead) {
    if (!('object' in item)) continue;
    for (const key of Object.keys(item.object)) {
      if (!keyIndex.has(key)) {
        keyIndex.set(key, keys.length);
        keys.push(key);
      }
    }
  }
  const toCells = (object: Record<string, unknown>): string[] => {
    const cells: string[] = new Array<string>(keys.length).fill('');
    for (const key of Object.keys(object)) {
      let index = keyIndex.get(key);
      if (index === undefined) {
        index = keys.length;
        keyIndex.set(key, index);
        keys.push(key);
        plan.addColumn(key);
      }
      cells[index] = cellText(object[key]);
    }
    return cells;
  };

  const planOptions: ColumnPlanOptions = { file, twoDigitYearPivot, warnShortRows: false, decoding, today: readingDay(options.today), ...(options.map ? { map: options.map } : {}) };
  const sample = ahead.flatMap((item) => ('object' in item ? [keys.map((key) => cellText(item.object[key]))] : []));
  const plan = new ColumnPlan(keys, sample, planOptions);
  if (keys.length > 0 && !plan.hasNameColumn && (options.requireNameColumn ?? true)) {
    await batches.return?.(undefined);
    throw new WhereaboutsError('WA_HEADER_INVALID', `no key is recognised as a name (surname, given name or full name); the keys are ${keys.map((k) => `"${k}"`).join(', ')}. Use --map "key=surname" (or full_name)`, { location: { file } });
  }

  const readBatch = (items: readonly ParsedItem[]): ReadResult[] => {
    const results: ReadResult[] = [];
    for (const item of items) {
      if ('empty' in item) skipped.empty++;
      else if ('problem' in item) results.push(plan.quarantine(item.number, item.raw, item.problem));
      else {
        const result = plan.read(toCells(item.object), item.number);
        if (result === undefined) skipped.empty++;
        else results.push(result);
      }
    }
    return results;
  };

  return listSource({
    file,
    format,
    encoding: encoding.encoding,
    columns: plan.columns,
    skipped,
    async *batches() {
      const first = readBatch(ahead);
      ahead.length = 0;
      if (first.length > 0) yield first;
      for (;;) {
        const next = await batches.next();
        if (next.done === true) return;
        const results = readBatch(next.value.map(parseItem));
        if (results.length > 0) yield results;
      }
    },
  });
}

import { matchProbability } from './pair-scoring.js';
import type { RecordFeatures } from '../features/record-features.js';

/**
 * One cell of text as pairs.csv holds it. The same rules as the report's CSV writer
 * (src/report/csv-writer.ts, which the engine may not import): text a spreadsheet would run as a
 * formula (starting with = + - @ tab or CR) gets a leading apostrophe, and a cell holding a
 * quote, comma or line break is quoted.
 */
export function csvTextCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const SCALES = [1, 10, 100, 1000, 10000, 100000, 1000000];

const cellEncoder = new TextEncoder();

/** A comparison's weight as pairs.csv writes it (held as a 32-bit float, rounded to 3 decimals), in UTF-8. */
export function weightCell(weight: number): Uint8Array {
  return cellEncoder.encode(String(Number(Math.fround(weight).toFixed(3))));
}

const ASCII_ZERO = 48;

/**
 * Scored pairs as the rows of pairs.csv, in UTF-8 bytes: `list_l,row_l,list_r,row_r,
 * match_weight,match_probability,match_weight_<field>...` with CRLF, weights rounded to 3
 * decimals and the probability to 6, numbers written as JavaScript writes the rounded value
 * (`String(Number(x.toFixed(3)))`). Made where pairs are scored (worker threads), so the main
 * thread only writes bytes: formatting 20 million rows through generic CSV code took longer than
 * scoring them. A row is written by functions that take the buffer and the position and return
 * the next position, the buffer having been grown once for the row's longest text.
 */
export class PairRowWriter {
  private bytes: Uint8Array;
  private length = 0;
  private readonly listCells: Uint8Array[];

  constructor(private readonly features: Pick<RecordFeatures, 'lists' | 'list' | 'row'>) {
    this.listCells = features.lists.map((name) => cellEncoder.encode(csvTextCell(name)));
    this.bytes = new Uint8Array(1 << 16);
  }

  /** Starts again from no rows, keeping the buffer (a worker formats range after range). */
  clear(): void {
    this.length = 0;
  }

  /**
   * Appends the row of records `a` and `b`: `fieldWeights[from .. from + count)` are the
   * comparisons' weights. Where `cells[c]` is given it is comparison c's weight already written
   * (see {@link weightCell}): most weights are one of a few per comparison, so the scorer writes
   * each once rather than once per pair.
   */
  push(a: number, b: number, matchWeight: number, fieldWeights: Float32Array, from: number, count: number, cells?: readonly (Uint8Array | undefined)[]): void {
    const listA = this.listCells[this.features.list[a] as number] as Uint8Array;
    const listB = this.listCells[this.features.list[b] as number] as Uint8Array;
    this.reserve(listA.length + listB.length + ROW_NUMBERS_BYTES + (count + 2) * NUMBER_BYTES);
    const bytes = this.bytes;
    let at = putText(bytes, this.length, listA);
    bytes[at++] = COMMA;
    at = putInteger(bytes, at, this.features.row[a] as number);
    bytes[at++] = COMMA;
    at = putText(bytes, at, listB);
    bytes[at++] = COMMA;
    at = putInteger(bytes, at, this.features.row[b] as number);
    bytes[at++] = COMMA;
    at = putFixed(bytes, at, matchWeight, 3);
    bytes[at++] = COMMA;
    // Beyond ±21 bits the probability rounds to 0 or 1 at six decimals (2^-21 < 5e-7): most
    // candidate pairs are clear non-matches, and this spares them a power and a formatting.
    if (matchWeight <= -21) bytes[at++] = ASCII_ZERO;
    else if (matchWeight >= 21) bytes[at++] = ASCII_ZERO + 1;
    else at = putFixed(bytes, at, matchProbability(matchWeight), 6);
    for (let c = 0; c < count; c++) {
      bytes[at++] = COMMA;
      const cell = cells?.[c];
      at = cell === undefined ? putFixed(bytes, at, fieldWeights[from + c] as number, 3) : putText(bytes, at, cell);
    }
    bytes[at++] = 13;
    bytes[at++] = 10;
    this.length = at;
  }

  /** The rows so far (a copy the size of the text). */
  build(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  /** The rows so far as a view, valid until the next row or {@link clear}. */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + more));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

const COMMA = 44;

/** Room for a row's two row numbers, its commas and its line end. */
const ROW_NUMBERS_BYTES = 64;

/**
 * Room for one number as {@link putFixed} writes it: at most 21 digits, a sign and a point, or
 * JavaScript's text of a number it does not write digit by digit ("-Infinity", "1e+21").
 */
const NUMBER_BYTES = 32;

/** Copies `cell` to `bytes` at `at`; returns the position after it. */
function putText(bytes: Uint8Array, at: number, cell: Uint8Array): number {
  // A loop for short cells: TypedArray.set costs more than copying a few bytes by hand.
  if (cell.length > 32) bytes.set(cell, at);
  else for (let i = 0; i < cell.length; i++) bytes[at + i] = cell[i] as number;
  return at + cell.length;
}

/** Writes ASCII `text` at `at`; returns the position after it. */
function putAscii(bytes: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) bytes[at + i] = text.charCodeAt(i);
  return at + text.length;
}

/** Writes a non-negative safe integer below 2^53 at `at`; returns the position after it. */
function putInteger(bytes: Uint8Array, at: number, value: number): number {
  if (value < 10) {
    bytes[at] = ASCII_ZERO + value;
    return at + 1;
  }
  let digits = 1;
  for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
  const end = at + digits;
  let v = value;
  for (let i = end - 1; i >= at; i--) {
    bytes[i] = ASCII_ZERO + (v % 10);
    v = Math.floor(v / 10);
  }
  return end;
}

/**
 * Writes `String(Number(x.toFixed(digits)))` at `at` without strings; returns the position after
 * it. x × 10^digits is rounded to an integer r (exact unless the product sits within 1e-6 of a
 * half, where toFixed decides), then r / 10^digits written with trailing zeros dropped.
 * r / 10^digits is the double nearest that decimal, whose shortest form is that decimal, so the
 * text is the same.
 */
function putFixed(bytes: Uint8Array, at: number, x: number, digits: number): number {
  const scale = SCALES[digits] as number;
  const y = x * scale;
  if (!(Math.abs(y) < 1e9) || Math.abs(Math.abs(y - Math.trunc(y)) - 0.5) < 1e-6) return putAscii(bytes, at, String(Number(x.toFixed(digits))));
  let r = Math.round(y);
  if (r === 0) {
    bytes[at] = ASCII_ZERO;
    return at + 1;
  }
  if (r < 0) {
    bytes[at++] = 45;
    r = -r;
  }
  const whole = Math.floor(r / scale);
  let fraction = r - whole * scale;
  at = putInteger(bytes, at, whole);
  if (fraction === 0) return at;
  let width = digits;
  while (fraction % 10 === 0) {
    fraction /= 10;
    width--;
  }
  bytes[at++] = 46;
  const end = at + width;
  for (let i = end - 1; i >= at; i--) {
    bytes[i] = ASCII_ZERO + (fraction % 10);
    fraction = Math.floor(fraction / 10);
  }
  return end;
}

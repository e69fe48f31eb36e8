import { matchProbability } from './pair-scoring.js';
import type { RecordFeatures } from './record-features.js';

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
 * scoring them.
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
    this.reserve(128 + count * 24);
    this.text(this.listCells[this.features.list[a] as number] as Uint8Array);
    this.comma();
    this.integer(this.features.row[a] as number);
    this.comma();
    this.text(this.listCells[this.features.list[b] as number] as Uint8Array);
    this.comma();
    this.integer(this.features.row[b] as number);
    this.comma();
    this.fixed(matchWeight, 3);
    this.comma();
    // Beyond ±21 bits the probability rounds to 0 or 1 at six decimals (2^-21 < 5e-7): most
    // candidate pairs are clear non-matches, and this spares them a power and a formatting.
    if (matchWeight <= -21) this.bytes[this.length++] = ASCII_ZERO;
    else if (matchWeight >= 21) this.bytes[this.length++] = ASCII_ZERO + 1;
    else this.fixed(matchProbability(matchWeight), 6);
    for (let c = 0; c < count; c++) {
      this.comma();
      const cell = cells?.[c];
      if (cell === undefined) this.fixed(fieldWeights[from + c] as number, 3);
      else this.text(cell);
    }
    this.bytes[this.length++] = 13;
    this.bytes[this.length++] = 10;
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

  private comma(): void {
    this.bytes[this.length++] = 44;
  }

  private text(cell: Uint8Array): void {
    this.reserve(cell.length);
    // A loop for short cells: TypedArray.set costs more than copying a few bytes by hand.
    if (cell.length > 32) this.bytes.set(cell, this.length);
    else for (let i = 0; i < cell.length; i++) this.bytes[this.length + i] = cell[i] as number;
    this.length += cell.length;
  }

  private ascii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length++] = text.charCodeAt(i);
  }

  /** A non-negative safe integer below 2^53. */
  private integer(value: number): void {
    if (value < 10) {
      this.bytes[this.length++] = ASCII_ZERO + value;
      return;
    }
    let digits = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
    const end = this.length + digits;
    let v = value;
    for (let at = end - 1; at >= this.length; at--) {
      this.bytes[at] = ASCII_ZERO + (v % 10);
      v = Math.floor(v / 10);
    }
    this.length = end;
  }

  /**
   * `String(Number(x.toFixed(digits)))` without strings: x × 10^digits rounded to an integer r
   * (exact unless the product sits within 1e-6 of a half, where toFixed decides), then r / 10^digits
   * written with trailing zeros dropped. r / 10^digits is the double nearest that decimal, whose
   * shortest form is that decimal, so the text is the same.
   */
  private fixed(x: number, digits: number): void {
    const scale = SCALES[digits] as number;
    const y = x * scale;
    if (!(Math.abs(y) < 1e9) || Math.abs(Math.abs(y - Math.trunc(y)) - 0.5) < 1e-6) {
      this.ascii(String(Number(x.toFixed(digits))));
      return;
    }
    let r = Math.round(y);
    if (r === 0) {
      this.bytes[this.length++] = ASCII_ZERO;
      return;
    }
    if (r < 0) {
      this.bytes[this.length++] = 45;
      r = -r;
    }
    const whole = Math.floor(r / scale);
    let fraction = r - whole * scale;
    this.integer(whole);
    if (fraction === 0) return;
    let width = digits;
    while (fraction % 10 === 0) {
      fraction /= 10;
      width--;
    }
    this.bytes[this.length++] = 46;
    const end = this.length + width;
    for (let at = end - 1; at >= this.length; at--) {
      this.bytes[at] = ASCII_ZERO + (fraction % 10);
      fraction = Math.floor(fraction / 10);
    }
    this.length = end;
  }
}

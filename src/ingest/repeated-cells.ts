/** Lookups after which a column's share of distinct values is first looked at. */
const FIRST_CHECK = 16_384;
/** A column with more distinct values than this share of its lookups is not worth remembering. */
const MOSTLY_DISTINCT = 0.75;
/**
 * Distinct values remembered per column, at most: memory stays bounded however long the file.
 * Past it, the values already remembered are still shared and new ones are read as they come.
 */
const MAX_REMEMBERED = 65_536;
/** Strings this long or longer may be slices that keep their whole chunk of the file alive. */
const SLICE_LENGTH = 13;

/**
 * Reads each distinct value of a column once and hands every later cell with the same text the
 * same result: one string (or one date) for the thousands of rows that share a surname, a rank
 * or a birth date. A reconcile keeps every imported record in memory, and most of that memory
 * was these repeated strings; one copy each is less to allocate, to copy in young-generation
 * collections and to fault in. A column whose values are mostly distinct (ids, notes, full names)
 * stops being remembered after {@link FIRST_CHECK} lookups and gets its own readings as before.
 *
 * The results are shared, so they must never be changed by whoever receives them.
 */
export class RepeatedCells<T> {
  readonly #read: (cell: string) => T;
  #known: Map<string, T> | undefined = new Map();
  #lookups = 0;
  #nextCheck = FIRST_CHECK;

  constructor(read: (cell: string) => T) {
    this.#read = read;
  }

  /** The reading of `cell`: remembered when the same text was read before. */
  get(cell: string): T {
    const known = this.#known;
    if (known === undefined) return this.#read(cell);
    if (++this.#lookups >= this.#nextCheck) {
      // Mostly distinct values: remembering them saves little and costs a table entry each.
      if (known.size > MOSTLY_DISTINCT * this.#lookups) {
        this.#known = undefined;
        return this.#read(cell);
      }
      this.#nextCheck *= 2;
    }
    let reading = known.get(cell);
    if (reading === undefined) {
      if (known.size >= MAX_REMEMBERED) return this.#read(cell);
      // The table keeps its key: a copy, not a slice of the chunk the cell was cut from.
      const own = ownText(cell);
      reading = this.#read(own);
      known.set(own, reading);
    }
    return reading;
  }
}

/**
 * The text of `value` in a string of its own. A cell cut from a chunk of the file with `slice`
 * may share the chunk's memory, which then lives as long as the cell: a remembered value must
 * not keep a whole chunk alive.
 */
export function ownText(value: string): string {
  return value.length < SLICE_LENGTH ? value : (JSON.parse(JSON.stringify(value)) as string);
}

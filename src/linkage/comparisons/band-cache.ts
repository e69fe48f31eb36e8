/**
 * Remembers a small result (a comparison level, 0–254) for each pair of value codes: names and
 * places repeat, so most pairs of distinct values are compared many times over a run.
 *
 * A full byte matrix for small vocabularies; otherwise an open-addressing table in typed arrays
 * (linear probing, two 32-bit keys and a byte per slot), allocated on first use and emptied
 * when it is 70% full. A `Map` keyed by `lo * size + hi` did the same job several times slower:
 * its keys pass 2^31 on a large vocabulary and become heap numbers (docs/benchmarks-history.md, "Scoring
 * (session 3)").
 */
export class BandCache {
  readonly #size: number;
  readonly #slots: number;
  #matrix: Uint8Array | undefined;
  #lo = new Int32Array(0);
  #hi = new Int32Array(0);
  #band = new Uint8Array(0);
  #used = 0;

  /**
   * @param size how many distinct codes there are (codes are 0 … size − 1)
   * @param maxSlots the most table slots for a large vocabulary, a power of two (9 bytes a slot)
   */
  constructor(size: number, maxSlots = 1 << 21) {
    if ((maxSlots & (maxSlots - 1)) !== 0 || maxSlots < 2) throw new RangeError(`maxSlots must be a power of two, not ${maxSlots}`);
    this.#size = size;
    let slots = 1 << 16;
    while (slots < maxSlots && slots < size * 64) slots *= 2;
    this.#slots = Math.min(slots, maxSlots);
  }

  /** The band of codes `a` and `b` (in either order), from `compute(lo, hi)` the first time. */
  get(a: number, b: number, compute: (lo: number, hi: number) => number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    if (this.#size <= 4096) {
      const matrix = (this.#matrix ??= new Uint8Array(this.#size * this.#size));
      const at = lo * this.#size + hi;
      const cached = matrix[at] as number;
      if (cached !== 0) return cached - 1;
      const band = compute(lo, hi);
      matrix[at] = band + 1;
      return band;
    }
    if (this.#lo.length === 0) {
      this.#lo = new Int32Array(this.#slots).fill(-1);
      this.#hi = new Int32Array(this.#slots);
      this.#band = new Uint8Array(this.#slots);
    }
    const keysLo = this.#lo;
    const keysHi = this.#hi;
    const mask = this.#slots - 1;
    let slot = (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    for (;;) {
      const key = keysLo[slot] as number;
      if (key === -1) break;
      if (key === lo && keysHi[slot] === hi) return this.#band[slot] as number;
      slot = (slot + 1) & mask;
    }
    const band = compute(lo, hi);
    if (this.#used >= this.#slots * 0.7) {
      // Start again rather than grow without limit on huge vocabularies.
      keysLo.fill(-1);
      this.#used = 0;
      return band;
    }
    keysLo[slot] = lo;
    keysHi[slot] = hi;
    this.#band[slot] = band;
    this.#used++;
    return band;
  }
}

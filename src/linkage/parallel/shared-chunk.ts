import type { ScoredPairChunk } from '../scoring/pair-pass.js';

/** Where a chunk of scored pairs lies in a worker's shared buffer: its sizes, the offsets follow. */
export interface ChunkLayout {
  pairs: number;
  comparisons: number;
  csvBytes: number;
}

function bytesOf(layout: ChunkLayout): number {
  return layout.pairs * (16 + 4 * layout.comparisons) + layout.csvBytes;
}

/**
 * The chunk as views into `buffer`: a, b (Int32), matchWeight (Float64, 8-aligned at 8 per pair),
 * fieldWeights (Float32), then the pairs.csv rows. No copy, no new buffer.
 */
export function chunkViews(buffer: SharedArrayBuffer, layout: ChunkLayout): ScoredPairChunk {
  const n = layout.pairs;
  const k = layout.comparisons;
  return {
    a: new Int32Array(buffer, 0, n),
    b: new Int32Array(buffer, 4 * n, n),
    matchWeight: new Float64Array(buffer, 8 * n, n),
    fieldWeights: new Float32Array(buffer, 16 * n, n * k),
    comparisons: k,
    ...(layout.csvBytes > 0 ? { csv: new Uint8Array(buffer, n * (16 + 4 * k), layout.csvBytes) } : {}),
  };
}

/**
 * Copies a chunk into a worker's shared buffer (a larger one when it does not fit), so that the
 * main thread reads it where it lies: passing 20 million pairs' arrays as new buffers made the
 * main thread collect garbage every few chunks. The main thread must be done with the previous
 * chunk first (it is: a worker gets its next range only after its reply was handled).
 */
export function writeChunk(chunk: ScoredPairChunk, current: SharedArrayBuffer | undefined): { buffer: SharedArrayBuffer; layout: ChunkLayout } {
  const layout: ChunkLayout = { pairs: chunk.a.length, comparisons: chunk.comparisons, csvBytes: chunk.csv?.length ?? 0 };
  const needed = bytesOf(layout);
  const buffer = current !== undefined && current.byteLength >= needed ? current : new SharedArrayBuffer(Math.ceil(needed * 1.25) + 1024);
  const views = chunkViews(buffer, layout);
  views.a.set(chunk.a);
  views.b.set(chunk.b);
  views.matchWeight.set(chunk.matchWeight);
  views.fieldWeights.set(chunk.fieldWeights);
  if (chunk.csv !== undefined) views.csv?.set(chunk.csv);
  return { buffer, layout };
}

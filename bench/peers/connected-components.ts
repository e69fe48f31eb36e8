/**
 * Connected components over matched pairs (union-find with path halving), what an analyst does
 * after a fuzzy join, and the records.csv that `whereabouts evaluate` reads, so the peers are
 * scored by the same code as whereabouts.
 */
import { createWriteStream } from 'node:fs';

/** Disjoint sets over record ids 0..n-1. */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** The representative of `x`'s set. */
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      const up = p[p[x] as number] as number;
      p[x] = up;
      x = up;
    }
    return x;
  }

  /** Joins the sets of `a` and `b` (the smaller id becomes the representative). */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

/** Writes `list,row,person_id` for every record, person_id being its component. */
export async function writePersonsCsv(path: string, lists: readonly string[], rows: ArrayLike<number>, components: UnionFind): Promise<number> {
  const out = createWriteStream(path);
  const persons = new Set<number>();
  let buffer = 'list,row,person_id\n';
  for (let id = 0; id < lists.length; id++) {
    const root = components.find(id);
    persons.add(root);
    buffer += `${lists[id]},${rows[id]},C${root}\n`;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
  return persons.size;
}

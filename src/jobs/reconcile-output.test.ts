import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LinkRecord, ScoredPairChunk } from '../linkage/index.js';
import { defaultLinkageSettings } from '../linkage/index.js';
import { PairRowWriter } from '../linkage/scoring/pair-rows.js';
import { SeededRandom } from '../linkage/training/seeded-random.js';
import { PairsCsvWriter } from './reconcile-output.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function writePairs(chunk: ScoredPairChunk, records: readonly LinkRecord[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'wa-pairs-'));
  dirs.push(dir);
  const writer = new PairsCsvWriter(dir, defaultLinkageSettings());
  writer.write(chunk, records);
  writer.close();
  return readFileSync(join(dir, 'pairs.csv'), 'utf8');
}

describe('pairs.csv', () => {
  it('holds the same text whether the engine formatted the rows where it scored them or the writer formats them', () => {
    // List names a spreadsheet would run or split, and weights at rounding edges.
    const lists = ['home', '=HYPERLINK("x")', 'held, 2020', '-minus', 'Ереван "центр"'];
    const records: LinkRecord[] = [];
    for (let i = 0; i < 50; i++) records.push({ id: i, list: lists[i % lists.length] as string, row: i * 9973 + 1, fields: {} });
    const features = { lists, list: Int32Array.from(records, (_, i) => i % lists.length), row: Int32Array.from(records, (r) => r.row) };
    const random = new SeededRandom(7);
    const edges = [0, -0, 0.0004, -0.0004, 0.0005, -0.0005, 1.0005, 2.675, -2.675, 12.3456789, -40.1, 1e-9, 1234567.891, -17.999999, 0.1 + 0.2];
    const k = 3;
    const pairs = 400;
    const a = new Int32Array(pairs);
    const b = new Int32Array(pairs);
    const matchWeight = new Float64Array(pairs);
    const fieldWeights = new Float32Array(pairs * k);
    for (let i = 0; i < pairs; i++) {
      a[i] = random.below(50);
      b[i] = random.below(50);
      matchWeight[i] = i < edges.length ? (edges[i] as number) : (random.next() - 0.5) * 80;
      for (let c = 0; c < k; c++) fieldWeights[i * k + c] = i < edges.length ? (edges[(i + c) % edges.length] as number) : (random.next() - 0.5) * 30;
    }
    const rows = new PairRowWriter(features);
    for (let i = 0; i < pairs; i++) rows.push(a[i] as number, b[i] as number, matchWeight[i] as number, fieldWeights, i * k, k);
    const chunk: ScoredPairChunk = { a, b, matchWeight, fieldWeights, comparisons: k };
    const formattedHere = writePairs(chunk, records);
    expect(writePairs({ ...chunk, csv: rows.build() }, records)).toBe(formattedHere);
    expect(formattedHere).toContain(`'=HYPERLINK(""x"")`);
    expect(formattedHere.split('\r\n')).toHaveLength(pairs + 2);
  });

  it('holds every row once and in order when the file outgrows the write buffer, names in any script', () => {
    const lists = ['Ереван', 'home, 2020'];
    const records: LinkRecord[] = Array.from({ length: 100 }, (_, i) => ({ id: i, list: lists[i % 2] as string, row: i + 1, fields: {} }));
    const pairs = 40_000;
    const a = Int32Array.from({ length: pairs }, (_, i) => i % 100);
    const b = Int32Array.from({ length: pairs }, (_, i) => (i * 7) % 100);
    const matchWeight = Float64Array.from({ length: pairs }, (_, i) => i / 1000 - 20);
    const text = writePairs({ a, b, matchWeight, fieldWeights: new Float32Array(0), comparisons: 0 }, records);
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(pairs + 2);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1 << 20);
    for (const i of [0, 12_345, pairs - 1]) {
      const l = records[a[i] as number] as LinkRecord;
      const r = records[b[i] as number] as LinkRecord;
      expect(lines[i + 1]?.startsWith(`${l.list === 'home, 2020' ? '"home, 2020"' : l.list},${l.row},${r.list === 'home, 2020' ? '"home, 2020"' : r.list},${r.row},`)).toBe(true);
    }
  });
});

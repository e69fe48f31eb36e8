import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChainVerifier, GENESIS_HASH, canonicalJson, linkEntry } from './audit-chain.js';
import type { AuditEntry, AuditFacts } from './audit-chain.js';

const facts = (seq: number, detail: Record<string, unknown> = {}): AuditFacts => ({
  seq,
  at: `2026-12-07T10:00:0${seq % 10}.000Z`,
  actor: 'ana',
  role: 'officer',
  party: null,
  address: '127.0.0.1',
  requestId: `r${seq}`,
  action: 'person-read',
  resource: `person:P-00000${seq}`,
  outcome: 'ok',
  detail,
});

function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const entry = linkEntry(prev, facts(seq, { n: seq }));
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
}

const firstBreak = (entries: AuditEntry[]) => {
  const verifier = new ChainVerifier();
  for (const e of entries) {
    const broken = verifier.check(e);
    if (broken !== undefined) return broken;
  }
  return undefined;
};

describe('canonicalJson', () => {
  it('gives one text for one value, whatever the order its keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(canonicalJson(JSON.parse(canonicalJson(value)))).toBe(canonicalJson(value));
      }),
    );
  });
});

describe('ChainVerifier', () => {
  it('accepts an untouched chain and names its head', () => {
    const entries = chain(5);
    const verifier = new ChainVerifier();
    for (const e of entries) expect(verifier.check(e)).toBeUndefined();
    expect(verifier.count).toBe(5);
    expect(verifier.head).toBe(entries[4]!.hash);
  });

  it('names the first entry changed, removed or inserted', () => {
    const changed = chain(5);
    changed[2] = { ...changed[2]!, actor: 'someone else' };
    expect(firstBreak(changed)).toEqual({ kind: 'changed', seq: 3 });

    const removed = chain(5).filter((e) => e.seq !== 2);
    expect(firstBreak(removed)).toEqual({ kind: 'removed', seq: 3, expected: 2 });

    // An entry slipped in with a valid hash of its own and the numbers after it moved up.
    const original = chain(4);
    const forged = linkEntry(original[1]!.hash, facts(3, { forged: true }));
    const inserted = [original[0]!, original[1]!, forged, ...original.slice(2).map((e) => ({ ...e, seq: e.seq + 1 }))];
    const broken = firstBreak(inserted);
    expect(broken?.seq).toBe(4);
  });
});

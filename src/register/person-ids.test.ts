import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPersonIds, formatPersonId, formattedPersonNumber, personIdFromInput } from './person-ids.js';

describe('assignPersonIds', () => {
  it('numbers new persons deterministically from the smallest record key', () => {
    const { persons, events } = assignPersonIds([], [['b:2'], ['a:1', 'c:1']]);
    expect(persons).toEqual([
      { personId: 'P-000002', recordKeys: ['b:2'] },
      { personId: 'P-000001', recordKeys: ['a:1', 'c:1'] },
    ]);
    expect(events.map((e) => e.kind)).toEqual(['new', 'new']);
  });

  it('keeps ids across a new list version that adds and drops records', () => {
    const previous = [
      { personId: 'P-000001', recordKeys: ['am:1', 'az:1'] },
      { personId: 'P-000002', recordKeys: ['am:2'] },
      { personId: 'P-000003', recordKeys: ['am:3'] },
    ];
    // Version 2 of the detention list: az:1 gone, az:7 new and matched to am:2; am:3 removed.
    const { persons, events } = assignPersonIds(previous, [['am:1'], ['am:2', 'az:7'], ['az:8']]);
    expect(persons.map((p) => p.personId)).toEqual(['P-000001', 'P-000002', 'P-000004']);
    expect(events).toEqual([
      { kind: 'new', personId: 'P-000004', recordKeys: ['az:8'] },
      { kind: 'retired', personId: 'P-000003', recordKeys: ['am:3'] },
    ]);
  });

  it('merges: the id with most records stays, the other is recorded as absorbed', () => {
    const previous = [
      { personId: 'P-000005', recordKeys: ['a:1', 'b:1'] },
      { personId: 'P-000002', recordKeys: ['c:1'] },
    ];
    const { persons, events } = assignPersonIds(previous, [['a:1', 'b:1', 'c:1']]);
    expect(persons).toEqual([{ personId: 'P-000005', recordKeys: ['a:1', 'b:1', 'c:1'] }]);
    expect(events).toEqual([{ kind: 'merged', personId: 'P-000005', absorbed: ['P-000002'] }]);
  });

  it('merges equal parts into the oldest id', () => {
    const previous = [
      { personId: 'P-000009', recordKeys: ['a:1'] },
      { personId: 'P-000003', recordKeys: ['b:1'] },
    ];
    expect(assignPersonIds(previous, [['a:1', 'b:1']]).persons[0]!.personId).toBe('P-000003');
  });

  it('splits: the largest part keeps the id, the rest get new ids, the split is recorded', () => {
    const previous = [{ personId: 'P-000001', recordKeys: ['a:1', 'b:1', 'c:1'] }];
    const { persons, events } = assignPersonIds(previous, [['c:1'], ['a:1', 'b:1']], 41);
    expect(persons).toEqual([
      { personId: 'P-000042', recordKeys: ['c:1'] },
      { personId: 'P-000001', recordKeys: ['a:1', 'b:1'] },
    ]);
    expect(events).toEqual([{ kind: 'split', personId: 'P-000001', partsGoneTo: ['P-000042'] }]);
  });

  it('refuses a record in two clusters and an empty cluster', () => {
    expect(() => assignPersonIds([], [['a:1'], ['a:1', 'b:1']])).toThrow(/a:1 is in two clusters/);
    expect(() => assignPersonIds([], [[]])).toThrow(/empty cluster/);
  });

  it('never gives one id to two persons and keeps every id whose records remain', () => {
    const keys = fc.constantFrom('a:1', 'a:2', 'a:3', 'b:1', 'b:2', 'c:1', 'c:2', 'c:3');
    const partition = fc.uniqueArray(keys, { minLength: 1 }).chain((ks) =>
      fc.array(fc.nat(3), { minLength: ks.length, maxLength: ks.length }).map((groups) => {
        const byGroup = new Map<number, string[]>();
        ks.forEach((k, i) => byGroup.set(groups[i]!, [...(byGroup.get(groups[i]!) ?? []), k]));
        return [...byGroup.values()];
      }),
    );
    fc.assert(
      fc.property(partition, partition, (before, after) => {
        const first = assignPersonIds([], before).persons;
        const { persons, events } = assignPersonIds(first, after);
        const absorbedIds = events.flatMap((e) => (e.kind === 'merged' ? e.absorbed : []));
        const ids = persons.map((p) => p.personId);
        expect(new Set(ids).size).toBe(ids.length);
        const remaining = new Set(after.flat());
        for (const p of first) {
          const survives = p.recordKeys.some((k) => remaining.has(k));
          const absorbed = !ids.includes(p.personId);
          // An id disappears only when its records are all gone or it was merged into another.
          if (survives && absorbed) expect(absorbedIds).toContain(p.personId);
          if (survives && !absorbed) expect(persons.find((q) => q.personId === p.personId)!.recordKeys.some((k) => p.recordKeys.includes(k))).toBe(true);
          if (!survives) expect(ids).not.toContain(p.personId);
        }
        // The same input always gives the same ids.
        expect(assignPersonIds(first, after).persons).toEqual(persons);
      }),
    );
  });
});

describe('assignPersonIds at the size of a large register', () => {
  it('keeps 300,000 persons and numbers a new one after them (no call-stack limit on the count)', () => {
    const n = 300_000;
    const previous = Array.from({ length: n }, (_, i) => ({ personId: formatPersonId(i + 1), recordKeys: [`l:${i}`] }));
    const clusters = [...previous.map((p) => p.recordKeys), ['l:new']];
    const { persons, events } = assignPersonIds(previous, clusters);
    expect(persons.find((p) => p.recordKeys[0] === 'l:123')?.personId).toBe(formatPersonId(124));
    expect(events).toEqual([{ kind: 'new', personId: formatPersonId(n + 1), recordKeys: ['l:new'] }]);
  });
});

describe('formattedPersonNumber', () => {
  it('gives the number of an id exactly as formatPersonId writes it, and -1 for any other spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(formattedPersonNumber(formatPersonId(n))).toBe(n);
      }),
    );
    const spelling = fc.oneof(fc.string(), fc.stringMatching(/^P-[0-9]{1,12}$/), fc.constantFrom('P-0000123', 'P-12', 'P-00000a', 'p-000001', 'P-1234567'));
    fc.assert(
      fc.property(spelling, (id) => {
        const n = formattedPersonNumber(id);
        expect(n === -1 ? true : formatPersonId(n) === id).toBe(true);
        if (n === -1) expect(/^P-(?:[0-9]{6}|[1-9][0-9]{6,14})$/.test(id)).toBe(false);
      }),
    );
  });
});

describe('personIdFromInput', () => {
  it('reads a person id however an officer types it', () => {
    expect(['29', 'p29', 'P-29', 'P 000029', ' p-0029 ', 'P-000029'].map(personIdFromInput)).toEqual(Array(6).fill('P-000029'));
    expect(personIdFromInput('x-1')).toBe('X-1');
  });

  it('gives the id formatPersonId writes for any number, in any of its spellings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom('', 'P', 'p', 'P-', 'p-', 'P '), fc.nat(3), (n, prefix, zeros) => {
        expect(personIdFromInput(`${prefix}${'0'.repeat(zeros)}${n}`)).toBe(formatPersonId(n));
      }),
    );
  });
});

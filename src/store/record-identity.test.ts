import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFields } from './record-codec.js';
import { identityKey, recordIdentities } from './record-identity.js';
import type { IdentitySource } from './record-identity.js';

const withId = (id: string, surname = 'Petrenko'): IdentitySource => ({ recordKey: id, fieldsText: encodeFields({ record_id: id, surname }) });
const withoutId = (surname: string, given = 'Ivan'): IdentitySource => ({ recordKey: null, fieldsText: encodeFields({ surname, given_name: given }) });

describe('recordIdentities', () => {
  it("names a record by the list's own id when it has one", () => {
    expect(recordIdentities([withId('A-17'), withId('A-18')])).toEqual(['id:A-17', 'id:A-18']);
  });

  it('names a record without an id by 16 hex of the sha256 of its parsed fields', () => {
    const record = withoutId('Шевченко');
    const hash = createHash('sha256').update(record.fieldsText).digest('hex').slice(0, 16);
    expect(recordIdentities([record])).toEqual([`content:${hash}`]);
  });

  it('numbers the second and later copies of the same key in file order', () => {
    const ids = recordIdentities([withoutId('Bondar'), withId('7'), withoutId('Bondar'), withId('7', 'Other'), withoutId('Bondar')]);
    const bondar = identityKey(withoutId('Bondar'));
    expect(ids).toEqual([bondar, 'id:7', `${bondar}#2`, 'id:7#2', `${bondar}#3`]);
  });

  it('keeps an id per record: one row without an id does not rename the others', () => {
    expect(recordIdentities([withId('1'), withoutId('Kovalenko'), withId('2')])).toEqual(['id:1', identityKey(withoutId('Kovalenko')), 'id:2']);
  });

  it('tells records apart by any parsed field, not only the name', () => {
    expect(identityKey(withoutId('Melnyk', 'Ivan'))).not.toBe(identityKey(withoutId('Melnyk', 'Ivanko')));
  });
});

const source: fc.Arbitrary<IdentitySource> = fc.oneof(
  fc.constantFrom('1', '2', '3', 'X-9').map((id) => withId(id)),
  fc.constantFrom('Melnyk', 'Tkachenko', 'Бойко').map((surname) => withoutId(surname)),
);

describe('recordIdentities (properties)', () => {
  it('gives every record of a version a distinct identity', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 40 }), (records) => {
        const ids = recordIdentities(records);
        expect(ids).toHaveLength(records.length);
        expect(new Set(ids).size).toBe(records.length);
      }),
    );
  });

  it('keeps the identity of every record when a party re-sorts distinct rows', () => {
    const distinct = fc.uniqueArray(source, { selector: identityKey, maxLength: 20 });
    const resorted = distinct.chain((records) =>
      fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length })),
    );
    fc.assert(
      fc.property(resorted, ([records, shuffled]) => {
        const ids = recordIdentities(records);
        const before = new Map(records.map((r, i) => [r, ids[i]]));
        const after = recordIdentities(shuffled);
        shuffled.forEach((r, i) => expect(after[i]).toBe(before.get(r)));
      }),
    );
  });

  it('keeps identities when records with other keys are added or removed around them', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (records, keepFlags) => {
        const target = identityKey(records[0] ?? withId('1'));
        const kept = records.filter((r, i) => identityKey(r) === target || (keepFlags[i] ?? true));
        const named = (list: IdentitySource[]) => recordIdentities(list).filter((_, i) => identityKey(list[i]!) === target);
        expect(named(kept)).toEqual(named(records));
      }),
    );
  });
});

describe('recordIdentities (ids that are plain numbers)', () => {
  /** The naming without the bitmap: every key counted in one map. */
  const byMap = (records: readonly IdentitySource[]): string[] => {
    const seen = new Map<string, number>();
    return records.map((record) => {
      const key = identityKey(record);
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      return n === 1 ? key : `${key}#${n}`;
    });
  };
  const id: fc.Arbitrary<IdentitySource> = fc
    .oneof(
      fc.constantFrom('0', '00', '5', '05', '7', '17', ' 17', '17a', '-1', '99999999', '16777215', '16777216', '123456789', ''),
      fc.nat({ max: 40 }).map(String),
    )
    .map((text) => ({ recordKey: text, fieldsText: encodeFields({ record_id: text, surname: 'Petrenko' }) }));

  it('names them as counting every key in one map would, leading zeros, big numbers and repeats included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(id, source), { maxLength: 60 }), (records) => {
        expect(recordIdentities(records)).toEqual(byMap(records));
      }),
    );
  });
});

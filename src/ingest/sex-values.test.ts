import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSexCell } from './sex-values.js';

describe('readSexCell', () => {
  it.each([
    ['M', 'male'], ['male', 'male'], ['м', 'male'], ['М.', 'male'], ['муж.', 'male'], ['чол', 'male'], ['ա', 'male'], ['արական', 'male'], ['kişi', 'male'], ['KİŞİ', 'male'],
    ['F', 'female'], ['Female', 'female'], ['ж', 'female'], ['жен', 'female'], ['жін', 'female'], ['ի', 'female'], ['իգական', 'female'], ['qadın', 'female'], ['Q', 'female'],
  ])('reads %s as %s', (cell, sex) => {
    expect(readSexCell(cell)).toBe(sex);
  });

  it('leaves unknown values unread', () => {
    expect(readSexCell('?')).toBeUndefined();
    expect(readSexCell('')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (cell) => {
        expect([undefined, 'male', 'female', 'other']).toContain(readSexCell(cell));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeDate, fit, nameWithReading, recordColumns, wrap } from './record-columns.js';

describe('record columns', () => {
  it('puts a Latin reading beside names in other scripts, and leaves Latin names alone', () => {
    expect(nameWithReading('Մովսիսյան')).toBe('Մովսիսյան (Movsisyan)');
    expect(nameWithReading('ГРИГОРЯН Арам')).toMatch(/^ГРИГОРЯН Арам \(Grigor[a-z]+ Aram\)$/);
    expect(nameWithReading('Məmmədov')).toBe('Məmmədov');
  });

  it('shows a date as written and both readings of a swappable one', () => {
    expect(describeDate({ text: '1999', year: 1999 })).toBe('1999');
    expect(describeDate({ text: '03.04.1999', year: 1999, month: 4, day: 3, alternative: { month: 3, day: 4 } })).toBe('03.04.1999 (1999-04-03 or 1999-03-04)');
  });

  it('fits and wraps by characters, not bytes', () => {
    expect(fit('Հարությունյան', 6)).toBe('Հարու…');
    expect(fit('ab', 4)).toBe('ab  ');
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('lays records side by side within 100 columns, a dash where a record is silent', () => {
    const lines = recordColumns([
      { heading: 'home-missing:1 (home)', fields: { surname: 'Մովսիսյան', unit: 'զ/մ 55048' } },
      { heading: 'detaining-held:3 (detaining)', fields: { surname: 'Movsisyan', notes: 'seen in a long list of notes that has to wrap over several lines of its column' } },
    ]);
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
    const unit = lines.find((l) => l.startsWith('unit'))!;
    expect(unit).toContain('զ/մ 55048');
    expect(unit.trimEnd().endsWith('-')).toBe(true);
    expect(lines.filter((l) => l.trim() !== '' && !/^\S/.test(l)).length).toBeGreaterThan(2);
  });

  it('still lays out on a terminal that reports no width', () => {
    expect(wrap('abc', 0)).toEqual(['a', 'b', 'c']);
    const lines = recordColumns([{ heading: 'a:1', fields: { surname: 'Grigoryan' } }], 0);
    expect(lines.some((l) => l.includes('Grigoryan'))).toBe(true);
  });

  it('moves records that do not fit across into further blocks', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ heading: `list:${i + 1}`, fields: { surname: `Name${i}` } }));
    const lines = recordColumns(many, 100);
    expect(lines.filter((l) => l.startsWith('surname'))).toHaveLength(2);
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
  });
});

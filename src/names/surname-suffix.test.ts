import { describe, expect, it } from 'vitest';
import { masculineSurname, surnameCue } from './surname-suffix.js';

describe('surnameCue', () => {
  it('is strong for endings no common given name has', () => {
    for (const s of ['Հարությունյան', 'Арутюнян', 'Harutyunyan', 'Məmmədov', 'Алиева', 'Javakhishvili', 'ბერიძე', 'Шевченко', 'Əlizadə']) {
      expect(surnameCue(s)).toBe('strong');
    }
  });

  it('is weak for endings given names share, and absent for plain given names', () => {
    expect(surnameCue('Nəsirli')).toBe('weak');
    expect(surnameCue('Elvin')).toBe('weak');
    expect(surnameCue('Aram')).toBeUndefined();
    expect(surnameCue('Gagik')).toBeUndefined();
  });
});

describe('masculineSurname', () => {
  it('maps feminine Russian-pattern surnames to the masculine form', () => {
    expect(masculineSurname('алиева')).toBe('алиев');
    expect(masculineSurname('петровская')).toBe('петровский');
    expect(masculineSurname('mammadova')).toBe('mammadov');
    expect(masculineSurname('pushkina')).toBe('pushkin');
  });

  it('leaves other surnames alone', () => {
    expect(masculineSurname('григорян')).toBe('григорян');
    expect(masculineSurname('beridze')).toBe('beridze');
  });
});

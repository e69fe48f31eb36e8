import { describe, expect, it } from 'vitest';
import { comparableText, foldText, scriptOf } from './conflicts.js';

describe('comparison of text claims', () => {
  it('tells the writing system of a value', () => {
    expect(scriptOf('Məmmədov')).toBe('Latin');
    expect(scriptOf('Գրիգորյան')).toBe('Armenian');
    expect(scriptOf('ГРИГОРЯН')).toBe('Cyrillic');
    expect(scriptOf('ბერიძე')).toBe('Georgian');
    expect(scriptOf('ГРИГОРЯН Aram')).toBe('mixed');
    expect(scriptOf('山田')).toBe('Other');
    expect(scriptOf('12345')).toBe('none');
  });

  it('folds case, marks and punctuation, keeping the dotless ı equal to i', () => {
    expect(foldText('  Ağdam-RAYONU ')).toBe('agdam rayonu');
    expect(foldText('Qazıyev')).toBe(foldText('QAZIYEV'));
  });

  it('compares units and service numbers by their digits', () => {
    expect(comparableText('unit', 'в/ч 12345')).toBe(comparableText('unit', 'military unit 12345'));
    // Marks go, as the domain's folding asks: й folds to и, ё to е.
    expect(comparableText('rank', 'рядовой')).toBe('Cyrillic:рядовои');
    expect(comparableText('rank', 'Рядовой')).toBe(comparableText('rank', 'рядовои'));
  });
});

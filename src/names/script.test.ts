import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectScript, guessLanguage } from './script.js';

describe('detectScript', () => {
  it('names the four scripts of the region', () => {
    expect(detectScript('Հարությունյան')).toBe('armenian');
    expect(detectScript('Арутюнян')).toBe('cyrillic');
    expect(detectScript('Harutyunyan')).toBe('latin');
    expect(detectScript('Məmmədov')).toBe('latin');
    expect(detectScript('ბერიძე')).toBe('georgian');
  });

  it('says other rather than guess', () => {
    expect(detectScript('محمد')).toBe('other');
    expect(detectScript('王')).toBe('other');
    expect(detectScript('123')).toBe('other');
  });

  it('goes by the majority, so a stray Latin letter does not flip a Cyrillic word', () => {
    expect(detectScript('Грigoрян')).toBe('cyrillic');
    expect(detectScript('Мамеdов')).toBe('cyrillic');
  });

  it('answers for any text without throwing', () => {
    fc.assert(fc.property(fc.string(), (s) => ['armenian', 'cyrillic', 'latin', 'georgian', 'other'].includes(detectScript(s))));
  });
});

describe('guessLanguage', () => {
  it('tells the languages that share Cyrillic', () => {
    expect(guessLanguage('Сергеевич')).toBe('ru');
    expect(guessLanguage('Андріївна')).toBe('uk');
    expect(guessLanguage('Мәммәдов')).toBe('az');
    expect(guessLanguage('Мікалаеў')).toBe('be');
  });

  it('tells the languages that share Latin', () => {
    expect(guessLanguage('Məmmədov')).toBe('az');
    expect(guessLanguage('Qasımov')).toBe('az');
    expect(guessLanguage('Yılmaz')).toBe('tr');
    expect(guessLanguage('Mammadov')).toBe('en');
  });
});

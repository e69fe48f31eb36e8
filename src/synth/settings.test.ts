import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, noiseOf, personsForRecords, resolveSettings, scaleNoise } from './settings.js';
import { WhereaboutsError } from '../errors.js';

function settingsError(run: () => unknown): WhereaboutsError {
  try {
    run();
  } catch (error) {
    if (error instanceof WhereaboutsError) return error;
    throw error;
  }
  throw new Error('expected a WhereaboutsError');
}

describe('resolveSettings', () => {
  it('fills what is not given with the defaults', () => {
    const settings = resolveSettings({ persons: 50, noise: { typo: 0.2 } });
    expect(settings.persons).toBe(50);
    expect(settings.noise.typo).toBe(0.2);
    expect(settings.noise.duplicate).toBe(DEFAULT_SETTINGS.noise.duplicate);
    expect(settings.output.lists).toEqual(DEFAULT_SETTINGS.output.lists);
  });

  it('names the bad setting', () => {
    expect(settingsError(() => resolveSettings({ noise: { typo: 1.5 } })).message).toMatch(/noise\.typo/);
    expect(settingsError(() => resolveSettings({ noise: { tpyo: 0.1 } as never })).message).toMatch(/unknown setting noise\.tpyo/);
    expect(settingsError(() => resolveSettings({ persons: 0 })).code).toBe('WA_SETTINGS_INVALID');
    expect(settingsError(() => resolveSettings({ listNoise: { 'delegate-visits': { typo: -1 } } })).message).toMatch(/listNoise\.delegate-visits\.typo/);
    expect(settingsError(() => resolveSettings({ listNoise: { census: {} } as never })).message).toMatch(/unknown setting listNoise\.census/);
    expect(settingsError(() => resolveSettings({ output: { lists: ['census' as never] } })).message).toMatch(/unknown list census/);
    expect(settingsError(() => resolveSettings({ population: { ceasefire: '10.11.2020' } })).message).toMatch(/ceasefire/);
    expect(settingsError(() => resolveSettings({ population: { surnameZipfOffset: 0 } })).message).toMatch(/population\.surnameZipfOffset/);
    expect(settingsError(() => resolveSettings({ population: { givenNameZipfOffset: Number.NaN } })).message).toMatch(/population\.givenNameZipfOffset/);
  });

  it('keeps the lists in their fixed order, whatever order they are asked in', () => {
    expect(resolveSettings({ output: { lists: ['delegate-visits', 'home-missing'] } }).output.lists).toEqual(['home-missing', 'delegate-visits']);
  });
});

describe('scaleNoise', () => {
  it('turns mistakes off at 0 but keeps the capitals custom of the ФИО column', () => {
    const clean = scaleNoise(DEFAULT_SETTINGS, 0);
    expect(clean.noise.typo).toBe(0);
    expect(clean.noise.duplicate).toBe(0);
    expect(noiseOf(clean, 'delegate-visits').missingPatronymic).toBe(0);
    expect(clean.noise.mediatorUpperSurname).toBe(DEFAULT_SETTINGS.noise.mediatorUpperSurname);
    expect(scaleNoise(DEFAULT_SETTINGS, 100).noise.typo).toBe(1);
  });
});

describe('personsForRecords', () => {
  it('asks for fewer persons than records, since a man is on two lists on average', () => {
    const persons = personsForRecords(100_000, DEFAULT_SETTINGS);
    expect(persons).toBeGreaterThan(35_000);
    expect(persons).toBeLessThan(55_000);
    const homeOnly = resolveSettings({ output: { lists: ['home-missing'] } });
    expect(personsForRecords(100_000, homeOnly)).toBeGreaterThan(persons);
  });
});

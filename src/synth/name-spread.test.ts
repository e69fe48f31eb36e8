import { describe, expect, it } from 'vitest';
import { describeNameSpread } from './name-spread.js';
import { generatePopulation } from './population.js';
import { DEFAULT_SETTINGS } from './settings.js';

const population = generatePopulation(2000, 'name-spread', DEFAULT_SETTINGS.population);

function commonestSurnameCount(): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < population.size; i++) counts.set(population.surname[i]!, (counts.get(population.surname[i]!) ?? 0) + 1);
  return Math.max(...counts.values());
}

describe('describeNameSpread', () => {
  it('counts a man once on each written list he is on', () => {
    // Every man on the home party's list and the mediator's (bits 0 and 2).
    const masks = new Uint8Array(population.size).fill(0b0101);
    const both = describeNameSpread(population, masks, ['home-missing', 'mediator-enquiries']);
    const home = describeNameSpread(population, masks, ['home-missing']);
    expect(both.largestRowsPerSurname).toBe(2 * commonestSurnameCount());
    expect(home.largestRowsPerSurname).toBe(commonestSurnameCount());
    expect(home.meanRowsPerSurname).toBeCloseTo(population.size / home.surnames, 3);
    expect(home.topSurnameShare).toBeCloseTo(commonestSurnameCount() / population.size, 4);
  });

  it('counts no rows for lists that were not written', () => {
    const masks = new Uint8Array(population.size).fill(0b0010);
    const spread = describeNameSpread(population, masks, ['home-missing']);
    expect(spread.largestRowsPerSurname).toBe(0);
    expect(spread.meanRowsPerSurname).toBe(0);
    expect(spread.surnames).toBeGreaterThan(500);
    expect(spread.givenNames).toBeGreaterThan(100);
  });
});

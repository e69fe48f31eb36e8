import { describe, expect, it } from 'vitest';
import { RELATION, generatePopulation } from './population.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { SURNAMES } from './data/surnames.js';
import { calendarDate, dayNumberOfIso } from './calendar.js';

const population = generatePopulation(5000, 'population-test', DEFAULT_SETTINGS.population);

function familyMembers(): Map<number, number[]> {
  const families = new Map<number, number[]>();
  for (let i = 0; i < population.size; i++) {
    const family = population.family[i]!;
    families.set(family, [...(families.get(family) ?? []), i]);
  }
  return families;
}

describe('generatePopulation', () => {
  it('is the same for the same seed and differs for another', () => {
    const again = generatePopulation(5000, 'population-test', DEFAULT_SETTINGS.population);
    const other = generatePopulation(5000, 'another seed', DEFAULT_SETTINGS.population);
    expect(again).toEqual(population);
    expect(other.surname).not.toEqual(population.surname);
  });

  it('has brothers: same surname and father, different given names, born a few years apart', () => {
    const brothers = [...familyMembers().values()].filter((members) => members.length > 1);
    // About 15% of families have two or three sons.
    expect(brothers.length).toBeGreaterThan(300);
    for (const members of brothers) {
      const [first, ...rest] = members as [number, ...number[]];
      const givens = new Set(members.map((i) => population.given[i]));
      expect(givens.size).toBe(members.length);
      for (const i of rest) {
        expect(population.surname[i]).toBe(population.surname[first]);
        expect(population.father[i]).toBe(population.father[first]);
        expect(population.relations[i]! & RELATION.brother).toBeTruthy();
        const years = Math.abs(calendarDate(population.birth[i]!).year - calendarDate(population.birth[first]!).year);
        expect(years).toBeLessThanOrEqual(9);
      }
    }
  });

  it('has namesakes: same surname and given name, another father and birth date', () => {
    const byName = new Map<string, number[]>();
    for (let i = 0; i < population.size; i++) {
      const key = `${population.surname[i]}/${population.given[i]}`;
      byName.set(key, [...(byName.get(key) ?? []), i]);
    }
    let pairs = 0;
    for (const men of byName.values()) {
      for (let a = 0; a < men.length; a++) {
        for (let b = a + 1; b < men.length; b++) {
          const x = men[a]!;
          const y = men[b]!;
          if (population.father[x] !== population.father[y] && population.birth[x] !== population.birth[y]) pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThan(250);
    let flagged = 0;
    for (let i = 0; i < population.size; i++) if (population.relations[i]! & RELATION.namesake) flagged++;
    expect(flagged).toBeGreaterThan(200);
  });

  it('draws surnames Zipf-like: Grigoryan far more often than a rare name', () => {
    const counts = new Array<number>(SURNAMES.length).fill(0);
    for (let i = 0; i < population.size; i++) counts[population.surname[i]!]!++;
    const sorted = [...counts].sort((a, b) => b - a);
    expect(SURNAMES[counts.indexOf(sorted[0]!)]!.en).toMatch(/Grigoryan|Harutyunyan|Sargsyan/);
    expect(sorted[0]!).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it('gives the commonest surname about the share it has in Armenia (1-3%), not a tenth of the men', () => {
    const men = generatePopulation(40_000, 'surname-shares', DEFAULT_SETTINGS.population);
    const surnames = new Map<number, number>();
    const givenNames = new Map<number, number>();
    for (let i = 0; i < men.size; i++) {
      surnames.set(men.surname[i]!, (surnames.get(men.surname[i]!) ?? 0) + 1);
      givenNames.set(men.given[i]!, (givenNames.get(men.given[i]!) ?? 0) + 1);
    }
    const shares = [...surnames.values()].sort((a, b) => b - a).map((count) => count / men.size);
    // Expected 2.5%; brothers share a surname, so the draw wanders a little.
    expect(shares[0]!).toBeGreaterThan(0.015);
    expect(shares[0]!).toBeLessThan(0.035);
    expect(shares[4]!).toBeGreaterThan(0.01);
    // The tail is long: most of the 1,000-odd surnames turn up in 40,000 men.
    expect(surnames.size).toBeGreaterThan(900);
    const topGiven = Math.max(...givenNames.values()) / men.size;
    expect(topGiven).toBeGreaterThan(0.035);
    expect(topGiven).toBeLessThan(0.08);
    expect(givenNames.size).toBeGreaterThan(150);
  });

  it('puts disappearances around the ceasefire, most before it and some after', () => {
    const ceasefire = dayNumberOfIso(DEFAULT_SETTINGS.population.ceasefire);
    let after = 0;
    for (let i = 0; i < population.size; i++) {
      const day = population.lastContact[i]!;
      expect(day).toBeGreaterThanOrEqual(dayNumberOfIso('2020-09-27'));
      expect(population.captureDay[i]!).toBeGreaterThanOrEqual(day);
      if (day >= ceasefire) after++;
    }
    // Brothers who went missing together share a date, so the share wanders a little around 12%.
    expect(after / population.size).toBeGreaterThan(0.07);
    expect(after / population.size).toBeLessThan(0.2);
  });
});

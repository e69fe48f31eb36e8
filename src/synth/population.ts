import { SURNAMES } from './data/surnames.js';
import { GIVEN_NAMES } from './data/given-names.js';
import { BIRTH_PLACES, CAPTURE_PLACES } from './data/places.js';
import { RANKS } from './data/ranks.js';
import { Random, WeightedIndex } from './random.js';
import { dayNumber, dayNumberOfIso } from './calendar.js';
import { decideFates } from './fates.js';
import type { PopulationSettings } from './settings.js';

/** Bits of {@link Population.relations}: how a man relates to others in the population. */
export const RELATION = {
  /** Has a brother in the population (same surname, same father). */
  brother: 1,
  /** Shares surname and given name with a man of another family. */
  namesake: 2,
  /** Belongs to a family of cousins of another family (same surname and home town). */
  cousin: 4,
} as const;

/**
 * The men behind the lists, as parallel typed arrays (indices into the data tables) so that a
 * million of them fit in a few tens of megabytes. Person i has the id {@link personId}(i).
 */
export interface Population {
  size: number;
  /** Index into SURNAMES. */
  surname: Uint16Array;
  /** Index into GIVEN_NAMES. */
  given: Uint16Array;
  /** Index into GIVEN_NAMES of the father's name. */
  father: Uint16Array;
  /** Family number: brothers share it. */
  family: Int32Array;
  /** Birth date, as a day number (see calendar.ts). */
  birth: Int32Array;
  /** Index into BIRTH_PLACES. */
  birthPlace: Uint8Array;
  /** Index into RANKS. */
  rank: Uint8Array;
  /** Military unit number (five digits). */
  unit: Int32Array;
  /** Day of last contact (disappearance), as a day number. */
  lastContact: Int32Array;
  /** 1 when the man was captured (and so can be on the detaining party's and delegate's lists). */
  captured: Uint8Array;
  /** Day of capture, as a day number; equals or follows the last contact. */
  captureDay: Int32Array;
  /** Index into CAPTURE_PLACES. */
  capturePlace: Uint8Array;
  /** Bits of {@link RELATION}. */
  relations: Uint8Array;
  /** What became of a captured man after the ceasefire: a value of {@link FATE}. */
  fate: Uint8Array;
  /** Day of the handover or of death, as a day number; after the capture day. 0 while held. */
  fateDay: Int32Array;
}

/** The stable id of person i in the truth file (P0000001). */
export function personId(index: number): string {
  return `P${String(index + 1).padStart(7, '0')}`;
}

/** The war's first day; last contacts before the ceasefire fall between it and the ceasefire. */
const WAR_START = dayNumber(2020, 9, 27);

/** Men born from this day on were of conscript age in 2020. */
const CONSCRIPT_BORN_FROM = dayNumber(1998, 1, 1);

/**
 * Generates a population of men with brothers, namesakes and cousins, Zipf-like surname and
 * given-name frequencies, birth dates, units, ranks, and last contacts around the ceasefire.
 * Pure and deterministic: the same seed and settings give the same population.
 */
export function generatePopulation(size: number, seed: string, settings: PopulationSettings): Population {
  const random = new Random(`${seed}/population`);
  const surnames = WeightedIndex.zipf(SURNAMES.length, settings.surnameZipfExponent, settings.surnameZipfOffset);
  const givenNames = WeightedIndex.zipf(GIVEN_NAMES.length, settings.givenNameZipfExponent, settings.givenNameZipfOffset);
  const ranks = new WeightedIndex(RANKS.map((rank) => rank.weight));
  const ceasefire = dayNumberOfIso(settings.ceasefire);
  // Units: a few dozen per 1,000 men, so comrades share units as they do in real lists.
  const units = Array.from({ length: Math.max(8, Math.ceil(size / 25)) }, () => random.between(10_000, 99_999));

  const p: Population = {
    size,
    surname: new Uint16Array(size),
    given: new Uint16Array(size),
    father: new Uint16Array(size),
    family: new Int32Array(size),
    birth: new Int32Array(size),
    birthPlace: new Uint8Array(size),
    rank: new Uint8Array(size),
    unit: new Int32Array(size),
    lastContact: new Int32Array(size),
    captured: new Uint8Array(size),
    captureDay: new Int32Array(size),
    capturePlace: new Uint8Array(size),
    relations: new Uint8Array(size),
    fate: new Uint8Array(size),
    fateDay: new Int32Array(size),
  };

  const lastContactDay = (): number =>
    random.chance(settings.afterCeasefireRate)
      ? ceasefire + random.int(51) // the ceasefire day itself and the weeks after it (Hin Tagher, Khtsaberd)
      : WAR_START + random.int(Math.max(1, ceasefire - WAR_START));

  let family = 0;
  let next = 0;
  while (next < size) {
    const first = next;
    const roll = random.next();
    const sons = roll < settings.threeBrothersRate ? 3 : roll < settings.threeBrothersRate + settings.twoBrothersRate ? 2 : 1;
    const count = Math.min(sons, size - next);

    let surname = surnames.draw(random);
    let father = givenNames.draw(random);
    let birthPlace = random.int(BIRTH_PLACES.length);
    let namesakeOf = -1;
    let relation = 0;
    if (next > 0 && random.chance(settings.namesakeRate)) {
      namesakeOf = random.int(next);
      surname = p.surname[namesakeOf] as number;
      while (father === p.father[namesakeOf]) father = givenNames.draw(random);
    } else if (next > 0 && random.chance(settings.cousinRate)) {
      const cousin = random.int(next);
      surname = p.surname[cousin] as number;
      birthPlace = p.birthPlace[cousin] as number;
      while (father === p.father[cousin]) father = givenNames.draw(random);
      relation |= RELATION.cousin;
      p.relations[cousin] = (p.relations[cousin] as number) | RELATION.cousin;
    }

    // Most are conscripts born 1999-2002; the rest reservists and officers born 1965-1998.
    const conscripts = random.chance(0.65);
    const youngest = conscripts ? dayNumber(1999, 1, 1) + random.int(3 * 365) : dayNumber(1965, 1, 1) + random.int(33 * 365);
    const sharedUnit = units[random.int(units.length)] as number;
    const sharedContact = lastContactDay();
    const sharedPlace = random.int(CAPTURE_PLACES.length);
    const together = random.chance(0.5); // brothers often served and went missing together

    for (let k = 0; k < count; k++) {
      const i = next++;
      p.surname[i] = surname;
      p.father[i] = father;
      p.family[i] = family;
      p.birthPlace[i] = birthPlace;
      const inheritsName = namesakeOf >= 0 && k === 0;
      let given = inheritsName ? (p.given[namesakeOf] as number) : givenNames.draw(random);
      // Brothers have different names, and a son is rarely named after his living father.
      while (!inheritsName && (given === father || sameAsBrother(p, first, i, given))) given = givenNames.draw(random);
      p.given[i] = given;
      // Each further brother is older, so that the youngest is still of age to serve.
      p.birth[i] = k === 0 ? youngest : (p.birth[i - 1] as number) - 300 - random.int(4 * 365);
      // Conscripts are privates or junior sergeants; older men hold any rank.
      const conscript = (p.birth[i] as number) >= CONSCRIPT_BORN_FROM;
      p.rank[i] = conscript ? (random.chance(0.85) ? 0 : random.between(1, 2)) : ranks.draw(random);
      p.unit[i] = together || k === 0 ? sharedUnit : (units[random.int(units.length)] as number);
      p.lastContact[i] = together || k === 0 ? sharedContact : lastContactDay();
      p.capturePlace[i] = together || k === 0 ? sharedPlace : random.int(CAPTURE_PLACES.length);
      p.captured[i] = random.chance(settings.capturedRate) ? 1 : 0;
      // Capture is recorded the day of last contact or a day or two after.
      p.captureDay[i] = (p.lastContact[i] as number) + (random.chance(0.7) ? 0 : random.between(1, 2));
      p.relations[i] = relation | (count > 1 ? RELATION.brother : 0);
    }
    if (namesakeOf >= 0) {
      p.relations[namesakeOf] = (p.relations[namesakeOf] as number) | RELATION.namesake;
      p.relations[first] = (p.relations[first] as number) | RELATION.namesake;
    }
    family++;
  }
  decideFates(p, seed, settings);
  return p;
}

function sameAsBrother(p: Population, first: number, current: number, given: number): boolean {
  for (let j = first; j < current; j++) if (p.given[j] === given) return true;
  return false;
}

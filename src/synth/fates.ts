import { Random, WeightedIndex } from './random.js';
import { dayNumber } from './calendar.js';
import type { Population } from './population.js';
import type { PopulationSettings } from './settings.js';

/** Values of {@link Population.fate}: what became of a captured man by the time the lists were drawn up. */
export const FATE = {
  /** Still held, or never captured. */
  held: 0,
  /** Handed back on his own, outside an exchange. */
  released: 1,
  /** Handed back in an exchange of prisoners. */
  exchanged: 2,
  /** Died in captivity. */
  died: 3,
} as const;

/**
 * Handover days after the ceasefire, with the weight of each. Modelled on the exchanges reported
 * from December 2020 to mid-2021, the largest in mid-December; plausible days, not a record of
 * each handover. A man goes back on one of the days after his capture.
 */
const HANDOVER_DAYS: readonly { day: number; weight: number }[] = [
  { day: dayNumber(2020, 12, 14), weight: 10 },
  { day: dayNumber(2020, 12, 28), weight: 2 },
  { day: dayNumber(2021, 1, 28), weight: 2 },
  { day: dayNumber(2021, 2, 4), weight: 1 },
  { day: dayNumber(2021, 5, 4), weight: 1 },
  { day: dayNumber(2021, 6, 12), weight: 2 },
  { day: dayNumber(2021, 7, 3), weight: 2 },
];

/** Of the men handed back, the share that went in an exchange rather than on their own. */
const EXCHANGED_SHARE = 0.75;

/**
 * Decides in place what became of each captured man: handed back (released or exchanged) on a
 * handover day after his capture, died in captivity some days to weeks after it, or still held.
 * Draws from its own stream (`seed/fates`), after the rest of the population, so that the men
 * and their capture are those of a population without fates.
 */
export function decideFates(p: Population, seed: string, settings: PopulationSettings): void {
  const random = new Random(`${seed}/fates`);
  for (let i = 0; i < p.size; i++) {
    if (!p.captured[i]) continue;
    const roll = random.next();
    const captured = p.captureDay[i] as number;
    if (roll < settings.returnedRate) {
      // Only the days after his capture: a man taken on 2020-12-20 missed the first exchange.
      const later = HANDOVER_DAYS.filter((handover) => handover.day > captured);
      const handover = later[new WeightedIndex(later.map((h) => h.weight)).draw(random)]!;
      p.fate[i] = random.chance(EXCHANGED_SHARE) ? FATE.exchanged : FATE.released;
      p.fateDay[i] = handover.day;
    } else if (roll < settings.returnedRate + settings.diedInCaptivityRate) {
      p.fate[i] = FATE.died;
      p.fateDay[i] = captured + random.between(2, 60);
    }
  }
}

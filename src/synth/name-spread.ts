import { LIST_NAMES } from './settings.js';
import type { Population } from './population.js';
import type { ListName } from './settings.js';

/**
 * How the men's names spread over the written lists: the size of the blocks a matching engine
 * faces when it groups rows by surname. Within-list duplicates are not counted: a man counts
 * once on each list he is on.
 */
export interface NameSpread {
  /** Distinct surnames among the men. */
  surnames: number;
  /** Share of the men who bear the commonest surname. */
  topSurnameShare: number;
  /** Mean rows per surname borne, over the written lists. */
  meanRowsPerSurname: number;
  /** Rows of the commonest surname, over the written lists. */
  largestRowsPerSurname: number;
  /** Distinct given names among the men. */
  givenNames: number;
  /** Share of the men who bear the commonest given name. */
  topGivenNameShare: number;
}

/** Counts the spread of surnames and given names over the men and the rows of `lists`. */
export function describeNameSpread(population: Population, masks: Uint8Array, lists: readonly ListName[]): NameSpread {
  const written = lists.reduce((mask, list) => mask | (1 << LIST_NAMES.indexOf(list)), 0);
  const men = new Map<number, number>();
  const rows = new Map<number, number>();
  const givenNames = new Map<number, number>();
  for (let i = 0; i < population.size; i++) {
    const surname = population.surname[i] as number;
    const given = population.given[i] as number;
    let onLists = 0;
    for (let mask = (masks[i] as number) & written; mask !== 0; mask &= mask - 1) onLists++;
    men.set(surname, (men.get(surname) ?? 0) + 1);
    givenNames.set(given, (givenNames.get(given) ?? 0) + 1);
    if (onLists > 0) rows.set(surname, (rows.get(surname) ?? 0) + onLists);
  }
  const size = Math.max(1, population.size);
  const rowCounts = [...rows.values()];
  const totalRows = rowCounts.reduce((sum, count) => sum + count, 0);
  return {
    surnames: men.size,
    topSurnameShare: round(Math.max(0, ...men.values()) / size),
    meanRowsPerSurname: round(totalRows / Math.max(1, rowCounts.length)),
    largestRowsPerSurname: Math.max(0, ...rowCounts),
    givenNames: givenNames.size,
    topGivenNameShare: round(Math.max(0, ...givenNames.values()) / size),
  };
}

// Four decimals: enough for a share of a percent, and stable bytes in manifest.json.
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

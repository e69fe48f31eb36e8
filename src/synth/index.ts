/**
 * The generator of realistic lists with ground truth: a population of men (brothers,
 * namesakes, cousins), the lists four parties keep of them (who is missing, held, visited, handed back, dead) with the mistakes clerks make, and
 * a truth file saying which row is which man. Used by `whereabouts synth`, the bundled
 * examples and the benchmarks.
 *
 * @example
 * const settings = resolveSettings({ persons: 10_000, seed: 'bench' });
 * const manifest = await synthesize(settings, '/tmp/lists');
 */
export { generatePopulation, personId, RELATION } from './population.js';
export type { Population } from './population.js';
export { FATE } from './fates.js';
export { writeLists, synthesize, listMembership, listFileName } from './write-lists.js';
export type { SynthManifest, ListFileInfo } from './write-lists.js';
export { describeNameSpread } from './name-spread.js';
export type { NameSpread } from './name-spread.js';
export { resolveSettings, scaleNoise, noiseOf, personsForRecords, DEFAULT_SETTINGS, LIST_NAMES } from './settings.js';
export type {
  SynthSettings,
  SynthSettingsInput,
  PopulationSettings,
  CoverageSettings,
  NoiseSettings,
  OutputSettings,
  ListName,
} from './settings.js';
export { LIST_SPECS } from './list-specs.js';
export type { ListSpec } from './list-specs.js';
export type { NoiseTally, NoiseKind } from './clerk.js';
export { SURNAMES } from './data/surnames.js';
export type { SurnameForms } from './data/surnames.js';
export { GIVEN_NAMES } from './data/given-names.js';
export type { GivenNameForms } from './data/given-names.js';

/**
 * The names layer: scripts, normalisation, transliteration, name structure, keys and similarity.
 * Pure: no I/O. Prepare each value once with {@link prepareName}, then block with
 * {@link nameKeys} and score with {@link nameSimilarity}.
 */
export { detectScript, guessLanguage } from './script.js';
export type { NameLanguage, NameScript } from './script.js';
export { foldCase, normaliseName } from './normalise.js';
export { transliterate } from './transliterate.js';
export { splitFullName } from './full-name.js';
export type { FullNameParts } from './full-name.js';
export { fatherNameFromPatronymic, patronymicCue } from './patronymic.js';
export { masculineSurname, surnameCue } from './surname-suffix.js';
export { prepareName } from './prepared-name.js';
export type { NamePart, PreparedName } from './prepared-name.js';
export { nameKeys, KEY_LENGTH } from './keys.js';
export { nameSimilarity, sharesSoundForm } from './similarity.js';
export { givenNameRelation } from './given-name-relation.js';
export type { GivenNameRelation } from './given-names.js';
export { GIVEN_NAME_EQUIVALENCES } from './given-name-equivalences.js';
export type { GivenNameGroup } from './given-name-equivalences.js';
export { jaroWinkler } from './jaro-winkler.js';
export { explainSimilarity } from './similarity-explanation.js';
export type { SimilarityExplanation } from './similarity-explanation.js';
export { givenNameGroupName } from './given-names.js';

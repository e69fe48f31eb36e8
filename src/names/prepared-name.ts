import { fatherNameFromPatronymic } from './patronymic.js';
import { normaliseName } from './normalise.js';
import { detectScript, guessLanguage } from './script.js';
import type { NameLanguage, NameScript } from './script.js';
import { soundForm } from './sound-form.js';
import type { SurnameEnding } from './sound-form.js';
import { transliterateNormalised } from './transliterate.js';
import { aliasGroups, givenNameGroups } from './given-names.js';
import { computeNameKeys } from './keys.js';
import { internedSoundForm, soundId } from './sound-id.js';

/** Which part of a person's name a value is. */
export type NamePart = 'surname' | 'given' | 'patronymic';

/** How many sound forms a prepared name keeps for comparison; the most usual come first. */
export const MAX_SOUND_FORMS = 3;

/**
 * One name value with everything matching needs computed once: prepare each record's values
 * once, then compare prepared names as often as needed. Plain data, safe to keep and share.
 */
export interface PreparedName {
  /**
   * {@link soundIds} 0, 1 and 2, the last repeated when there are fewer forms: kept in the object
   * itself, so that testing two names for a shared form reads no other memory (the comparison
   * loop is bound by cache misses more than by arithmetic). 0 when there is no form.
   */
  readonly soundId0: number;
  readonly soundId1: number;
  readonly soundId2: number;
  /** {@link soundForms} 0, 1 and 2 in the object itself, padded as the ids are; '' when none. */
  readonly soundForm0: string;
  readonly soundForm1: string;
  readonly soundForm2: string;
  /** The value as given. */
  readonly text: string;
  readonly part: NamePart;
  /** {@link normaliseName} of the text. For a patronymic, of the father's name it points at. */
  readonly normalised: string;
  readonly script: NameScript;
  readonly language: NameLanguage;
  /** For a patronymic: the father's given name it was read as (Гагикович → Гагик). */
  readonly father?: string;
  /** True when the value is a single letter (an initial such as "Z."). */
  readonly initial: boolean;
  /** Plausible Latin renderings, most usual first. */
  readonly variants: readonly string[];
  /**
   * Distinct sound forms of the variants, most usual first (at most {@link MAX_SOUND_FORMS}); one
   * shared instance per form within a thread.
   */
  readonly soundForms: readonly string[];
  /** {@link soundId} of each sound form, in the same order: equality without string compares. */
  readonly soundIds: readonly number[];
  /** For surnames: the ending folded off before comparing (-yan, -ov, -in, -sky). */
  readonly ending: SurnameEnding;
  /** Given-name equivalence groups (sorted), for given names and fathers' names. */
  readonly groups: readonly number[];
  /** The groups listed as aliases of {@link groups} (sorted), so comparing needs no lookup. */
  readonly aliasGroups: readonly number[];
  /** Blocking keys; see {@link computeNameKeys}. */
  readonly keys: readonly string[];
}

/**
 * Prepares one name value for matching: script, language, normalised form, Latin renderings,
 * sound forms, given-name groups and blocking keys.
 *
 * @example
 * const a = prepareName('Հարությունյան', 'surname');
 * a.variants; // ['harutyunyan', 'haroutyunian', ..., 'arutyunyan', ...]
 */
export function prepareName(text: string, part: NamePart): PreparedName {
  const father = part === 'patronymic' ? fatherNameFromPatronymic(text) : undefined;
  const normalised = normaliseName(father ?? text);
  const script = detectScript(normalised);
  const language = guessLanguage(normalised, script);
  const variants = normalised === '' ? [] : transliterateNormalised(normalised, script, language);
  const soundForms: string[] = [];
  let ending: SurnameEnding = 'none';
  for (const variant of variants) {
    const sound = soundForm(variant, part === 'surname');
    if (soundForms.length === 0) ending = sound.ending;
    if (sound.form !== '' && !soundForms.includes(sound.form)) soundForms.push(internedSoundForm(sound.form));
    if (soundForms.length >= MAX_SOUND_FORMS) break;
  }
  const initial = [...normalised.replace(/[\s-]/gu, '')].length === 1;
  // Groups from the two most usual renderings only, as the equivalence index is built: a rare
  // rendering (Гагик read with h) must not make a name an equivalent of another (Hayk).
  const usual = variants.slice(0, 2).map((v) => soundForm(v, false).form);
  const groups = part === 'surname' || initial ? [] : givenNameGroups(usual);
  const aliases = [...new Set(groups.flatMap((g) => aliasGroups(g)))].sort((x, y) => x - y);
  const soundIds = soundForms.map(soundId);
  // One object shape for every prepared name (father always present, keys set last in place),
  // so the comparison loop stays monomorphic; what nameSimilarity reads first comes first, so
  // it shares the object's first cache line.
  const prepared: { -readonly [K in keyof PreparedName]: PreparedName[K] } = {
    soundId0: soundIds[0] ?? 0,
    soundId1: soundIds[1] ?? soundIds[0] ?? 0,
    soundId2: soundIds[2] ?? soundIds[1] ?? soundIds[0] ?? 0,
    soundForm0: soundForms[0] ?? '',
    soundForm1: soundForms[1] ?? soundForms[0] ?? '',
    soundForm2: soundForms[2] ?? soundForms[1] ?? soundForms[0] ?? '',
    initial,
    part,
    ending,
    soundForms,
    groups,
    aliasGroups: aliases,
    soundIds,
    text,
    normalised,
    script,
    language,
    father,
    variants,
    keys: [],
  };
  prepared.keys = computeNameKeys(prepared);
  return prepared;
}

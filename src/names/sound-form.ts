/**
 * The sound form: a Latin rendering folded so that the spellings clerks choose between collapse
 * to one string (kh/h/x, ts/c/tz, ch/tch/ç, sh/ş, zh/j, gh/ğ/g/q/k, y/i/j, voiced/voiceless
 * stops, doubled letters, the dropped Armenian h) while the consonant skeleton that tells
 * Grigoryan from Gevorgyan stays. Keys and similarity are computed on it, never shown.
 */

/** Which surname ending was folded away, so that the stem alone is compared. */
export type SurnameEnding = 'yan' | 'ov' | 'in' | 'sky' | 'shvili' | 'dze' | 'enko' | 'none';

const LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  // Letters with diacritics that stand for digraphs, before NFD strips the marks.
  [/ç|č/gu, 'ch'], [/ş|š/gu, 'sh'], [/ž/gu, 'zh'], [/ğ|ġ|ł/gu, 'gh'], [/ə|ǝ/gu, 'a'], [/ı/gu, 'i'], [/ё/gu, 'e'], [/ʒ/gu, 'dz'],
];

const DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch|shh/gu, 's'], [/dzh|dj/gu, 'c'], [/ch/gu, 'c'], [/tsh/gu, 'c'], [/ts|tz|dz|cz/gu, 'c'],
  [/sh/gu, 's'], [/zh/gu, 'z'], [/kh/gu, 'h'], [/gh/gu, 'g'], [/ph/gu, 'p'], [/th/gu, 't'],
  [/ou|ow/gu, 'u'], [/x/gu, 'h'], [/w/gu, 'v'], [/q/gu, 'k'], [/ck/gu, 'k'],
];

// z and s are not folded: they never alternate between systems, and Kazımov is not Qasımov.
const VOICING: Readonly<Record<string, string>> = { b: 'p', d: 't', g: 'k', v: 'f' };

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u';
}

/** Folds the surname ending; returns the stem and which ending it had. */
function foldEnding(word: string): { stem: string; ending: SurnameEnding } {
  // -yan as clerks slip on it too (-yaan, -iain), but never a bare -an (Aslan, Kaplan).
  const armenian = /^(.{2,}?)(?:i+a+n[kc]?|ienc|ean|iain)$/u.exec(word);
  if (armenian?.[1] !== undefined) return { stem: armenian[1], ending: 'yan' };
  // Georgian -shvili/-dze and Ukrainian -enko: folded so that the stem, not the ending shared
  // by thousands, makes the key.
  const shvili = /^(.{2,}?)(?:svili|sfili|sili)$/u.exec(word);
  if (shvili?.[1] !== undefined) return { stem: shvili[1], ending: 'shvili' };
  const dze = /^(.{3,}?)(?:ce|cze)$/u.exec(word);
  if (dze?.[1] !== undefined) return { stem: dze[1], ending: 'dze' };
  const enko = /^(.{2,}?)enko$/u.exec(word);
  if (enko?.[1] !== undefined) return { stem: enko[1], ending: 'enko' };
  const sky = /^(.{2,}?)(?:skaia|skaa|skii|skiy|ski|sky)$/u.exec(word);
  if (sky?.[1] !== undefined) return { stem: sky[1], ending: 'sky' };
  const ov = /^(.{2,}?)(?:ova|eva|ov|ev|off)$/u.exec(word);
  if (ov?.[1] !== undefined) return { stem: ov[1], ending: 'ov' };
  const inEnding = /^(.{3,}?)(?:ina|in)$/u.exec(word);
  if (inEnding?.[1] !== undefined) return { stem: inEnding[1], ending: 'in' };
  return { stem: word, ending: 'none' };
}

/** A sound form with the ending that was folded off it (surnames only). */
export interface SoundForm {
  form: string;
  ending: SurnameEnding;
}

/**
 * Folds one Latin rendering (lower case) to its sound form. With `surname`, the surname ending
 * (-yan/-ian/-jan/-yants, -ov/-ova/-ev, -in/-ina, -sky/-skaya) is folded off first.
 *
 * @example
 * soundForm('harutyunyan', true); // { form: 'arutiun', ending: 'yan' }
 * soundForm('arutiunian', true); // { form: 'arutiun', ending: 'yan' }
 */
export function soundForm(latin: string, surname: boolean): SoundForm {
  let s = latin;
  for (const [pattern, replacement] of LETTERS) s = s.replace(pattern, replacement);
  s = s.normalize('NFD').replace(/[^a-z]/gu, '');
  for (const [pattern, replacement] of DIGRAPHS) s = s.replace(pattern, replacement);
  // y and j as glides become i; a j that starts a word before a vowel is the dzh of Jafarov and
  // Janibekyan (English, Azerbaijani and Armenian passports alike). An initial vo- is the
  // Armenian ո that Russian forms keep and English forms often drop (Voskanyan / Oskanian).
  // Between vowels j is the English dzh too (Hajiyev, Rajabov, Orujov); elsewhere a glide
  // (Arutjunjan, Akopjan).
  s = s.replace(/^j(?=[aeiou])/u, 'c').replace(/(?<=[aeiou])j(?=[aeiou])/gu, 'c').replace(/[yj]/gu, 'i').replace(/^vo/u, 'o');
  s = s.replace(/ii/gu, 'i');
  let ending: SurnameEnding = 'none';
  if (surname) {
    const folded = foldEnding(s);
    // Azerbaijani ə is e in Russian forms and a in English ones (Алекперов / Alakbarov,
    // Керимов / Karimov): in an -ov stem e and a are one vowel. Only there: Shevchenko is not
    // Savchenko.
    s = folded.ending === 'ov' ? folded.stem.replace(/e/gu, 'a') : folded.stem;
    ending = folded.ending;
  }
  // The Armenian h, dropped by Russian forms (Арутюнян, Акопян), and a glide i before the first
  // vowel (Yegor/Egor, Yuri/Iuri) carry no weight.
  s = s.replace(/h/gu, '');
  if (s.length > 2 && s[0] === 'i' && isVowel(s[1])) s = s.slice(1);
  let out = '';
  for (const ch of s) {
    const folded = VOICING[ch] ?? ch;
    if (out[out.length - 1] !== folded) out += folded;
  }
  return { form: out, ending };
}

/**
 * The blocking skeleton of a sound form: its first letter, then the next consonants, vowels
 * dropped, at most `length` letters in all.
 */
export function skeleton(form: string, length: number): string {
  let out = form[0] ?? '';
  for (let i = 1; i < form.length && out.length < length; i += 1) {
    const ch = form[i];
    if (ch !== undefined && !isVowel(ch)) out += ch;
  }
  return out;
}

/** The last `length` consonants of a sound form, in order: the end of the stem as a key. */
export function tailSkeleton(form: string, length: number): string {
  let out = '';
  for (let i = form.length - 1; i >= 0 && out.length < length; i -= 1) {
    const ch = form[i];
    if (ch !== undefined && !isVowel(ch)) out = ch + out;
  }
  return out;
}

import { scriptOfCodePoint } from './script.js';

// Letters that look alike across scripts, typed into a word of the other script by a keyboard
// left on the wrong layout or by OCR. Keyed by the stray letter, valued by its look-alike.
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', i: 'і', ə: 'ә',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У', I: 'І', Ə: 'Ә',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);
const LATIN_TO_ARMENIAN: Readonly<Record<string, string>> = { o: 'օ', u: 'ս', h: 'հ', n: 'ո', q: 'զ' };

function dominantScript(word: string): 'latin' | 'cyrillic' | 'armenian' | 'other' {
  let latin = 0;
  let cyrillic = 0;
  let armenian = 0;
  for (const ch of word) {
    const script = scriptOfCodePoint(ch.codePointAt(0) ?? 0);
    if (script === 'latin') latin += 1;
    else if (script === 'cyrillic') cyrillic += 1;
    else if (script === 'armenian') armenian += 1;
  }
  if (cyrillic > latin && cyrillic >= armenian) return 'cyrillic';
  if (armenian > latin && armenian > cyrillic) return 'armenian';
  if (latin > 0) return 'latin';
  return 'other';
}

/** Replaces look-alike letters of another script by the word's own (Грigoрян → Григорян). */
function repairConfusables(word: string): string {
  const script = dominantScript(word);
  let out = '';
  for (const ch of word) {
    if (script === 'cyrillic') out += LATIN_TO_CYRILLIC[ch] ?? ch;
    else if (script === 'latin') out += CYRILLIC_TO_LATIN[ch] ?? ch;
    else if (script === 'armenian') out += LATIN_TO_ARMENIAN[ch] ?? ch;
    else out += ch;
  }
  return out;
}

/**
 * Lower-cases with the root locale without breaking Azerbaijani and Turkish letters: the dotted
 * capital İ becomes one `i` (not i + combining dot), the dotless ı is kept as written.
 */
export function foldCase(text: string): string {
  return text.replace(/İ/gu, 'i').toLowerCase().replace(/i\u0307/gu, 'i');
}

/**
 * A name part made safe to compare: NFC, repaired confusables (Latin letters inside a Cyrillic
 * word, Cyrillic ә or ǝ for ə), root-locale lower case, apostrophes, dots and other punctuation
 * dropped, hyphens and spaces kept single. The script of each word is kept as written.
 *
 * @example
 * normaliseName('  ГРИГОРЯН '); // 'григорян'
 * normaliseName('Məmmədоv'); // 'məmmədov' (Cyrillic о repaired)
 * normaliseName('İSMAYILOV'); // 'ismayilov'
 * normaliseName('Z.'); // 'z'
 */
export function normaliseName(text: string): string {
  const nfc = text.normalize('NFC').replace(/ǝ/gu, 'ə').replace(/Ǝ/gu, 'Ə');
  const words = nfc
    .replace(/[\u2010-\u2015]/gu, '-')
    .replace(/[^\p{L}\p{M}\s-]/gu, '')
    .split(/\s+/u)
    .filter((w) => w !== '' && w !== '-');
  return words
    .map((word) => foldCase(repairConfusables(word)).replace(/-+/gu, '-').replace(/^-|-$/gu, ''))
    .filter((w) => w !== '')
    .join(' ')
    .normalize('NFC');
}

import { utf8Tally } from './utf8-census.js';
import type { Utf8Tally } from './utf8-census.js';

/** Text encodings whereabouts recognises without being told. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** The encoding detected for a file's first bytes, and how it was decided. */
export interface EncodingDetection {
  encoding: TextEncoding;
  /** Byte length of the byte-order mark to skip (0 when there is none). */
  bomLength: number;
  /**
   * Why this encoding: a byte-order mark, NUL bytes, valid UTF-8, UTF-8 with some damaged lines
   * (they are quarantined), or Cyrillic/Latin word shapes.
   */
  evidence: 'bom' | 'nul-pattern' | 'valid-utf-8' | 'damaged-utf-8' | 'letter-shapes';
}

/**
 * Damaged lines a UTF-8 file may have for each clean line with multi-byte text and still be
 * read as UTF-8. Misreading UTF-8 as a code page garbles every non-ASCII name silently; misreading
 * a code page as UTF-8 quarantines its rows loudly. So the slightest real UTF-8 evidence wins,
 * but a single-byte file with one line that happens to pair up as UTF-8 (mojibake pasted into a
 * Windows-1252 list) stays single-byte.
 */
const DAMAGED_LINES_PER_CLEAN_LINE = 20;

/**
 * Decides a file's encoding from its first bytes (64 KiB is plenty) and, when it was counted, the
 * UTF-8 tally of the whole file (see {@link Utf8Census}; without it the sample's own tally is
 * used). A byte-order mark decides first; then NUL bytes at odd or even positions betray UTF-16
 * without a mark; then bytes that are valid UTF-8 are UTF-8 (plain ASCII included), and so is a
 * file with clean UTF-8 lines among a few damaged ones (rows pasted from another encoding: those
 * are quarantined, the rest read as written); otherwise the file is one of the two Windows code
 * pages that Excel writes in the region, and the shape of its words decides: in Windows-1251 a
 * Cyrillic word is made entirely of high bytes (А-я are 0xC0-0xFF), whereas in Windows-1252 an
 * accented Latin letter (é, ü, ç) sits among ASCII letters.
 */
export function detectEncoding(sample: Uint8Array, wholeFile?: Utf8Tally): EncodingDetection {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, evidence: 'bom' };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, evidence: 'bom' };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, evidence: 'bom' };

  const utf16 = utf16FromNulPattern(sample);
  if (utf16 !== undefined) return { encoding: utf16, bomLength: 0, evidence: 'nul-pattern' };
  const utf8 = wholeFile ?? utf8Tally(sample, false);
  if (utf8.invalid === 0) return { encoding: 'utf-8', bomLength: 0, evidence: 'valid-utf-8' };
  if (utf8.cleanLines > 0 && utf8.damagedLines <= DAMAGED_LINES_PER_CLEAN_LINE * utf8.cleanLines) {
    return { encoding: 'utf-8', bomLength: 0, evidence: 'damaged-utf-8' };
  }
  return { encoding: cyrillicOrLatin(sample), bomLength: 0, evidence: 'letter-shapes' };
}

/** True when the decision rests on the bytes' UTF-8 validity, which the whole file can overturn. */
export function dependsOnWholeFile(detection: EncodingDetection): boolean {
  return detection.evidence !== 'bom' && detection.evidence !== 'nul-pattern';
}

function utf16FromNulPattern(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  // ASCII in UTF-16 puts a NUL in every other byte; Cyrillic or Armenian text puts 0x04/0x05
  // there instead, so a third of the pairs is enough when the other side has (almost) none.
  if (oddNul >= pairs / 3 && evenNul <= pairs / 20) return 'utf-16le';
  if (evenNul >= pairs / 3 && oddNul <= pairs / 20) return 'utf-16be';
  return undefined;
}

function isAsciiLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

function isHighLetter(b: number): boolean {
  // 0xC0-0xFF are letters in both code pages; 0xA8/0xB8 are Ё/ё in 1251, ¨/¸ in 1252.
  return b >= 0xc0 || b === 0xa8 || b === 0xb8 || b === 0xaa || b === 0xba || b === 0xaf || b === 0xbf || b === 0xb2 || b === 0xb3;
}

function cyrillicOrLatin(sample: Uint8Array): 'windows-1251' | 'windows-1252' {
  let cyrillicWords = 0;
  let latinWords = 0;
  let high = 0;
  let ascii = 0;
  const flush = (): void => {
    // One-letter words (Russian "в", French "à") say nothing about the alphabet.
    if (high > 0 && high + ascii >= 2) {
      if (high >= ascii) cyrillicWords++;
      else latinWords++;
    }
    high = 0;
    ascii = 0;
  };
  for (const b of sample) {
    if (isAsciiLetter(b)) ascii++;
    else if (isHighLetter(b)) high++;
    else flush();
  }
  flush();
  // A tie (or nothing to go on) goes to Windows-1251: the mediator's Excel lists are Cyrillic.
  return latinWords > cyrillicWords ? 'windows-1252' : 'windows-1251';
}

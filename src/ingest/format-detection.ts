import iconv from 'iconv-lite';
import type { EncodingDetection } from './encoding-detection.js';
import { detectEncoding } from './encoding-detection.js';
import type { ListFormat } from './list-source.js';

/** What the first bytes of a file say about it. */
export type FormatDetection =
  | { format: 'xlsx' }
  | { format: Exclude<ListFormat, 'xlsx'>; encoding: EncodingDetection; sampleText: string }
  | { format: 'unknown'; reason: string };

/**
 * Share of control characters (NUL aside) above which text is taken for binary data. Random bytes
 * hold about 11 % of them; text has almost none.
 */
const MAX_CONTROL_SHARE = 0.05;
/**
 * NULs are left out of that share: a list with a few stray NULs (a damaged export) is text
 * whatever its length, and its cells lose the NULs with a warning. Only a sample that is mostly
 * NULs is binary.
 */
const MAX_NUL_SHARE = 0.5;

/**
 * Decides a file's format from its first bytes; the extension is only a hint, used to explain a
 * file that claims to be a workbook but is not. A zip signature is a workbook; text whose first
 * non-blank character is `[` is a JSON array, `{` JSON Lines; other text is CSV. `encoding` is
 * the one settled over the whole file when known (see weighFileEncoding), else the sample's.
 */
export function detectFormat(sample: Uint8Array, extension: string, encoding: EncodingDetection = detectEncoding(sample)): FormatDetection {
  if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04) return { format: 'xlsx' };
  if (sample[0] === 0xd0 && sample[1] === 0xcf && sample[2] === 0x11 && sample[3] === 0xe0) {
    return { format: 'unknown', reason: 'this is an old Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and save it as .xlsx or CSV' };
  }
  if (sample.length === 0) return { format: 'unknown', reason: 'the file is empty' };

  const sampleText = iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).subarray(encoding.bomLength), encoding.encoding, { stripBOM: false });
  let control = 0;
  let nul = 0;
  for (let i = 0; i < sampleText.length; i++) {
    const c = sampleText.charCodeAt(i);
    if (c === 0) nul++;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  if (control > sampleText.length * MAX_CONTROL_SHARE || nul > sampleText.length * MAX_NUL_SHARE) {
    const claimed = extension === '.xlsx' || extension === '.xlsm' ? ` although it is named ${extension}; the workbook may be damaged` : '';
    return { format: 'unknown', reason: `the file holds binary data, not a list${claimed}` };
  }
  const first = /\S/u.exec(sampleText)?.[0];
  if (first === '[') return { format: 'json', encoding, sampleText };
  if (first === '{') {
    // JSON Lines has a whole object on its first line; a pretty-printed object does not.
    const firstLine = sampleText.split(/\r\n|\n|\r/u).find((line) => line.trim() !== '') ?? '';
    if (isJson(firstLine)) return { format: 'jsonl', encoding, sampleText };
    return {
      format: 'unknown',
      reason: 'the file is a JSON object spread over several lines, not a list; whereabouts reads a JSON array of objects ([{...}, {...}]) or JSON Lines (one object per line)',
    };
  }
  return { format: 'csv', encoding, sampleText };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { detectEncoding } from './encoding-detection.js';

const RUSSIAN = 'Фамилия;Имя;Отчество\nГригорян;Арам;Гагикович\nПетросян;Давид;Ваграмович\n';
const LATIN = 'Name;Ort\nMüller;Köln\nGonçalves;São Paulo\nHåkansson;Malmö\n';

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN)]))).toMatchObject({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RUSSIAN, 'utf-16le')]))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(RUSSIAN, 'utf-16be')]))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('recognises UTF-16 without a mark from its NUL bytes', () => {
    expect(detectEncoding(iconv.encode('Surname,Name\nGrigoryan,Aram\n', 'utf-16le'))).toMatchObject({ encoding: 'utf-16le', evidence: 'nul-pattern' });
    expect(detectEncoding(iconv.encode('Surname,Name\nGrigoryan,Aram\n', 'utf-16be'))).toMatchObject({ encoding: 'utf-16be', evidence: 'nul-pattern' });
  });

  it('takes valid UTF-8 for UTF-8, in every script', () => {
    expect(detectEncoding(Buffer.from('Ազգանուն,Soyadı,Фамилия\n'))).toMatchObject({ encoding: 'utf-8', evidence: 'valid-utf-8' });
    expect(detectEncoding(Buffer.from('plain ascii\n'))).toMatchObject({ encoding: 'utf-8' });
  });

  it('tells Windows-1251 from Windows-1252 by the shape of words', () => {
    expect(detectEncoding(iconv.encode(RUSSIAN, 'windows-1251')).encoding).toBe('windows-1251');
    expect(detectEncoding(iconv.encode(LATIN, 'windows-1252')).encoding).toBe('windows-1252');
  });

  it('keeps UTF-8 for a UTF-8 file with a few rows pasted in another encoding', () => {
    const mixed = Buffer.concat([Buffer.from(RUSSIAN.repeat(5)), iconv.encode('Саркисян;Ваге\n', 'windows-1251')]);
    expect(detectEncoding(mixed)).toMatchObject({ encoding: 'utf-8', evidence: 'damaged-utf-8' });
  });

  it('recognises Cyrillic text of any length in either code page', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[А-Яа-яЁё]{2,10}$/), { minLength: 3, maxLength: 30 }), (words) => {
        expect(detectEncoding(iconv.encode(words.join(';') + '\n', 'windows-1251')).encoding).toBe('windows-1251');
      }),
    );
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1251', 'windows-1252']).toContain(detectEncoding(bytes).encoding);
      }),
    );
  });
});

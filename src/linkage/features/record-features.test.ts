import { describe, expect, it } from 'vitest';
import type { ParsedRecord } from '../../ingest/record.js';
import { namesAnalyser } from './names-analyser.js';
import { prepareRecords } from './record-features.js';
import { linkRecordsOf } from '../testing/test-records.js';

describe('prepareRecords', () => {
  const surnameOf = (features: ReturnType<typeof prepareRecords>, record: number): string => features.surnames.written[features.surname[record] as number] ?? '';
  const givenOf = (features: ReturnType<typeof prepareRecords>, record: number): string => features.givenNames.written[features.given[record] as number] ?? '';

  it('reads back surname and given name a clerk wrote in each other\'s column, as the lists show them', () => {
    const rows: [string, ParsedRecord][] = [];
    for (let i = 0; i < 6; i++) rows.push(['home', { surname: 'Arakelov', given_name: i % 2 === 0 ? 'Hayk' : 'Aram' }]);
    for (let i = 0; i < 6; i++) rows.push(['home', { surname: i % 2 === 0 ? 'Grigoryan' : 'Arakelov', given_name: 'Hayk' }]);
    rows.push(['held', { surname: 'Hayk', given_name: 'ARAKELOV' }]);
    const features = prepareRecords(linkRecordsOf(rows), namesAnalyser);
    const swapped = rows.length - 1;
    expect([surnameOf(features, swapped), givenOf(features, swapped)]).toEqual(['ARAKELOV', 'Hayk']);
    expect(features.swappedNames).toBe(1);
    expect([surnameOf(features, 0), givenOf(features, 0)]).toEqual(['Arakelov', 'Hayk']);
  });

  it('reads back a swap whose surname is misspelt, beside a common given name never seen as a surname', () => {
    const rows: [string, ParsedRecord][] = [];
    for (let i = 0; i < 20; i++) rows.push(['home', { surname: `Surname${i}yan`, given_name: 'Ovanes' }]);
    rows.push(['held', { surname: 'Ovanes', given_name: 'Shakhbzayan' }]);
    rows.push(['held', { surname: 'Tigran', given_name: 'Shakhbazyan' }]);
    const features = prepareRecords(linkRecordsOf(rows), namesAnalyser);
    expect([surnameOf(features, 20), givenOf(features, 20)]).toEqual(['Shakhbzayan', 'Ovanes']);
    // Tigran is not seen as a given name elsewhere: left as written.
    expect([surnameOf(features, 21), givenOf(features, 21)]).toEqual(['Tigran', 'Shakhbazyan']);
  });

  it('leaves names as written when the lists do not show which column they belong in', () => {
    const features = prepareRecords(linkRecordsOf([['home', { surname: 'Hayk', given_name: 'Arakelov' }], ['home', { surname: 'Grigoryan', given_name: 'Aram' }]]), namesAnalyser);
    expect([surnameOf(features, 0), givenOf(features, 0)]).toEqual(['Hayk', 'Arakelov']);
    expect(features.swappedNames).toBe(0);
  });
});

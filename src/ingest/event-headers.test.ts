import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, EVENT_WORDS, eventOfHeader, kindFromColumns, kindOfEvent } from './event-headers.js';
import { recogniseHeader } from './header-recognition.js';
import { foldLabel } from './label-fold.js';

describe('the event a date column header names', () => {
  // Headers as the parties, the mediator and delegates write them, in each language we read.
  const headers: [string, string][] = [
    ['Дата пленения', 'capture'],
    ['Дата взятия в плен', 'capture'],
    ['Дата пропажи', 'disappearance'],
    ['Пропал без вести (дата)', 'disappearance'],
    ['Дата задержания', 'detention'],
    ['Дата освобождения', 'release'],
    ['Дата обмена', 'exchange'],
    ['Дата смерти', 'death'],
    ['Дата посещения', 'visit'],
    ['Дата полону', 'capture'],
    ['Дата зникнення', 'disappearance'],
    ['Անհետ կորելու ամսաթիվ', 'disappearance'],
    ['Գերեվարման ամսաթիվ', 'capture'],
    ['Կալանքի ամսաթիվ', 'detention'],
    ['Մահվան ամսաթիվ', 'death'],
    ['Ազատ արձակման ամսաթիվ', 'release'],
    ['Saxlanıldığı tarix', 'detention'],
    ['Saxlanılma tarixi', 'detention'],
    ['Əsir düşmə tarixi', 'capture'],
    ['İtkin düşdüyü tarix', 'disappearance'],
    ['Ölüm tarixi', 'death'],
    ['Azad edilmə tarixi', 'release'],
    ['Mübadilə tarixi', 'exchange'],
    ['Date of capture', 'capture'],
    ['Date of visit', 'visit'],
    ['Missing since', 'disappearance'],
    ['Date of release from captivity', 'release'],
    ['Date of death in detention', 'death'],
    ['Date of transfer', 'transfer'],
    ['Date of enquiry', 'enquiry'],
  ];

  it.each(headers)('reads «%s» as %s, and the header is a date of an event', (header, event) => {
    expect(eventOfHeader(header)?.event).toBe(event);
    expect(recogniseHeader(header)?.field).toBe('event_date');
  });

  it('finds no event in a header that names none', () => {
    for (const header of ['Дата', 'Date', 'Tarix', 'Ամսաթիվ', 'Event date', '']) expect(eventOfHeader(header)).toBeUndefined();
  });

  it('ignores case, accents and punctuation, as header recognition does', () => {
    const all = headers.map(([h]) => h);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom('', ':', ' *', ' (dd.mm.yyyy)', '.'), fc.boolean(), (header, tail, upper) => {
        const written = `${upper ? header.toLocaleUpperCase('und') : header}${tail}`;
        expect(eventOfHeader(written)?.event).toBe(eventOfHeader(header)?.event);
      }),
    );
  });

  it('never throws and answers only known events, whatever the header', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const found = eventOfHeader(header);
        if (found !== undefined) expect(EVENT_TYPES).toContain(found.event);
      }),
    );
  });

  it('has every word of the table fold to something', () => {
    for (const words of Object.values(EVENT_WORDS)) for (const word of words) expect(foldLabel(word)).not.toBe('');
  });
});

describe('the list kind from its columns', () => {
  it('is the kind of the first event-date column, with the column named', () => {
    expect(
      kindFromColumns([
        { header: 'ФИО', field: 'full_name' },
        { header: ' Дата пленения ', field: 'event_date', event: 'capture' },
        { header: 'Дата освобождения', field: 'event_date', event: 'release' },
      ]),
    ).toEqual({ kind: 'detention', column: 'Дата пленения', event: 'capture' });
  });

  it('is not guessed from a date column that names no event, or an enquiry', () => {
    expect(kindFromColumns([{ header: 'Дата', field: 'event_date' }])).toBeUndefined();
    expect(kindFromColumns([{ header: 'Date of enquiry', field: 'event_date', event: 'enquiry' }])).toBeUndefined();
    expect(kindFromColumns([{ header: 'Date of birth', field: 'birth_date' }])).toBeUndefined();
  });

  it('makes a kind of every event but the enquiry', () => {
    expect(EVENT_TYPES.map((e) => kindOfEvent(e))).toEqual(['missing', 'detention', 'detention', 'visit', 'detention', 'release', 'release', 'death', undefined]);
  });
});

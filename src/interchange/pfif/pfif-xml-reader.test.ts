import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WhereaboutsError } from '../../errors.js';
import { readPfifXml } from './pfif-xml-reader.js';
import { PFIF_FOOTER, PFIF_HEADER, pfifPersonXml, xmlText } from './pfif-xml-writer.js';
import { NOTE_FIELDS, PERSON_FIELDS } from './pfif-fields.js';

/**
 * Documents as Person Finder and the specification's examples write them, made by hand: PFIF 1.1
 * with first_name/last_name and home_zip, 1.2 with a duplicate link and `found`, 1.4 with fields
 * in any order, notes outside their person, elements of another namespace.
 */
const PFIF_1_1 = `<?xml version="1.0" encoding="utf-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.1">
  <pfif:person>
    <pfif:person_record_id>salesforce.com/0123456789</pfif:person_record_id>
    <pfif:entry_date>2005-09-03T09:21:12Z</pfif:entry_date>
    <pfif:author_name>Bill Mandil</pfif:author_name>
    <pfif:source_date>2005-09-03T09:21:12Z</pfif:source_date>
    <pfif:first_name>KATHERINE</pfif:first_name>
    <pfif:last_name>DOE</pfif:last_name>
    <pfif:home_city>NEW ORLEANS</pfif:home_city>
    <pfif:home_zip>70114</pfif:home_zip>
    <pfif:other>description: Dark hair, brown eyes.</pfif:other>
    <pfif:note>
      <pfif:note_record_id>example.com/note.3</pfif:note_record_id>
      <pfif:author_name>Jane Peters</pfif:author_name>
      <pfif:source_date>2005-09-03T20:52:25Z</pfif:source_date>
      <pfif:found>true</pfif:found>
      <pfif:last_known_location>Shelter at Houston Astrodome</pfif:last_known_location>
      <pfif:text>I spoke to her on the phone; she is fine.</pfif:text>
    </pfif:note>
  </pfif:person>
</pfif:pfif>`;

const PFIF_1_4 = `<?xml version="1.0" encoding="UTF-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4" xmlns:icrc="urn:example:icrc">
  <pfif:note>
    <pfif:note_record_id>test.google.com/note.27009</pfif:note_record_id>
    <pfif:person_record_id>test.google.com/person.21009</pfif:person_record_id>
    <pfif:linked_person_record_id>icrc.org/person.999</pfif:linked_person_record_id>
    <pfif:author_name>Ana &amp; Co</pfif:author_name>
    <pfif:source_date>2000-01-16T04:05:06Z</pfif:source_date>
    <pfif:status>believed_dead</pfif:status>
    <pfif:text><![CDATA[Same man: <b>same</b> father, same unit.]]></pfif:text>
  </pfif:note>
  <pfif:person>
    <pfif:family_name>Grigoryan</pfif:family_name>
    <pfif:full_name>Aram Grigoryan
Արամ Գրիգորյան</pfif:full_name>
    <pfif:home_city>  Goris
    </pfif:home_city>
    <pfif:person_record_id>test.google.com/person.21009</pfif:person_record_id>
    <pfif:given_name>Aram</pfif:given_name>
    <icrc:unit>12345</icrc:unit>
    <pfif:date_of_birth>1970-01</pfif:date_of_birth>
    <pfif:source_date>2000-01-01T00:00:00Z</pfif:source_date>
    <pfif:note>
      <pfif:note_record_id>test.google.com/note.31095</pfif:note_record_id>
      <pfif:author_name>inna-testing</pfif:author_name>
      <pfif:source_date>2000-01-17T14:15:16Z</pfif:source_date>
      <pfif:author_made_contact>true</pfif:author_made_contact>
      <pfif:status>believed_alive</pfif:status>
      <pfif:text>new comment - testing</pfif:text>
      <pfif:ribbon>yellow</pfif:ribbon>
    </pfif:note>
  </pfif:person>
  <pfif:note>
    <pfif:note_record_id>test.google.com/note.1</pfif:note_record_id>
    <pfif:person_record_id>test.google.com/person.elsewhere</pfif:person_record_id>
    <pfif:author_name>x</pfif:author_name>
    <pfif:source_date>2000-01-16T04:05:06Z</pfif:source_date>
    <pfif:text>about someone not here</pfif:text>
  </pfif:note>
</pfif:pfif>`;

describe('readPfifXml', () => {
  it('reads PFIF 1.1 under the 1.4 names (first_name, last_name, home_zip, found, other)', () => {
    const doc = readPfifXml(PFIF_1_1, 'katrina.xml');
    expect(doc.version).toBe('1.1');
    const [person] = doc.persons;
    expect(person?.fields).toMatchObject({ given_name: 'KATHERINE', family_name: 'DOE', home_postal_code: '70114', description: 'description: Dark hair, brown eyes.' });
    expect(person?.notes[0]?.fields).toMatchObject({ author_made_contact: 'true', person_record_id: 'salesforce.com/0123456789', last_known_location: 'Shelter at Houston Astrodome' });
    expect(person?.line).toBe(3);
  });

  it('reads 1.4 in any order: notes outside their person joined to it, values trimmed, entities and CDATA read, other namespaces kept', () => {
    const doc = readPfifXml(PFIF_1_4, 'pf.xml');
    expect(doc.version).toBe('1.4');
    expect(doc.persons).toHaveLength(1);
    const person = doc.persons[0]!;
    expect(person.fields['home_city']).toBe('Goris');
    expect(person.fields['full_name']).toBe('Aram Grigoryan\nԱրամ Գրիգորյան');
    expect(person.unknown).toEqual([['icrc:unit', '12345']]);
    expect(person.notes.map((n) => n.fields['note_record_id'])).toEqual(['test.google.com/note.31095', 'test.google.com/note.27009']);
    expect(person.notes[1]?.fields).toMatchObject({ author_name: 'Ana & Co', text: 'Same man: <b>same</b> father, same unit.', linked_person_record_id: 'icrc.org/person.999' });
    expect(person.notes[0]?.unknown).toEqual([['pfif:ribbon', 'yellow']]);
    expect(doc.orphanNotes.map((n) => n.fields['note_record_id'])).toEqual(['test.google.com/note.1']);
  });

  it('refuses what is not PFIF, naming the line: another root, broken XML, a DOCTYPE', () => {
    const refuse = (xml: string, message: RegExp): void => {
      expect(() => readPfifXml(xml, 'f.xml')).toThrow(WhereaboutsError);
      expect(() => readPfifXml(xml, 'f.xml')).toThrow(message);
    };
    refuse('<persons><person/></persons>', /root element is <persons>/);
    refuse('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">\n  <pfif:person>\n</pfif:pfif>', /line 3/);
    refuse('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"/>', /DOCTYPE/);
    refuse('', /root element/);
  });

  it('gives back what the writer wrote, whatever the text (property)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.constantFrom(...PERSON_FIELDS), fc.constantFrom(...NOTE_FIELDS)), { minLength: 1, maxLength: 5 }), (people) => {
        const xml = PFIF_HEADER + people.map(([a, b, pf, nf]) => pfifPersonXml({ fields: { person_record_id: 'd/x', [pf]: a }, notes: [{ note_record_id: 'd/n', [nf]: b }] })).join('') + PFIF_FOOTER;
        const doc = readPfifXml(xml, 'p.xml');
        expect(doc.persons).toHaveLength(people.length);
        people.forEach(([a, b, pf, nf], i) => {
          // What XML cannot hold is dropped, surrounding white space trimmed, as readers do.
          const expected = (s: string): string | undefined => {
            const kept = xmlText(s).replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').replace(/\r\n?/g, '\n').trim();
            return kept === '' ? undefined : kept;
          };
          const person = doc.persons[i]!;
          if (pf !== 'person_record_id') expect(person.fields[pf]).toBe(expected(a));
          if (nf !== 'note_record_id' && nf !== 'person_record_id') expect(person.notes[0]?.fields[nf]).toBe(expected(b));
        });
      }),
    );
  });

  it('never fails but with a WhereaboutsError, whatever it is given (property)', () => {
    const fragment = fc.constantFrom('<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">', '</pfif:pfif>', '<pfif:person>', '</pfif:person>', '<pfif:note>', '</pfif:note>', '<pfif:full_name>', '</pfif:full_name>', '&amp;', '&bogus;', '<![CDATA[x]]>', '<!--c-->', 'Արամ', '<', '>', '"', '<x:y xmlns:x="u">');
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 5 })), { maxLength: 25 }), (parts) => {
        try {
          readPfifXml(parts.join(''), 'fuzz.xml');
        } catch (error) {
          expect(error).toBeInstanceOf(WhereaboutsError);
        }
      }),
    );
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { whereabouts } from '../cli-runner.js';

/**
 * A document as Person Finder writes one (PFIF 1.2: first_name/last_name, the duplicate marked
 * by a note on each record pointing at the other, with the marker's name and reason), made by
 * hand from the specification's example: its link binds as the source's decision, is shown as
 * such on the person page, and gives way to a reviewer's "different".
 */
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-pfif-links-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const note = (id: string, person: string, linked: string): string => `
    <pfif:note>
      <pfif:note_record_id>icrc.org/note.${id}</pfif:note_record_id>
      <pfif:person_record_id>${person}</pfif:person_record_id>
      <pfif:linked_person_record_id>${linked}</pfif:linked_person_record_id>
      <pfif:author_name>Mary Jacobs</pfif:author_name>
      <pfif:source_date>2005-09-03T22:07:59Z</pfif:source_date>
      <pfif:text>Same man: his mother confirmed both entries.</pfif:text>
    </pfif:note>`;

const DOCUMENT = `<?xml version="1.0" encoding="utf-8"?>
<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.2">
  <pfif:person>
    <pfif:person_record_id>icrc.org/person.1</pfif:person_record_id>
    <pfif:entry_date>2005-09-03T23:00:00Z</pfif:entry_date>
    <pfif:author_name>Mary Jacobs</pfif:author_name>
    <pfif:source_name>icrc.org</pfif:source_name>
    <pfif:source_date>2005-09-03T22:07:59Z</pfif:source_date>
    <pfif:first_name>Tigran</pfif:first_name>
    <pfif:last_name>Petrosyan</pfif:last_name>
    <pfif:date_of_birth>1995</pfif:date_of_birth>${note('1', 'icrc.org/person.1', 'icrc.org/person.2')}
  </pfif:person>
  <pfif:person>
    <pfif:person_record_id>icrc.org/person.2</pfif:person_record_id>
    <pfif:source_date>2005-09-04T10:00:00Z</pfif:source_date>
    <pfif:first_name>Vardan</pfif:first_name>
    <pfif:last_name>Mkrtchyan</pfif:last_name>
    <pfif:date_of_birth>1971</pfif:date_of_birth>${note('2', 'icrc.org/person.2', 'icrc.org/person.1')}
  </pfif:person>
  <pfif:person>
    <pfif:person_record_id>icrc.org/person.3</pfif:person_record_id>
    <pfif:source_date>2005-09-04T10:00:00Z</pfif:source_date>
    <pfif:first_name>Anna</pfif:first_name>
    <pfif:last_name>Sargsyan</pfif:last_name>
  </pfif:person>
</pfif:pfif>
`;

const run = (...args: string[]): string => {
  const result = whereabouts(...args);
  if (result.status !== 0) throw new Error(`whereabouts ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

async function personCount(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    return new Set((await store.personMembers()).map((m) => m.personId)).size;
  } finally {
    await store.close();
  }
}

it('links two records a Person Finder document marks as one man, until a reviewer says they differ', async () => {
  const db = path.join(folder, 'store.db');
  const file = path.join(folder, 'icrc.xml');
  writeFileSync(file, DOCUMENT);
  const imported = run('pfif', 'import', file, '--list', 'icrc', '--db', db);
  expect(imported).toMatch(/PFIF: XML, version 1\.2/);
  expect(imported).toMatch(/Links between persons \(linked_person_record_id\): 1; 1 recorded as "same" by the source/);
  // No run yet: reconcile with no files links every list of the store.
  expect(run('reconcile', '--db', db, '--out', path.join(folder, 'out'), '--workers', '1')).toMatch(/3 records → 2 persons/);
  const page = (run('person', 'P-000001', '--db', db) + run('person', 'P-000002', '--db', db)).replace(/\s+/g, ' ');
  expect(page).toMatch(/source:icrc \(the source's link, not a reviewer's; a reviewer's decision overrides it\): SAME/);
  expect(page).toMatch(/PFIF note by Mary Jacobs: Same man: his mother confirmed both entries\./);

  // A reviewer decides otherwise: the reviewer wins, in every run after.
  const decisions = path.join(folder, 'decisions.csv');
  writeFileSync(decisions, `record_a,record_b,verdict,reviewer,decided_at,note\nicrc:1,icrc:2,different,amira,2005-01-01T00:00:00Z,different fathers\n`);
  run('decisions', 'import', decisions, '--db', db);
  run('reconcile', '--db', db, '--out', path.join(folder, 'out'), '--workers', '1');
  expect(await personCount(db)).toBe(3);
});

import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { partyPersons } from '../../src/interchange/party-view.js';
import { TransmissionFlags } from '../../src/interchange/transmission-flags.js';
import { loadRegister } from '../../src/jobs/load-register.js';
import { openStore } from '../../src/store/open-store.js';
import { whereabouts } from '../cli-runner.js';
import { pfifSchemaProblems } from '../pfif-schema.js';

/**
 * What may travel (issue 14), the matrix: for every party and every output made for it (PFIF,
 * the report's HTML, XLSX and CSV), no record or field flagged do-not-transmit, nothing of
 * another party's lists, and every count made from what it receives alone.
 */
const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-party-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(EXAMPLES, dir, { recursive: true });
const db = path.join(dir, 'store.db');

const PARTIES = ['home', 'detaining', 'mediator', 'delegate'] as const;
const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { files: { list: string; party: string }[] };
const listsOf = (party: string): string[] => [...manifest.files.filter((f) => f.party === party).map((f) => f.list), `${party}-extra`];

const run = (...args: string[]): string => {
  const result = whereabouts(...args);
  if (result.status !== 0) throw new Error(`whereabouts ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

// Each party gets a small list of its own: a man flagged whole, a man whose date of birth is flagged.
const extras = PARTIES.map((party) => {
  const file = path.join(dir, `${party}-extra.csv`);
  writeFileSync(file, `ID,Surname,Given name,Date of birth\n1,Flaggedyan${party},Zorik,03.04.1950\n2,Fieldyan${party},Aram,11.11.1911\n`);
  return file;
});
run('reconcile', '--manifest', path.join(dir, 'manifest.json'), ...extras, ...PARTIES.flatMap((p) => ['--party', `${p}-extra=${p}`, '--kind', `${p}-extra=other`]), '--db', db, '--out', path.join(dir, 'out'), '--workers', '1');
run('pfif', 'export', path.join(dir, 'all.xml'), '--domain', 'tracing.example.org', '--db', db);
for (const party of PARTIES) {
  run('flag', `${party}-extra:1`, '--do-not-transmit', '--reason', 'risk to the family', '--db', db);
  run('flag', `${party}-extra:2`, '--field', 'birth_date', '--do-not-transmit', '--reason', 'date identifies him', '--db', db);
}

/** Every text of a workbook, cell by cell. */
async function workbookText(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => {
    cells.push(sheet.name);
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
  });
  return cells.join('\n');
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.each(PARTIES)('what party %s receives', (party) => {
  it('holds no flagged record or field and nothing of another party, in PFIF, HTML, XLSX and CSV, and counts only what it holds', async () => {
    const out = path.join(dir, `for-${party}`);
    const pfif = path.join(dir, `for-${party}.xml`);
    run('pfif', 'export', pfif, '--for', party, '--db', db);
    run('report', '--for', party, '--out', out, '--db', db);
    const csvDir = path.join(out, 'csv');
    const outputs: Record<string, string> = {
      PFIF: readFileSync(pfif, 'utf8'),
      HTML: readFileSync(path.join(out, 'reconciliation.html'), 'utf8'),
      XLSX: await workbookText(path.join(out, 'reconciliation.xlsx')),
      CSV: readdirSync(csvDir).map((f) => readFileSync(path.join(csvDir, f), 'utf8')).join('\n'),
    };
    const others = PARTIES.filter((p) => p !== party);
    for (const [output, text] of Object.entries(outputs)) {
      expect(text, `${output}: a withheld record`).not.toMatch(/Flaggedyan/);
      expect(text, `${output}: a withheld date of birth`).not.toMatch(/11\.11\.1911|1911-11-11|11\/11\/1911|11 Nov 1911/);
      expect(text, `${output}: its own record whose date was withheld`).toContain(`Fieldyan${party}`);
      for (const other of others) {
        expect(text, `${output}: party ${other}'s record`).not.toContain(`Fieldyan${other}`);
        for (const list of listsOf(other)) expect(text, `${output}: party ${other}'s list ${list}`).not.toContain(list);
      }
    }
    expect(pfifSchemaProblems(outputs['PFIF'] as string)).toEqual([]);

    // Counts from what it receives alone: the persons of its records, less the withheld.
    const store = await openStore(db);
    try {
      const register = await loadRegister(store);
      const flags = TransmissionFlags.from(await store.transmissionFlags());
      const expected = partyPersons(register.persons, party, flags, (r) => register.places.get(r.key)?.identity);
      const records = expected.reduce((n, p) => n + p.records.length, 0);
      const own = register.persons.flatMap((p) => p.records).filter((r) => r.party === party).length;
      expect(records).toBe(own - 1);
      expect((outputs['PFIF'] as string).match(/<pfif:person>/g)?.length).toBe(records);
      const states = readFileSync(path.join(csvDir, 'accounting-states.csv'), 'utf8').trim().split('\n').slice(1);
      const inStates = states.reduce((n, line) => n + Number(line.split(',').at(-1)), 0);
      expect(inStates).toBe(expected.length);
      // Every export and report is in the audit log: for whom, how many, each file's hash.
      const audit = await store.auditEntries({ limit: 1000, resource: `party:${party}` });
      const exported = audit.filter((e) => e.action === 'pfif-export').at(-1);
      expect(exported?.detail).toMatchObject({ for: party, records, files: [{ file: `for-${party}.xml`, sha256: sha256(pfif) }] });
      const reported = audit.filter((e) => e.action === 'report').at(-1);
      expect(reported?.detail['persons']).toBe(expected.length);
      expect(reported?.detail['files']).toContainEqual({ file: 'reconciliation.html', sha256: sha256(path.join(out, 'reconciliation.html')) });
    } finally {
      await store.close();
    }
  });
});

it('the mediator’s own export still holds everything, flagged records included', () => {
  const xml = readFileSync(path.join(dir, 'all.xml'), 'utf8');
  for (const party of PARTIES) expect(xml).toContain(`Flaggedyan${party}`);
});

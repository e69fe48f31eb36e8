import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { checkZip } from './zip-check.js';

const dir = mkdtempSync(join(tmpdir(), 'whereabouts-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkZip', () => {
  it('passes a sound workbook and flags one with damaged or missing parts', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('List').addRow(['Surname']);
    const path = join(dir, 'good.xlsx');
    await wb.xlsx.writeFile(path);
    const sound = await checkZip(path);
    expect(sound.ok && sound.entries).toContain('xl/workbook.xml');

    const bytes = readFileSync(path);
    const cut = join(dir, 'cut.xlsx');
    writeFileSync(cut, bytes.subarray(0, bytes.length - 30));
    expect(await checkZip(cut)).toEqual({ ok: false, problem: expect.stringContaining('cut short') });

    const flipped = Buffer.from(bytes);
    flipped[200] = (flipped[200] as number) ^ 0xff;
    const damaged = join(dir, 'flipped.xlsx');
    writeFileSync(damaged, flipped);
    expect(await checkZip(damaged)).toEqual({ ok: false, problem: expect.stringContaining('damaged') });
  });
});

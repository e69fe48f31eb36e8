import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { formatInspection, inspectList } from './inspect.js';

const dir = mkdtempSync(join(tmpdir(), 'whereabouts-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inspect', () => {
  it('shows format, encoding, delimiter, the header mapping and the first rows parsed', async () => {
    const path = join(dir, 'mediator.csv');
    const rows = Array.from({ length: 30 }, (_, i) => `${i + 1};ГРИГОРЯН Арам Гагикович;05.03.1985;;Группа крови`).join('\n');
    writeFileSync(path, iconv.encode(`Список\n№;ФИО;Дата рождения;Пол;Другое\n${rows}\n`, 'windows-1251'));
    const text = formatInspection(await inspectList(path, { limit: 3 }));
    expect(text).toContain('CSV, encoding windows-1251, delimiter ";"');
    expect(text).toContain('Title     Список');
    expect(text).toMatch(/ФИО\s+→ full_name\s+recognised \("фио"\)/u);
    expect(text).toMatch(/Другое\s+· {2}not mapped/u);
    expect(text).toContain('row 1  record_id: 1 · surname: ГРИГОРЯН · given_name: Арам · patronymic: Гагикович · birth_date: 1985-03-05 or 1985-05-03');
    expect(text).not.toContain('row 4');
    expect(text).toContain('Shown 3 rows: 3 would be imported, 0 quarantined. The file has more rows. Nothing was imported.');
  });

  it('shows the mapping of a list without a name column, and how to fix it', async () => {
    const path = join(dir, 'noname.csv');
    writeFileSync(path, 'Кто,Дата\nСаркисян,1999\n');
    const text = formatInspection(await inspectList(path, { limit: 10 }));
    expect(text).toMatch(/Дата\s+→ event_date/u);
    expect(text).toContain('No column holds a name');
    expect(text).toContain('--map "Кто=full_name"');
    expect(text).toContain('row 1  QUARANTINED: no name in any name column');
  });

  it('shows --map overrides and quarantined rows with their reason', async () => {
    const path = join(dir, 'x.csv');
    writeFileSync(path, 'Кто,Что\nСаркисян,1\n,2\n');
    const text = formatInspection(await inspectList(path, { limit: 10, map: { Кто: 'surname' } }));
    expect(text).toMatch(/Кто\s+→ surname\s+set by --map/u);
    expect(text).toContain('row 2  QUARANTINED: no name in any name column (Кто)');
  });
});

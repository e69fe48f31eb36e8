import { describe, expect, it } from 'vitest';
import { compareNames, explainName } from './names.js';

describe('whereabouts names', () => {
  it('explain shows parts, script, variants and keys', () => {
    const text = explainName('ГРИГОРЯН Арам Гагикович');
    expect(text).toContain('surname-first');
    expect(text).toMatch(/Surname: ГРИГОРЯН\n\s+script\s+cyrillic/u);
    expect(text).toContain('qriqoryan');
    expect(text).toContain('father     Гагик');
    expect(text).toMatch(/keys\s+s:krkr/u);
  });

  it('compare scores each part and says why', () => {
    const text = compareNames('Հարությունյան Դավիթ Գագիկի', 'Arutyunyan David Gagikovich');
    expect(text).toMatch(/Surname\s+1\.000/u);
    expect(text).toMatch(/Patronymic\s+1\.000.*Գագիկ \/ Gagik/u);
  });

  it('compare says when only one side has a part', () => {
    expect(compareNames('Aram Grigoryan', 'Григорян Арам Гагикович')).toContain('only one side has it (Гагикович)');
  });
});

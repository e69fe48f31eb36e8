import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a large, plausible CSV list for the import benchmark and the kill test: the columns a
 * detaining party's list has, names from small pools, some year-only dates and missing
 * patronymics. Deterministic for a given size, so runs compare.
 */
export async function writeBigList(file: string, rows: number): Promise<number> {
  const surnames = ['Grigoryan', 'Harutyunyan', 'Hakobyan', 'Sargsyan', 'Ghazaryan', 'Hovhannisyan', 'Gevorgyan', 'Petrosyan', 'Mammadov', 'Aliyev', 'Huseynov', 'Hasanov'];
  const givens = ['Aram', 'Davit', 'Hovhannes', 'Hayk', 'Vahe', 'Mher', 'Hakob', 'Tigran', 'Elvin', 'Rashad', 'Orkhan', 'Samir'];
  const fathers = ['Gagiki', 'Armeni', 'Sureni', 'Karen oglu', 'Rashid oglu', 'Vazgeni', ''];
  const places = ['Hadrut', 'Shusha', 'Lachin', 'Kalbajar', 'Fizuli', 'Jabrayil', 'Martuni', 'Askeran'];
  const ranks = ['private', 'corporal', 'sergeant', 'lieutenant', 'captain'];
  let seed = 20241129;
  // A small linear congruential generator: reproducible without a dependency.
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  const pick = <T>(pool: readonly T[]): T => pool[next(pool.length)]!;
  const pad = (n: number): string => String(n).padStart(2, '0');

  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('ID,Surname,Given name,Patronymic,Date of birth,Military unit,Rank,Place of capture,Date of capture,Notes\n');
  let chunk = '';
  for (let i = 1; i <= rows; i += 1) {
    const birth = next(10) === 0 ? String(1970 + next(35)) : `${pad(1 + next(28))}.${pad(1 + next(12))}.${1970 + next(35)}`;
    const capture = `${pad(1 + next(28))}.${pad(1 + next(12))}.${2020 + next(4)}`;
    const notes = next(20) === 0 ? '"seen in hospital, ""ward 3"""' : '';
    chunk += `${i},${pick(surnames)},${pick(givens)},${pick(fathers)},${birth},${10000 + next(90000)},${pick(ranks)},${pick(places)},${capture},${notes}\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return bytes;
}

import type { ParsedRecord } from '../../ingest/record.js';
import type { LinkRecord } from '../features/link-record.js';
import { SeededRandom } from '../training/seeded-random.js';

/**
 * A small generated population for the engine's own tests and benchmark, before and beside
 * src/synth: Armenian men written in Latin on one list and in Cyrillic on another, with
 * brothers (same surname and father), namesakes (same surname and given name), missing and
 * swapped birth dates, typos, and duplicates within a list. Not a substitute for synth's
 * realism; it exists so that linkage can be measured on its own.
 */
const SURNAMES: ReadonlyArray<readonly [string, string]> = [
  ['Grigoryan', 'Григорян'], ['Harutyunyan', 'Арутюнян'], ['Hakobyan', 'Акопян'], ['Ghazaryan', 'Казарян'],
  ['Hovhannisyan', 'Оганесян'], ['Sargsyan', 'Саркисян'], ['Gevorgyan', 'Геворкян'], ['Petrosyan', 'Петросян'],
  ['Mkrtchyan', 'Мкртчян'], ['Vardanyan', 'Варданян'], ['Khachatryan', 'Хачатрян'], ['Karapetyan', 'Карапетян'],
  ['Poghosyan', 'Погосян'], ['Avetisyan', 'Аветисян'], ['Manukyan', 'Манукян'], ['Davtyan', 'Давтян'],
  ['Martirosyan', 'Мартиросян'], ['Stepanyan', 'Степанян'], ['Simonyan', 'Симонян'], ['Galstyan', 'Галстян'],
  ['Baghdasaryan', 'Багдасарян'], ['Melikyan', 'Меликян'], ['Torosyan', 'Торосян'], ['Aslanyan', 'Асланян'],
  ['Abrahamyan', 'Абрамян'], ['Movsisyan', 'Мовсисян'], ['Safaryan', 'Сафарян'], ['Zakaryan', 'Закарян'],
  ['Mirzoyan', 'Мирзоян'], ['Ohanyan', 'Оганян'], ['Barseghyan', 'Барсегян'], ['Asatryan', 'Асатрян'],
  ['Aghajanyan', 'Агаджанян'], ['Amiryan', 'Амирян'], ['Arakelyan', 'Аракелян'], ['Babayan', 'Бабаян'],
  ['Balayan', 'Балаян'], ['Danielyan', 'Даниелян'], ['Yeghiazaryan', 'Егиазарян'], ['Gasparyan', 'Гаспарян'],
  ['Hambardzumyan', 'Амбарцумян'], ['Israyelyan', 'Исраелян'], ['Kirakosyan', 'Киракосян'], ['Mikayelyan', 'Микаелян'],
  ['Minasyan', 'Минасян'], ['Mnatsakanyan', 'Мнацаканян'], ['Nazaryan', 'Назарян'], ['Nersisyan', 'Нерсесян'],
  ['Papikyan', 'Папикян'], ['Sahakyan', 'Саакян'], ['Tadevosyan', 'Тадевосян'], ['Tumanyan', 'Туманян'],
  ['Zohrabyan', 'Зограбян'], ['Adamyan', 'Адамян'], ['Alaverdyan', 'Алавердян'], ['Antonyan', 'Антонян'],
  ['Arzumanyan', 'Арзуманян'], ['Avagyan', 'Авагян'], ['Badalyan', 'Бадалян'], ['Baghramyan', 'Баграмян'],
  ['Beglaryan', 'Бегларян'], ['Chilingaryan', 'Чилингарян'], ['Dallakyan', 'Даллакян'], ['Ghukasyan', 'Гукасян'],
  ['Hayrapetyan', 'Айрапетян'], ['Hovsepyan', 'Овсепян'], ['Khachikyan', 'Хачикян'], ['Kocharyan', 'Кочарян'],
  ['Margaryan', 'Маргарян'], ['Matevosyan', 'Матевосян'], ['Muradyan', 'Мурадян'], ['Nalbandyan', 'Налбандян'],
  ['Saroyan', 'Сароян'], ['Shahinyan', 'Шагинян'], ['Tonoyan', 'Тоноян'], ['Harutyunyants', 'Арутюнянц'],
];

const GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['Aram', 'Арам'], ['Davit', 'Давид'], ['Hayk', 'Айк'], ['Mher', 'Мгер'], ['Hakob', 'Акоп'], ['Armen', 'Армен'],
  ['Tigran', 'Тигран'], ['Gagik', 'Гагик'], ['Levon', 'Левон'], ['Ashot', 'Ашот'], ['Karen', 'Карен'], ['Samvel', 'Самвел'],
  ['Arsen', 'Арсен'], ['Narek', 'Нарек'], ['Gevorg', 'Геворг'], ['Artur', 'Артур'], ['Vardan', 'Вардан'], ['Ruben', 'Рубен'],
  ['Edgar', 'Эдгар'], ['Hovhannes', 'Ованес'], ['Arman', 'Арман'], ['Garik', 'Гарик'], ['Sargis', 'Саркис'], ['Grigor', 'Григор'],
  ['Vahagn', 'Ваагн'], ['Suren', 'Сурен'], ['Hrant', 'Грант'], ['Hamlet', 'Гамлет'], ['Rafik', 'Рафик'], ['Robert', 'Роберт'],
  ['Zaven', 'Завен'], ['Khachik', 'Хачик'], ['Norayr', 'Норайр'], ['Sevak', 'Севак'], ['Tatul', 'Татул'], ['Vachik', 'Вачик'],
  ['Yervand', 'Ерванд'], ['Mkrtich', 'Мкртич'], ['Nerses', 'Нерсес'], ['Harut', 'Арут'], ['Manvel', 'Манвел'], ['Movses', 'Мовсес'],
  ['Vazgen', 'Вазген'], ['Gurgen', 'Гурген'], ['Hrayr', 'Грайр'], ['Aramayis', 'Арамаис'], ['Andranik', 'Андраник'], ['Rafael', 'Рафаэл'],
];

/** Records and, per record, the person it describes. */
export interface SamplePopulation {
  records: LinkRecord[];
  truth: number[];
}

interface Person {
  surname: number;
  given: number;
  father: number;
  year: number;
  month: number;
  day: number;
  serviceNumber: string;
}

function typo(random: SeededRandom, text: string): string {
  if (text.length < 4) return text;
  const at = 1 + random.below(text.length - 2);
  return random.next() < 0.5 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
}

/**
 * Generates `persons` persons in families (brothers), with namesakes, and two lists: `home`
 * (Latin, father's name as a name) holding about 90% of them and `held` (Cyrillic, Russian
 * patronymic) holding about 60%, with 3% duplicates within `home`.
 */
export function samplePopulation(persons: number, seed: number): SamplePopulation {
  const random = new SeededRandom(seed);
  const people: Person[] = [];
  while (people.length < persons) {
    const surname = random.below(SURNAMES.length);
    const father = random.below(GIVEN.length);
    // Families: one to three brothers, different given names and birth years.
    const brothers = 1 + random.below(3);
    const firstGiven = random.below(GIVEN.length);
    for (let b = 0; b < brothers && people.length < persons; b++) {
      people.push({
        surname,
        given: (firstGiven + b * 7) % GIVEN.length,
        father,
        year: 1965 + random.below(40),
        month: 1 + random.below(12),
        day: 1 + random.below(28),
        serviceNumber: `${100000 + random.below(900000)}`,
      });
    }
  }
  const records: LinkRecord[] = [];
  const truth: number[] = [];
  const rows = new Map<string, number>();
  const add = (list: string, person: number, fields: ParsedRecord): void => {
    const row = (rows.get(list) ?? 0) + 1;
    rows.set(list, row);
    records.push({ id: records.length, list, row, fields });
    truth.push(person);
  };
  const date = (p: Person, swap: boolean): ParsedRecord['birth_date'] => {
    const [month, day] = swap && p.day <= 12 ? [p.day, p.month] : [p.month, p.day];
    return { text: `${p.year}-${month}-${day}`, year: p.year, month, day };
  };
  people.forEach((p, index) => {
    const surname = SURNAMES[p.surname] as readonly [string, string];
    const given = GIVEN[p.given] as readonly [string, string];
    const father = GIVEN[p.father] as readonly [string, string];
    const copies = random.next() < 0.9 ? (random.next() < 0.03 ? 2 : 1) : 0;
    for (let c = 0; c < copies; c++) {
      const fields: ParsedRecord = {
        surname: random.next() < 0.05 ? typo(random, surname[0]) : surname[0],
        given_name: given[0],
        patronymic: father[0],
        sex: 'male',
      };
      if (random.next() < 0.85) fields.birth_date = date(p, random.next() < 0.05);
      if (random.next() < 0.5) fields.service_number = p.serviceNumber;
      add('home', index, fields);
    }
    if (random.next() < 0.6) {
      const fields: ParsedRecord = {
        surname: surname[1].toLocaleUpperCase('ru'),
        given_name: random.next() < 0.05 ? typo(random, given[1]) : given[1],
        patronymic: `${father[1]}ович`,
      };
      if (random.next() < 0.7) {
        fields.birth_date = random.next() < 0.2 ? { text: String(p.year), year: p.year } : date(p, random.next() < 0.05);
      }
      if (random.next() < 0.3) fields.service_number = p.serviceNumber;
      add('held', index, fields);
    }
  });
  return { records, truth };
}

/**
 * Places as each source names them, written by hand. The detaining party uses its own
 * Azerbaijani names for places in the conflict zone (Xocavənd for Martuni, Suqovuşan for
 * Madaghis), not renderings of the Armenian ones: a matcher cannot bridge those by spelling.
 */
export interface PlaceForms {
  hy: string;
  ru: string;
  az: string;
  en: string;
}

function place(hy: string, ru: string, az: string, en: string): PlaceForms {
  return { hy, ru, az, en };
}

/** Where men went missing or were captured in 2020. */
export const CAPTURE_PLACES: readonly PlaceForms[] = [
  place('Հադրութ', 'Гадрут', 'Hadrut', 'Hadrut'),
  place('Շուշի', 'Шуша', 'Şuşa', 'Shushi'),
  place('Ջաբրայիլ', 'Джебраил', 'Cəbrayıl', 'Jabrayil'),
  place('Ֆիզուլի', 'Физули', 'Füzuli', 'Fizuli'),
  place('Մարտունի', 'Мартуни', 'Xocavənd', 'Martuni'),
  place('Հին Թաղեր', 'Хин Тагер', 'Hin Taqer', 'Hin Tagher'),
  place('Խծաբերդ', 'Хцаберд', 'Xtsaberd', 'Khtsaberd'),
  place('Թալիշ', 'Талыш', 'Talış', 'Talish'),
  place('Կարմիր Շուկա', 'Кармир Шука', 'Qırmızı Bazar', 'Karmir Shuka'),
  place('Լաչին', 'Лачин', 'Laçın', 'Lachin'),
  place('Կուբաթլի', 'Кубатлы', 'Qubadlı', 'Kubatly'),
  place('Զանգելան', 'Зангелан', 'Zəngilan', 'Zangilan'),
  place('Մատաղիս', 'Мадагиз', 'Suqovuşan', 'Madaghis'),
  place('Ավետարանոց', 'Аветараноц', 'Çanaqçı', 'Avetaranots'),
];

/** Home towns of the men, for the home party's list. */
export const BIRTH_PLACES: readonly PlaceForms[] = [
  place('Երևան', 'Ереван', 'İrəvan', 'Yerevan'),
  place('Գյումրի', 'Гюмри', 'Gümrü', 'Gyumri'),
  place('Վանաձոր', 'Ванадзор', 'Vanadzor', 'Vanadzor'),
  place('Ստեփանակերտ', 'Степанакерт', 'Xankəndi', 'Stepanakert'),
  place('Հրազդան', 'Раздан', 'Razdan', 'Hrazdan'),
  place('Աբովյան', 'Абовян', 'Abovyan', 'Abovyan'),
  place('Կապան', 'Капан', 'Qafan', 'Kapan'),
  place('Գորիս', 'Горис', 'Gorus', 'Goris'),
  place('Սիսիան', 'Сисиан', 'Sisian', 'Sisian'),
  place('Արտաշատ', 'Арташат', 'Artaşat', 'Artashat'),
  place('Արմավիր', 'Армавир', 'Armavir', 'Armavir'),
  place('Էջմիածին', 'Эчмиадзин', 'Eçmiədzin', 'Ejmiatsin'),
  place('Գավառ', 'Гавар', 'Qavar', 'Gavar'),
  place('Իջևան', 'Иджеван', 'İcevan', 'Ijevan'),
  place('Սևան', 'Севан', 'Göyçə', 'Sevan'),
  place('Ասկերան', 'Аскеран', 'Əsgəran', 'Askeran'),
  place('Մարտակերտ', 'Мартакерт', 'Ağdərə', 'Martakert'),
  place('Մասիս', 'Масис', 'Masis', 'Masis'),
];

/** Places of detention a visiting delegate records (English only: the delegate's list is English). */
export const DETENTION_PLACES: readonly string[] = [
  'Baku, pre-trial detention centre',
  'Baku, military police',
  'Ganja',
  'Gobustan prison',
  'Baku, hospital',
];

/** Remarks the mediator's clerks add to an enquiry, in Russian. */
export const MEDIATOR_NOTES: readonly string[] = [
  'со слов родственников',
  'по данным СМИ',
  'видео в соцсетях',
  'запрос семьи',
  'повторный запрос',
  'сведения уточняются',
];

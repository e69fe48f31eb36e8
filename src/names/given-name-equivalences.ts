/**
 * Given names that are one name in several languages, and the other names people use for the
 * same man. Editable data: add a group or a form and the matching picks it up; a form may be in
 * any script (forms that only differ by transliteration need not be listed, the tables find
 * them).
 *
 * - `forms` are spellings of one name across languages: a `spelling-variant` relation
 *   (Davit / David / Давид). Matching may weigh them almost as an exact match.
 * - `aliases` name other groups whose name people use for the same man without it being the same
 *   name (Hovhannes is also called Ivan; Sasha is what Aleksandr is called at home): an `alias`
 *   relation, weaker evidence.
 */
export interface GivenNameGroup {
  /** A stable name for the group, used in explanations and in `aliases`. */
  name: string;
  forms: readonly string[];
  aliases?: readonly string[];
}

/** The shipped given-name equivalences. */
export const GIVEN_NAME_EQUIVALENCES: readonly GivenNameGroup[] = [
  // Armenian names and their Russian and English forms.
  { name: 'Davit', forms: ['Դավիթ', 'Davit', 'David', 'Давид', 'Давит', 'Davud', 'Davood'] },
  { name: 'Hovhannes', forms: ['Հովհաննես', 'Hovhannes', 'Ovanes', 'Ованес', 'Оганес', 'Hovannes', 'Ohannes', 'Oganes'], aliases: ['Ivan', 'John'] },
  { name: 'Hayk', forms: ['Հայկ', 'Hayk', 'Haik', 'Айк', 'Гайк', 'Haig', 'Gayk', 'Aik'] },
  { name: 'Mher', forms: ['Մհեր', 'Mher', 'Мгер', 'Mger', 'Meher'] },
  { name: 'Vahe', forms: ['Վահե', 'Vahe', 'Ваге', 'Vage', 'Ваэ'] },
  { name: 'Hakob', forms: ['Հակոբ', 'Hakob', 'Akop', 'Акоп', 'Hagop', 'Agop', 'Акопджан'], aliases: ['Yakov', 'Jacob'] },
  { name: 'Mikayel', forms: ['Միքայել', 'Mikayel', 'Mikael', 'Mikhail', 'Михаил', 'Микаел', 'Микаэл', 'Michael', 'Mikail', 'Mixail', 'Mikhayil'], aliases: ['Misha'] },
  { name: 'Grigor', forms: ['Գրիգոր', 'Grigor', 'Григор', 'Grigoriy', 'Григорий', 'Grigori', 'Grigory', 'Gregory', 'Qriqori'], aliases: ['Grisha'] },
  { name: 'Sargis', forms: ['Սարգիս', 'Sargis', 'Sarkis', 'Саркис', 'Sarkiss', 'Sarqis', 'Serge'] },
  { name: 'Artyom', forms: ['Արտյոմ', 'Artyom', 'Artem', 'Артём', 'Артем', 'Artiom', 'Artyem'], aliases: ['Artur'] },
  { name: 'Gevorg', forms: ['Գևորգ', 'Gevorg', 'Геворг', 'Kevork', 'Gevork', 'Геворк', 'Georgiy', 'Георгий', 'George'], aliases: ['Zhora', 'Yuri'] },
  { name: 'Harutyun', forms: ['Հարություն', 'Harutyun', 'Arutyun', 'Арутюн', 'Haroutioun', 'Artin'] },
  { name: 'Khachatur', forms: ['Խաչատուր', 'Khachatur', 'Хачатур', 'Xaçatur', 'Khachadour'] },
  { name: 'Karapet', forms: ['Կարապետ', 'Karapet', 'Карапет', 'Garabed', 'Karapetr'] },
  { name: 'Ghazar', forms: ['Ղազար', 'Ghazar', 'Казар', 'Kazar', 'Lazar', 'Лазарь', 'Ghazaros'] },
  { name: 'Poghos', forms: ['Պողոս', 'Poghos', 'Погос', 'Pogos', 'Boghos', 'Pavel', 'Павел', 'Paul'] },
  { name: 'Petros', forms: ['Պետրոս', 'Petros', 'Петрос', 'Pyotr', 'Петр', 'Пётр', 'Petr', 'Peter', 'Bedros'] },
  { name: 'Stepan', forms: ['Ստեփան', 'Stepan', 'Степан', 'Stepanos', 'Stephen', 'Stefan'] },
  { name: 'Tigran', forms: ['Տիգրան', 'Tigran', 'Тигран', 'Dikran', 'Tiqran'] },
  { name: 'Ashot', forms: ['Աշոտ', 'Ashot', 'Ашот', 'Aşot'] },
  { name: 'Vardan', forms: ['Վարդան', 'Vardan', 'Вардан', 'Vartan', 'Вартан'] },
  { name: 'Movses', forms: ['Մովսես', 'Movses', 'Мовсес', 'Moses', 'Moisey', 'Моисей'] },
  { name: 'Avetik', forms: ['Ավետիք', 'Avetik', 'Аветик', 'Avedik'] },
  { name: 'Samvel', forms: ['Սամվել', 'Samvel', 'Самвел', 'Samuel', 'Самуил'] },
  { name: 'Suren', forms: ['Սուրեն', 'Suren', 'Сурен'] },
  { name: 'Rafik', forms: ['Ռաֆիկ', 'Rafik', 'Рафик', 'Rafiq'] },
  { name: 'Hrant', forms: ['Հրանտ', 'Hrant', 'Грант', 'Rant', 'Grant'] },
  { name: 'Hrachya', forms: ['Հրաչյա', 'Hrachya', 'Грачья', 'Rachya', 'Грач', 'Hrach', 'Grachya'] },
  { name: 'Hamlet', forms: ['Համլետ', 'Hamlet', 'Гамлет', 'Amlet', 'Hamlet'] },
  { name: 'Hmayak', forms: ['Հմայակ', 'Hmayak', 'Амаяк', 'Gmayak', 'Amayak'] },
  { name: 'Hrayr', forms: ['Հրայր', 'Hrayr', 'Грайр', 'Rayr'] },
  { name: 'Nerses', forms: ['Ներսես', 'Nerses', 'Нерсес'] },
  { name: 'Arsen', forms: ['Արսեն', 'Arsen', 'Арсен', 'Arseniy', 'Арсений'] },
  { name: 'Aleksandr', forms: ['Ալեքսանդր', 'Aleksandr', 'Александр', 'Alexander', 'Aleksander', 'Alexandr', 'Oleksandr', 'Олександр', 'Aleksandre'], aliases: ['Sasha'] },
  { name: 'Sasha', forms: ['Sasha', 'Саша', 'Սաշա', 'Saşa', 'Shura', 'Шура'] },
  { name: 'Vladimir', forms: ['Վլադիմիր', 'Vladimir', 'Владимир', 'Volodymyr', 'Володимир', 'Uladzimir'], aliases: ['Volodya'] },
  { name: 'Volodya', forms: ['Volodya', 'Володя', 'Vova', 'Вова', 'Volodia'] },
  { name: 'Misha', forms: ['Misha', 'Миша', 'Միշա'] },
  { name: 'Grisha', forms: ['Grisha', 'Гриша', 'Գրիշա'] },
  { name: 'Zhora', forms: ['Zhora', 'Жора', 'Ժորա', 'Jora'] },
  { name: 'Ivan', forms: ['Ivan', 'Иван', 'Իվան', 'Ivane', 'Ioann'] },
  { name: 'John', forms: ['John', 'Jean', 'Juan'] },
  { name: 'Yakov', forms: ['Yakov', 'Яков', 'Yakub', 'Yaqub', 'Jakob'] },
  { name: 'Jacob', forms: ['Jacob', 'Jakub'] },
  { name: 'Yuri', forms: ['Yuri', 'Юрий', 'Yuriy', 'Iurii', 'Yurii', 'Юра', 'Yura'] },
  { name: 'Artur', forms: ['Artur', 'Артур', 'Արթուր', 'Arthur'] },
  { name: 'Sergey', forms: ['Sergey', 'Сергей', 'Sergei', 'Serhiy', 'Сергій', 'Սերգեյ', 'Serhii'], aliases: ['Seryozha'] },
  { name: 'Seryozha', forms: ['Seryozha', 'Серёжа', 'Серожа', 'Սերոժ', 'Seroj', 'Serozh'] },
  { name: 'Dmitriy', forms: ['Dmitriy', 'Дмитрий', 'Dmitri', 'Dmitry', 'Dmytro', 'Дмитро'], aliases: ['Dima'] },
  { name: 'Dima', forms: ['Dima', 'Дима'] },
  { name: 'Nikolay', forms: ['Nikolay', 'Николай', 'Nikolai', 'Mykola', 'Микола', 'Nicholas'], aliases: ['Kolya'] },
  { name: 'Kolya', forms: ['Kolya', 'Коля'] },
  { name: 'Yevgeniy', forms: ['Yevgeniy', 'Евгений', 'Evgeny', 'Evgeniy', 'Yevhen', 'Євген'], aliases: ['Zhenya'] },
  { name: 'Zhenya', forms: ['Zhenya', 'Женя'] },
  // Azerbaijani names and their Russian forms.
  { name: 'Mammad', forms: ['Məmməd', 'Mammad', 'Мамед', 'Mamed', 'Магомед', 'Məhəmməd', 'Muhammad', 'Mohammed', 'Мухаммед'] },
  { name: 'Ali', forms: ['Əli', 'Ali', 'Али', 'Алы'] },
  { name: 'Huseyn', forms: ['Hüseyn', 'Huseyn', 'Гусейн', 'Guseyn', 'Hüseyin', 'Hussein'] },
  { name: 'Hasan', forms: ['Həsən', 'Hasan', 'Гасан', 'Gasan', 'Hassan'] },
  { name: 'Rashid', forms: ['Rəşid', 'Rashid', 'Рашид', 'Rəsid'] },
  { name: 'Elvin', forms: ['Elvin', 'Эльвин', 'Elvinn'] },
  { name: 'Vugar', forms: ['Vüqar', 'Vugar', 'Вугар', 'Vuqar'] },
  { name: 'Rovshan', forms: ['Rövşən', 'Rovshan', 'Ровшан', 'Rovsan'] },
  { name: 'Ilham', forms: ['İlham', 'Ilham', 'Ильхам', 'Ilkham'] },
  { name: 'Heydar', forms: ['Heydər', 'Heydar', 'Гейдар', 'Geydar', 'Haydar', 'Гайдар'] },
  { name: 'Farid', forms: ['Fərid', 'Farid', 'Фарид'] },
  { name: 'Tural', forms: ['Tural', 'Турал'] },
  { name: 'Orkhan', forms: ['Orxan', 'Orkhan', 'Орхан', 'Orhan'] },
  { name: 'Ramil', forms: ['Ramil', 'Рамиль', 'Рамил'] },
  { name: 'Yusif', forms: ['Yusif', 'Юсиф', 'Yusuf', 'Юсуф', 'Joseph', 'Iosif', 'Иосиф', 'Hovsep', 'Հովսեփ', 'Овсеп'] },
  { name: 'Ibrahim', forms: ['İbrahim', 'Ibrahim', 'Ибрагим', 'Ibragim', 'Abraham', 'Abram', 'Աբրահամ'] },
  { name: 'Suleyman', forms: ['Süleyman', 'Suleyman', 'Сулейман', 'Solomon', 'Սողոմոն', 'Soghomon'] },
  { name: 'Musa', forms: ['Musa', 'Муса'], aliases: ['Movses'] },
  // Georgian names.
  { name: 'Giorgi', forms: ['გიორგი', 'Giorgi', 'Гиорги', 'Georgi'], aliases: ['Gevorg'] },
  { name: 'Davit-ka', forms: ['დავით', 'Daviti'], aliases: ['Davit'] },
  { name: 'Levan', forms: ['ლევან', 'Levan', 'Леван', 'Levani'] },
  { name: 'Irakli', forms: ['ირაკლი', 'Irakli', 'Ираклий', 'Irakliy', 'Heraclius'] },
  { name: 'Zurab', forms: ['ზურაბ', 'Zurab', 'Зураб', 'Zurabi'] },
];

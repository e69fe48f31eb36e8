/**
 * Armenian male given names with their forms in the four sources, written by hand.
 *
 * Each name serves twice: as a man's given name and as his father's name in a patronymic.
 * Patronymic forms differ by source: the Armenian genitive (Գագիկի, "of Gagik"), the Russian
 * patronymic (Гагикович), the Azerbaijani "Qaqik oğlu" built from the Russian form, and the bare
 * English father's name. Russian given names are the Russian equivalents clerks use (Давид,
 * Ованес, Айк, Ваге, Мгер, Акоп), not transliterations. Not produced by any algorithm, for the
 * reason given in surnames.ts.
 *
 * Order is frequency rank, most frequent first (names are drawn with Zipf-like weights).
 */
export interface GivenNameForms {
  /** Armenian script, nominative. */
  hy: string;
  /** Armenian genitive, the home party's patronymic form (Դավթի). */
  hyGenitive: string;
  /** Russian equivalent (Давид). */
  ru: string;
  /** Russian patronymic built on the name (Давидович). */
  ruPatronymic: string;
  /** Azerbaijani Latin rendered from the Russian form (David, Qaqik). */
  az: string;
  /** English passport form (Davit). */
  en: string;
  /** Other English forms a delegate may write (David for Davit). */
  enAlt: readonly string[];
  /** Other Russian forms a clerk may write (Оганес, Иван for Ованес), each with its Azerbaijani rendering. */
  ruAlt: readonly (readonly [ru: string, az: string])[];
}

function given(
  hy: string,
  hyGenitive: string,
  ru: string,
  ruPatronymic: string,
  az: string,
  en: string,
  enAlt: readonly string[] = [],
  ruAlt: readonly (readonly [string, string])[] = [],
): GivenNameForms {
  return { hy, hyGenitive, ru, ruPatronymic, az, en, enAlt, ruAlt };
}

/** The given-name table, most frequent first. */
export const GIVEN_NAMES: readonly GivenNameForms[] = [
  given('Դավիթ', 'Դավթի', 'Давид', 'Давидович', 'David', 'Davit', ['David'], [['Давит', 'Davit']]),
  given('Նարեկ', 'Նարեկի', 'Нарек', 'Нарекович', 'Narek', 'Narek'),
  given('Տիգրան', 'Տիգրանի', 'Тигран', 'Тигранович', 'Tiqran', 'Tigran'),
  given('Հայկ', 'Հայկի', 'Айк', 'Айкович', 'Ayk', 'Hayk', ['Haik', 'Ayk'], [['Гайк', 'Qayk']]),
  given('Արմեն', 'Արմենի', 'Армен', 'Арменович', 'Armen', 'Armen'),
  given('Գոռ', 'Գոռի', 'Гор', 'Горович', 'Qor', 'Gor'),
  given('Արթուր', 'Արթուրի', 'Артур', 'Артурович', 'Artur', 'Artur', ['Arthur']),
  given('Հովհաննես', 'Հովհաննեսի', 'Ованес', 'Ованесович', 'Ovanes', 'Hovhannes', ['Hovannes', 'Ovanes'], [['Оганес', 'Oqanes'], ['Иван', 'İvan']]),
  given('Արման', 'Արմանի', 'Арман', 'Арманович', 'Arman', 'Arman'),
  given('Վահե', 'Վահեի', 'Ваге', 'Вагеевич', 'Vaqe', 'Vahe', ['Vage'], [['Ваэ', 'Vae']]),
  given('Մհեր', 'Մհերի', 'Мгер', 'Мгерович', 'Mqer', 'Mher', ['Mger']),
  given('Հակոբ', 'Հակոբի', 'Акоп', 'Акопович', 'Akop', 'Hakob', ['Hakop', 'Akop'], [['Акоб', 'Akob']]),
  given('Գագիկ', 'Գագիկի', 'Гагик', 'Гагикович', 'Qaqik', 'Gagik'),
  given('Արամ', 'Արամի', 'Арам', 'Арамович', 'Aram', 'Aram'),
  given('Աշոտ', 'Աշոտի', 'Ашот', 'Ашотович', 'Aşot', 'Ashot'),
  given('Կարեն', 'Կարենի', 'Карен', 'Каренович', 'Karen', 'Karen'),
  given('Էրիկ', 'Էրիկի', 'Эрик', 'Эрикович', 'Erik', 'Erik'),
  given('Լևոն', 'Լևոնի', 'Левон', 'Левонович', 'Levon', 'Levon'),
  given('Գևորգ', 'Գևորգի', 'Геворг', 'Геворгович', 'Qevorq', 'Gevorg', ['Gevork'], [['Геворк', 'Qevork']]),
  given('Սամվել', 'Սամվելի', 'Самвел', 'Самвелович', 'Samvel', 'Samvel', [], [['Самуэл', 'Samuel']]),
  given('Սարգիս', 'Սարգսի', 'Саркис', 'Саркисович', 'Sarkis', 'Sargis', ['Sarkis']),
  given('Գրիգոր', 'Գրիգորի', 'Григор', 'Григорович', 'Qriqor', 'Grigor', [], [['Григорий', 'Qriqoriy']]),
  given('Պետրոս', 'Պետրոսի', 'Петрос', 'Петросович', 'Petros', 'Petros'),
  given('Վարդան', 'Վարդանի', 'Вардан', 'Варданович', 'Vardan', 'Vardan'),
  given('Սուրեն', 'Սուրենի', 'Сурен', 'Суренович', 'Suren', 'Suren'),
  given('Արսեն', 'Արսենի', 'Арсен', 'Арсенович', 'Arsen', 'Arsen'),
  given('Էդգար', 'Էդգարի', 'Эдгар', 'Эдгарович', 'Edqar', 'Edgar'),
  given('Հովսեփ', 'Հովսեփի', 'Овсеп', 'Овсепович', 'Ovsep', 'Hovsep', ['Ovsep'], [['Иосиф', 'İosif']]),
  given('Հարություն', 'Հարությունի', 'Арутюн', 'Арутюнович', 'Arutyun', 'Harutyun', ['Harutiun', 'Arutyun']),
  given('Խաչատուր', 'Խաչատուրի', 'Хачатур', 'Хачатурович', 'Xaçatur', 'Khachatur'),
  given('Գարեգին', 'Գարեգինի', 'Гарегин', 'Гарегинович', 'Qareqin', 'Garegin'),
  given('Վազգեն', 'Վազգենի', 'Вазген', 'Вазгенович', 'Vazqen', 'Vazgen'),
  given('Ռաֆիկ', 'Ռաֆիկի', 'Рафик', 'Рафикович', 'Rafik', 'Rafik'),
  given('Ռոբերտ', 'Ռոբերտի', 'Роберт', 'Робертович', 'Robert', 'Robert'),
  given('Սերգեյ', 'Սերգեյի', 'Сергей', 'Сергеевич', 'Sergey', 'Sergey', ['Sergei']),
  given('Ռուբեն', 'Ռուբենի', 'Рубен', 'Рубенович', 'Ruben', 'Ruben'),
  given('Նորայր', 'Նորայրի', 'Норайр', 'Норайрович', 'Norayr', 'Norayr', ['Norair']),
  given('Արայիկ', 'Արայիկի', 'Араик', 'Араикович', 'Araik', 'Arayik', ['Araik']),
  given('Արտակ', 'Արտակի', 'Артак', 'Артакович', 'Artak', 'Artak'),
  given('Անդրանիկ', 'Անդրանիկի', 'Андраник', 'Андраникович', 'Andranik', 'Andranik'),
  given('Վաչե', 'Վաչեի', 'Ваче', 'Вачеевич', 'Vaçe', 'Vache'),
  given('Վահագն', 'Վահագնի', 'Ваагн', 'Ваагнович', 'Vaaqn', 'Vahagn', ['Vaagn']),
  given('Համլետ', 'Համլետի', 'Гамлет', 'Гамлетович', 'Qamlet', 'Hamlet'),
  given('Հրանտ', 'Հրանտի', 'Грант', 'Грантович', 'Qrant', 'Hrant', ['Grant']),
  given('Մանվել', 'Մանվելի', 'Манвел', 'Манвелович', 'Manvel', 'Manvel'),
  given('Մեսրոպ', 'Մեսրոպի', 'Месроп', 'Месропович', 'Mesrop', 'Mesrop'),
  given('Միքայել', 'Միքայելի', 'Микаел', 'Микаелович', 'Mikael', 'Mikayel', ['Mikael'], [['Михаил', 'Mixail']]),
  given('Մովսես', 'Մովսեսի', 'Мовсес', 'Мовсесович', 'Movses', 'Movses'),
  given('Ներսես', 'Ներսեսի', 'Нерсес', 'Нерсесович', 'Nerses', 'Nerses'),
  given('Ռաֆայել', 'Ռաֆայելի', 'Рафаэл', 'Рафаэлович', 'Rafael', 'Rafayel', ['Rafael'], [['Рафаэль', 'Rafael']]),
  given('Ռազմիկ', 'Ռազմիկի', 'Размик', 'Размикович', 'Razmik', 'Razmik'),
  given('Սևակ', 'Սևակի', 'Севак', 'Севакович', 'Sevak', 'Sevak'),
  given('Սպարտակ', 'Սպարտակի', 'Спартак', 'Спартакович', 'Spartak', 'Spartak'),
  given('Ստեփան', 'Ստեփանի', 'Степан', 'Степанович', 'Stepan', 'Stepan'),
  given('Թաթուլ', 'Թաթուլի', 'Татул', 'Татулович', 'Tatul', 'Tatul'),
  given('Երվանդ', 'Երվանդի', 'Ерванд', 'Ервандович', 'Yervand', 'Yervand', ['Ervand']),
  given('Ժիրայր', 'Ժիրայրի', 'Жирайр', 'Жирайрович', 'Jirayr', 'Zhirayr', ['Jirair']),
  given('Զավեն', 'Զավենի', 'Завен', 'Завенович', 'Zaven', 'Zaven'),
  given('Կամո', 'Կամոյի', 'Камо', 'Камоевич', 'Kamo', 'Kamo'),
  given('Հովիկ', 'Հովիկի', 'Овик', 'Овикович', 'Ovik', 'Hovik', ['Ovik']),
  given('Հայրապետ', 'Հայրապետի', 'Айрапет', 'Айрапетович', 'Ayrapet', 'Hayrapet'),
  given('Հենրիկ', 'Հենրիկի', 'Генрик', 'Генрикович', 'Qenrik', 'Henrik', ['Genrik']),
  given('Ավետիք', 'Ավետիքի', 'Аветик', 'Аветикович', 'Avetik', 'Avetik'),
  given('Ալբերտ', 'Ալբերտի', 'Альберт', 'Альбертович', 'Albert', 'Albert'),
  given('Ալիկ', 'Ալիկի', 'Алик', 'Аликович', 'Alik', 'Alik'),
  given('Արեն', 'Արենի', 'Арен', 'Аренович', 'Aren', 'Aren'),
  given('Արարատ', 'Արարատի', 'Арарат', 'Араратович', 'Ararat', 'Ararat'),
  given('Արմենակ', 'Արմենակի', 'Арменак', 'Арменакович', 'Armenak', 'Armenak'),
  given('Բենիկ', 'Բենիկի', 'Беник', 'Беникович', 'Benik', 'Benik'),
  given('Գուրգեն', 'Գուրգենի', 'Гурген', 'Гургенович', 'Qurqen', 'Gurgen'),
  given('Կորյուն', 'Կորյունի', 'Корюн', 'Корюнович', 'Koryun', 'Koryun'),
  given('Մկրտիչ', 'Մկրտչի', 'Мкртич', 'Мкртичевич', 'Mkrtiç', 'Mkrtich'),
  given('Նվեր', 'Նվերի', 'Нвер', 'Нверович', 'Nver', 'Nver'),
  given('Պարգև', 'Պարգևի', 'Паргев', 'Паргевович', 'Parqev', 'Pargev'),
  given('Սեյրան', 'Սեյրանի', 'Сейран', 'Сейранович', 'Seyran', 'Seyran'),
  given('Սլավիկ', 'Սլավիկի', 'Славик', 'Славикович', 'Slavik', 'Slavik'),
  given('Սմբատ', 'Սմբատի', 'Смбат', 'Смбатович', 'Smbat', 'Smbat'),
  given('Տարոն', 'Տարոնի', 'Тарон', 'Таронович', 'Taron', 'Taron'),
  given('Վալերի', 'Վալերիի', 'Валерий', 'Валерьевич', 'Valeriy', 'Valeri', ['Valery']),
  given('Վլադիմիր', 'Վլադիմիրի', 'Владимир', 'Владимирович', 'Vladimir', 'Vladimir', [], [['Володя', 'Volodya']]),
  given('Յուրա', 'Յուրայի', 'Юрий', 'Юрьевич', 'Yuriy', 'Yura', ['Yuri'], [['Юра', 'Yura']]),
  given('Զորիկ', 'Զորիկի', 'Зорик', 'Зорикович', 'Zorik', 'Zorik'),
  given('Արկադի', 'Արկադիի', 'Аркадий', 'Аркадьевич', 'Arkadiy', 'Arkadi'),
  given('Սասուն', 'Սասունի', 'Сасун', 'Сасунович', 'Sasun', 'Sasun'),
  given('Շանթ', 'Շանթի', 'Шант', 'Шантович', 'Şant', 'Shant'),
  given('Վրեժ', 'Վրեժի', 'Вреж', 'Врежевич', 'Vrej', 'Vrezh'),
  given('Հրայր', 'Հրայրի', 'Грайр', 'Грайрович', 'Qrayr', 'Hrayr'),
  given('Դերենիկ', 'Դերենիկի', 'Дереник', 'Дереникович', 'Derenik', 'Derenik'),
  given('Մերուժան', 'Մերուժանի', 'Меружан', 'Меружанович', 'Merujan', 'Meruzhan'),
  given('Կարապետ', 'Կարապետի', 'Карапет', 'Карапетович', 'Karapet', 'Karapet'),
  given('Պողոս', 'Պողոսի', 'Погос', 'Погосович', 'Poqos', 'Poghos', ['Pogos']),
  given('Մխիթար', 'Մխիթարի', 'Мхитар', 'Мхитарович', 'Mxitar', 'Mkhitar'),
  given('Գեղամ', 'Գեղամի', 'Гегам', 'Гегамович', 'Qeqam', 'Gegham', ['Gegam']),
  given('Հմայակ', 'Հմայակի', 'Амаяк', 'Амаякович', 'Amayak', 'Hmayak'),
  given('Ազատ', 'Ազատի', 'Азат', 'Азатович', 'Azat', 'Azat'),
  given('Էմիլ', 'Էմիլի', 'Эмиль', 'Эмильевич', 'Emil', 'Emil'),
  given('Եղիշե', 'Եղիշեի', 'Егише', 'Егишеевич', 'Yeqişe', 'Yeghishe'),
  given('Ռուստամ', 'Ռուստամի', 'Рустам', 'Рустамович', 'Rustam', 'Rustam'),
  given('Արտյոմ', 'Արտյոմի', 'Артём', 'Артёмович', 'Artyom', 'Artyom', ['Artem'], [['Артем', 'Artem']]),
  given('Ալեն', 'Ալենի', 'Ален', 'Аленович', 'Alen', 'Alen'),
  given('Մարատ', 'Մարատի', 'Марат', 'Маратович', 'Marat', 'Marat'),
];

import type { CanonicalField } from './record.js';

/**
 * Column headers as clerks write them, per canonical field, in English, Russian, Ukrainian,
 * Armenian and Azerbaijani (Latin and Cyrillic). Declarative data: add a spelling here, never in
 * code. Entries are folded with `foldLabel` before lookup, so case, accents and punctuation do
 * not matter ("Ф.И.О." and "ф и о" are the same entry). A header matches an entry exactly, or
 * contains it as whole words (the longest contained entry wins, so "Место рождения" is a birth
 * place, not a place).
 */
export const HEADER_VOCABULARY: Readonly<Record<CanonicalField, readonly string[]>> = {
  record_id: [
    // English
    'id', 'record id', 'record no', 'record number', 'no', 'nr', 'number', '#', 'n', 'item', 'serial no', 'ref', 'reference',
    'case id', 'case number', 'case no', 'person id', 'list number',
    // Russian / Ukrainian
    '№', '№ п/п', 'п/п', 'номер', 'номер записи', 'ид', 'код', 'порядковый номер', 'номер п/п', 'запис', 'номер запису',
    // Armenian
    'հհ', 'հ/հ', 'համար', 'գրառման համար', 'կոդ',
    // Azerbaijani
    'sıra', 'sıra nömrəsi', 'nömrə', 's/s', 'qeyd nömrəsi', 'kod',
  ],
  surname: [
    'surname', 'family name', 'last name', 'lastname', 'familyname', 'family_name',
    'фамилия', 'фам', 'прізвище',
    'ազգանուն', 'ազգանունը',
    'soyadı', 'soyad', 'familiya', 'фамилијә', 'сојадı', 'сојад',
  ],
  given_name: [
    'given name', 'given names', 'first name', 'firstname', 'forename', 'forenames', 'name', 'first names', 'given_name',
    'имя', 'ім’я', "ім'я", 'імя', 'ім я',
    'անուն', 'անունը',
    'ad', 'adı', 'ады', 'ад',
  ],
  patronymic: [
    'patronymic', 'father name', "father's name", 'fathers name', 'middle name', 'father', 'name of father', 'second name',
    'отчество', 'отч', 'имя отца', 'по батькові', 'по батькови', 'ім’я по батькові', 'батькові',
    'հայրանուն', 'հայրանունը', 'հոր անուն', 'հոր անունը',
    'ata adı', 'atasının adı', 'ata adi', 'атасынын ады', 'ата ады',
  ],
  full_name: [
    'full name', 'fullname', 'name and surname', 'surname and name', 'surname name patronymic', 'full_name', 'names',
    'person', 'name surname', 'surname name',
    'фио', 'ф.и.о.', 'ф и о', 'фамилия имя отчество', 'фамилия, имя, отчество', 'полное имя',
    'піб', 'п.і.б.', 'прізвище ім’я по батькові', "прізвище, ім'я, по батькові", 'прізвище імя по батькові',
    'ազգանուն անուն հայրանուն', 'ազգանուն, անուն, հայրանուն', 'անուն ազգանուն', 'անուն, ազգանուն', 'ա.ա.հ.', 'ա ա հ',
    'soyadı adı atasının adı', 'soyadı, adı, atasının adı', 'soyadı adı ata adı', 'soyadı, adı', 'soyadı adı', 'adı soyadı',
    'tam adı', 's.a.a.',
  ],
  sex: [
    'sex', 'gender', 'm/f',
    'пол', 'стать',
    'սեռ', 'սեռը',
    'cins', 'cinsi', 'cinsiyyət', 'cinsiyet',
  ],
  birth_date: [
    'date of birth', 'birth date', 'birthdate', 'dob', 'd.o.b.', 'born', 'birth', 'year of birth', 'birth year', 'date_of_birth',
    'дата рождения', 'год рождения', 'д.р.', 'д р', 'г.р.', 'г р', 'рождения', 'дата народження', 'рік народження', 'народження',
    'ծննդյան ամսաթիվ', 'ծննդյան տարեթիվ', 'ծննդյան թիվ', 'ծննդյան տարի', 'ծնված', 'ծննդ․ ամսաթիվ', 'ծ.թ.',
    'doğum tarixi', 'doğum ili', 'təvəllüd', 'tevellud', 'doğum', 'тәвәллүд', 'доғум тарихи',
  ],
  birth_place: [
    'place of birth', 'birth place', 'birthplace', 'pob', 'born in',
    'место рождения', 'місце народження',
    'ծննդավայր', 'ծննդավայրը', 'ծննդյան վայր', 'ծննդյան վայրը',
    'doğum yeri', 'doğulduğu yer', 'доғум јери',
  ],
  citizenship: [
    'citizenship', 'nationality', 'country', 'power',
    'гражданство', 'подданство', 'громадянство', 'национальность', 'страна',
    'քաղաքացիություն', 'քաղաքացիությունը', 'երկիր',
    'vətəndaşlıq', 'vətəndaşlığı', 'ölkə', 'vetendasliq',
  ],
  unit: [
    'unit', 'military unit', 'regiment', 'battalion', 'brigade', 'formation', 'unit number',
    'в/ч', 'в ч', 'воинская часть', 'войсковая часть', 'часть', 'подразделение', 'військова частина', 'в/ч номер', 'підрозділ',
    'զորամաս', 'զորամասը', 'զ/մ', 'ստորաբաժանում',
    'hərbi hissə', 'hərbi hissə nömrəsi', 'h/h', 'bölmə', 'һәрби һиссә',
  ],
  rank: [
    'rank', 'military rank', 'grade',
    'звание', 'воинское звание', 'звання', 'військове звання',
    'կոչում', 'կոչումը', 'զինվորական կոչում',
    'rütbə', 'rütbəsi', 'hərbi rütbə', 'рүтбә',
  ],
  service_number: [
    'service number', 'serial number', 'army number', 'personal number', 'service no', 'military id', 'id number',
    'dog tag', 'personal no', 'token number', 'military card', 'passport', 'passport number', 'document', 'document number',
    'личный номер', 'жетон', 'военный билет', 'номер военного билета', 'паспорт', 'документ', 'номер документа',
    'особистий номер', 'військовий квиток', 'номер жетона',
    'անձնական համար', 'զինվորական գրքույկ', 'զինգրքույկ', 'անձնագիր', 'փաստաթուղթ', 'ծառայողական համար',
    'şəxsi nömrə', 'hərbi bilet', 'vəsiqə', 'pasport', 'sənəd', 'şəxsiyyət vəsiqəsi', 'жетон нөмрәси',
  ],
  event_date: [
    'date of capture', 'capture date', 'date captured', 'date of detention', 'detention date', 'date detained',
    'date of disappearance', 'disappearance date', 'date missing', 'missing since', 'date of arrest', 'arrest date',
    'date', 'event date', 'date of event', 'date of visit', 'visit date', 'date of release', 'release date', 'date of death',
    'дата пленения', 'дата захвата', 'дата задержания', 'дата исчезновения', 'дата пропажи', 'пропал', 'пропал без вести',
    'дата ареста', 'дата', 'дата события', 'дата полону', 'дата зникнення', 'дата затримання', 'дата взяття в полон',
    'дата смерти', 'дата освобождения', 'дата посещения', 'дата обмена', 'дата репатриации', 'дата передачи',
    'дата звільнення', 'дата обміну', 'дата смерті',
    'գերեվարման ամսաթիվ', 'գերեվարման օր', 'անհետ կորելու ամսաթիվ', 'անհետացման ամսաթիվ', 'կալանքի ամսաթիվ',
    'ձերբակալման ամսաթիվ', 'ամսաթիվ', 'գերության ամսաթիվ', 'մահվան ամսաթիվ', 'ազատ արձակման ամսաթիվ',
    'փոխանակման ամսաթիվ', 'այցելության ամսաթիվ',
    'əsir düşmə tarixi', 'əsirlik tarixi', 'itkin düşmə tarixi', 'itkin düşdüyü tarix', 'saxlanılma tarixi', 'həbs tarixi',
    'tarix', 'tarixi', 'hadisə tarixi', 'ölüm tarixi', 'azad edilmə tarixi', 'mübadilə tarixi', 'ziyarət tarixi',
  ],
  place: [
    'place', 'place of capture', 'place of detention', 'place of disappearance', 'location', 'last seen', 'last known location',
    'last seen at', 'where', 'place of event', 'detention place', 'capture place', 'place of death', 'locality', 'area',
    'место', 'место пленения', 'место захвата', 'место задержания', 'место исчезновения', 'место содержания', 'местонахождение',
    'место пропажи', 'місце', 'місце полону', 'місце зникнення', 'місце утримання', 'місце затримання',
    'վայր', 'վայրը', 'գերեվարման վայր', 'անհետացման վայր', 'կալանքի վայր', 'գտնվելու վայր', 'անհետ կորելու վայր',
    'yer', 'yeri', 'əsir düşdüyü yer', 'itkin düşdüyü yer', 'saxlanıldığı yer', 'əsir düşmə yeri', 'itkin düşmə yeri',
  ],
  status: [
    'status', 'state of person', 'condition', 'fate', 'situation',
    'статус', 'состояние', 'положение', 'судьба', 'стан', 'доля',
    'կարգավիճակ', 'կարգավիճակը', 'վիճակ',
    'statusu', 'vəziyyət', 'vəziyyəti',
  ],
  notes: [
    'notes', 'note', 'remarks', 'remark', 'comment', 'comments', 'description', 'additional information', 'info', 'other',
    'примечание', 'примечания', 'комментарий', 'комментарии', 'описание', 'дополнительно', 'доп информация',
    'примітка', 'примітки', 'коментар', 'опис',
    'նշում', 'նշումներ', 'մեկնաբանություն', 'լրացուցիչ տեղեկություն', 'այլ',
    'qeyd', 'qeydlər', 'şərh', 'əlavə məlumat', 'izahat',
  ],
};

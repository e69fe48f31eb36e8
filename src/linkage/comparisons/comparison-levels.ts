import type { ComparisonSettings, NameComparisonSettings, PlaceComparisonSettings } from './comparison-settings.js';
import type { AnalysedName, NameAnalyser } from '../features/name-analyser.js';
import type { CodedText, NameTable, RecordFeatures } from '../features/record-features.js';
import { EVENT_KIND, dayText } from '../features/record-features.js';
import { isOneEditApart, jaroWinkler } from './string-similarity.js';
import { BandCache } from './band-cache.js';

/**
 * One level of a comparison. Levels are indexed from the weakest: index 0 is the null level
 * (a value missing on either side: no evidence), 1 is "else" (disagreement), the last is the
 * strongest agreement. Splink's `gamma` is the index minus one (null is -1).
 */
export interface ComparisonLevel {
  label: string;
  isNull: boolean;
  /** Term-frequency adjustments apply to pairs at this level. */
  tfAdjusted: boolean;
}

/** A compiled comparison: reads two records' features and says which level the pair is at. */
export interface Comparer {
  /** Splink's `output_column_name`: the field compared. */
  name: string;
  settings: ComparisonSettings;
  /** Weakest first: [null, else, ..., exact]. */
  levels: ComparisonLevel[];
  /** The level index of records `a` and `b`. Allocates nothing. */
  level(a: number, b: number): number;
  /** The record's value as shown in explanations ('' when missing). */
  display(record: number): string;
  /**
   * For tf-adjusted levels: how common the agreeing value is (share of records holding it).
   * The larger of both sides, as Splink does, so a common name never looks rare.
   */
  termFrequency(a: number, b: number): number;
  /**
   * For comparisons whose level depends only on one coded value per record (names by their
   * normalised form): the record's value code (-1 when missing) and the level two equal values
   * take. u estimation then takes the share of equal pairs from value frequencies, exactly, and
   * samples only pairs of different values.
   */
  coded?: { valueOf(record: number): number; equalLevel: number };
  /**
   * True for what brothers who served together share as much as one man's records do (unit,
   * birth place, the date and place of disappearance): among candidate pairs, mostly relatives, it
   * agrees far more often than among random pairs. Training takes its m and u from the
   * candidate pairs, weighted by what the other comparisons say (see model-training.ts).
   */
  sharedByFamilies?: boolean;
}

const NULL_LEVEL: ComparisonLevel = { label: 'null', isNull: true, tfAdjusted: false };
const ELSE_LEVEL: ComparisonLevel = { label: 'else', isNull: false, tfAdjusted: false };

function level(label: string, tfAdjusted = false): ComparisonLevel {
  return { label, isNull: false, tfAdjusted };
}

/** Share of the records holding each sound form of a name field, among records with that field. */
function soundFormFrequencies(table: NameTable, entries: Int32Array): Float64Array {
  const counts = new Float64Array(table.soundForms);
  let total = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as number;
    if (e < 0) continue;
    const code = table.soundForm[e] as number;
    counts[code] = (counts[code] as number) + 1;
    total++;
  }
  if (total > 0) for (let k = 0; k < counts.length; k++) counts[k] = (counts[k] as number) / total;
  return counts;
}

/**
 * The level and display of a comparison over a table of distinct values (names, places): no
 * evidence when either record lacks one, `exactLevel` for the same normalised form, otherwise
 * what `relate` says of the two forms, computed once per pair of forms.
 */
function tableLevels(table: NameTable, entries: Int32Array, exactLevel: number, relate: (fa: number, fb: number) => number): Pick<Comparer, 'level' | 'display'> {
  const cache = new BandCache(table.analysed.length);
  const { form, written } = table;
  return {
    level(a, b) {
      const ea = entries[a] as number;
      const eb = entries[b] as number;
      if (ea < 0 || eb < 0) return 0;
      const fa = form[ea] as number;
      const fb = form[eb] as number;
      if (fa === fb) return exactLevel;
      return cache.get(fa, fb, relate);
    },
    display(record) {
      const e = entries[record] as number;
      return e < 0 ? '' : (written[e] as string);
    },
  };
}

function nameComparer(settings: NameComparisonSettings, features: RecordFeatures, analyser: Pick<NameAnalyser, 'relate'>): Comparer {
  const table = settings.field === 'surname' ? features.surnames : features.givenNames;
  const entries = settings.field === 'surname' ? features.surname : settings.field === 'given_name' ? features.given : features.father;
  const thresholds = settings.jaroWinklerThresholds;
  const tf = settings.termFrequencyAdjustments;
  // Weakest first; the exact and transliteration levels carry term-frequency adjustments.
  const bands = thresholds.map((t) => level(`similarity >= ${t}`)).reverse();
  const levels = [NULL_LEVEL, ELSE_LEVEL, level('phonetic key equal'), ...bands, level('alias (equivalent name)'), level('spelling variant'), level('equal after transliteration', tf), level('exact', tf)];
  const phoneticLevel = 2;
  const aliasLevel = 3 + bands.length;
  const variantLevel = aliasLevel + 1;
  const transliterationLevel = aliasLevel + 2;
  const exactLevel = aliasLevel + 3;
  const frequencies = tf ? soundFormFrequencies(table, entries) : new Float64Array(0);
  const { form, soundForm, analysed } = table;
  const relate = (fa: number, fb: number): number => {
    const r = analyser.relate(analysed[fa] as AnalysedName, analysed[fb] as AnalysedName);
    if (r.relation === 'transliteration') return transliterationLevel;
    if (r.relation === 'spelling-variant') return variantLevel;
    if (r.relation === 'alias') return aliasLevel;
    for (let k = 0; k < thresholds.length; k++) if (r.similarity >= (thresholds[k] as number)) return phoneticLevel + thresholds.length - k;
    return r.sharesKey ? phoneticLevel : 1;
  };
  return {
    name: settings.field,
    settings,
    levels,
    ...tableLevels(table, entries, exactLevel, relate),
    termFrequency(a, b) {
      if (!tf) return 0;
      const ea = entries[a] as number;
      const eb = entries[b] as number;
      if (ea < 0 || eb < 0) return 0;
      return Math.max(frequencies[soundForm[ea] as number] as number, frequencies[soundForm[eb] as number] as number);
    },
    coded: {
      valueOf(record) {
        const e = entries[record] as number;
        return e < 0 ? -1 : (form[e] as number);
      },
      equalLevel: exactLevel,
    },
  };
}

function birthDateComparer(settings: ComparisonSettings, features: RecordFeatures): Comparer {
  const { birthYear: year, birthMonth: month, birthDay: day, birthAltMonth: altMonth, birthAltDay: altDay } = features;
  const levels = [NULL_LEVEL, ELSE_LEVEL, level('within one year'), level('same year'), level('same year and month'), level('compatible (agree on all both know)'), level('day and month swapped'), level('exact')];
  // Does (ya, ma, da) read as record b's date, on either of b's readings?
  const sameDay = (ya: number, ma: number, da: number, b: number): boolean =>
    ma !== 0 && ya === year[b] && ((ma === month[b] && da === day[b]) || (ma === altMonth[b] && da === altDay[b]));
  return {
    name: 'birth_date',
    settings,
    levels,
    level(a, b) {
      const ya = year[a] as number;
      const yb = year[b] as number;
      if (ya === 0 || yb === 0) return 0;
      const ma = month[a] as number;
      const mb = month[b] as number;
      const da = day[a] as number;
      const db = day[b] as number;
      // Precision: 3 day, 2 month, 1 year.
      const pa = da !== 0 ? 3 : ma !== 0 ? 2 : 1;
      const pb = db !== 0 ? 3 : mb !== 0 ? 2 : 1;
      if (pa === 3 && pb === 3) {
        // An ambiguous date (03/04/1990) matches on either of its readings.
        if (sameDay(ya, ma, da, b) || sameDay(ya, altMonth[a] as number, altDay[a] as number, b)) return 7;
        if (ya === yb && ma === db && da === mb) return 6;
        if (ya === yb && ma === mb) return 4;
      } else if (ya === yb && (Math.min(pa, pb) === 1 || ma === mb)) {
        // Agreeing on all both know, short of two full dates: 1990 and 1990-03-12, 1990-03 and
        // 1990-03, 1990 and 1990. Kept apart from "same year", which for two full dates means
        // they disagree on month and day.
        return 5;
      }
      if (ya === yb) return 3;
      const months = Math.abs((ya * 12 + (ma || 6)) - (yb * 12 + (mb || 6)));
      return months <= 12 ? 2 : 1;
    },
    display(record) {
      const y = year[record] as number;
      if (y === 0) return '';
      const m = month[record] as number;
      const d = day[record] as number;
      const two = (v: number): string => String(v).padStart(2, '0');
      return m === 0 ? String(y) : d === 0 ? `${y}-${two(m)}` : `${y}-${two(m)}-${two(d)}`;
    },
    termFrequency: () => 0,
  };
}

/**
 * A place related as names are, across scripts: exact (same normalised text), the same place in
 * another script (the two share a Latin rendering: Հադրութ / Гадрут / Hadrut), similarity bands
 * on the Latin renderings, else. Place names are not personal names: equivalences and aliases of
 * given names do not apply.
 */
function placeNameComparer(settings: PlaceComparisonSettings, features: RecordFeatures, analyser: Pick<NameAnalyser, 'relate'>): Comparer {
  const table = features.places;
  const entries = settings.field === 'event_place' ? features.eventPlaceName : features.birthPlaceName;
  const thresholds = settings.jaroWinklerThresholds;
  const bands = thresholds.map((t) => level(`similarity >= ${t}`)).reverse();
  const levels = [NULL_LEVEL, ELSE_LEVEL, ...bands, level('same place in another script'), level('exact')];
  const acrossLevel = 2 + bands.length;
  const exactLevel = acrossLevel + 1;
  const { analysed } = table;
  const relate = (fa: number, fb: number): number => {
    const r = analyser.relate(analysed[fa] as AnalysedName, analysed[fb] as AnalysedName);
    if (r.relation === 'transliteration' || r.relation === 'spelling-variant') return acrossLevel;
    for (let k = 0; k < thresholds.length; k++) if (r.similarity >= (thresholds[k] as number)) return 1 + thresholds.length - k;
    return 1;
  };
  return {
    name: settings.field,
    settings,
    levels,
    ...tableLevels(table, entries, exactLevel, relate),
    termFrequency: () => 0,
  };
}

/** The event date as shown: the day, or the month or year a partial date spans. */
function eventDateText(features: RecordFeatures, record: number): string {
  const from = features.eventFrom[record] as number;
  if (from === 0) return '';
  const to = features.eventTo[record] as number;
  const first = dayText(from);
  if (to === from) return first;
  return to - from > 31 ? first.slice(0, 4) : first.slice(0, 7);
}

/** Days between two records' event dates (0 when their spans overlap), over either reading of an ambiguous date. */
function eventDistance(features: RecordFeatures, a: number, b: number): number {
  const { eventFrom: from, eventTo: to, eventAltDay: alt } = features;
  const fa = from[a] as number;
  const ta = to[a] as number;
  const fb = from[b] as number;
  const tb = to[b] as number;
  let d = Math.max(0, fa - tb, fb - ta);
  const altA = alt[a] as number;
  const altB = alt[b] as number;
  if (altA !== 0) d = Math.min(d, Math.max(0, altA - tb, fb - altA));
  if (altB !== 0) d = Math.min(d, Math.max(0, fa - altB, altB - ta));
  if (altA !== 0 && altB !== 0) d = Math.min(d, Math.abs(altA - altB));
  return d;
}

/**
 * The date of the first event (disappearance, capture) on two lists that both date it. Capture is
 * recorded the day of last contact or a day or two later, so "within 2 days" is strong; a date
 * known to the month only is "compatible" when the other falls in (or within 2 days of) its
 * month. Lists dating a later event, or no known kind: no evidence.
 */
function eventDateComparer(settings: ComparisonSettings, features: RecordFeatures): Comparer {
  const { eventKind: kind, eventFrom: from, eventTo: to } = features;
  const levels = [NULL_LEVEL, ELSE_LEVEL, level('within a week'), level('compatible (one known to the month only)'), level('within 2 days'), level('same day')];
  const first = EVENT_KIND.first;
  return {
    name: 'event_date',
    settings,
    levels,
    level(a, b) {
      if (kind[a] !== first || kind[b] !== first || from[a] === 0 || from[b] === 0) return 0;
      const d = eventDistance(features, a, b);
      const points = from[a] === to[a] && from[b] === to[b];
      if (points) return d === 0 ? 5 : d <= 2 ? 4 : d <= 7 ? 2 : 1;
      return d <= 2 ? 3 : d <= 7 ? 2 : 1;
    },
    display: (record) => eventDateText(features, record),
    termFrequency: () => 0,
  };
}

/**
 * A later event (visit, release, death) against the first event (disappearance, capture) of the
 * other record: dated before it on every reading ("else": evidence against), or in order. No
 * evidence for two records of the same sort, or a date missing.
 */
function eventOrderComparer(settings: ComparisonSettings, features: RecordFeatures): Comparer {
  const { eventKind: kind, eventFrom: from, eventTo: to, eventAltDay: alt } = features;
  const first = EVENT_KIND.first;
  const later = EVENT_KIND.later;
  const contradicts = (f: number, l: number): boolean => {
    const latestLater = Math.max(to[l] as number, alt[l] as number);
    const altFirst = alt[f] as number;
    const earliestFirst = altFirst !== 0 ? Math.min(from[f] as number, altFirst) : (from[f] as number);
    return latestLater < earliestFirst;
  };
  return {
    name: 'event_order',
    settings,
    levels: [NULL_LEVEL, level('later event dated before the disappearance'), level('in order')],
    level(a, b) {
      if (from[a] === 0 || from[b] === 0) return 0;
      const ka = kind[a];
      const kb = kind[b];
      if (ka === first && kb === later) return contradicts(a, b) ? 1 : 2;
      if (ka === later && kb === first) return contradicts(b, a) ? 1 : 2;
      return 0;
    },
    display: (record) => eventDateText(features, record),
    termFrequency: () => 0,
  };
}

function codedComparer(
  name: string,
  settings: ComparisonSettings,
  text: CodedText,
  extra: { label: string; test: (a: string, b: string) => boolean }[],
): Comparer {
  const { codes, values } = text;
  const levels = [NULL_LEVEL, ELSE_LEVEL, ...extra.map((e) => level(e.label)).reverse(), level('exact')];
  const exact = levels.length - 1;
  const cache = new BandCache(values.length);
  const compute = (ca: number, cb: number): number => {
    for (let k = 0; k < extra.length; k++) if ((extra[k] as (typeof extra)[number]).test(values[ca] as string, values[cb] as string)) return exact - 1 - k;
    return 1;
  };
  return {
    name,
    settings,
    levels,
    level(a, b) {
      const ca = codes[a] as number;
      const cb = codes[b] as number;
      if (ca < 0 || cb < 0) return 0;
      if (ca === cb) return exact;
      if (extra.length === 0) return 1;
      return cache.get(ca, cb, compute);
    },
    display(record) {
      const c = codes[record] as number;
      return c < 0 ? '' : (values[c] as string);
    },
    termFrequency: () => 0,
  };
}

const SEX_NAMES = ['', 'male', 'female', 'other'];

function sexComparer(settings: ComparisonSettings, features: RecordFeatures): Comparer {
  const sex = features.sex;
  return {
    name: 'sex',
    settings,
    levels: [NULL_LEVEL, ELSE_LEVEL, level('exact')],
    level(a, b) {
      const sa = sex[a] as number;
      const sb = sex[b] as number;
      if (sa === 0 || sb === 0) return 0;
      return sa === sb ? 2 : 1;
    },
    display: (record) => SEX_NAMES[sex[record] as number] ?? '',
    termFrequency: () => 0,
  };
}

/** Compiles declared comparisons into comparers over one set of prepared records. */
export function compileComparisons(settings: readonly ComparisonSettings[], features: RecordFeatures, analyser: Pick<NameAnalyser, 'relate'>): Comparer[] {
  return settings.map((s) => {
    switch (s.comparison) {
      case 'name':
        return nameComparer(s, features, analyser);
      case 'date':
        return s.field === 'event_date' ? { ...eventDateComparer(s, features), sharedByFamilies: true } : birthDateComparer(s, features);
      case 'event_order':
        return { ...eventOrderComparer(s, features), sharedByFamilies: true };
      case 'code':
        if (s.field === 'sex') return sexComparer(s, features);
        if (s.field === 'unit') return { ...codedComparer(s.field, s, features.unit, s.oneEditLevel ? [{ label: 'one edit apart', test: isOneEditApart }] : []), sharedByFamilies: true };
        return codedComparer(s.field, s, features.serviceNumber, s.oneEditLevel ? [{ label: 'one edit apart', test: isOneEditApart }] : []);
      case 'place': {
        if (s.acrossScripts) return { ...placeNameComparer(s, features, analyser), sharedByFamilies: true };
        const bands = s.jaroWinklerThresholds.map((t) => ({ label: `jaro_winkler >= ${t}`, test: (a: string, b: string) => jaroWinkler(a, b) >= t }));
        return codedComparer(s.field, s, s.field === 'birth_place' ? features.birthPlace : features.place, bands);
      }
    }
  });
}


import type { SurnameForms } from './surnames.js';
import type { SurnameRoot } from './surname-roots.js';

/**
 * How each script writes a surname suffix after a hand-written root. The roots already carry
 * every sound change (Саркис, Акоп), so a suffix is plain concatenation: no rule here knows
 * how Armenian sounds in Russian, which keeps the benchmark clear of src/names' transliteration.
 */
interface SuffixRule {
  hy: string;
  ru: string;
  az: string;
  en: string;
  /** Diaspora English spelling of the same suffix (Petrosian), if the delegate may meet one. */
  enAlt?: string;
}

/** -յան, "of the family of": Պետրոս → Պետրոսյան, Петросян, Petrosyan (Petrosian abroad). */
const YAN: SuffixRule = { hy: 'յան', ru: 'ян', az: 'yan', en: 'yan', enAlt: 'ian' };
/** The older -յանց: Գրիգորյանց, Григорянц, Qriqoryants, Grigoryants. */
const YANTS: SuffixRule = { hy: 'յանց', ru: 'янц', az: 'yants', en: 'yants' };
/** The Russified -ով / -ов of families who lived in Baku, Tbilisi or Russia: Петросов. */
const OV: SuffixRule = { hy: 'ով', ru: 'ов', az: 'ov', en: 'ov' };
/** Տեր- before a -յան surname marks a priest's descendants: Տեր-Գրիգորյան, Тер-Григорян. */
const TER = { hy: 'Տեր-', ru: 'Тер-', az: 'Ter-', en: 'Ter-' } as const;

function withSuffix(root: SurnameRoot, rule: SuffixRule, prefix: { hy: string; ru: string; az: string; en: string } | undefined): SurnameForms {
  const before = prefix ?? { hy: '', ru: '', az: '', en: '' };
  return {
    hy: `${before.hy}${root.hy}${rule.hy}`,
    ru: `${before.ru}${root.ru}${rule.ru}`,
    az: `${before.az}${root.az}${rule.az}`,
    en: `${before.en}${root.en}${rule.en}`,
    enAlt: rule.enAlt === undefined ? [] : [`${before.en}${root.en}${rule.enAlt}`],
    ruAlt: [],
  };
}

/**
 * The surnames the roots give, in the order of their frequency rank: every root's -յան form
 * (most Armenians bear one), then the rarer Տեր- forms, the -յանց forms and the Russified
 * -ով forms. A surname whose Armenian form is already in `known` (the hand-written table,
 * with its real variants) is left out, so each surname appears once.
 */
export function deriveSurnames(roots: readonly SurnameRoot[], known: readonly SurnameForms[]): SurnameForms[] {
  const seen = new Set(known.map((forms) => forms.hy));
  const derived: SurnameForms[] = [];
  const add = (forms: SurnameForms): void => {
    if (seen.has(forms.hy)) return;
    seen.add(forms.hy);
    derived.push(forms);
  };
  for (const root of roots) add(withSuffix(root, YAN, undefined));
  for (const root of roots) if (root.ter) add(withSuffix(root, YAN, TER));
  for (const root of roots) if (root.yants) add(withSuffix(root, YANTS, undefined));
  for (const root of roots) if (root.ov) add(withSuffix(root, OV, undefined));
  return derived;
}

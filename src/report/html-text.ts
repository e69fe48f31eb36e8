import type { Label } from './label.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/**
 * A label in both languages; the page's stylesheet shows the one matching `<html lang>`, so
 * switching language needs no re-rendering and a printout carries the language on screen.
 */
export function bilingual(label: Label): string {
  if (label.en === label.ru) return escapeHtml(label.en);
  return `<span class="en">${escapeHtml(label.en)}</span><span class="ru">${escapeHtml(label.ru)}</span>`;
}

/** The same for SVG: two `<text>` elements, one per language, at the same place. */
export function bilingualSvgText(label: Label, attributes: string): string {
  if (label.en === label.ru) return `<text ${attributes}>${escapeHtml(label.en)}</text>`;
  return `<text class="en" ${attributes}>${escapeHtml(label.en)}</text><text class="ru" ${attributes}>${escapeHtml(label.ru)}</text>`;
}

/** JSON safe inside `<script type="application/json">`: no `</script>` can close it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text folded for the page's filter: no marks, lower case. The page's script folds the query alike. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

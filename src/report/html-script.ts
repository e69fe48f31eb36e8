/**
 * The report page's script, inlined: numbers filter the persons table, a text filter narrows it,
 * and the language switch flips `<html lang>`. Plain ES2017, no modules and no network, so the
 * page works opened from a USB stick. `cells` maps a number's id to the persons behind it.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var cells = JSON.parse(document.getElementById('report-cells').textContent);
  // Each spelling the lists use, and its usual Latin readings, to the names layer's keys.
  var words = JSON.parse(document.getElementById('name-vocabulary').textContent);
  var rows = Array.prototype.slice.call(document.querySelectorAll('#persons tbody tr'));
  var keysOf = rows.map(function (tr) {
    var k = tr.getAttribute('data-k');
    return new Set(k ? k.split(' ').map(Number) : []);
  });
  var input = document.getElementById('person-filter');
  var banner = document.getElementById('active-filter');
  var count = document.getElementById('shown-count');
  var noun = document.getElementById('shown-noun');
  var plural = { en: new Intl.PluralRules('en'), ru: new Intl.PluralRules('ru') };
  var active = null;
  var activeCell = null;
  function fold(text) { return text.normalize('NFKD').replace(/\\p{M}+/gu, '').toLowerCase(); }
  function matches(i, tr, word) {
    if (tr.getAttribute('data-search').indexOf(word) !== -1) return true;
    var keys = Object.prototype.hasOwnProperty.call(words, word) ? words[word] : null;
    return keys !== null && keys.some(function (k) { return keysOf[i].has(k); });
  }
  function describe(lang, query) {
    var parts = [];
    if (activeCell) parts.push(activeCell[lang]);
    if (query !== '') parts.push((lang === 'en' ? 'name ' : 'имя ') + '\u201c' + query + '\u201d');
    return parts.join(lang === 'en' ? ', and ' : ', и ');
  }
  function apply() {
    var typed = input.value.trim();
    var query = fold(typed).split(/\\s+/).filter(function (w) { return w !== ''; });
    var shown = 0;
    rows.forEach(function (tr, i) {
      var visible = (!active || active.has(Number(tr.getAttribute('data-i')))) &&
        query.every(function (w) { return matches(i, tr, w); });
      tr.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = String(shown);
    var lang = document.documentElement.lang === 'ru' ? 'ru' : 'en';
    noun.textContent = noun.getAttribute('data-' + lang + '-' + plural[lang].select(shown)) || noun.getAttribute('data-' + lang + '-other');
    banner.hidden = active === null && typed === '';
    banner.querySelector('.en').textContent = describe('en', typed);
    banner.querySelector('.ru').textContent = describe('ru', typed);
  }
  function choose(id) {
    var cell = cells[id];
    if (!cell) return;
    active = new Set(cell.p);
    activeCell = cell;
    apply();
    document.getElementById('persons').scrollIntoView({ block: 'start' });
  }
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-cell]');
    if (target) choose(target.getAttribute('data-cell'));
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && target.getAttribute && target.getAttribute('role') === 'button' && target.hasAttribute('data-cell')) {
      event.preventDefault();
      choose(target.getAttribute('data-cell'));
    }
  });
  document.getElementById('clear-filter').addEventListener('click', function () { active = null; activeCell = null; input.value = ''; apply(); });
  input.addEventListener('input', apply);
  function setLanguage(lang) {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-lang]'), function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
    });
    input.placeholder = input.getAttribute('data-placeholder-' + lang);
    apply();
    try { localStorage.setItem('whereabouts-report-lang', lang); } catch (e) { /* file:// may refuse storage */ }
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-lang]'), function (b) {
    b.addEventListener('click', function () { setLanguage(b.getAttribute('data-lang')); });
  });
  document.getElementById('print-report').addEventListener('click', function () { window.print(); });
  var saved = null;
  try { saved = localStorage.getItem('whereabouts-report-lang'); } catch (e) { /* as above */ }
  if (saved === 'en' || saved === 'ru') setLanguage(saved);
  apply();
})();
`;

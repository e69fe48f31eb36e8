/**
 * The report page's script, inlined: numbers filter the persons table, a text filter narrows it,
 * and the language switch flips `<html lang>`. Plain ES2017, no modules and no network, so the
 * page works opened from a USB stick. `cells` maps a number's id to the persons behind it.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var cells = JSON.parse(document.getElementById('report-cells').textContent);
  var rows = Array.prototype.slice.call(document.querySelectorAll('#persons tbody tr'));
  var input = document.getElementById('person-filter');
  var banner = document.getElementById('active-filter');
  var count = document.getElementById('shown-count');
  var active = null;
  function fold(text) { return text.normalize('NFKD').replace(/\\p{M}+/gu, '').toLowerCase(); }
  function apply() {
    var query = fold(input.value.trim());
    var shown = 0;
    rows.forEach(function (tr) {
      var visible = (!active || active.has(Number(tr.getAttribute('data-i')))) &&
        (query === '' || tr.getAttribute('data-search').indexOf(query) !== -1);
      tr.hidden = !visible;
      if (visible) shown++;
    });
    count.textContent = String(shown);
    banner.hidden = active === null;
  }
  function choose(id) {
    var cell = cells[id];
    if (!cell) return;
    active = new Set(cell.p);
    banner.querySelector('.en').textContent = cell.en;
    banner.querySelector('.ru').textContent = cell.ru;
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
  document.getElementById('clear-filter').addEventListener('click', function () { active = null; input.value = ''; apply(); });
  input.addEventListener('input', apply);
  function setLanguage(lang) {
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll('[data-lang]'), function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === lang));
    });
    input.placeholder = input.getAttribute('data-placeholder-' + lang);
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

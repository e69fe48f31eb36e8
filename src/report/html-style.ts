/**
 * The report page's stylesheet: calm, high-contrast, printable on A4. System fonts only, so the
 * file needs nothing from the network. Colours: first list slate blue, both lists green, second
 * list ochre, chosen to stay apart for the common colour-vision deficiencies and in greyscale.
 */
export const REPORT_CSS = `
:root { --ink:#1f2933; --muted:#5f6b76; --line:#d9dee3; --bg:#f7f8f9; --paper:#fff;
  --first:#3f6e9a; --both:#4d8b6f; --second:#b7793f; --band:#f3e3b5; --accent:#1d4f7a; }
* { box-sizing:border-box; }
html:lang(en) .ru, html:lang(ru) .en { display:none; }
body { margin:0; font:15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Armenian", "Noto Sans Georgian", sans-serif; color:var(--ink); background:var(--bg); }
header { background:var(--paper); border-bottom:1px solid var(--line); padding:18px 32px 14px; display:flex; gap:24px; align-items:flex-start; justify-content:space-between; flex-wrap:wrap; }
h1 { font-size:22px; margin:0 0 4px; font-weight:600; }
h2 { font-size:17px; margin:0 0 10px; font-weight:600; }
.meta { color:var(--muted); font-size:13px; }
.controls { display:flex; gap:8px; align-items:center; }
.controls button { font:inherit; font-size:13px; border:1px solid var(--line); background:var(--paper); padding:5px 12px; border-radius:4px; cursor:pointer; }
.controls button[aria-pressed="true"] { background:var(--accent); color:#fff; border-color:var(--accent); }
main { padding:20px 32px 48px; max-width:1280px; margin:0 auto; }
section { background:var(--paper); border:1px solid var(--line); border-radius:6px; padding:16px 20px; margin:0 0 18px; }
.hint { color:var(--muted); font-size:13px; margin:0 0 12px; }
.figures { display:grid; grid-template-columns:repeat(auto-fit, minmax(190px, 1fr)); gap:12px; }
.figure { border-left:4px solid var(--line); padding:4px 0 4px 12px; }
.figure.first { border-color:var(--first); } .figure.both { border-color:var(--both); } .figure.second { border-color:var(--second); }
.figure > .n { font-size:30px; font-weight:600; }
.figure .what { font-size:13px; color:var(--muted); }
.figure.lead { border-color:var(--accent); } .figure.flagged { border-color:#9b2c2c; }
table.answers { margin-top:14px; } table.answers th.sub { padding-left:26px; font-weight:normal; }
.source { font-size:13px; margin:0 0 6px; }
.versions { font-size:13px; color:var(--muted); margin:0 0 10px; } .versions ul { margin:4px 0 0; padding-left:18px; }
.note { font-size:13px; color:var(--muted); margin:8px 0 0; }
section.folded summary { cursor:pointer; } section.folded summary h2 { display:inline; font-size:15px; color:var(--muted); }
.charts { display:grid; grid-template-columns:repeat(auto-fit, minmax(420px, 1fr)); gap:18px 28px; }
.charts .wide { grid-column:1 / -1; }
.overlaps { display:grid; grid-template-columns:repeat(auto-fit, minmax(420px, 1fr)); gap:4px 28px; }
figure { margin:0; } figcaption { font-weight:600; font-size:14px; margin-bottom:6px; }
svg { max-width:100%; height:auto; font:12px system-ui, sans-serif; }
svg text { fill:var(--ink); }
svg [data-cell] { cursor:pointer; } svg [data-cell]:hover { opacity:.8; }
.legend { display:flex; flex-wrap:wrap; gap:4px 14px; font-size:13px; margin:4px 0 12px; }
.swatch { display:inline-block; width:10px; height:10px; border-radius:2px; margin-right:5px; vertical-align:baseline; }
.swatch.first { background:var(--first); } .swatch.both { background:var(--both); } .swatch.second { background:var(--second); } .swatch.band { background:var(--band); }
table { border-collapse:collapse; width:100%; font-size:14px; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid var(--line); vertical-align:top; }
thead th { font-size:12px; color:var(--muted); font-weight:600; border-bottom:2px solid var(--line); }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
.detail { display:block; color:var(--muted); font-size:12px; }
button.n { font:inherit; color:var(--accent); background:none; border:0; padding:0 2px; cursor:pointer; text-decoration:underline; text-underline-offset:2px; }
button.n:focus-visible, [data-cell]:focus-visible { outline:2px solid var(--accent); outline-offset:2px; }
.zero { color:#9aa5b1; }
.filterbar { display:flex; gap:12px; align-items:center; flex-wrap:wrap; margin-bottom:10px; }
.filterbar input { font:inherit; padding:6px 10px; border:1px solid var(--line); border-radius:4px; min-width:280px; }
.active { background:#eef4fa; border:1px solid #c9dcee; border-radius:4px; padding:4px 10px; font-size:13px; }
.active button { font:inherit; font-size:13px; margin-left:8px; }
.count { color:var(--muted); font-size:13px; }
.names { list-style:none; margin:0; padding:0; }
.names li { margin:0 0 2px; }
.names .src { color:var(--muted); font-size:12px; margin-left:6px; }
.flag { color:#9b2c2c; font-size:12px; }
.date { white-space:nowrap; font-variant-numeric:tabular-nums; }
.pid { font-family:ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size:13px; white-space:nowrap; }
@media print {
  body { background:#fff; font-size:11pt; }
  header, main { padding:0; }
  .controls, .filterbar input, .active button, .hint, #appendix { display:none; }
  section { border:0; padding:0; margin:0 0 14pt; break-inside:avoid-page; }
  #persons { break-before:page; }
  button.n { color:inherit; text-decoration:none; }
  tr { break-inside:avoid; }
}
`;

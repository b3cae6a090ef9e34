// The style sheet and the index's script, inlined into every page of the HTML report.
#ifndef TENSORLIFE_SCAN_HTMLASSETS_H
#define TENSORLIFE_SCAN_HTMLASSETS_H

namespace tensorlife::scan {

inline constexpr const char *HtmlStyle = R"css(
body{font:14px/1.4 system-ui,sans-serif;margin:0 1.5em 2em;color:#1f2328;background:#fff}
h1{font-size:1.4em;margin:.8em 0 .2em}h2{font-size:1.15em;margin:1.4em 0 .4em}
a{color:#0a58ca}.meta{color:#57606a}
table{border-collapse:collapse}th,td{padding:.2em .6em;text-align:left;vertical-align:top}
table.list th,table.list td{border-bottom:1px solid #d0d7de}
table.list th{background:#f6f8fa;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" \25B2"}th[aria-sort=descending]::after{content:" \25BC"}
.totals{display:flex;gap:3em;flex-wrap:wrap;align-items:flex-start}.nowrap{white-space:nowrap}.num{text-align:right}
.filters{display:flex;gap:1em;flex-wrap:wrap;margin:.5em 0}
ul.notes{margin:.2em 0 0;padding-left:1.2em;color:#57606a;font-size:.92em}
.status-new{color:#cf222e;font-weight:600}.status-baseline{color:#57606a}
.fixtag{background:#dafbe1;color:#116329;border-radius:3px;padding:0 .3em;font-size:.85em}
pre.reason{margin:0;white-space:pre-wrap}
table.code{font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;width:100%}
table.code td{padding:0 .5em}
table.code td.ln{color:#8c959f;text-align:right;width:1%;user-select:none;border-right:1px solid #d0d7de}
table.code td.ln a{color:inherit;text-decoration:none}
table.code td.src{white-space:pre;tab-size:4}
tr.hit td.src{background:#fff8c5}
.k{color:#8250df}.c{color:#6e7781;font-style:italic}.s{color:#0a3069}.n{color:#0550ae}.p{color:#953800}
.bubble{display:inline-block;margin:.15em 0;padding:.15em .5em;border-radius:4px;white-space:normal;
  font:13px/1.4 system-ui,sans-serif;max-width:60em}
.bubble.warning{background:#ffebe9;border:1px solid #ff8182}
.bubble.note{background:#ddf4ff;border:1px solid #54aeff}
.step{display:inline-block;min-width:1.3em;text-align:center;border-radius:1em;background:#1f2328;
  color:#fff;font-weight:600;margin-right:.4em}
.finding{color:#57606a;font-size:.85em;margin-right:.4em}.bubble a.nav{text-decoration:none;margin:0 .2em}.check{color:#57606a}
pre.diff{display:inline-block;max-width:100%;overflow-x:auto;margin:.2em 0;padding:.3em .6em;background:#f6f8fa;border:1px solid #d0d7de;
  border-radius:4px;white-space:pre;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
.del{background:#ffebe9;color:#82071e}.ins{background:#dafbe1;color:#116329}
.banner{background:#fff8c5;border:1px solid #d4a72c;padding:.4em .8em;border-radius:4px}
:target{outline:2px solid #0a58ca}
)css";

/// Sorting and filtering of the index's findings. The state can be given in the address
/// (`index.html#check=NAME&file=PATH&status=new&text=WORDS&sort=COLUMN&order=desc`), so a
/// filtered view can be linked to. Reads the table from the page: no data lives in the script.
inline constexpr const char *HtmlIndexScript = R"js(
(function () {
  var table = document.getElementById('findings');
  if (!table) return;
  var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var filters = {check: 'filter-check', file: 'filter-file', status: 'filter-status', text: 'filter-text'};
  function control(name) { return document.getElementById(filters[name]); }
  function key(row, i) {
    var cell = row.cells[i];
    var text = (cell.firstElementChild || cell).textContent;
    return heads[i].dataset.type === 'num' ? Number(text) : text.toLowerCase();
  }
  function apply() {
    var shown = 0;
    var want = {};
    Object.keys(filters).forEach(function (n) { var c = control(n); want[n] = c ? c.value : ''; });
    var text = want.text.toLowerCase();
    rows.forEach(function (r) {
      var ok = (!want.check || r.dataset.check === want.check) &&
               (!want.file || r.dataset.file === want.file) &&
               (!want.status || r.dataset.status === want.status) &&
               (!text || r.textContent.toLowerCase().indexOf(text) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' shown';
  }
  function sortBy(i, descending) {
    var dir = descending ? -1 : 1;
    heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
    heads[i].setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    rows.sort(function (a, b) { var x = key(a, i), y = key(b, i); return (x < y ? -1 : x > y ? 1 : 0) * dir; });
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r); });
    body.appendChild(frag);
  }
  heads.forEach(function (h, i) {
    h.addEventListener('click', function () { sortBy(i, h.getAttribute('aria-sort') === 'ascending'); });
  });
  Object.keys(filters).forEach(function (n) { var c = control(n); if (c) c.addEventListener('input', apply); });
  var state = new URLSearchParams(location.hash.slice(1));
  Object.keys(filters).forEach(function (n) { var c = control(n); if (c && state.has(n)) c.value = state.get(n); });
  if (state.has('sort')) {
    var col = heads.findIndex(function (h) { return h.dataset.column === state.get('sort'); });
    if (col >= 0) sortBy(col, state.get('order') === 'desc');
  }
  apply();
})();
)js";

} // namespace tensorlife::scan

#endif

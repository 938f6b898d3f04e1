// The report's inline CSS and JavaScript (written for dipgraph; no
// third-party code, no network requests). Internal to render/.
//
// The script reads its data from <script type="application/json"
// id="data"> and builds every element with textContent, never innerHTML.
#ifndef DIPGRAPH_RENDER_REPORT_ASSETS_H_
#define DIPGRAPH_RENDER_REPORT_ASSETS_H_

namespace dipgraph::report {

inline constexpr char kCss[] = R"css(
body{font:14px/1.4 system-ui,Helvetica,Arial,sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#243b53;color:#fff;padding:12px 24px}
header h1{margin:0;font-size:22px}
main{padding:12px 24px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;margin:12px 0;padding:12px}
h2{font-size:17px;margin:0 0 8px}
.figures{display:flex;flex-wrap:wrap;gap:12px}
.figure{background:#f0f4f8;border-radius:6px;padding:8px 14px;min-width:110px}
.figure b{display:block;font-size:22px}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:12px}
@media(max-width:900px){.cols{grid-template-columns:1fr}}
#network{overflow:auto;max-height:720px;border:1px solid #eee}
#network svg{max-width:100%;height:auto}
#network g.node{cursor:pointer}
#network g.node.selected polygon,#network g.node.selected ellipse{stroke:#e00;stroke-width:3}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f0f4f8;cursor:pointer;user-select:none;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.pick{cursor:pointer}tr.pick:hover{background:#fff6d5}
.q1{color:#4daf4a}.q2{color:#1b7837}.q3{color:#ff7f00}.q4{color:#d7191c}
.bar{display:inline-block;height:10px;vertical-align:middle}
.controls{display:flex;gap:8px;align-items:center;flex-wrap:wrap;margin-bottom:8px}
.controls input{padding:4px 8px;min-width:260px}
.small{color:#666;font-size:12px}
td.sentence{max-width:420px}
)css";

inline constexpr char kJs[] = R"js(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var F = data.fields;  // column names of each event row
  var col = {};
  F.forEach(function (name, i) { col[name] = i; });
  var state = {query: '', node: -1, sortCol: 0, sortDir: 1, page: 0,
               rows: data.events.slice()};
  var el = function (id) { return document.getElementById(id); };

  function make(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function matches(row, q) {
    for (var i = 0; i < row.length; i++) {
      var v = row[i];
      if (typeof v === 'string' && v.toLowerCase().indexOf(q) >= 0) return true;
    }
    return false;
  }

  function refilter() {
    var q = state.query.toLowerCase();
    var n = state.node;
    state.rows = data.events.filter(function (r) {
      if (n >= 0 && r[col.s] !== n && r[col.t] !== n) return false;
      return q === '' || matches(r, q);
    });
    sortRows();
    state.page = 0;
    draw();
  }

  function sortRows() {
    var c = state.sortCol, d = state.sortDir;
    state.rows.sort(function (a, b) {
      var x = a[c], y = b[c];
      if (x < y) return -d;
      if (x > y) return d;
      return a[col.i] < b[col.i] ? -1 : (a[col.i] > b[col.i] ? 1 : 0);
    });
  }

  function draw() {
    var body = el('events-body');
    while (body.firstChild) body.removeChild(body.firstChild);
    var size = data.pageSize;
    var pages = Math.max(1, Math.ceil(state.rows.length / size));
    if (state.page >= pages) state.page = pages - 1;
    var start = state.page * size;
    var shown = state.rows.slice(start, start + size);
    var frag = document.createDocumentFragment();
    shown.forEach(function (r) {
      var tr = make('tr');
      data.columns.forEach(function (c) {
        var td = make('td', r[col[c.key]], c.cls || '');
        if (c.key === 'a') td.className = 'q' + r[col.q];
        tr.appendChild(td);
      });
      frag.appendChild(tr);
    });
    body.appendChild(frag);
    el('count').textContent = state.rows.length + ' of ' + data.events.length +
        ' events' + (state.node >= 0 ? ' involving ' + data.nodes[state.node] : '');
    el('page').textContent = 'page ' + (state.page + 1) + ' of ' + pages;
    el('prev').disabled = state.page === 0;
    el('next').disabled = state.page + 1 >= pages;
    el('clear').hidden = state.node < 0;
    markSelected();
  }

  function markSelected() {
    var nodes = document.querySelectorAll('#network g.node');
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].classList.toggle('selected', nodes[i].id === 'n' + state.node);
    }
  }

  function pickNode(n) {
    state.node = state.node === n ? -1 : n;
    refilter();
    filterActors();
  }

  function filterActors() {
    var rows = document.querySelectorAll('tr[data-node]');
    for (var i = 0; i < rows.length; i++) {
      var a = +rows[i].getAttribute('data-node');
      var b = rows[i].hasAttribute('data-node2') ? +rows[i].getAttribute('data-node2') : a;
      rows[i].hidden = state.node >= 0 && a !== state.node && b !== state.node;
    }
  }

  function buildHeader() {
    var head = el('events-head');
    var tr = make('tr');
    data.columns.forEach(function (c) {
      var th = make('th', c.title);
      th.addEventListener('click', function () {
        var k = col[c.key];
        state.sortDir = state.sortCol === k ? -state.sortDir : 1;
        state.sortCol = k;
        state.page = 0;
        sortRows();
        draw();
      });
      tr.appendChild(th);
    });
    head.appendChild(tr);
  }

  function wire() {
    el('search').addEventListener('input', function (e) {
      state.query = e.target.value;
      refilter();
    });
    el('prev').addEventListener('click', function () { state.page--; draw(); });
    el('next').addEventListener('click', function () { state.page++; draw(); });
    el('clear').addEventListener('click', function () { pickNode(state.node); });
    var nodes = document.querySelectorAll('#network g.node');
    for (var i = 0; i < nodes.length; i++) {
      var m = /^n(\d+)$/.exec(nodes[i].id);
      if (m) nodes[i].addEventListener('click', pickNode.bind(null, +m[1]));
    }
    var rows = document.querySelectorAll('tr.pick[data-node]');
    for (var j = 0; j < rows.length; j++) {
      rows[j].addEventListener('click', pickNode.bind(null,
          +rows[j].getAttribute('data-node')));
    }
  }

  state.sortCol = col.d;
  buildHeader();
  wire();
  sortRows();
  draw();
})();
)js";

}  // namespace dipgraph::report

#endif  // DIPGRAPH_RENDER_REPORT_ASSETS_H_

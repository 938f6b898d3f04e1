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
[hidden]{display:none!important}
#network{height:70vh;min-height:420px;border:1px solid #eee;overflow:hidden;touch-action:none;cursor:grab;background:#fff}
#network.panning{cursor:grabbing}
#network svg{width:100%;height:100%;display:block}
#network g.faded{opacity:.12}
#network path.hit{stroke:transparent;stroke-width:12px;fill:none;pointer-events:stroke}
#tip{position:fixed;z-index:10;max-width:380px;background:#fff;border:1px solid #999;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:8px 10px;font-size:12px;pointer-events:none}
#tip .title{font-weight:bold;font-size:14px}
#tip .ex{margin-top:4px;color:#333}
#tip .ex b{margin-right:4px}
#tip svg{display:block;margin:4px 0}
#window input{width:220px;vertical-align:middle}
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

// The page's script. Reads the data block; every text goes in with
// textContent (or an SVG <text>'s textContent), never innerHTML.
inline constexpr char kJs[] = R"js(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var F = data.fields;  // column names of each event row
  var col = {};
  F.forEach(function (name, i) { col[name] = i; });
  var last = Math.max(0, data.months - 1);
  var state = {query: '', node: -1, sortCol: 0, sortDir: 1, page: 0,
               from: 0, to: last, rows: data.events.slice()};
  var el = function (id) { return document.getElementById(id); };
  var SVG = 'http://www.w3.org/2000/svg';

  function make(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function makeSvg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  // --- time window -------------------------------------------------------
  function monthName(i) {  // month i of the data as "YYYY-MM"
    var m = data.firstMonth + i, y = Math.floor(m / 12), mo = m % 12 + 1;
    return ('000' + y).slice(-4) + '-' + (mo < 10 ? '0' : '') + mo;
  }
  function allMonths() { return state.from === 0 && state.to >= last; }
  function inWindow(r) {
    if (allMonths()) return true;
    var m = r[col.m];
    if (m < 0) return false;  // undated events only when all months are on
    m -= data.firstMonth;
    return m >= state.from && m <= state.to;
  }
  function edgeInWindow(e) {  // the edge's events in the chosen months
    var n = 0;
    e.m.forEach(function (p) { if (p[0] >= state.from && p[0] <= state.to) n += p[1]; });
    return n;
  }
  function windowText() {
    return monthName(state.from) + ' to ' + monthName(state.to);
  }

  // --- event table -------------------------------------------------------
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
      if (!inWindow(r)) return false;
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
    clear(body);
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
        ' events' + (state.node >= 0 ? ' involving ' + data.nodes[state.node].name : '') +
        (allMonths() ? '' : ' in ' + windowText());
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

  // --- CSV of the filtered rows, in the table's order ----------------------
  var CSV_KEYS = ['i', 'd', 'src', 'a', 'tgt', 'c', 'doc', 'sen', 'q'];
  var CSV_HEAD = ['id', 'date', 'source', 'action', 'target', 'content',
                  'document', 'sentence', 'quad_class'];
  function csvCell(v) {  // RFC 4180; a leading = + - @ made inert for spreadsheets
    var s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csvText() {
    var lines = [CSV_HEAD.join(',')];
    state.rows.forEach(function (r) {
      lines.push(CSV_KEYS.map(function (k) { return csvCell(r[col[k]]); }).join(','));
    });
    return lines.join('\r\n') + '\r\n';
  }
  function downloadCsv() {
    var blob = new Blob([csvText()], {type: 'text/csv;charset=utf-8'});
    var url = URL.createObjectURL(blob);
    var a = make('a');
    a.href = url;
    a.download = 'dipgraph-events.csv';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  // --- network: pan, zoom, fading, tooltips --------------------------------
  var svg = document.querySelector('#network svg');
  var home = null, view = null, drag = null, swallowClick = false;
  var nodeEls = [], edgeEls = [];  // SVG groups per node / per edge

  function setView(v) {
    view = v;
    svg.setAttribute('viewBox', [v.x, v.y, v.w, v.h].map(function (x) {
      return Math.round(x * 100) / 100; }).join(' '));
  }
  function toUser(cx, cy) {  // a point on the screen in viewBox units
    var m = svg.getScreenCTM();
    if (!m) return {x: view.x + view.w / 2, y: view.y + view.h / 2};
    var p = svg.createSVGPoint();
    p.x = cx; p.y = cy;
    return p.matrixTransform(m.inverse());
  }
  function zoom(factor, at) {  // factor > 1 zooms in, around `at`
    var w = Math.min(home.w * 4, Math.max(home.w / 40, view.w / factor));
    var f = w / view.w;
    setView({x: at.x - (at.x - view.x) * f, y: at.y - (at.y - view.y) * f,
             w: w, h: view.h * f});
  }
  function centre() { return {x: view.x + view.w / 2, y: view.y + view.h / 2}; }
  function pan(dx, dy) {  // in screen pixels
    var m = svg.getScreenCTM(), s = m ? m.a : 1;
    setView({x: view.x - dx / s, y: view.y - dy / s, w: view.w, h: view.h});
  }

  function targetOf(t) {  // {kind: 'n'|'e', i} of the node or edge under t
    var g = t && t.closest ? t.closest('g.node, g.edge') : null;
    if (!g) return null;
    var m = /^n(\d+)$/.exec(g.id);
    if (m) return {kind: 'n', i: +m[1]};
    m = /^[el](\d+)(?:-\d+)?$/.exec(g.id);
    return m ? {kind: 'e', i: +m[1]} : null;
  }

  function indexSvg() {
    var groups = svg.querySelectorAll('g.node, g.edge');
    for (var i = 0; i < groups.length; i++) {
      var t = targetOf(groups[i]);
      if (!t) continue;
      var list = t.kind === 'n' ? nodeEls : edgeEls;
      (list[t.i] = list[t.i] || []).push(groups[i]);
    }
    // Our tooltip replaces the native ones; thin lines get a wider hit area.
    var titles = svg.querySelectorAll('g.node title, g.edge title');
    for (var j = 0; j < titles.length; j++) titles[j].parentNode.removeChild(titles[j]);
    var links = svg.querySelectorAll('a');
    for (var k = 0; k < links.length; k++) {
      links[k].removeAttributeNS('http://www.w3.org/1999/xlink', 'title');
      links[k].removeAttribute('title');
    }
    var paths = svg.querySelectorAll('g.edge path');
    for (var p = 0; p < paths.length; p++) {
      var hit = paths[p].cloneNode(false);
      hit.setAttribute('class', 'hit');
      paths[p].parentNode.insertBefore(hit, paths[p]);
    }
  }

  function fadeNetwork() {
    var alive = [];
    data.edges.forEach(function (e, k) {
      var on = allMonths() || edgeInWindow(e) > 0;
      if (on) { alive[e.s] = true; alive[e.t] = true; }
      (edgeEls[k] || []).forEach(function (g) { g.classList.toggle('faded', !on); });
    });
    nodeEls.forEach(function (gs, i) {
      gs.forEach(function (g) { g.classList.toggle('faded', !allMonths() && !alive[i]); });
    });
  }

  // --- tooltips ---------------------------------------------------------------
  var tip = el('tip'), tipKey = '';
  function line(box, label, text, cls) {
    var d = make('div', null, cls);
    d.appendChild(make('b', label + ': '));
    d.appendChild(document.createTextNode(text));
    box.appendChild(d);
  }
  function topActions(box, top) {
    if (top.length === 0) return;
    line(box, 'top actions', top.map(function (a) { return a[0] + ' ' + a[1]; }).join(', '));
  }
  function examples(box, rows) {
    rows.forEach(function (r) {
      var row = data.events[r], text = row[col.sen];
      if (text.length > 220) text = text.slice(0, 219) + '\u2026';
      var d = make('div', null, 'ex');
      d.appendChild(make('b', row[col.d] || 'undated'));
      d.appendChild(document.createTextNode(text));
      box.appendChild(d);
    });
  }
  // The dyad's events per month over the chosen months, grouped into at
  // most 120 bars.
  function monthChart(box, e) {
    var span = state.to - state.from + 1, per = Math.ceil(span / 120);
    var bins = [], max = 1;
    for (var b = 0; b * per < span; b++) bins.push(0);
    e.m.forEach(function (p) {
      if (p[0] < state.from || p[0] > state.to) return;
      var k = Math.floor((p[0] - state.from) / per);
      bins[k] += p[1];
      max = Math.max(max, bins[k]);
    });
    var W = 240, H = 50, bw = W / bins.length;
    var chart = makeSvg('svg', {width: W + 30, height: H + 14, 'class': 'chart'});
    bins.forEach(function (n, k) {
      if (n === 0) return;
      var h = Math.max(1, (H - 4) * n / max);
      chart.appendChild(makeSvg('rect', {x: 24 + k * bw, y: H - h, width: Math.max(1, bw - 0.5),
                                         height: h, fill: '#243b53'}));
    });
    chart.appendChild(makeSvg('line', {x1: 24, y1: H, x2: 24 + W, y2: H, stroke: '#999'}));
    chart.appendChild(makeSvg('text', {x: 20, y: 10, 'font-size': 10, 'text-anchor': 'end'}, max));
    chart.appendChild(makeSvg('text', {x: 24, y: H + 12, 'font-size': 10}, monthName(state.from)));
    chart.appendChild(makeSvg('text', {x: 24 + W, y: H + 12, 'font-size': 10,
                                        'text-anchor': 'end'}, monthName(state.to)));
    line(box, 'events per ' + (per === 1 ? 'month' : per + ' months'), '');
    box.appendChild(chart);
  }

  function nodeTip(i) {
    var n = data.nodes[i], box = make('div');
    box.appendChild(make('div', n.name, 'title'));
    var sub = [n.code];
    if (n.country && n.country !== n.name) sub.push(n.country);
    if (n.type) sub.push(n.type);
    box.appendChild(make('div', sub.join(' \u00b7 '), 'small'));
    line(box, 'events', n.out + ' as source, ' + n.in + ' as target; ' +
         n.degree + ' links');
    if (n.first) line(box, 'dates', n.first + ' to ' + n.last);
    topActions(box, n.top);
    examples(box, n.ex);
    return box;
  }

  function edgeTip(k) {
    var e = data.edges[k], box = make('div');
    box.appendChild(make('div', data.nodes[e.s].name + ' \u2192 ' +
                              data.nodes[e.t].name, 'title'));
    line(box, 'events', e.n + ' in ' + e.docs + ' document' + (e.docs === 1 ? '' : 's'));
    var quads = [];
    e.q.forEach(function (n, q) { if (n > 0) quads.push(data.quadNames[q].toLowerCase() + ' ' + n); });
    if (quads.length) line(box, 'kinds', quads.join(', '));
    if (e.first) line(box, 'dates', e.first + ' to ' + e.last);
    if (!allMonths()) line(box, windowText(), edgeInWindow(e) + ' events');
    topActions(box, e.top);
    if (data.months > 0) monthChart(box, e);
    examples(box, e.ex);
    return box;
  }

  function placeTip(ev) {
    var pad = 14, w = tip.offsetWidth, h = tip.offsetHeight;
    var x = ev.clientX + pad, y = ev.clientY + pad;
    if (x + w > window.innerWidth - 4) x = Math.max(4, ev.clientX - pad - w);
    if (y + h > window.innerHeight - 4) y = Math.max(4, ev.clientY - pad - h);
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  function hideTip() { tip.hidden = true; tipKey = ''; }
  function hover(ev) {
    if (drag && drag.moved) return;
    var t = targetOf(ev.target);
    if (!t || (t.kind === 'n' ? !data.nodes[t.i] : !data.edges[t.i])) { hideTip(); return; }
    var key = t.kind + t.i;
    if (key !== tipKey) {
      tipKey = key;
      clear(tip);
      tip.appendChild(t.kind === 'n' ? nodeTip(t.i) : edgeTip(t.i));
      tip.hidden = false;
    }
    placeTip(ev);
  }

  function wireNetwork() {
    if (!svg) return;
    var b = svg.viewBox.baseVal;
    home = {x: b.x, y: b.y, w: b.width || 1, h: b.height || 1};
    view = home;
    indexSvg();
    svg.addEventListener('wheel', function (e) {
      e.preventDefault();
      zoom(Math.pow(1.0015, -e.deltaY), toUser(e.clientX, e.clientY));
    }, {passive: false});
    svg.addEventListener('pointerdown', function (e) {
      if (e.button === 0) drag = {x: e.clientX, y: e.clientY, view: view, moved: false};
    });
    svg.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!drag.moved) {
        drag.moved = true;
        hideTip();
        el('network').classList.add('panning');
        try { svg.setPointerCapture(e.pointerId); } catch (err) { /* synthetic */ }
      }
      view = drag.view;
      pan(dx, dy);
    });
    var end = function () {
      if (drag && drag.moved) swallowClick = true;
      drag = null;
      el('network').classList.remove('panning');
      setTimeout(function () { swallowClick = false; }, 0);
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    svg.addEventListener('click', function (e) {  // the end of a drag is no click
      if (swallowClick) { e.stopPropagation(); swallowClick = false; }
    }, true);
    svg.addEventListener('mousemove', hover);
    svg.addEventListener('mouseleave', hideTip);
    el('zoom-in').addEventListener('click', function () { zoom(1.25, centre()); });
    el('zoom-out').addEventListener('click', function () { zoom(0.8, centre()); });
    el('zoom-fit').addEventListener('click', function () { setView(home); });
    el('network').addEventListener('keydown', function (e) {
      var keys = {'+': function () { zoom(1.25, centre()); }, '=': function () { zoom(1.25, centre()); },
                  '-': function () { zoom(0.8, centre()); }, '0': function () { setView(home); },
                  ArrowLeft: function () { pan(60, 0); }, ArrowRight: function () { pan(-60, 0); },
                  ArrowUp: function () { pan(0, 60); }, ArrowDown: function () { pan(0, -60); }};
      if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
    });
    nodeEls.forEach(function (gs, i) {
      gs.forEach(function (g) { g.addEventListener('click', pickNode.bind(null, i)); });
    });
  }

  function wireWindow() {
    var from = el('month-from'), to = el('month-to');
    if (data.months <= 1) { el('window').hidden = true; return; }
    from.max = to.max = String(last);
    from.value = '0';
    to.value = String(last);
    function changed(moved) {
      var a = +from.value, b = +to.value;
      if (a > b) {
        if (moved === from) { to.value = String(a); b = a; } else { from.value = String(b); a = b; }
      }
      state.from = a;
      state.to = b;
      el('month-label').textContent = windowText() + (allMonths() ? ' (all)' : '');
      el('month-all').hidden = allMonths();
      hideTip();
      fadeNetwork();
      refilter();
    }
    from.addEventListener('input', function () { changed(from); });
    to.addEventListener('input', function () { changed(to); });
    el('month-all').addEventListener('click', function () {
      from.value = '0';
      to.value = String(last);
      changed(to);
    });
    el('month-label').textContent = windowText() + ' (all)';
  }

  function wire() {
    el('search').addEventListener('input', function (e) {
      state.query = e.target.value;
      refilter();
    });
    el('prev').addEventListener('click', function () { state.page--; draw(); });
    el('next').addEventListener('click', function () { state.page++; draw(); });
    el('clear').addEventListener('click', function () { pickNode(state.node); });
    el('csv').addEventListener('click', downloadCsv);
    var rows = document.querySelectorAll('tr.pick[data-node]');
    for (var j = 0; j < rows.length; j++) {
      rows[j].addEventListener('click', pickNode.bind(null,
          +rows[j].getAttribute('data-node')));
    }
    wireNetwork();
    wireWindow();
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

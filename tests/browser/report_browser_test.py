#!/usr/bin/env python3
"""Opens the HTML report in headless Chromium and checks its DOM.

Usage: report_browser_test.py REPORT.html OUT_DIR EXPECTED_EVENTS PAGE_SIZE
       report_browser_test.py --explore REPORT.html OUT.png

A copy of the report gets two test scripts: a hook at the top of <head>
(records alert() calls, errors, console.error and CSP violations) and a
probe at the end of <body> that searches, sorts, pages and clicks a node,
then writes its findings as JSON into <pre id="test-results">. Chromium's
--dump-dom prints the DOM and this script checks the findings. A screenshot
of the report (without the probe) goes to OUT_DIR/report.png: the network
zoomed in, the later half of the months chosen, the tooltip of the busiest
edge shown (--explore makes only such a screenshot, of any report).
Exits 77 (ctest SKIP_RETURN_CODE) when Chromium is not installed.
"""
import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HOOK = """<script>
window.__xss = false; window.__errors = [];
window.alert = function () { window.__xss = true; };
window.addEventListener('error', function (e) {
  window.__errors.push('error: ' + (e.message || (e.target && e.target.outerHTML)));
}, true);
document.addEventListener('securitypolicyviolation', function (e) {
  window.__errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
});
window.__blobs = [];
(function () {
  var create = URL.createObjectURL;
  URL.createObjectURL = function (blob) { window.__blobs.push(blob); return create.call(URL, blob); };
})();
(function () {
  var orig = console.error;
  console.error = function () {
    window.__errors.push('console: ' + Array.prototype.join.call(arguments, ' '));
    return orig.apply(console, arguments);
  };
})();
</script>"""

PROBE = """<script>
(function () {
  function rows() { return document.querySelectorAll('#events-body tr').length; }
  function count() { return document.getElementById('count').textContent; }
  function search(text) {
    var s = document.getElementById('search');
    s.value = text;
    s.dispatchEvent(new Event('input'));
  }
  function box(e) { var b = e.getBoundingClientRect(); return {x: b.left + b.width / 2, y: b.top + b.height / 2}; }
  function viewBox() { return document.querySelector('#network svg').getAttribute('viewBox').split(' ').map(Number); }
  function slide(id, value) {
    var s = document.getElementById(id);
    s.value = String(value);
    s.dispatchEvent(new Event('input'));
  }
  var data = JSON.parse(document.getElementById('data').textContent);
  var col = {};
  data.fields.forEach(function (n, i) { col[n] = i; });
  var svg = document.querySelector('#network svg');
  var tip = document.getElementById('tip');
  var r = {};
  r.rows = rows();
  r.count = count();
  search('zz-no-such-text'); r.rowsNoMatch = rows();
  search('Actor 7'); r.rowsSearch = rows(); r.countSearch = count();
  search('');
  var next = document.getElementById('next');
  next.click(); r.page2 = document.getElementById('page').textContent;
  r.rowsPage2 = rows();
  var th = document.querySelectorAll('#events-head th');
  th[1].click(); r.firstSourceAsc = document.querySelector('#events-body td:nth-child(2)').textContent;
  th[1].click(); r.firstSourceDesc = document.querySelector('#events-body td:nth-child(2)').textContent;
  th[0].click();

  // Pan and zoom: buttons, wheel, drag; a drag is no click; Fit goes home.
  var home = viewBox();
  document.getElementById('zoom-in').click(); r.vbZoomIn = viewBox();
  var c = box(svg);
  svg.dispatchEvent(new WheelEvent('wheel', {bubbles: true, cancelable: true, deltaY: -300,
                                             clientX: c.x + 100, clientY: c.y}));
  r.vbWheel = viewBox();
  var before = count();
  var node1 = document.querySelector('#network g.node#n1');
  var p = box(node1);
  node1.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, button: 0, pointerId: 1, clientX: p.x, clientY: p.y}));
  node1.dispatchEvent(new PointerEvent('pointermove', {bubbles: true, pointerId: 1, clientX: p.x + 120, clientY: p.y + 60}));
  node1.dispatchEvent(new PointerEvent('pointerup', {bubbles: true, pointerId: 1, clientX: p.x + 120, clientY: p.y + 60}));
  node1.dispatchEvent(new MouseEvent('click', {bubbles: true}));
  r.vbDrag = viewBox();
  r.dragNoClick = count() === before;
  document.getElementById('zoom-fit').click(); r.vbFit = viewBox(); r.vbHome = home;

  // Tooltips: the heaviest edge and the hostile node, counts recomputed
  // here from the event rows.
  var heavy = 0;
  data.edges.forEach(function (e, k) { if (e.n > data.edges[heavy].n) heavy = k; });
  var he = data.edges[heavy];
  var edgeEl = document.querySelector('#network g.edge#e' + heavy + ', #network g.edge#e' + heavy + '-0');
  var path = edgeEl.querySelector('path:not(.hit)');
  var mid = path.getPointAtLength(path.getTotalLength() / 2);
  var pt = svg.createSVGPoint(); pt.x = mid.x; pt.y = mid.y;
  var scr = pt.matrixTransform(path.getScreenCTM());
  path.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: scr.x, clientY: scr.y}));
  r.edgeTipShown = !tip.hidden;
  r.edgeTipTitle = tip.querySelector('.title') ? tip.querySelector('.title').textContent : '';
  r.edgeTipText = tip.textContent;
  r.edgeTipChart = tip.querySelectorAll('svg rect').length;
  r.edgeName = data.nodes[he.s].name + ' \u2192 ' + data.nodes[he.t].name;
  r.edgeRows = data.events.filter(function (x) { return x[col.s] === he.s && x[col.t] === he.t; }).length;
  r.edgeExamplesOnEdge = he.ex.every(function (i) {
    return data.events[i][col.s] === he.s && data.events[i][col.t] === he.t; });
  r.edgeExampleShown = he.ex.length > 0 && r.edgeTipText.indexOf(data.events[he.ex[0]][col.sen]) >= 0;
  svg.dispatchEvent(new MouseEvent('mouseleave', {bubbles: false}));
  r.tipHiddenAfterLeave = tip.hidden;
  var hi = data.nodes.findIndex(function (n) { return n.name === '<img src=x onerror=alert(1)>'; });
  r.hostileNode = hi;
  var n0 = document.querySelector('#network g.node#n' + hi);
  var q = box(n0);
  n0.querySelector('text').dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: q.x, clientY: q.y}));
  r.nodeTipTitle = tip.querySelector('.title') ? tip.querySelector('.title').textContent : '';
  r.nodeTipText = tip.textContent;
  r.nodeOutRows = data.events.filter(function (x) { return x[col.s] === hi && x[col.t] >= 0 && x[col.t] !== hi; }).length;
  r.nodeInRows = data.events.filter(function (x) { return x[col.t] === hi && x[col.s] >= 0 && x[col.s] !== hi; }).length;
  r.nativeTitles = document.querySelectorAll('#network g.node title, #network g.edge title').length;
  svg.dispatchEvent(new MouseEvent('mouseleave', {bubbles: false}));

  // The time slider: one month; the table holds exactly that month's events.
  var month = 1;
  slide('month-from', month); slide('month-to', month);
  r.monthLabel = document.getElementById('month-label').textContent;
  r.countMonth = count();
  r.monthRows = data.events.filter(function (x) { return x[col.m] - data.firstMonth === month; });
  r.monthRowsShown = rows();
  r.faded = document.querySelectorAll('#network g.edge.faded').length;
  r.edges = document.querySelectorAll('#network g.edge').length;
  var ids = r.monthRows.map(function (x) { return x[col.i]; });
  r.monthIds = ids;
  r.monthRows = r.monthRows.length;
  document.getElementById('csv').click();
  document.getElementById('month-all').click();
  r.countAll = count();
  document.getElementById('csv').click();
  r.blobs = window.__blobs.length;

  var node = document.querySelector('#network g.node#n' + hi);
  r.hasNode = !!node;
  if (node) node.dispatchEvent(new MouseEvent('click', {bubbles: true}));
  r.countNode = count();
  r.hostileText = Array.prototype.some.call(document.querySelectorAll('#events-body td'),
      function (td) { return td.textContent === '<img src=x onerror=alert(1)>'; });
  r.imgs = document.querySelectorAll('img').length;
  r.scripts = document.querySelectorAll('script').length;
  Promise.all(window.__blobs.map(function (b) { return b.text(); })).then(function (texts) {
    r.csv = texts;
    r.csvType = window.__blobs.length ? window.__blobs[0].type : '';
    setTimeout(function () {
      r.xss = window.__xss;
      r.errors = window.__errors;
      var pre = document.createElement('pre');
      pre.id = 'test-results';
      pre.textContent = JSON.stringify(r);
      document.body.appendChild(pre);
    }, 200);
  });
})();
</script>"""


# For the second screenshot (a taller window, so that the network shows):
# zoomed in, the later half of the months chosen, the tooltip of the edge
# with the most events in them.
EXPLORE = """<script>
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  if (data.months > 1) {
    var slider = document.getElementById('month-from');
    slider.value = String(Math.floor((data.months - 1) / 2));
    slider.dispatchEvent(new Event('input'));
  }
  document.getElementById('zoom-in').click();
  var from = data.months > 1 ? Math.floor((data.months - 1) / 2) : 0;
  var inWindow = function (e) {
    return e.m.reduce(function (n, p) { return n + (p[0] >= from ? p[1] : 0); }, 0); };
  var heavy = 0;
  data.edges.forEach(function (e, k) { if (inWindow(e) > inWindow(data.edges[heavy])) heavy = k; });
  var g = document.querySelector('#network g.edge#e' + heavy + ', #network g.edge#e' + heavy + '-0');
  if (!g) return;
  var path = g.querySelector('path:not(.hit)');
  var mid = path.getPointAtLength(path.getTotalLength() / 2);
  var svg = document.querySelector('#network svg');
  var pt = svg.createSVGPoint(); pt.x = mid.x; pt.y = mid.y;
  var scr = pt.matrixTransform(path.getScreenCTM());
  path.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: scr.x, clientY: scr.y}));
})();
</script>"""


def explore_screenshot(binary, report, shot, tmp):
    """A screenshot of `report` with EXPLORE run in it."""
    with open(report, encoding="utf-8") as f:
        page = f.read().replace("</body>", EXPLORE + "</body>", 1)
    path = os.path.join(tmp, "explore.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    run_chromium(binary, ["--screenshot=" + shot, "--window-size=1280,1200",
                          "--hide-scrollbars", "--virtual-time-budget=2000",
                          "file://" + path], os.path.join(tmp, "p3"))


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(binary, args, profile):
    cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", "--user-data-dir=" + profile] + args
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def csv_checks(r, expected):
    """The two downloads: the one month's rows, then every row."""
    if len(r.get("csv", [])) != 2:
        return [(False, "two CSV files were made")]
    month = list(csv.reader(io.StringIO(r["csv"][0], newline="")))
    every = list(csv.reader(io.StringIO(r["csv"][1], newline="")))
    head = ["id", "date", "source", "action", "target", "content", "document",
            "sentence", "quad_class"]
    dates = [row[1] for row in month[1:]]
    contents = [row[5] for row in every[1:]]
    return [
        (month[0] == head and every[0] == head, "the CSV has its header"),
        (sorted(row[0] for row in month[1:]) == sorted(r["monthIds"]),
         "the CSV holds exactly the %d rows of the month" % len(r["monthIds"])),
        (dates == sorted(dates), "the CSV keeps the table's order (by date)"),
        (len(every) == expected + 1 and all(len(row) == len(head) for row in every),
         "the unfiltered CSV holds all %d rows" % expected),
        ("'=HYPERLINK(\"x\"), \"quoted\"\nnext line" in contents,
         "quotes, commas and newlines survive; a formula is made inert"),
        ("</script><script>alert(3)</script>" in contents, "hostile content is kept as text"),
        (r["csv"][1].endswith("\r\n"), "CSV lines end in CRLF"),
    ]


def main():
    binary = chromium()
    if binary is None:
        print("SKIP: chromium is not installed (apt-get install chromium)")
        sys.exit(77)
    if sys.argv[1] == "--explore":  # --explore REPORT.html OUT.png
        with tempfile.TemporaryDirectory() as tmp:
            explore_screenshot(binary, sys.argv[2], sys.argv[3], tmp)
        return
    report, out_dir, expected, page_size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(report, encoding="utf-8") as f:
        page = f.read()
    page = page.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">" + HOOK, 1)
    page = page.replace("</body>", PROBE + "</body>", 1)
    with tempfile.TemporaryDirectory() as tmp:
        probe_path = os.path.join(tmp, "probe.html")
        with open(probe_path, "w", encoding="utf-8") as f:
            f.write(page)
        dom = run_chromium(binary, ["--dump-dom", "--virtual-time-budget=5000",
                                    "file://" + probe_path], os.path.join(tmp, "p1"))
        explore_screenshot(binary, report, os.path.join(out_dir, "report.png"), tmp)
    m = re.search(r'<pre id="test-results">(.*?)</pre>', dom.stdout, re.S)
    if not m:
        fail("no test results in the DOM; stderr:\n" + dom.stderr[-2000:])
    r = json.loads(html.unescape(m.group(1)))
    print(json.dumps(r, indent=1))
    checks = [
        (r["rows"] == min(expected, page_size), "first page shows %d rows" % min(expected, page_size)),
        (r["count"].startswith("%d of %d" % (expected, expected)), "count shows all events"),
        (r["rowsNoMatch"] == 0, "a search with no match leaves no rows"),
        (0 < r["rowsSearch"] < page_size or not r["countSearch"].startswith(str(expected)),
         "a search filters rows"),
        (r["page2"].startswith("page 2"), "next goes to page 2"),
        (r["firstSourceAsc"] <= r["firstSourceDesc"], "sorting by source works"),
        (r["vbZoomIn"][2] < r["vbHome"][2], "the + button zooms in (viewBox narrower)"),
        (r["vbWheel"][2] < r["vbZoomIn"][2], "the wheel zooms in"),
        (r["vbDrag"][0] < r["vbWheel"][0] and r["vbDrag"][1] < r["vbWheel"][1]
         and r["vbDrag"][2] == r["vbWheel"][2], "a drag pans the view"),
        (r["dragNoClick"], "the end of a drag on a node does not filter"),
        (r["vbFit"] == r["vbHome"], "Fit shows the whole network again"),
        (r["edgeTipShown"], "pointing at an edge shows its tooltip"),
        (r["edgeTipTitle"] == r["edgeName"], "the edge tooltip names its dyad"),
        ("events: %d in" % r["edgeRows"] in r["edgeTipText"],
         "the edge tooltip counts the dyad's %d events" % r["edgeRows"]),
        (r["edgeTipChart"] > 0, "the edge tooltip has its events-per-month chart"),
        (r["edgeExamplesOnEdge"] and r["edgeExampleShown"],
         "the edge tooltip shows an example sentence of the dyad"),
        (r["tipHiddenAfterLeave"], "the tooltip goes when the pointer leaves"),
        (r["nodeTipTitle"] == "<img src=x onerror=alert(1)>", "the node tooltip shows the hostile name as text"),
        ("events: %d as source, %d as target" % (r["nodeOutRows"], r["nodeInRows"]) in r["nodeTipText"],
         "the node tooltip counts its events"),
        (r["nativeTitles"] == 0, "no native SVG tooltips doubling ours"),
        (r["monthLabel"].startswith("2016-02 to 2016-02"), "the slider shows its months"),
        (r["countMonth"].startswith("%d of %d" % (r["monthRows"], expected))
         and 0 < r["monthRows"] < expected, "the slider filters the table"),
        (r["monthRowsShown"] == min(r["monthRows"], page_size), "the table shows the month's rows"),
        (0 < r["faded"] < r["edges"], "the slider fades edges without events in the months"),
        (r["countAll"].startswith("%d of %d" % (expected, expected)), "All months shows every event"),
        (r["blobs"] == 2 and r["csvType"].startswith("text/csv"), "the CSV button makes a CSV file"),
        (r["hasNode"] and r["hostileNode"] >= 0, "the network has the hostile actor's node"),
        (not r["countNode"].startswith("%d of" % expected), "clicking a node filters events"),
        (r["hostileText"], "the hostile actor name is shown as text"),
        (r["imgs"] == 0, "no <img> element was created"),
        (not r["xss"], "alert() was never called"),
        (r["errors"] == [], "no errors on the console: %s" % r["errors"]),
    ]
    checks += csv_checks(r, expected)
    failed = [msg for ok, msg in checks if not ok]
    if not os.path.exists(os.path.join(out_dir, "report.png")):
        failed.append("screenshot written")
    for msg in failed:
        print("FAIL: " + msg)
    if failed:
        sys.exit(1)
    print("OK: %d checks; screenshot %s" % (len(checks), os.path.join(out_dir, "report.png")))


if __name__ == "__main__":
    main()

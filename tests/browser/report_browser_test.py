#!/usr/bin/env python3
"""Opens the HTML report in headless Chromium and checks its DOM.

Usage: report_browser_test.py REPORT.html OUT_DIR EXPECTED_EVENTS PAGE_SIZE

A copy of the report gets two test scripts: a hook at the top of <head>
(records alert() calls, errors, console.error and CSP violations) and a
probe at the end of <body> that searches, sorts, pages and clicks a node,
then writes its findings as JSON into <pre id="test-results">. Chromium's
--dump-dom prints the DOM and this script checks the findings. A screenshot
of the unmodified report goes to OUT_DIR/report.png.
Exits 77 (ctest SKIP_RETURN_CODE) when Chromium is not installed.
"""
import html
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
  var node = document.querySelector('#network g.node#n0');
  r.hasNode = !!node;
  if (node) node.dispatchEvent(new MouseEvent('click', {bubbles: true}));
  r.countNode = count();
  r.hostileText = Array.prototype.some.call(document.querySelectorAll('#events-body td'),
      function (td) { return td.textContent === '<img src=x onerror=alert(1)>'; });
  r.imgs = document.querySelectorAll('img').length;
  r.scripts = document.querySelectorAll('script').length;
  setTimeout(function () {
    r.xss = window.__xss;
    r.errors = window.__errors;
    var pre = document.createElement('pre');
    pre.id = 'test-results';
    pre.textContent = JSON.stringify(r);
    document.body.appendChild(pre);
  }, 200);
})();
</script>"""


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


def main():
    report, out_dir, expected, page_size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    binary = chromium()
    if binary is None:
        print("SKIP: chromium is not installed (apt-get install chromium)")
        sys.exit(77)
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
        shot = os.path.join(out_dir, "report.png")
        run_chromium(binary, ["--screenshot=" + shot, "--window-size=1280,900",
                              "--hide-scrollbars", "file://" + os.path.abspath(report)],
                     os.path.join(tmp, "p2"))
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
        (r["hasNode"], "the network has clickable node n0"),
        (not r["countNode"].startswith("%d of" % expected), "clicking a node filters events"),
        (r["hostileText"], "the hostile actor name is shown as text"),
        (r["imgs"] == 0, "no <img> element was created"),
        (not r["xss"], "alert() was never called"),
        (r["errors"] == [], "no errors on the console: %s" % r["errors"]),
    ]
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

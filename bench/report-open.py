#!/usr/bin/env python3
"""How long a dipgraph report takes to open in headless Chromium.

Usage: bench/report-open.py REPORT.html [RUNS]

Each run starts a fresh headless Chromium on a copy of the report with one
line added at the end of <body> that, on the load event, writes the page's
navigation timings (ms from navigation start): the HTML read (responseEnd),
the DOM parsed and the report's own script run (domContentLoadedEventEnd:
the script is inline at the end of <body>, so this includes parsing the data
block, building the table and wiring the network), and the load event.
Prints each run and the median of each figure, and the file size.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

PROBE = """<script>window.addEventListener('load', function () {
  var n = performance.getEntriesByType('navigation')[0];
  var pre = document.createElement('pre'); pre.id = 'timing';
  pre.textContent = JSON.stringify({read: n.responseEnd, dom: n.domContentLoadedEventEnd,
                                    load: performance.now()});
  document.body.appendChild(pre);
});</script>"""


def main():
    report = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    binary = shutil.which("chromium") or sys.exit("chromium is not installed")
    with open(report, encoding="utf-8") as f:
        page = f.read().replace("</body>", PROBE + "</body>", 1)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "report.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
        for i in range(runs):
            out = subprocess.run(
                [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--user-data-dir=" + os.path.join(tmp, "p%d" % i),
                 "--dump-dom", "file://" + path],
                capture_output=True, text=True, timeout=120)
            m = re.search(r'<pre id="timing">(.*?)</pre>', out.stdout)
            if not m:
                sys.exit("no timing in the DOM: " + out.stderr[-1000:])
            t = json.loads(m.group(1))
            rows.append(t)
            print("run %d: read %.0f ms, DOM and script %.0f ms, load %.0f ms"
                  % (i + 1, t["read"], t["dom"], t["load"]))
    print("median of %d: read %.0f ms, DOM and script %.0f ms, load %.0f ms; %d bytes"
          % (runs, statistics.median(r["read"] for r in rows),
             statistics.median(r["dom"] for r in rows),
             statistics.median(r["load"] for r in rows), os.path.getsize(report)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Whole-program runs of the event fast path (issue 16), side by side with the
peer our users run today (../shared/bench/peer_graph.py: Python + igraph, and
NetworkX), on the same generated file, in one run.

Usage:
  bench/whole-program.py [--events 200000] [--repeat 3] [--big 1000000]
                         [--dipgraph build/release/cli/dipgraph]
                         [--baseline OTHER_DIPGRAPH [--baseline-repeat 1]]
                         [--shared ../shared]
                         [--workdir /tmp/dipgraph-bench]

It generates the events with ../shared/bench/gen_events.py (kept in
--workdir and reused when the file is already there), then times, --repeat
times each, in this order: the peer, `graph --betweenness off`, `validate`,
`stats`, `query --between RUSGOV USAGOV`, `store add` into a new store,
`graph --db`, `query --between` on the store, and `graph` on --big events
("graph big").
Each job is timed as a child process (wall, user + system CPU, peak resident
set from wait4); the median wall of the repeats is printed with the other
figures of that run. With --baseline, every dipgraph job also runs with that
binary (a build from before the change) and the outputs are compared byte
for byte. The peer is skipped with a message when Debian's python3-igraph
is not installed. Prints a table, then one JSON line with every figure.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall s, cpu s, max RSS MB, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0,):
        sys.exit(f"whole-program: {' '.join(cmd)} exited {proc.returncode}:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def timed(cmd, repeat, before=None):
    """Median-wall run of `repeat` runs (before(): called ahead of each)."""
    runs = []
    for _ in range(repeat):
        if before:
            before()
        runs.append(run(cmd))
    runs.sort()
    return runs[len(runs) // 2]


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def generate(shared, n, workdir):
    path = os.path.join(workdir, f"events-{n}.jsonl")
    if not os.path.exists(path):
        print(f"generating {path} ...", file=sys.stderr)
        with open(path + ".tmp", "w") as out:
            subprocess.run([sys.executable, os.path.join(shared, "bench", "gen_events.py"),
                            str(n)], stdout=out, check=True)
        os.replace(path + ".tmp", path)
    return path


def peer(shared, path, repeat):
    script = os.path.join(shared, "bench", "peer_graph.py")
    probe = subprocess.run(["/usr/bin/python3", "-c", "import igraph, networkx"],
                           capture_output=True)
    if probe.returncode != 0:
        print("peer skipped: /usr/bin/python3 cannot import igraph and networkx "
              "(apt-get install python3-igraph python3-networkx python3-numpy "
              "python3-scipy)", file=sys.stderr)
        return None
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        out = subprocess.run(["/usr/bin/python3", script, path], capture_output=True,
                             check=True, text=True).stdout
        wall = time.perf_counter() - start
        p = json.loads(out.strip().splitlines()[-1])
        igraph_s = (p["read_aggregate_s"] + p["igraph_build_s"] + p["igraph_pagerank_s"] +
                    p["igraph_louvain_s"])
        nx_s = (p["read_aggregate_s"] + p["networkx_build_s"] + p["networkx_pagerank_s"] +
                p["networkx_louvain_s"])
        runs.append({"igraph_s": round(igraph_s, 3), "networkx_s": round(nx_s, 3),
                     "process_wall_s": round(wall, 3), "phases": p})
    runs.sort(key=lambda r: r["igraph_s"])
    return runs[len(runs) // 2]


def jobs(binary, path, big, db):
    q = ["--between", "RUSGOV", "USAGOV"]
    out = [
        ("graph", [binary, "-q", "graph", "--level", "actor", "--betweenness", "off", path],
         None),
        ("validate", [binary, "-q", "validate", path], None),
        ("stats", [binary, "-q", "stats", path], None),
        ("query", [binary, "-q", "query", *q, path], None),
        ("store add", [binary, "-q", "store", "add", path, "--db", db], "fresh-db"),
        ("graph --db", [binary, "-q", "graph", "--level", "actor", "--betweenness", "off",
                        "--db", db], None),
        ("query --db", [binary, "-q", "query", *q, "--db", db], None),
    ]
    if big:
        out.append(("graph big", [binary, "-q", "graph", "--level", "actor",
                                 "--betweenness", "off", big], None))
    return out


def measure(binary, path, big, workdir, tag, repeat):
    db = os.path.join(workdir, f"store-{tag}.db")

    def fresh():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)

    results, outputs = {}, {}
    for name, cmd, setup in jobs(binary, path, big, db):
        wall, cpu, rss = timed(cmd, repeat, fresh if setup == "fresh-db" else None)
        results[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
                         "max_rss_mb": round(rss, 1), "load": load()}
        if setup is None:
            outputs[name] = subprocess.run(cmd, capture_output=True, check=True).stdout
    return results, outputs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=200000)
    ap.add_argument("--big", type=int, default=1000000, help="0 to skip the 1M row")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dipgraph", default=os.path.join(ROOT, "build/release/cli/dipgraph"))
    ap.add_argument("--baseline", help="a dipgraph from before the change")
    ap.add_argument("--baseline-repeat", type=int, default=1)
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--workdir", default="/tmp/dipgraph-bench")
    a = ap.parse_args()
    if not os.path.exists(os.path.join(a.shared, "bench", "gen_events.py")):
        sys.exit(f"whole-program: {a.shared}/bench/gen_events.py not found (--shared DIR)")
    os.makedirs(a.workdir, exist_ok=True)
    path = generate(a.shared, a.events, a.workdir)
    big = generate(a.shared, a.big, a.workdir) if a.big else None
    size_mb = os.path.getsize(path) / 1e6
    report = {"events": a.events, "file_mb": round(size_mb, 1), "cores": os.cpu_count(),
              "load_at_start": load(), "repeat": a.repeat}
    report["peer"] = peer(a.shared, path, a.repeat)
    report["dipgraph"], outs = measure(a.dipgraph, path, big, a.workdir, "new", a.repeat)
    if a.baseline:
        report["baseline"], base_outs = measure(a.baseline, path, big, a.workdir, "base",
                                                a.baseline_repeat)
        report["identical_outputs"] = {k: outs[k] == base_outs[k] for k in outs}
    report["load_at_end"] = load()

    d = report["dipgraph"]
    print(f"{a.events} events ({a.big} for 'graph big'), {size_mb:.1f} MB, {report['cores']} cores, load "
          f"{report['load_at_start']} -> {report['load_at_end']}, median of {a.repeat}")
    if report["peer"]:
        p = report["peer"]
        ratio = p["igraph_s"] / d["graph"]["wall_s"]
        report["ratio_igraph_over_dipgraph"] = round(ratio, 2)
        print(f"peer: Python + igraph {p['igraph_s']:.3f} s (process {p['process_wall_s']:.3f}"
              f" s), NetworkX {p['networkx_s']:.3f} s")
        print(f"graph: dipgraph {d['graph']['wall_s']:.3f} s wall -> {ratio:.1f}x igraph, "
              f"{p['networkx_s'] / d['graph']['wall_s']:.1f}x NetworkX")
    print(f"{'job':12} {'wall s':>8} {'cpu s':>8} {'RSS MB':>8}" +
          (f" {'before s':>9} {'before MB':>9} {'same':>5}" if a.baseline else ""))
    for name, r in d.items():
        line = f"{name:12} {r['wall_s']:8.3f} {r['cpu_s']:8.3f} {r['max_rss_mb']:8.1f}"
        if a.baseline:
            b = report["baseline"][name]
            same = report["identical_outputs"].get(name, "-")
            line += f" {b['wall_s']:9.3f} {b['max_rss_mb']:9.1f} {str(same):>5}"
        print(line)
    v = d["validate"]
    print(f"validate: {size_mb / v['wall_s']:.0f} MB/s wall, {size_mb / v['cpu_s']:.0f} MB/s "
          f"per CPU second; store add: {a.events / d['store add']['wall_s']:,.0f} events/s")
    print(json.dumps(report))


if __name__ == "__main__":
    main()

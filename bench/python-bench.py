#!/usr/bin/python3
"""The Python module beside the program and the peer (issue 19).

Usage (Debian's python3; the module from a build tree):
  PYTHONPATH=build/release/python bench/python-bench.py \
      [--dipgraph build/release/cli/dipgraph] [--shared ../shared] \
      [--events 200000] [--repeat 3] [--jobs 2] [--workdir /tmp/dipgraph-bench]

Times, each --repeat times (median wall, and user + system CPU):
- extract: the real news (SHARED/news/articles.jsonl) coded by
  `dipgraph extract --jobs J --keep-going -o /dev/null` (a child process,
  model loading included) and by dipgraph.extract_files(..., jobs=J,
  keep_going=True) (in this process, after the model is loaded: the load is
  timed apart), and article by article through dipgraph.extract() from a
  Python loop over the JSON Lines;
- network: --events generated events (SHARED/bench/gen_events.py, kept in
  --workdir) through dipgraph.network(path, betweenness="off") (the file is
  read in C++), through read_events() then network(list of dicts), beside
  `dipgraph graph --betweenness off` and the peer
  (SHARED/bench/peer_graph.py --no-networkx: Python + igraph).
Prints a table and one JSON line with every figure and the load average.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import warnings

import dipgraph


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(f, repeat):
    """(median wall, median CPU of this process, last result) of f()."""
    walls, cpus, out = [], [], None
    for _ in range(repeat):
        c0, t0 = cpu(), time.perf_counter()
        out = f()
        walls.append(time.perf_counter() - t0)
        cpus.append(cpu() - c0)
    return statistics.median(walls), statistics.median(cpus), out


def timed_child(cmd, repeat):
    walls, cpus = [], []
    for _ in range(repeat):
        c0, t0 = child_cpu(), time.perf_counter()
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        cpus.append(child_cpu() - c0)
    return statistics.median(walls), statistics.median(cpus)


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dipgraph", default="build/release/cli/dipgraph")
    ap.add_argument("--shared", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
    ap.add_argument("--events", type=int, default=200000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--workdir", default="/tmp/dipgraph-bench")
    a = ap.parse_args()
    os.makedirs(a.workdir, exist_ok=True)
    rows, fig = [], {"load_before": load(), "jobs": a.jobs,
                     "python": sys.version.split()[0]}
    warnings.simplefilter("ignore")

    def run(label, key, f, repeat=a.repeat, cpu=True):
        """Times f(): a row of the table, figures KEY_s (and KEY_cpu_s)."""
        w, c, out = timed(f, repeat)
        rows.append((label, w, c))
        fig[key + "_s"] = w
        if cpu:
            fig[key + "_cpu_s"] = c
        return out

    def run_child(label, key, cmd):
        w, c = timed_child(cmd, a.repeat)
        rows.append((label, w, c))
        fig[key + "_s"], fig[key + "_cpu_s"] = w, c

    # --- extract ---------------------------------------------------------
    news = os.path.join(a.shared, "news", "articles.jsonl")
    run_child("extract: dipgraph extract (CLI, model load included)",
              "extract_cli", [a.dipgraph, "-q", "extract", news, "--jobs",
                              str(a.jobs), "--keep-going", "-o", "/dev/null"])
    ex = run("extract: dipgraph.Extractor() (model load)", "extract_py_load",
             dipgraph.Extractor, repeat=1, cpu=False)
    events = run(f"extract: Extractor.extract_files (jobs={a.jobs})",
                 "extract_py_files",
                 lambda: ex.extract_files(news, jobs=a.jobs, keep_going=True))
    fig["extract_events"] = len(events)
    with open(news, encoding="utf-8") as f:
        articles = [json.loads(line) for line in f if line.strip()]

    def one_by_one():
        out = []
        for d in articles:
            try:
                out += ex.extract(d["text"], date=d.get("date") or None,
                                  title=d.get("title") or None, id=d["id"])
            except dipgraph.Error:
                pass
        return out
    events1 = run("extract: Extractor.extract per article (1 thread)",
                  "extract_py_loop", one_by_one)
    fig["extract_loop_events"] = len(events1)

    # --- network ---------------------------------------------------------
    path = os.path.join(a.workdir, f"events-{a.events}.jsonl")
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as out:
            subprocess.run([sys.executable, os.path.join(
                a.shared, "bench", "gen_events.py"), str(a.events)],
                stdout=out, check=True)
        os.replace(path + ".tmp", path)
    run_child("network: peer_graph.py (Python + igraph)", "peer_igraph",
              ["/usr/bin/python3", os.path.join(a.shared, "bench",
                                                "peer_graph.py"),
               path, "--no-networkx"])
    run_child("network: dipgraph graph --betweenness off (CLI)", "graph_cli",
              [a.dipgraph, "-q", "graph", "--betweenness", "off", path])
    net = run("network: dipgraph.network(path)", "network_path",
              lambda: dipgraph.network(path, betweenness="off"))
    fig["nodes"], fig["edges"] = len(net.nodes), len(net.edges)
    evs = run("network: dipgraph.read_events(path) (dicts)", "read_events",
              lambda: dipgraph.read_events(path))
    run("network: dipgraph.network(list of dicts)", "network_dicts",
        lambda: dipgraph.network(evs, betweenness="off"))
    del evs
    run("network: Network.to_networkx()", "to_networkx",
        lambda: net.to_networkx(), repeat=1, cpu=False)
    run("network: Network.to_pandas()", "to_pandas",
        lambda: net.to_pandas(), repeat=1, cpu=False)
    fig["load_after"] = load()

    for name, w, c in rows:
        print(f"{name:58s} {w:8.2f} s wall {c:8.2f} s CPU")
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v
                      for k, v in fig.items()}))


if __name__ == "__main__":
    main()

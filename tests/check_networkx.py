#!/usr/bin/env python3
"""Opens dipgraph's GraphML and GEXF exports with NetworkX, as analysts do.

Usage: check_networkx.py DIPGRAPH EVENTS.jsonl WORKDIR
Exits 77 (skip) when python3-networkx is missing, 1 on a mismatch.
"""
import json
import os
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("python3-networkx is not installed (scripts/install-deps installs it)")
    sys.exit(77)

dipgraph, events, work = sys.argv[1:4]
os.makedirs(work, exist_ok=True)


def export(fmt):
    path = os.path.join(work, "net." + fmt)
    subprocess.run([dipgraph, "export", "--format", fmt, "-o", path, events], check=True)
    return path


ref = json.loads(subprocess.run([dipgraph, "graph", "--json", events], check=True,
                                capture_output=True, text=True).stdout)
g = nx.read_graphml(export("graphml"))
assert g.is_directed(), "GraphML graph should be directed"
assert g.number_of_nodes() == len(ref["nodes"]), (g.number_of_nodes(), len(ref["nodes"]))
assert g.number_of_edges() == len(ref["edges"]), (g.number_of_edges(), len(ref["edges"]))
first = ref["edges"][0]
data = g.edges[first["source"], first["target"]]
assert data["events"] == first["events"] and isinstance(data["events"], int), data
assert isinstance(g.nodes[ref["nodes"][0]["id"]]["pagerank"], float)
print(f"networkx {nx.__version__}: GraphML {g.number_of_nodes()} nodes, "
      f"{g.number_of_edges()} edges, typed attributes ok")

#!/usr/bin/env python3
"""Opens dipgraph's GraphML and GEXF exports with NetworkX, as analysts do.

Usage: check_networkx.py DIPGRAPH EVENTS.jsonl WORKDIR [FLAGS...]

Exports the network of EVENTS.jsonl (with the network FLAGS, e.g. --level
person) as GraphML and GEXF, reads both back with networkx.read_graphml and
networkx.read_gexf, and compares them with `dipgraph graph --json FLAGS` of the
same input: node and edge counts, every node's and every edge's attributes
with the types their keys declare (NetworkX converts each value by that type,
so a value that does not parse fails here), GEXF edge weights and spells.
GraphML ids are NMTOKENs with _xHHHH_ escapes (graph/export.cc); they are
decoded before matching, which checks the escape loses nothing.
Exits 77 (skip) when python3-networkx is missing, 1 on a mismatch.
"""
import io
import json
import math
import os
import re
import subprocess
import sys

try:
    import networkx as nx
except ImportError:
    print("python3-networkx is not installed (scripts/install-deps installs it)")
    sys.exit(77)

dipgraph, events, work = sys.argv[1:4]
flags = sys.argv[4:]
os.makedirs(work, exist_ok=True)

# Attributes every node and edge carries, with the Python type of their key.
NODE_ATTRS = {"label": str, "country": str, "type": str, "events_out": int,
              "events_in": int, "degree_out": int, "degree_in": int,
              "pagerank": float, "betweenness": float, "component": int,
              "community": int}
EDGE_ATTRS = {"events": int, "documents": int, "goldstein_sum": float,
              "goldstein_mean": float, "balance": float, "verbal_coop": int,
              "material_coop": int, "verbal_conflict": int,
              "material_conflict": int, "first_date": str, "last_date": str,
              "top_code": str, "top_label": str}
QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]


def export(fmt):
    path = os.path.join(work, "net." + fmt)
    subprocess.run([dipgraph, "export", "--format", fmt, *flags, "-o", path, events],
                   check=True)
    return path


def expected_edge(e):
    """The edge attributes of `dipgraph graph --json`, under export names."""
    out = {k: e[k] for k in EDGE_ATTRS if k in e}
    for q, name in enumerate(QUADS, 1):
        out[name] = e["quad_classes"].get(str(q), 0)
    return out


def same(want, got):
    if isinstance(want, float) or isinstance(got, float):
        return math.isclose(want, got, rel_tol=1e-5, abs_tol=1e-9)  # %.6g
    return want == got


def compare(what, want, got, attrs):
    for name, typ in attrs.items():
        if name not in got:
            sys.exit(f"{what}: no attribute {name!r} in {got}")
        if type(got[name]) is not typ:
            sys.exit(f"{what}: {name}={got[name]!r} is not {typ.__name__}")
        if not same(want[name], got[name]):
            sys.exit(f"{what}: {name} is {got[name]!r}, dipgraph graph says {want[name]!r}")


def decode_id(s):
    return re.sub(r"_x([0-9A-F]{4}|[0-9A-F]{8})_", lambda m: chr(int(m[1], 16)), s)


ref = json.loads(subprocess.run([dipgraph, "graph", "--json", *flags, events],
                                check=True, capture_output=True, text=True).stdout)
nodes = {n["id"]: n for n in ref["nodes"]}
edges = {(e["source"], e["target"]): expected_edge(e) for e in ref["edges"]}
if not edges:
    sys.exit("the network is empty: nothing to compare")

# GraphML: every attribute, typed, on decoded ids.
g = nx.relabel_nodes(nx.read_graphml(export("graphml")), decode_id)
assert g.is_directed(), "GraphML graph should be directed"
assert set(g.nodes) == set(nodes), set(g.nodes) ^ set(nodes)
assert set(g.edges) == set(edges), set(g.edges) ^ set(edges)
for v, data in g.nodes(data=True):
    compare(f"GraphML node {v}", nodes[v], data, NODE_ATTRS)
for u, v, data in g.edges(data=True):
    compare(f"GraphML edge {u}->{v}", edges[u, v], data, EDGE_ATTRS)



def read_gexf_13(path):
    """networkx.read_gexf of a GEXF 1.3 file, whatever the NetworkX release.

    NetworkX reads GEXF 1.3 from 3.6 on; older releases (Debian 12 ships 2.8)
    know only the 1.1draft and 1.2draft namespaces and fail with "No <graph>
    element in GEXF file". For them the same document is read under the
    1.2draft namespace: every element and attribute dipgraph writes means
    the same there (tests/schemas/gexf.xsd checks the 1.3 form itself).
    """
    if "1.3" in nx.readwrite.gexf.GEXF.versions:
        return nx.read_gexf(path, version="1.3")
    with open(path, "rb") as f:
        text = f.read()
    old, new = b'xmlns="http://gexf.net/1.3"', b'xmlns="http://www.gexf.net/1.2draft"'
    assert old in text, "the GEXF export is not in the GEXF 1.3 namespace"
    print(f"networkx {nx.__version__} reads GEXF 1.2draft only: "
          "reading the export under that namespace")
    return nx.read_gexf(io.BytesIO(text.replace(old, new, 1)), version="1.2draft")


# GEXF: the same, with events as the edge weight and one spell per active day.
x = read_gexf_13(export("gexf"))
assert x.is_directed(), "GEXF graph should be directed"
assert x.graph["mode"] == "dynamic", x.graph
assert set(x.nodes) == set(nodes), set(x.nodes) ^ set(nodes)
assert set(x.edges) == set(edges), set(x.edges) ^ set(edges)
for v, data in x.nodes(data=True):
    compare(f"GEXF node {v}", nodes[v], data, NODE_ATTRS)
for u, v, data in x.edges(data=True):
    want = edges[u, v]
    got = dict(data, events=data["weight"])
    compare(f"GEXF edge {u}->{v}", want, got,
            dict(EDGE_ATTRS, events=float))
    spells = data.get("spells", [])
    if want["first_date"]:
        assert spells and spells[0][0] == want["first_date"] and \
            spells[-1][1] == want["last_date"], (u, v, spells, want)
        assert all(s == e for s, e in spells), (u, v, spells)  # one day each
        assert len(spells) <= want["events"], (u, v, spells)
    else:
        assert not spells, (u, v, spells)

print(f"networkx {nx.__version__}, flags [{' '.join(flags)}]: GraphML and GEXF "
      f"{len(nodes)} nodes, {len(edges)} edges, every attribute typed and equal "
      "to dipgraph graph --json")

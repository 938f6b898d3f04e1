#!/usr/bin/env python3
"""Reads dipgraph's JSON and CSV exports back and checks their structure.

Usage: check_exports.py DIPGRAPH EVENTS.jsonl WORKDIR [FLAGS...]

With the network FLAGS (e.g. --level person, --from/--to), exports the
network of EVENTS.jsonl as Cytoscape.js JSON, D3 JSON and Neo4j CSVs, and the
events as CSV, then checks them against `dipgraph graph --json FLAGS` and
`dipgraph query --format jsonl FLAGS` of the same input:

- Cytoscape.js: {"elements": {"nodes": [{"data": ...}], "edges": [...]}}
  with the documented fields and types, unique ids, edge ends that name nodes;
- D3: {"directed": true, "nodes": [...], "links": [...]}, the same checks;
- Neo4j: nodes.csv and relationships.csv parse with Python's csv module,
  have the neo4j-admin headers, and every row matches the network;
- events CSV: the GDELT/ICEWS-like header in its documented order, and every
  row (quoted fields with commas, quotes and line breaks included) matches
  its event.
Exits 1 on a mismatch.
"""
import csv
import json
import math
import os
import subprocess
import sys

dipgraph, events, work = sys.argv[1:4]
flags = sys.argv[4:]
os.makedirs(work, exist_ok=True)

CYTO_NODE = {"id": str, "label": str, "country": str, "type": str,
             "pagerank": float, "community": int, "weighted_degree": float}
CYTO_EDGE = {"id": str, "source": str, "target": str, "weight": int,
             "balance": float, "top_code": str, "top_label": str,
             "first_date": str, "last_date": str}
D3_NODE = {"id": str, "label": str, "group": int, "country": str,
           "pagerank": float}
D3_LINK = {"source": str, "target": str, "value": int, "balance": float,
           "top_label": str}
NEO4J_NODES = ["id:ID", "label", "country", "type", "events_out:int",
               "events_in:int", "pagerank:float", "betweenness:float",
               "community:int", ":LABEL"]
NEO4J_RELS = [":START_ID", ":END_ID", ":TYPE", "events:int", "documents:int",
              "goldstein_mean:float", "balance:float", "top_code", "top_label",
              "first_date", "last_date"]
EVENTS_CSV = ["EventId", "Date", "SourceName", "SourceCode", "SourceCountry",
              "TargetName", "TargetCode", "TargetCountry", "EventCode",
              "EventRootCode", "QuadClass", "GoldsteinScale", "Plover",
              "Negated", "Modality", "Content", "Attribution", "Confidence",
              "DocId", "DocSource", "SentenceIndex", "SentenceText",
              "EventGroup", "NumMentions", "NumSources", "NumArticles"]


def fail(msg):
    sys.exit(f"FAIL: {msg}")


def run(*args):
    return subprocess.run([dipgraph, *args], check=True, capture_output=True,
                          text=True).stdout


def export(fmt, name):
    path = os.path.join(work, name)
    run("export", "--format", fmt, *flags, "-o", path, events)
    return path


def close(a, b):
    return math.isclose(float(a), float(b), rel_tol=1e-5, abs_tol=1e-9)


def check_object(what, obj, fields):
    """`obj` has exactly `fields`, in that order, with those JSON types."""
    if list(obj) != list(fields):
        fail(f"{what}: fields {list(obj)}, expected {list(fields)}")
    for name, typ in fields.items():
        v = obj[name]
        ok = isinstance(v, (int, float)) and not isinstance(v, bool) \
            if typ is float else type(v) is typ
        if not ok:
            fail(f"{what}: {name}={v!r} is not {typ.__name__}")


ref = json.loads(run("graph", "--json", *flags, events))
nodes = {n["id"]: n for n in ref["nodes"]}
edges = {(e["source"], e["target"]): e for e in ref["edges"]}
node_order = [n["id"] for n in ref["nodes"]]
edge_order = [(e["source"], e["target"]) for e in ref["edges"]]
if not edges:
    fail("the network is empty: nothing to compare")

# Cytoscape.js
with open(export("cytoscape", "net.cyjs"), encoding="utf-8") as f:
    cy = json.load(f)
if list(cy) != ["elements"] or list(cy["elements"]) != ["nodes", "edges"]:
    fail(f"cytoscape: top level {list(cy)}, elements {list(cy.get('elements', {}))}")
for el in cy["elements"]["nodes"] + cy["elements"]["edges"]:
    if list(el) != ["data"]:
        fail(f"cytoscape: element {el} is not {{\"data\": ...}}")
cy_nodes = [el["data"] for el in cy["elements"]["nodes"]]
cy_edges = [el["data"] for el in cy["elements"]["edges"]]
for n in cy_nodes:
    check_object(f"cytoscape node {n.get('id')}", n, CYTO_NODE)
for e in cy_edges:
    check_object(f"cytoscape edge {e.get('id')}", e, CYTO_EDGE)
if [n["id"] for n in cy_nodes] != node_order:
    fail("cytoscape: nodes differ from dipgraph graph --json (or their order)")
if [(e["source"], e["target"]) for e in cy_edges] != edge_order:
    fail("cytoscape: edges differ from dipgraph graph --json (or their order)")
ids = [n["id"] for n in cy_nodes] + [e["id"] for e in cy_edges]
if len(set(ids)) != len(ids):
    fail("cytoscape: element ids are not unique")
for n in cy_nodes:
    want = nodes[n["id"]]
    if n["label"] != want["label"] or n["community"] != want["community"] or \
            not close(n["pagerank"], want["pagerank"]) or \
            not close(n["weighted_degree"], want["events_out"] + want["events_in"]):
        fail(f"cytoscape node {n['id']}: {n} vs {want}")
for e in cy_edges:
    want = edges[e["source"], e["target"]]
    if e["weight"] != want["events"] or not close(e["balance"], want["balance"]) or \
            (e["top_code"], e["first_date"], e["last_date"]) != \
            (want["top_code"], want["first_date"], want["last_date"]):
        fail(f"cytoscape edge {e['id']}: {e} vs {want}")

# D3 node-link
with open(export("d3", "net.d3.json"), encoding="utf-8") as f:
    d3 = json.load(f)
if list(d3) != ["directed", "nodes", "links"] or d3["directed"] is not True:
    fail(f"d3: top level {list(d3)}, directed={d3.get('directed')!r}")
for n in d3["nodes"]:
    check_object(f"d3 node {n.get('id')}", n, D3_NODE)
for e in d3["links"]:
    check_object(f"d3 link {e.get('source')}->{e.get('target')}", e, D3_LINK)
if [n["id"] for n in d3["nodes"]] != node_order:
    fail("d3: nodes differ from dipgraph graph --json (or their order)")
if [(e["source"], e["target"]) for e in d3["links"]] != edge_order:
    fail("d3: links differ from dipgraph graph --json (or their order)")
for n in d3["nodes"]:
    want = nodes[n["id"]]
    if (n["label"], n["group"], n["country"]) != \
            (want["label"], want["community"], want["country"]):
        fail(f"d3 node {n['id']}: {n} vs {want}")
for e in d3["links"]:
    want = edges[e["source"], e["target"]]
    if e["value"] != want["events"] or e["top_label"] != want["top_label"]:
        fail(f"d3 link {e['source']}->{e['target']}: {e} vs {want}")


def read_csv(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    if not rows or rows[0] != header:
        fail(f"{path}: header {rows[:1]}, expected {header}")
    for k, row in enumerate(rows[1:], 2):
        if len(row) != len(header):
            fail(f"{path}: record {k} has {len(row)} fields, not {len(header)}")
    return [dict(zip(header, row)) for row in rows[1:]]


# Neo4j import CSVs
neo = export("neo4j", "neo4j")
rows = read_csv(os.path.join(neo, "nodes.csv"), NEO4J_NODES)
if [r["id:ID"] for r in rows] != node_order:
    fail("neo4j nodes.csv: ids differ from dipgraph graph --json")
for r in rows:
    want = nodes[r["id:ID"]]
    if (r["label"], r["country"], r["type"], int(r["events_out:int"]),
            int(r["events_in:int"]), int(r["community:int"]), r[":LABEL"]) != \
            (want["label"], want["country"], want["type"], want["events_out"],
             want["events_in"], want["community"], "Actor") or \
            not close(r["pagerank:float"], want["pagerank"]) or \
            not close(r["betweenness:float"], want["betweenness"]):
        fail(f"neo4j nodes.csv: {r} vs {want}")
rows = read_csv(os.path.join(neo, "relationships.csv"), NEO4J_RELS)
if [(r[":START_ID"], r[":END_ID"]) for r in rows] != edge_order:
    fail("neo4j relationships.csv: edges differ from dipgraph graph --json")
for r in rows:
    want = edges[r[":START_ID"], r[":END_ID"]]
    if (r[":TYPE"], int(r["events:int"]), int(r["documents:int"]), r["top_code"],
            r["top_label"], r["first_date"], r["last_date"]) != \
            ("ACTED_ON", want["events"], want["documents"], want["top_code"],
             want["top_label"], want["first_date"], want["last_date"]) or \
            not close(r["goldstein_mean:float"], want["goldstein_mean"]) or \
            not close(r["balance:float"], want["balance"]):
        fail(f"neo4j relationships.csv: {r} vs {want}")

# Events CSV, against the same events from dipgraph query (which takes the
# filters but not --level).
query_flags = [f for k, f in enumerate(flags)
               if f != "--level" and (k == 0 or flags[k - 1] != "--level")]
want_events = [json.loads(line) for line in
               run("query", "--format", "jsonl", *query_flags, events).splitlines()]
rows = read_csv(export("csv-events", "events.csv"), EVENTS_CSV)
# Actors are named as the actor-level network names its nodes (one naming
# for graph, query, exports and the report): a person by their name, any
# other actor by the name of its code ("Russia (government)").
actor_net = json.loads(run("graph", "--level", "actor", "--json", events))
node_label = {n["id"]: n["label"] for n in actor_net["nodes"]}


def display_name(actor):
    if actor.get("type") == "person" and actor.get("name"):
        return actor["name"]
    return node_label.get(actor.get("id", ""), actor.get("id", ""))


if [r["EventId"] for r in rows] != [e["id"] for e in want_events]:
    fail("events CSV: event ids differ from dipgraph query --format jsonl")
for r, e in zip(rows, want_events):
    t = e.get("target") or {}
    got = (r["Date"], r["SourceName"], r["TargetName"], r["SourceCode"],
           r["TargetCode"],
           r["EventCode"], int(r["QuadClass"]), r["DocId"], r["SentenceText"],
           r["Content"], r["Negated"])
    exp = (e.get("date") or e["doc"].get("date", ""), display_name(e["source"]),
           display_name(t) if t else "", e["source"].get("id", ""),
           t.get("id", ""), e["action"]["cameo"],
           e["action"]["quad_class"], e["doc"]["id"], e["sentence"]["text"],
           e.get("content", ""), "1" if e.get("negated") else "0")
    # Files have no store links: each event is an event of its own.
    got += (r["EventGroup"], r["NumMentions"], r["NumSources"], r["NumArticles"])
    exp += (e["id"], str(e.get("mentions", 1)), "1", "1")
    if got != exp or not close(r["GoldsteinScale"], e["action"]["goldstein"]):
        fail(f"events CSV {r['EventId']}: {got} vs {exp}")

print(f"flags [{' '.join(flags)}]: Cytoscape.js, D3, Neo4j ({len(nodes)} nodes, "
      f"{len(edges)} edges) and events CSV ({len(want_events)} events) read back "
      "and match")

#!/usr/bin/env python3
"""Writes events for a network of N nodes and E distinct dyads (JSON Lines).

Usage: bench/gen-network-events.py NODES EDGES EVENTS_PER_EDGE > events.jsonl
Deterministic (seed 7). Actor types and countries vary so that styles vary.
"""
import json
import random
import sys

nodes, edges, per = (int(a) for a in sys.argv[1:4])
rng = random.Random(7)
countries = ["USA", "RUS", "CHN", "UKR", "SYR", "IRN", "ISR", "TUR", "GBR", "FRA",
             "DEU", "PRK", "KOR", "JPN", "IND", "PAK", "SAU", "EGY", "IRQ", "AFG"]
roles = [("", "state"), ("GOV", "government"), ("MIL", "military"), ("REB", "armed_group")]
codes = [("010", 1), ("036", 1), ("040", 1), ("057", 2), ("111", 3), ("112", 3),
         ("190", 4), ("195", 4)]
actors = []
for i in range(nodes):
    c = countries[i % len(countries)]
    role, kind = roles[(i // len(countries)) % len(roles)]
    code = f"{c}{role}X{i:04d}"
    actors.append({"text": code, "id": code, "name": f"Actor {i} of {c}",
                   "country": c, "role": role, "type": kind})
dyads = set()
while len(dyads) < edges:
    a, b = rng.randrange(nodes), rng.randrange(nodes)
    if a != b:
        dyads.add((a, b))
n = 0
for a, b in sorted(dyads):
    for k in range(per):
        code, quad = rng.choice(codes)
        n += 1
        e = {"id": f"g{n}-0-0", "doc": {"id": f"g{n}"}, "date": f"2016-{1 + n % 12:02d}-{1 + n % 28:02d}",
             "source": actors[a], "target": actors[b],
             "action": {"cameo": code, "root": code[:2], "quad_class": quad,
                        "goldstein": 3.0 if quad < 3 else -5.0, "label": "label " + code}}
        print(json.dumps(e, separators=(",", ":")))

#!/usr/bin/env python3
"""Writes a JSON Lines corpus for whole-program extract timings, built from
the sample articles in data/samples/ (their bodies, repeated with new ids
and dates). usage: gen-corpus.py N_DOCS > corpus.jsonl"""
import datetime
import glob
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
bodies = []
for path in sorted(glob.glob(os.path.join(here, "..", "data", "samples", "*.txt"))):
    lines = open(path, encoding="utf-8").read().split("\n")
    # Drop the header lines (Title:, Date:, Source:) up to the first blank line.
    while lines and ":" in lines[0] and lines[0].split(":")[0] in ("Title", "Date", "Source"):
        lines.pop(0)
    bodies.append("\n".join(lines).strip())
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
day = datetime.date(2016, 1, 1)
for i in range(n):
    d = day + datetime.timedelta(days=i % 900)
    print(json.dumps({"id": f"doc{i:07d}", "title": f"Sample {i}",
                      "date": d.isoformat(), "source": "generated",
                      "text": bodies[i % len(bodies)]}))

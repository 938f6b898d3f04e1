#!/usr/bin/env python3
"""Writes a JSON Lines corpus for whole-program extract timings, built from
the sample articles in data/samples/ (their bodies, repeated with new ids
and dates). usage: gen-corpus.py N_DOCS > corpus.jsonl"""
import datetime
import json
import sys

import sample_articles

bodies = ["\n".join(lines).strip() for lines in sample_articles.body_lines()]
n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
day = datetime.date(2016, 1, 1)
for i in range(n):
    d = day + datetime.timedelta(days=i % 900)
    print(json.dumps({"id": f"doc{i:07d}", "title": f"Sample {i}",
                      "date": d.isoformat(), "source": "generated",
                      "text": bodies[i % len(bodies)]}))

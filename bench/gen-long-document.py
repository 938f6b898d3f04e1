#!/usr/bin/env python3
"""Writes one long plain-text article: a Date: header, then a single
paragraph (no line break) of short sentences taken from the sample articles
in data/samples/ (project-written), in a shuffled order fixed by the seed,
until the text reaches SIZE bytes. The memory test of a document that is
one long paragraph (docs/performance.md):

    bench/gen-long-document.py 11000000 > long.txt
    /usr/bin/time -v dipgraph -q extract long.txt -o long.jsonl
"""
import random
import re
import sys

import sample_articles

sentences = []
for lines in sample_articles.body_lines():
    body = " ".join(l.strip() for l in lines if l.strip())
    # The dateline is no sentence of its own.
    body = re.sub(r"^[A-Z ,]+, [A-Z][a-z]+ \d+ \([^)]*\) - ", "", body)
    sentences += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", body) if s]
size = int(sys.argv[1]) if len(sys.argv) > 1 else 11_000_000
rng = random.Random(15)
out = ["Date: 2016-07-07\n\n"]
n = len(out[0])
while n < size:
    s = rng.choice(sentences)
    out.append(s + " ")
    n += len(s.encode("utf-8")) + 1
sys.stdout.write("".join(out).rstrip() + "\n")

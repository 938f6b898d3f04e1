#!/usr/bin/env python3
"""Scores extracted events against reference events of the same documents.

    dipgraph extract data/samples/*.txt -o /tmp/extracted.jsonl
    python3 tests/score_events.py data/samples/events.jsonl /tmp/extracted.jsonl

Both files hold event records (docs/formats.md). Events are compared per
document as multisets at three levels, as `dipgraph eval events` does for
the gold set: (source country, target country, CAMEO root), (source code,
target code, root) and (source code, target code, full code). A missing
target is its own value. Prints precision, recall and F1 per level.
"""
import collections
import json
import sys


def load(path, level):
    docs = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)

            def actor(a):
                if not a:
                    return None
                return a["id"][:3] if level == "country" else a["id"]

            code = e["action"]["cameo"]
            if level != "code":
                code = code[:2]
            docs[e["doc"]["id"]][(actor(e["source"]), actor(e.get("target")),
                                  code)] += 1
    return docs


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: score_events.py REFERENCE.jsonl EXTRACTED.jsonl")
    for level in ("country", "actor", "code"):
        ref, got = load(sys.argv[1], level), load(sys.argv[2], level)
        tp = sum(sum((ref[d] & got[d]).values()) for d in set(ref) | set(got))
        n_ref = sum(sum(c.values()) for c in ref.values())
        n_got = sum(sum(c.values()) for c in got.values())
        p = tp / n_got if n_got else 0.0
        r = tp / n_ref if n_ref else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{level:8} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
              f"(matched {tp}, reference {n_ref}, extracted {n_got})")


if __name__ == "__main__":
    main()

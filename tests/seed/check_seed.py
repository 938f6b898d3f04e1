#!/usr/bin/env python3
"""Runs `dipgraph extract` on the seed article and compares the events with
tests/seed/expected.tsv. Skips (exit 77) when ../shared/seed is absent.

usage: check_seed.py DIPGRAPH SEED_FILE EXPECTED_TSV [--min-should N]
Exit 0 when every `must` line is found and at least N `should` lines are.
"""
import json
import os
import subprocess
import sys


def matches(pattern, code):
    if pattern == "-":
        return not code
    if pattern.endswith("*"):
        return bool(code) and code.startswith(pattern[:-1])
    return code == pattern


def found(line, events):
    need, src, tgt, code, flags, note = line
    flags = [] if flags == "-" else flags.split(",")
    for e in events:
        target = (e.get("target") or {}).get("id", "")
        if not matches(src, e["source"]["id"]) or not matches(tgt, target):
            continue
        if not e["action"]["cameo"].startswith(code):
            continue
        if "negated" in flags and not e.get("negated"):
            continue
        if "reported" in flags and not e.get("parent"):
            continue
        if "content" in flags and not e.get("content"):
            continue
        return e
    return None


def main():
    args = sys.argv[1:]
    min_should = 0
    if "--min-should" in args:
        i = args.index("--min-should")
        min_should = int(args[i + 1])
        del args[i:i + 2]
    dipgraph, seed, expected_path = args
    if not os.path.exists(seed):
        print(f"SKIP: {seed} is absent")
        return 77
    run = subprocess.run([dipgraph, "-q", "extract", seed], capture_output=True,
                         text=True)
    if run.returncode not in (0, 1):
        print(run.stderr)
        return 1
    events = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    print(f"{len(events)} events extracted:")
    for e in events:
        t = (e.get("target") or {}).get("id", "-")
        print(f"  {e['source']['id']:>10} -> {t:<10} {e['action']['cameo']:<5}"
              f"{' negated' if e.get('negated') else ''}"
              f"{' reported' if e.get('parent') else ''}  {e['action']['text']}")
    lines = []
    with open(expected_path, encoding="utf-8") as f:
        for raw in f:
            if raw.startswith("#") or not raw.strip():
                continue
            lines.append(raw.rstrip("\n").split("\t"))
    used = set()
    result = {"must": [0, 0], "should": [0, 0]}
    print("expected:")
    for line in lines:
        rest = [e for e in events if id(e) not in used]
        hit = found(line, rest)
        if hit is not None:
            used.add(id(hit))
        result[line[0]][1] += 1
        result[line[0]][0] += hit is not None
        print(f"  {'ok  ' if hit else 'MISS'} {line[0]:<6} {line[1]}>{line[2]}:"
              f"{line[3]} {line[4]}  ({line[5]})")
    m, s = result["must"], result["should"]
    print(f"must {m[0]}/{m[1]}, should {s[0]}/{s[1]}")
    return 0 if m[0] == m[1] and s[0] >= min_should else 1


if __name__ == "__main__":
    sys.exit(main())

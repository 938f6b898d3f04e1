#!/usr/bin/env python3
"""Writes tests/gold/gold.jsonl, the event coder's gold set, and checks it.

How the file is made: every item below was written by hand for dipgraph
(invented but realistic news sentences, one annotator). This script expands
the compact event specs into the JSON of tests/gold/README.md, checks that
every CAMEO code exists in data/cameo/cameo.tsv, that ids are unique and
that every item's phenomenon is known, and writes the file deterministically.

    python3 tests/gold/make-gold.py            # write tests/gold/gold.jsonl
    python3 tests/gold/make-gold.py --check    # compare, exit 1 on drift

Event spec: "SRC>TGT:CODE [flags] [|content]"; TGT "-" means no target.
Flags: neg (negated), rep (reported: inner event of speech or appeal),
hyp/fut/dem/pro (modality hypothetical/future/demanded/proposed).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CAMEO = os.path.join(ROOT, "data", "cameo", "cameo.tsv")
OUT = os.path.join(HERE, "gold.jsonl")

PHENOMENA = [
    "subject-object", "prepositional-target", "passive", "relative-clause",
    "compound-actors", "conjoined-verbs", "speech-content", "appeal",
    "attribution", "apposition", "coreference", "negation", "modality",
    "nominal", "relative-date", "actor-date", "no-event",
]
MODS = {"hyp": "hypothetical", "fut": "future", "dem": "demanded",
        "pro": "proposed"}

ITEMS = []


def I(phen, date, text, events=(), event_date=None):
    ITEMS.append((phen, date, text, list(events), event_date))


def parse_spec(spec):
    content = None
    if "|" in spec:
        spec, content = spec.split("|", 1)
        content = content.strip()
    parts = spec.split()
    head, flags = parts[0], parts[1:]
    actors, code = head.split(":")
    src, tgt = actors.split(">")
    ev = {"source": src, "target": None if tgt == "-" else tgt, "code": code,
          "negated": "neg" in flags, "modality": "asserted",
          "reported": "rep" in flags}
    for f in flags:
        if f in MODS:
            ev["modality"] = MODS[f]
        elif f not in ("neg", "rep"):
            raise ValueError("unknown flag %r in %r" % (f, spec))
    if content:
        ev["content"] = content
    return ev


# Items live in gold_items.py beside this script (plain data, one I() call each).
exec(open(os.path.join(HERE, "gold_items.py"), encoding="utf-8").read())


def main():
    codes = set()
    with open(CAMEO, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t")[0])
    lines, errors = [], []
    for n, (phen, date, text, specs, event_date) in enumerate(ITEMS, 1):
        iid = "g%04d" % n
        if phen not in PHENOMENA:
            errors.append("%s: unknown phenomenon %s" % (iid, phen))
        events = [parse_spec(s) for s in specs]
        for ev in events:
            if ev["code"] not in codes:
                errors.append("%s: code %s not in cameo.tsv" % (iid, ev["code"]))
            if "content" in ev and ev["content"] not in text:
                errors.append("%s: content %r not in text" % (iid, ev["content"]))
        if phen == "no-event" and events:
            errors.append("%s: no-event item with events" % iid)
        item = {"id": iid, "phenomenon": phen, "date": date}
        if event_date:
            item["event_date"] = event_date
        item["text"] = text
        item["events"] = events
        lines.append(json.dumps(item, ensure_ascii=False))
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        return 1
    data = "\n".join(lines) + "\n"
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != data:
                sys.stderr.write("gold.jsonl differs from make-gold.py\n")
                return 1
        for l in data.splitlines():
            json.loads(l)
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
    counts = {}
    for phen, *_ in ITEMS:
        counts[phen] = counts.get(phen, 0) + 1
    sys.stderr.write("%d items\n" % len(ITEMS))
    for p in PHENOMENA:
        sys.stderr.write("  %-22s %d\n" % (p, counts.get(p, 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

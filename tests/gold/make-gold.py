#!/usr/bin/env python3
"""Writes the event coder's gold sets and checks them.

Each set is a table of items, one a line, tab-separated: phenomenon,
article date, event date ("-" for none), text, then one event spec a
column; a trailing "# note" column is a comment. This script expands the
specs into the JSON of tests/gold/README.md, checks that every CAMEO code
exists in data/cameo/cameo.tsv, that texts are unique within and across the
sets, and that every item's phenomenon is known, and writes each set
deterministically:

    set       items              writes         ids
    gold      gold_items.tsv     gold.jsonl     g0001…  (development)
    heldout   heldout_items.tsv  heldout.jsonl  h0001…  (no text of gold)
    fresh     fresh_items.tsv    fresh.jsonl    t0001…  (no text of gold or heldout)

    python3 tests/gold/make-gold.py [SET …]          # write (all sets by default)
    python3 tests/gold/make-gold.py --check [SET …]  # compare, exit 1 on drift

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

PHENOMENA = [
    "subject-object", "prepositional-target", "passive", "relative-clause",
    "compound-actors", "conjoined-verbs", "speech-content", "appeal",
    "attribution", "apposition", "coreference", "negation", "modality",
    "nominal", "relative-date", "actor-date", "no-event",
]
MODS = {"hyp": "hypothetical", "fut": "future", "dem": "demanded",
        "pro": "proposed"}


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


# The sets: name, item table, output, id prefix, sets whose texts it may
# not repeat.
SETS = [
    ("gold", "gold_items.tsv", "gold.jsonl", "g", ()),
    ("heldout", "heldout_items.tsv", "heldout.jsonl", "h", ("gold",)),
    ("fresh", "fresh_items.tsv", "fresh.jsonl", "t", ("gold", "heldout")),
]


def load_items(path):
    """The items of an item table, as (phen, date, text, specs, event_date)."""
    items = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if cols[-1].startswith("#"):
                cols.pop()
            if len(cols) < 4:
                raise ValueError("%s: too few columns: %r" % (path, line))
            phen, date, event_date, text = cols[:4]
            items.append((phen, date, text, cols[4:],
                          None if event_date == "-" else event_date))
    return items


def write_set(items, prefix, out, source, others=()):
    """Expands and checks `items`, numbered PREFIX0001…, and writes them to
    `out` (with --check: compares instead, exit status 1 on drift). `others`
    are (file name, texts) of other sets no text may repeat. Returns the
    exit status."""
    codes = set()
    with open(CAMEO, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t")[0])
    lines, errors, seen = [], [], set()
    for n, (phen, date, text, specs, event_date) in enumerate(items, 1):
        iid = "%s%04d" % (prefix, n)
        if phen not in PHENOMENA:
            errors.append("%s: unknown phenomenon %s" % (iid, phen))
        for name, texts in others:
            if text in texts:
                errors.append("%s: text also in %s" % (iid, name))
        if text in seen:
            errors.append("%s: duplicate text" % iid)
        seen.add(text)
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
        with open(out, encoding="utf-8") as f:
            if f.read() != data:
                sys.stderr.write("%s differs from %s\n"
                                 % (os.path.basename(out), source))
                return 1
        for l in data.splitlines():
            json.loads(l)
    else:
        with open(out, "w", encoding="utf-8") as f:
            f.write(data)
    counts, evs = {}, {}
    for phen, _, _, specs, _ in items:
        counts[phen] = counts.get(phen, 0) + 1
        evs[phen] = evs.get(phen, 0) + len(specs)
    empty = sum(1 for _, _, _, specs, _ in items if not specs)
    sys.stderr.write("%d items, %d events, %d items with no event\n"
                     % (len(items), sum(evs.values()), empty))
    for p in PHENOMENA:
        sys.stderr.write("  %-22s %3d items %3d events\n"
                         % (p, counts.get(p, 0), evs.get(p, 0)))
    return 0


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    names = [name for name, _, _, _, _ in SETS]
    for a in args:
        if a not in names:
            sys.stderr.write("unknown set %r (one of %s)\n" % (a, ", ".join(names)))
            return 2
    items = {name: load_items(os.path.join(HERE, table))
             for name, table, _, _, _ in SETS}
    status = 0
    for name, table, out, prefix, others in SETS:
        if args and name not in args:
            continue
        other_texts = [(dict((n, t) for n, t, _, _, _ in SETS)[o],
                        {t for _, _, t, _, _ in items[o]}) for o in others]
        status |= write_set(items[name], prefix, os.path.join(HERE, out), table,
                            other_texts)
    return status


if __name__ == "__main__":
    sys.exit(main())

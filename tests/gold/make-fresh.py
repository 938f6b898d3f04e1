#!/usr/bin/env python3
"""Writes tests/gold/fresh.jsonl, the fresh gold set, and checks it.

The fresh set was written on 2026-12-04 by a third annotator, blind to the
coder (the coder was not run on it and none of its output was read), and
independently of gold.jsonl and heldout.jsonl; it is for measuring only,
never for tuning. Items live in fresh_items.py, in the same
I(phenomenon, article date, text, [event specs], event_date) syntax as
gold_items.py; this script reuses make-gold.py's spec parser, phenomena and
CAMEO check, numbers items t0001... and rejects any text that also occurs in
gold_items.py or heldout_items.py (exact text, as make-heldout.py compares).

    python3 tests/gold/make-fresh.py            # write tests/gold/fresh.jsonl
    python3 tests/gold/make-fresh.py --check    # compare, exit 1 on drift
"""
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "make_gold", os.path.join(HERE, "make-gold.py"))
mg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mg)

ITEMS_FILE = os.path.join(HERE, "fresh_items.py")
HELDOUT_FILE = os.path.join(HERE, "heldout_items.py")
OUT = os.path.join(HERE, "fresh.jsonl")
PREFIX = "t"


def load_items(path):
    """The items of an item file, as (phen, date, text, specs, event_date)."""
    items = []

    def I(phen, date, text, events=(), event_date=None):
        items.append((phen, date, text, list(events), event_date))

    exec(open(path, encoding="utf-8").read(), {"I": I})
    return items


ITEMS = load_items(ITEMS_FILE)


def main():
    codes = set()
    with open(mg.CAMEO, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t")[0])
    gold_texts = {t for _, _, t, _, _ in mg.ITEMS}
    heldout_texts = {t for _, _, t, _, _ in load_items(HELDOUT_FILE)}
    lines, errors, seen = [], [], set()
    for n, (phen, date, text, specs, event_date) in enumerate(ITEMS, 1):
        iid = "%s%04d" % (PREFIX, n)
        if phen not in mg.PHENOMENA:
            errors.append("%s: unknown phenomenon %s" % (iid, phen))
        if text in gold_texts:
            errors.append("%s: text also in gold_items.py" % iid)
        if text in heldout_texts:
            errors.append("%s: text also in heldout_items.py" % iid)
        if text in seen:
            errors.append("%s: duplicate text" % iid)
        seen.add(text)
        events = [mg.parse_spec(s) for s in specs]
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
                sys.stderr.write("fresh.jsonl differs from fresh_items.py\n")
                return 1
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
    counts, evs = {}, {}
    for phen, _, _, specs, _ in ITEMS:
        counts[phen] = counts.get(phen, 0) + 1
        evs[phen] = evs.get(phen, 0) + len(specs)
    empty = sum(1 for _, _, _, specs, _ in ITEMS if not specs)
    sys.stderr.write("%d items, %d events, %d items with no event\n"
                     % (len(ITEMS), sum(evs.values()), empty))
    for p in mg.PHENOMENA:
        sys.stderr.write("  %-22s %3d items %3d events\n" % (p, counts.get(p, 0), evs.get(p, 0)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

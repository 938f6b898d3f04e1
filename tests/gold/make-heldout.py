#!/usr/bin/env python3
"""Writes tests/gold/heldout.jsonl, the held-out gold set, and checks it.

The held-out set was written after the coder's development set (gold.jsonl)
by a separate annotator, without looking at the coder's output; it is meant
for measuring, not for tuning. Items live in heldout_items.py, in the same
I(phenomenon, article date, text, [event specs], event_date) syntax as
gold_items.py; this script reuses make-gold.py's spec parser, phenomena and
CAMEO check, and numbers items h0001... instead of g0001...

    python3 tests/gold/make-heldout.py            # write tests/gold/heldout.jsonl
    python3 tests/gold/make-heldout.py --check    # compare, exit 1 on drift
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "make_gold", os.path.join(HERE, "make-gold.py"))
mg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mg)

ITEMS_FILE = os.path.join(HERE, "heldout_items.py")
OUT = os.path.join(HERE, "heldout.jsonl")
PREFIX = "h"

ITEMS = mg.load_items(ITEMS_FILE)


def main():
    others = [("gold_items.py", {t for _, _, t, _, _ in mg.ITEMS})]
    return mg.write_set(ITEMS, PREFIX, OUT, "heldout_items.py", others)


if __name__ == "__main__":
    sys.exit(main())

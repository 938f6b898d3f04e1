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


ITEMS = mg.load_items(ITEMS_FILE)


def main():
    others = [("gold_items.py", {t for _, _, t, _, _ in mg.ITEMS}),
              ("heldout_items.py",
               {t for _, _, t, _, _ in mg.load_items(HELDOUT_FILE)})]
    return mg.write_set(ITEMS, PREFIX, OUT, "fresh_items.py", others)


if __name__ == "__main__":
    sys.exit(main())

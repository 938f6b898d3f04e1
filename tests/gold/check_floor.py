#!/usr/bin/env python3
"""Runs `dipgraph eval events` on the gold set and fails when an F1 falls
below its floor: a regression guard for the coder, not a target (the
targets and the current figures are in docs/accuracy.md).

usage: check_floor.py DIPGRAPH GOLD country=F actor=F code=F
"""
import json
import subprocess
import sys


def main():
    dipgraph, gold, *floors = sys.argv[1:]
    run = subprocess.run([dipgraph, "-q", "eval", "events", "--gold", gold,
                          "--json"], capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stderr)
        return 1
    levels = json.loads(run.stdout)["levels"]
    ok = True
    for item in floors:
        level, floor = item.split("=")
        f1 = levels[level]["f1"]
        good = f1 >= float(floor)
        ok &= good
        print(f"{level:8} F1 {f1:.3f} (floor {float(floor):.3f})"
              f"{'' if good else '  BELOW THE FLOOR'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

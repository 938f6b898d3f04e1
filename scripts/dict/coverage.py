#!/usr/bin/env python3
"""How much of 1990-01-01..2026-11-25 the people dictionary covers, per
country and office (head of state, head of government, foreign minister,
defence minister), for the countries issue 5 names (G20, UN Security Council
permanent members, the Middle East, Ukraine, the Koreas).

usage: scripts/dict/coverage.py [data/dict/people] [--gaps]
Prints one line per country: the share of days covered for each office, and
with --gaps the uncovered stretches longer than 60 days.
"""
import datetime as dt
import glob
import os
import re
import sys

COUNTRIES = ("USA RUS CHN GBR FRA DEU JPN IND BRA CAN ITA AUS KOR MEX IDN TUR "
             "SAU ARG ZAF ISR IRN IRQ SYR EGY JOR LBN ARE QAT YEM LBY UKR PRK "
             "KWT OMN BHR PSE").split()
START, END = dt.date(1990, 1, 1), dt.date(2026, 11, 25)
OFFICES = {
    "state": re.compile(r"^(President|King|Emir|Sultan|Supreme Leader|Chairman|"
                        r"Federal President|Queen|Monarch|Crown|Head of state|"
                        r"Acting President|Interim President|Chairman of the "
                        r"State Affairs Commission|Supreme Leader of North Korea)",
                        re.I),
    "government": re.compile(r"^(Prime Minister|Chancellor|Premier|President)",
                             re.I),
    "foreign": re.compile(r"(Foreign (Minister|Secretary)|Secretary of State$|"
                          r"Minister of Foreign Affairs|External Affairs Minister)",
                          re.I),
    "defence": re.compile(r"(Defen[cs]e (Minister|Secretary)|Secretary of "
                          r"Defense|Minister of (National )?Defen[cs]e|"
                          r"Minister of the Armed Forces)", re.I),
}


def day(text, end=False):
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        if end:
            nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return nxt
        return dt.date(parts[0], parts[1], 1)
    return dt.date(*parts)


def roles(folder):
    for path in sorted(glob.glob(os.path.join(folder, "*.dict"))):
        for line in open(path, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if not line.startswith("person "):
                continue
            fields = [f.strip() for f in line[len("person "):].split("|")]
            if len(fields) < 3:
                continue
            for role in fields[2].split(";"):
                m = re.match(r"\s*([A-Z]{3})([A-Z]*)\s+(\S*)\.\.(\S*)\s*(.*)", role)
                if not m:
                    continue
                country, _, a, b, title = m.groups()
                lo = day(a) if a else START
                hi = day(b, end=True) if b else END
                yield country, title, lo, hi


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = args[0] if args else "data/dict/people"
    want_gaps = "--gaps" in sys.argv
    spans = {}
    for country, title, lo, hi in roles(folder):
        for office, rx in OFFICES.items():
            if rx.search(title):
                spans.setdefault((country, office), []).append((lo, hi))
    total = (END - START).days
    print(f"{'':5}" + "".join(f"{o:>12}" for o in OFFICES))
    sums = {o: 0.0 for o in OFFICES}
    for c in COUNTRIES:
        row, gaps = [], []
        for office in OFFICES:
            s = sorted(spans.get((c, office), []))
            covered, cursor = 0, START
            for lo, hi in s:
                lo, hi = max(lo, cursor), min(hi, END)
                if hi <= lo:
                    continue
                if (lo - cursor).days > 60:
                    gaps.append(f"{office} {cursor}..{lo}")
                covered += (hi - lo).days
                cursor = hi
            if (END - cursor).days > 60:
                gaps.append(f"{office} {cursor}..{END}")
            share = covered / total
            sums[office] += share
            row.append(f"{100 * share:11.0f}%")
        print(f"{c:5}" + "".join(row))
        if want_gaps:
            for g in gaps:
                print(f"      gap: {g}")
    print(f"{'mean':5}" + "".join(f"{100 * sums[o] / len(COUNTRIES):11.0f}%"
                                  for o in OFFICES))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Cases for check_overlap.py: each a small SVG with known text boxes."""
import os
import subprocess
import sys
import tempfile
import json

HERE = os.path.dirname(os.path.abspath(__file__))
HEAD = ('<svg xmlns="http://www.w3.org/2000/svg" width="400pt" height="300pt" '
        'viewBox="0 0 400 300"><g transform="scale(1 1) translate(4 296)">')
TAIL = "</g></svg>"


def text(x, y, s, size=10, anchor="middle"):
    return (f'<text text-anchor="{anchor}" x="{x}" y="{y}" '
            f'font-family="Helvetica,sans-Serif" font-size="{size}">{s}</text>')


# (name, texts, overlapping boxes, passes)
CASES = [
    ("apart", [text(50, -50, "Russia"), text(250, -50, "Syria")], 0, True),
    ("same line, touching words", [text(50, -50, "Russia"),
                                   text(70, -50, "Syria")], 2, False),
    ("one line apart", [text(50, -50, "Russia"), text(50, -38, "Syria")], 0,
     True),
    ("half a line apart", [text(50, -50, "Russia"), text(50, -45, "Syria")], 2,
     False),
    ("end anchor reaches left", [text(100, -50, "United States", anchor="end"),
                                 text(60, -50, "X")], 2, False),
    ("too small", [text(50, -50, "tiny", size=5)], 0, False),
]


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, texts, want, passes in CASES:
            path = os.path.join(tmp, "case.svg")
            with open(path, "w") as f:
                f.write(HEAD + "".join(texts) + TAIL)
            out = subprocess.run([sys.executable,
                                  os.path.join(HERE, "check_overlap.py"),
                                  "--json", path], capture_output=True,
                                 text=True)
            r = json.loads(out.stdout)
            if r["overlapping"] != want or r["pass"] != passes or \
                    out.returncode != (0 if passes else 1):
                print(f"FAIL {name}: {r}, exit {out.returncode}")
                failures += 1
    print(f"{len(CASES) - failures} of {len(CASES)} cases pass")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Default renders are readable: overlap and label size at every level.

    render_readable.py DIPGRAPH WORKDIR (--events FILE | --articles FILE)

Renders the events (or the events `dipgraph extract` gets from the
articles) at person, actor and country level with the default options, as
`dipgraph render --level L -o L.svg` does, and runs check_overlap.py on
each SVG: at most 2 % of the text boxes may overlap another and no text
may be smaller than 8 px at the SVG's natural size (issue 20,
docs/render.md "Readable by default"). The SVGs stay in WORKDIR.

Exit status: 0 pass, 1 fail, 77 when the input file is absent (the real
news lives outside the repository, in ../shared/news/).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dipgraph")
    p.add_argument("workdir")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--events")
    src.add_argument("--articles")
    args = p.parse_args()
    path = args.events or args.articles
    if not os.path.exists(path):
        print(f"render_readable: {path} absent; skipped")
        sys.exit(77)
    os.makedirs(args.workdir, exist_ok=True)
    events = args.events
    if args.articles:
        events = os.path.join(args.workdir, "events.jsonl")
        subprocess.run([args.dipgraph, "-q", "extract", "--jobs", "2",
                        "--keep-going", "-o", events, args.articles],
                       check=True)
    svgs = []
    for level in ("person", "actor", "country"):
        svg = os.path.join(args.workdir, level + ".svg")
        subprocess.run([args.dipgraph, "-q", "render", "--level", level,
                        "-o", svg, events], check=True)
        svgs.append(svg)
    out = subprocess.run([sys.executable, os.path.join(HERE, "check_overlap.py"),
                          "--json", "--list", "10", *svgs],
                         capture_output=True, text=True)
    sys.stderr.write(out.stderr)
    if out.returncode not in (0, 1):
        sys.exit(f"render_readable: check_overlap.py failed: {out.stderr}")
    ok = True
    for line in out.stdout.splitlines():
        r = json.loads(line)
        ok &= r["pass"] and r["texts"] > 0
        print(f"{os.path.basename(r['file'])}: {r['texts']} texts, "
              f"{r['overlapping']} overlap another ({r['overlap_percent']} %), "
              f"smallest {r['smallest_px']} px"
              + ("" if r["pass"] else "  FAIL"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

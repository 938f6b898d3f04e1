#!/usr/bin/python3
"""Readability of a rendered network: overlapping text and label sizes.

    check_overlap.py [options] FILE.svg [FILE.svg ...]

For every <text> element of a Graphviz SVG, the script computes the box the
text occupies at the SVG's natural size (its width/height attributes, pt
read as CSS pt: 1 pt = 4/3 px), from the positions Graphviz writes:

- x, y are the anchor point and the baseline; text-anchor (start, middle,
  end) says where the box lies around x; every transform of the enclosing
  groups is applied (Graphviz writes scale(...) and translate(...)).
- The width is estimated from the font size and the string: the sum of the
  advance widths of its characters in the font that the SVG's font-family
  resolves to on this machine (fc-match, the same fontconfig lookup the
  browser and Graphviz's pango plugin do; on Debian 12 "Helvetica" is
  DejaVu Sans), read from the font file's hmtx and cmap tables. Kerning is
  ignored (it only narrows text, so boxes are a little too wide, never too
  narrow). Without fontconfig or a TrueType/OpenType file, the widths of
  Helvetica's Adobe font metrics are used, 0.556 em for characters they do
  not cover and 1 em for wide (East Asian) characters.
- The height is the font's typographic ascender above the baseline and its
  descender below (the OS/2 table's sTypoAscender and sTypoDescender, else
  hhea's; DejaVu Sans: 0.760 and 0.240 em, Helvetica: 0.718 and 0.207 em):
  the extent of letters such as "d" and "p". Accents on capitals reach a
  little higher; the line box a browser reports (getBoundingClientRect)
  is taller still, 1.16 em for DejaVu Sans, more than the 1.08 em by which
  Graphviz spaces the lines of one label, so it would count the lines of
  every multi-line label as overlapping each other.

A box overlaps another when their intersection is wider and taller than
0.1 px. The script prints how many boxes overlap another, the share of all
boxes, and the smallest font size in px; it fails (exit 1) when the share
exceeds --max-overlap percent or a text is smaller than --min-px.

--browser also opens each SVG in headless Chromium, reads the real box of
every text element (getBoundingClientRect) and reports the overlap of those
boxes and how far the estimated widths are from the browser's.

Exit status: 0 pass, 1 fail, 2 usage or unreadable input.
"""
import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
PX_PER_PT = 4.0 / 3.0
TOLERANCE_PX = 0.1

# Helvetica advance widths (Adobe Core 14 AFM), 1/1000 em, for ' '..'~'.
HELVETICA = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
    278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584,
    584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556,
    833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222,
    500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
    500, 334, 260, 334, 584]


def fail_usage(msg):
    print("check_overlap: " + msg, file=sys.stderr)
    sys.exit(2)


class AfmFont:
    """Helvetica's metrics, for machines without a readable font file."""
    name = "Helvetica (Adobe AFM widths)"
    ascent, descent = 0.718, 0.207

    def advance(self, ch):
        o = ord(ch)
        if 32 <= o <= 126:
            return HELVETICA[o - 32] / 1000.0
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            return 1.0
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and 32 <= ord(base) <= 126:
            return HELVETICA[ord(base) - 32] / 1000.0
        return 0.556


class SfntFont:
    """Advance widths and line box of a TrueType/OpenType font file."""

    def __init__(self, path, index=0):
        with open(path, "rb") as f:
            self.data = data = f.read()
        self.name = os.path.basename(path)
        base = 0
        if data[:4] == b"ttcf":
            base = struct.unpack_from(">I", data, 12 + 4 * index)[0]
        tables = {}
        (count,) = struct.unpack_from(">H", data, base + 4)
        for i in range(count):
            tag, _, off, length = struct.unpack_from(">4sIII", data,
                                                     base + 12 + 16 * i)
            tables[tag.decode("latin-1")] = (off, length)
        for need in ("head", "hhea", "hmtx", "cmap"):
            if need not in tables:
                raise ValueError(f"{path}: no {need} table")
        self.upem = struct.unpack_from(">H", data, tables["head"][0] + 18)[0]
        hhea = tables["hhea"][0]
        asc, desc = struct.unpack_from(">hh", data, hhea + 4)
        if "OS/2" in tables:  # typographic ascender and descender
            asc, desc = struct.unpack_from(">hh", data, tables["OS/2"][0] + 68)
        self.ascent, self.descent = asc / self.upem, -desc / self.upem
        n_metrics = struct.unpack_from(">H", data, hhea + 34)[0]
        hmtx = tables["hmtx"][0]
        self.advances = [struct.unpack_from(">H", data, hmtx + 4 * i)[0]
                         for i in range(n_metrics)]
        self.cmap = self._read_cmap(tables["cmap"][0])
        self.cache = {}

    def _read_cmap(self, start):
        data = self.data
        _, count = struct.unpack_from(">HH", data, start)
        best = None
        for i in range(count):
            pid, eid, off = struct.unpack_from(">HHI", data, start + 4 + 8 * i)
            fmt = struct.unpack_from(">H", data, start + off)[0]
            rank = {(3, 10, 12): 0, (0, 4, 12): 1, (3, 1, 4): 2,
                    (0, 3, 4): 3}.get((pid, eid, fmt))
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, start + off, fmt)
        if best is None:
            raise ValueError("no Unicode cmap")
        return (best[1], best[2])

    def _glyph(self, code):
        at, fmt = self.cmap
        data = self.data
        if fmt == 12:
            (groups,) = struct.unpack_from(">I", data, at + 12)
            for g in range(groups):
                lo, hi, first = struct.unpack_from(">III", data, at + 16 + 12 * g)
                if lo <= code <= hi:
                    return first + code - lo
            return 0
        if code > 0xFFFF:
            return 0
        seg2 = struct.unpack_from(">H", data, at + 6)[0]
        ends = at + 14
        starts = ends + seg2 + 2
        deltas = starts + seg2
        ranges = deltas + seg2
        for s in range(0, seg2, 2):
            end = struct.unpack_from(">H", data, ends + s)[0]
            if code > end:
                continue
            first = struct.unpack_from(">H", data, starts + s)[0]
            if code < first:
                return 0
            delta = struct.unpack_from(">h", data, deltas + s)[0]
            roff = struct.unpack_from(">H", data, ranges + s)[0]
            if roff == 0:
                return (code + delta) & 0xFFFF
            glyph = struct.unpack_from(
                ">H", data, ranges + s + roff + 2 * (code - first))[0]
            return (glyph + delta) & 0xFFFF if glyph else 0
        return 0

    def advance(self, ch):
        if ch not in self.cache:
            g = self._glyph(ord(ch))
            adv = self.advances[min(g, len(self.advances) - 1)]
            self.cache[ch] = adv / self.upem
        return self.cache[ch]


FONTS = {}


def font_for(family, weight):
    """The font a browser on this machine would use for family/weight."""
    key = (family, weight)
    if key in FONTS:
        return FONTS[key]
    font = None
    if shutil.which("fc-match"):
        first = family.split(",")[0].strip() or "sans-serif"
        pattern = first + (":bold" if weight == "bold" else "")
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}\t%{index}", pattern],
                capture_output=True, text=True, check=True).stdout
            path, index = out.split("\t")
            if path.lower().endswith((".ttf", ".otf", ".ttc")):
                font = SfntFont(path, int(index or 0))
        except (subprocess.CalledProcessError, ValueError, OSError,
                struct.error):
            font = None
    FONTS[key] = font or AfmFont()
    return FONTS[key]


def parse_transform(text):
    """The 2x3 matrix (a, b, c, d, e, f) of an SVG transform attribute."""
    m = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", text or ""):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "translate":
            t = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale":
            t = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "matrix":
            t = tuple(v)
        elif name == "rotate" and (not v or v[0] == 0):
            continue
        else:
            raise ValueError(f"unsupported transform {name}({args})")
        m = multiply(m, t)
    return m


def multiply(m, t):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = t
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2,
            b * c2 + d * d2, a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def length_pt(value):
    m = re.fullmatch(r"\s*([0-9.]+)\s*(pt|px)?\s*", value or "")
    if not m:
        return None
    return float(m.group(1)) * (1.0 if m.group(2) in (None, "pt") else 0.75)


def text_boxes(path):
    """(boxes, px_per_unit): one dict per <text> with its box in px."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        fail_usage(f"{path}: {e}")
    if root.tag != SVG + "svg":
        fail_usage(f"{path}: not an SVG document")
    view = [float(x) for x in root.get("viewBox", "0 0 0 0").split()]
    width_pt = length_pt(root.get("width"))
    scale = PX_PER_PT * (width_pt / view[2] if width_pt and view[2] else 1.0)
    boxes = []

    def walk(elem, m, inherited):
        m = multiply(m, parse_transform(elem.get("transform")))
        attrs = dict(inherited)
        for k in ("font-family", "font-size", "font-weight", "text-anchor"):
            if elem.get(k) is not None:
                attrs[k] = elem.get(k)
        if elem.tag == SVG + "text":
            text = "".join(elem.itertext())
            if text.strip():
                boxes.append(make_box(text, elem, attrs, m, scale))
            return
        for child in elem:
            walk(child, m, attrs)

    walk(root, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), {})
    return boxes, scale


def make_box(text, elem, attrs, m, scale):
    size = float(attrs.get("font-size", "14"))
    font = font_for(attrs.get("font-family", "Times"),
                    attrs.get("font-weight", "normal"))
    x, y = float(elem.get("x", 0)), float(elem.get("y", 0))
    unit = (m[0] ** 2 + m[1] ** 2) ** 0.5  # uniform scale of the transform
    px, py = m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]
    size_px = size * unit * scale
    width = sum(font.advance(ch) for ch in text) * size_px
    anchor = attrs.get("text-anchor", "start")
    left = px * scale - (width / 2 if anchor == "middle" else
                         width if anchor == "end" else 0)
    base = py * scale
    return {"text": text, "size_px": size_px, "x0": left, "x1": left + width,
            "y0": base - font.ascent * size_px,
            "y1": base + font.descent * size_px, "font": font.name}


def overlapping(boxes):
    """Indexes of boxes that overlap at least one other (sweep over x)."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i]["x0"])
    hit = set()
    active = []
    for i in order:
        b = boxes[i]
        active = [j for j in active if boxes[j]["x1"] - b["x0"] > TOLERANCE_PX]
        for j in active:
            o = boxes[j]
            dx = min(o["x1"], b["x1"]) - max(o["x0"], b["x0"])
            dy = min(o["y1"], b["y1"]) - max(o["y0"], b["y0"])
            if dx > TOLERANCE_PX and dy > TOLERANCE_PX:
                hit.update((i, j))
        active.append(i)
    return hit


BROWSER_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<style>body{margin:0}svg{display:block}</style></head><body>%s
<pre id="out"></pre><script>
const r = [];
for (const t of document.querySelectorAll('svg text')) {
  const b = t.getBoundingClientRect();
  r.push([b.left, b.top, b.right, b.bottom, t.textContent]);
}
document.getElementById('out').textContent = JSON.stringify(r);
</script></body></html>"""


def browser_boxes(path):
    """Boxes of the text elements as headless Chromium lays them out."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return None
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    svg = svg[svg.find("<svg"):]
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(BROWSER_PAGE % svg)
        out = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run",
             "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + os.path.join(tmp, "profile"),
             "--dump-dom", "file://" + page],
            capture_output=True, text=True, timeout=300).stdout
    m = re.search(r'<pre id="out">(.*?)</pre>', out, re.S)
    if not m:
        return None
    rows = json.loads(m.group(1).replace("&lt;", "<").replace("&gt;", ">")
                      .replace("&quot;", '"').replace("&amp;", "&"))
    return [{"text": t, "x0": a, "y0": b, "x1": c, "y1": d}
            for a, b, c, d, t in rows]


def report(path, args):
    boxes, _ = text_boxes(path)
    hit = overlapping(boxes)
    n = len(boxes)
    share = 100.0 * len(hit) / n if n else 0.0
    smallest = min((b["size_px"] for b in boxes), default=0.0)
    small = [b for b in boxes if b["size_px"] < args.min_px - 1e-9]
    ok = share <= args.max_overlap and not small
    result = {"file": path, "texts": n, "overlapping": len(hit),
              "overlap_percent": round(share, 2),
              "smallest_px": round(smallest, 2),
              "below_min_px": len(small), "font": boxes[0]["font"] if boxes
              else "", "pass": ok}
    if args.browser:
        real = browser_boxes(path)
        if real is None:
            result["browser"] = "chromium not available"
        else:
            rhit = overlapping(real)
            ratios = sorted((b["x1"] - b["x0"]) / (r["x1"] - r["x0"])
                            for b, r in zip(boxes, real)
                            if r["x1"] - r["x0"] > 0.5)
            result["browser"] = {
                "texts": len(real), "overlapping": len(rhit),
                "overlap_percent": round(100.0 * len(rhit) / len(real), 2)
                if real else 0.0,
                "width_ratio_median": round(ratios[len(ratios) // 2], 3)
                if ratios else None,
                "width_ratio_min": round(ratios[0], 3) if ratios else None,
                "width_ratio_max": round(ratios[-1], 3) if ratios else None}
    if args.list:
        for i in sorted(hit)[:args.list]:
            b = boxes[i]
            print(f"  overlaps: {b['text']!r} at ({b['x0']:.0f}, {b['y0']:.0f})"
                  f" {b['size_px']:.1f} px", file=sys.stderr)
        for b in small[:args.list]:
            print(f"  small: {b['text']!r} {b['size_px']:.1f} px",
                  file=sys.stderr)
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("svg", nargs="+")
    p.add_argument("--max-overlap", type=float, default=2.0,
                   help="percent of text boxes that may overlap another")
    p.add_argument("--min-px", type=float, default=8.0,
                   help="smallest font size in px at the natural size")
    p.add_argument("--browser", action="store_true",
                   help="also measure the real boxes in headless Chromium")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--list", type=int, default=0, metavar="N",
                   help="list up to N overlapping or small texts")
    args = p.parse_args()
    results = [report(path, args) for path in args.svg]
    for r in results:
        if args.json:
            print(json.dumps(r))
            continue
        line = (f"{r['file']}: {r['texts']} texts, {r['overlapping']} overlap"
                f" another ({r['overlap_percent']:.2f} %), smallest"
                f" {r['smallest_px']:.1f} px ({r['font']})")
        if isinstance(r.get("browser"), dict):
            b = r["browser"]
            line += (f"; Chromium: {b['overlapping']} of {b['texts']} overlap"
                     f" ({b['overlap_percent']:.2f} %), estimated/real width"
                     f" median {b['width_ratio_median']}, range"
                     f" {b['width_ratio_min']}-{b['width_ratio_max']}")
        elif "browser" in r:
            line += "; " + r["browser"]
        print(line + ("" if r["pass"] else "  FAIL"))
    sys.exit(0 if all(r["pass"] for r in results) else 1)


if __name__ == "__main__":
    main()

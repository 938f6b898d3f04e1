#!/usr/bin/python3
"""Structure checks of a rendered SVG network (beyond the byte golden).

    check_svg.py FILE.svg NODES EDGES [NAME ...]

Parses FILE.svg as XML and checks that it holds NODES actor nodes plus the
legend, EDGES edges whose titles name existing nodes, a graph title, the
legend with the four QuadClasses, each NAME as the exact text of a node
label (so escaping round-trips), and nothing a hostile name could inject:
only SVG elements, no event-handler attributes, no <script>.

render/testdata/small.svg is made by render_test (SmallNetwork(), with
hostile names); regenerate it with
UPDATE_GOLDEN=1 ./build/release/render/render_test.
"""
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
QUADS = ["Verbal Cooperation", "Material Cooperation", "Verbal Conflict",
         "Material Conflict"]


def fail(msg):
    print("check_svg: " + msg, file=sys.stderr)
    sys.exit(1)


def text_of(elem):
    return "".join(elem.itertext())


def main():
    if len(sys.argv) < 4:
        fail("usage: check_svg.py FILE.svg NODES EDGES [NAME ...]")
    path, want_nodes, want_edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    names = sys.argv[4:]
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        fail(f"{path}: not well-formed XML: {e}")
    if root.tag != SVG + "svg":
        fail(f"{path}: root is {root.tag}, not svg")

    for elem in root.iter():
        if not elem.tag.startswith(SVG):
            fail(f"{path}: non-SVG element {elem.tag} (injected markup?)")
        if elem.tag == SVG + "script":
            fail(f"{path}: <script> element")
        for attr in elem.attrib:
            local = attr.split("}")[-1]
            if local.lower().startswith("on"):
                fail(f"{path}: event-handler attribute {attr}")

    groups = [g for g in root.iter(SVG + "g")]
    nodes = [g for g in groups if g.get("class") == "node"]
    edges = [g for g in groups if g.get("class") == "edge"]
    legend = [g for g in nodes if g.get("id") == "legend"]
    actors = [g for g in nodes if g.get("id") != "legend"]
    if len(legend) != 1:
        fail(f"{path}: {len(legend)} legend nodes, want 1")
    if len(actors) != want_nodes:
        fail(f"{path}: {len(actors)} actor nodes, want {want_nodes}")
    if len(edges) != want_edges:
        fail(f"{path}: {len(edges)} edges, want {want_edges}")

    ids = set()
    for n in actors:
        title = n.find(SVG + "title")
        if title is None or not re.fullmatch(r"n\d+", title.text or ""):
            fail(f"{path}: node {n.get('id')} has title {title!r}")
        if title.text != n.get("id"):
            fail(f"{path}: node id {n.get('id')} != title {title.text}")
        ids.add(title.text)
        if not any(a.get(XLINK + "title") for a in n.iter(SVG + "a")):
            fail(f"{path}: node {title.text} has no tooltip")
    for e in edges:
        title = e.find(SVG + "title")
        m = re.fullmatch(r"(n\d+)->(n\d+)", title.text if title is not None else "")
        if m is None or m.group(1) not in ids or m.group(2) not in ids:
            fail(f"{path}: edge {e.get('id')} title does not name two nodes")
        if next(e.iter(SVG + "path"), None) is None:
            fail(f"{path}: edge {title.text} has no path")

    legend_text = text_of(legend[0])
    for q in QUADS + ["Edges: most events are"]:
        if q not in legend_text:
            fail(f"{path}: legend lacks '{q}'")

    graph = [g for g in groups if g.get("class") == "graph"]
    if len(graph) != 1 or not any(
            t.text and t.text.startswith("dipgraph network")
            for t in graph[0].findall(SVG + "text")):
        fail(f"{path}: no graph title")

    labels = {text_of(t) for n in actors for t in n.iter(SVG + "text")}
    for name in names:
        if name not in labels:
            fail(f"{path}: no node labelled {name!r}; labels: {sorted(labels)}")
    print(f"{path}: {len(actors)} nodes, {len(edges)} edges, legend, "
          f"{len(names)} names ok")


if __name__ == "__main__":
    main()

"""dipgraph.network: the network `dipgraph graph` builds, and its NetworkX and
pandas forms."""
import json
import os
import sys

import pytest

import dipgraph
from conftest import SAMPLE_EVENTS

# (keyword arguments of network(), the same filters as `graph` flags)
CASES = [
    ({}, []),
    ({"level": "person"}, ["--level", "person"]),
    ({"level": "country"}, ["--level", "country"]),
    ({"level": "country", "from_": "2016-07-01", "to": "2018-12-31"},
     ["--level", "country", "--from", "2016-07-01", "--to", "2018-12-31"]),
    ({"roots": [4, "19"], "quads": [1, 4], "exclude": ["IGO*"]},
     ["--root", "04", "--root", "19", "--quad", "1", "--quad", "4",
      "--exclude", "IGO*"]),
    ({"actors": ["Putin"], "depth": 2, "betweenness": "exact"},
     ["--actor", "Putin", "--depth", "2", "--betweenness", "exact"]),
    ({"top": 5, "rank": "pagerank", "min_weight": 2},
     ["--top", "5", "--rank", "pagerank", "--min-weight", "2"]),
    ({"actors": ["Nobody Atall"]}, ["--actor", "Nobody Atall"]),  # empty
]

# Under the sanitizers (ctest of the asan preset) three of the cases: each
# runs the sanitized program too, and the release build runs them all.
if os.environ.get("DIPGRAPH_SANITIZED"):
    CASES = CASES[:3]


@pytest.fixture(scope="module")
def sample_events():
    return dipgraph.read_events(SAMPLE_EVENTS)


@pytest.mark.parametrize("kwargs, flags", CASES)
def test_network_is_graph_json(cli, sample_events, kwargs, flags):
    code, out, err = cli.run("graph", "--json", *flags, SAMPLE_EVENTS)
    assert code in (0, 1), err
    want = json.loads(out)
    net = dipgraph.network(sample_events, **kwargs)
    assert net.to_dict() == want
    assert (net.nodes, net.edges, net.level, net.events) == (
        want["nodes"], want["edges"], want["level"], want["events"])
    # From the file (read in C++) and from the dicts: the same network.
    assert dipgraph.network(SAMPLE_EVENTS, **kwargs).to_dict() == want


def test_network_of_a_store(cli, tmp_path, sample_events):
    db = str(tmp_path / "events.db")
    cli.ok("store", "add", SAMPLE_EVENTS, "--db", db)
    flags = ["--level", "country", "--from", "2016-01-01", "--root", "04"]
    want = json.loads(cli.ok("graph", "--json", "--db", db, *flags))
    net = dipgraph.network(db, level="country", from_="2016-01-01", roots=[4])
    assert net.to_dict() == want


def test_table_and_exports_are_the_cli_output(cli, sample_events):
    net = dipgraph.network(sample_events, level="country")
    assert net.table(rows=10) == cli.ok("graph", "--level", "country",
                                        "--rows", "10", SAMPLE_EVENTS)
    for fmt in ("graphml", "gexf", "d3", "cytoscape"):
        assert net.export(fmt) == cli.ok("export", "--format", fmt, "--level",
                                         "country", "-o", "-", SAMPLE_EVENTS)
    with pytest.raises(dipgraph.UsageError):
        net.export("png")


@pytest.mark.parametrize("kwargs, error, message", [
    ({"level": "planet"}, dipgraph.UsageError, "planet"),
    ({"rank": "size"}, dipgraph.UsageError, 'rank must be "degree" or "pagerank", not "size"'),
    ({"from_": "2016-02-30"}, dipgraph.UsageError, 'from_: "2016-02-30" is not a date (YYYY-MM-DD)'),
    ({"quads": [5]}, dipgraph.UsageError, "quads: 5 is not 1..4"),
    ({"betweenness": "some"}, dipgraph.UsageError, "some"),
    ({"depth": -1}, dipgraph.UsageError, "depth must be 0 or more"),
    ({"roots": ["19"], "min_weight": "x"}, ValueError, "invalid literal"),
])
def test_bad_options(sample_events, kwargs, error, message):
    with pytest.raises(error) as e:
        dipgraph.network(sample_events, **kwargs)
    assert message in str(e.value)


def test_bad_event_dicts_name_the_item(sample_events):
    events = [dict(e) for e in sample_events[:3]]
    del events[1]["action"]
    with pytest.raises(dipgraph.InputError) as e:
        dipgraph.network(events)
    assert str(e.value).startswith("events[1]: ")
    assert "action" in str(e.value)
    with pytest.raises(dipgraph.InputError) as e:
        dipgraph.network([sample_events[0], "not an event"])
    assert str(e.value).startswith("events[1]: expected a dict")
    bad = dict(sample_events[0], confidence=object())
    with pytest.raises(dipgraph.InputError) as e:
        dipgraph.network([bad])
    assert str(e.value).startswith("events[0]: confidence: a value of type object")


def test_to_networkx(sample_events):
    nx = pytest.importorskip("networkx")
    net = dipgraph.network(sample_events, level="country")
    g = net.to_networkx()
    assert isinstance(g, nx.DiGraph)
    assert sorted(g.nodes) == [n["id"] for n in net.nodes]
    assert g.number_of_edges() == len(net.edges)
    for e in net.edges:
        attrs = g.edges[e["source"], e["target"]]
        assert attrs["weight"] == attrs["events"] == e["events"]
        assert sum(attrs[q] for q in ("verbal_coop", "material_coop",
                                      "verbal_conflict", "material_conflict")) == e["events"]
    for n in net.nodes:
        assert g.nodes[n["id"]]["pagerank"] == n["pagerank"]
        assert g.nodes[n["id"]]["label"] == n["label"]
    assert g.graph["level"] == "country"
    # NetworkX's own PageRank over the same weights agrees with ours.
    pr = nx.pagerank(g, weight="weight")
    assert max(abs(pr[n["id"]] - n["pagerank"]) for n in net.nodes) < 1e-3


def test_to_pandas(sample_events):
    pd = pytest.importorskip("pandas")
    net = dipgraph.network(sample_events, level="actor")
    nodes, edges = net.to_pandas()
    assert isinstance(nodes, pd.DataFrame) and isinstance(edges, pd.DataFrame)
    assert list(nodes["id"]) == [n["id"] for n in net.nodes]
    assert len(edges) == len(net.edges)
    assert edges["events"].sum() == sum(e["events"] for e in net.edges)
    roots = [c for c in edges.columns if c.startswith("root_")]
    assert len(roots) == 20
    assert (edges[roots].sum(axis=1) == edges["events"]).all()
    # Every node's events out is the sum of its out-edges' events.
    out = edges.groupby("source")["events"].sum()
    for n in net.nodes:
        assert out.get(n["id"], 0) == n["events_out"]


def test_missing_packages_give_a_clear_import_error(sample_events, monkeypatch):
    net = dipgraph.network(sample_events)
    monkeypatch.setitem(sys.modules, "networkx", None)
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="python3-networkx"):
        net.to_networkx()
    with pytest.raises(ImportError, match="python3-pandas"):
        net.to_pandas()


def test_the_readme_session_works_as_written():
    # The README's Python session, run as a doctest from the source tree.
    import doctest
    import os
    from conftest import SOURCE_DIR
    with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    section = readme.split("## From Python\n", 1)[1].split("\n## ", 1)[0]
    session = section.split("```python\n", 1)[1].split("```", 1)[0]
    test = doctest.DocTestParser().get_doctest(session, {}, "README", "README.md", 0)
    assert len(test.examples) >= 8
    cwd = os.getcwd()
    os.chdir(SOURCE_DIR)
    try:
        runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
        runner.run(test)
    finally:
        os.chdir(cwd)
    assert runner.failures == 0 and runner.tries == len(test.examples)

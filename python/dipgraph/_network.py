"""The network that dipgraph.network() returns, and its NetworkX and pandas forms."""

# QuadClass 1..4 under the names the GraphML and GEXF exports give them.
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
ROOTS = tuple(f"{r:02d}" for r in range(1, 21))


def _require(module, package):
    try:
        return __import__(module)
    except ImportError as e:
        raise ImportError(
            f"{module} is not installed: Network.to_{module}() needs it (Debian: apt-get install {package}; or pip install {module})"
        ) from e


class Network:
    """A relationship network: nodes and edges with their metrics.

    nodes: dicts with id, label, country, type, events_out, events_in,
    degree_out, degree_in, pagerank, betweenness, component, community;
    sorted by id. edges: dicts with source and target (node ids), events,
    documents, roots ({"19": 3}), quad_classes ({"4": 3}), goldstein_sum,
    goldstein_mean, balance, first_date, last_date, top_code, top_label,
    example_ids; sorted by (source, target). The same values as
    ``dipgraph graph --json`` (docs/graph.md describes each).
    """

    def __init__(self, impl):
        self._impl = impl
        d = impl.to_dict()
        self.level = d["level"]
        self.events = d["events"]  # events kept after the filters
        self.first_date = d["first_date"]
        self.last_date = d["last_date"]
        self.modularity = d["modularity"]
        self.reciprocity = d["reciprocity"]
        self.nodes = d["nodes"]
        self.edges = d["edges"]

    def __repr__(self):
        return (f"<dipgraph.Network level={self.level} nodes={len(self.nodes)} "
                f"edges={len(self.edges)} events={self.events}>")

    def table(self, rows=20):
        """The summary table that ``dipgraph graph`` prints."""
        return self._impl.table(int(rows))

    def to_dict(self):
        """The network as ``dipgraph graph --json`` prints it."""
        return self._impl.to_dict()

    def export(self, format):
        """The network as text: "graphml", "gexf", "cytoscape", "d3",
        "neo4j-nodes" or "neo4j-relationships" (as ``dipgraph export``)."""
        return self._impl.export(format)

    def to_networkx(self):
        """A networkx.DiGraph: nodes keyed by id, edge "weight" = events.

        Node attributes are those of `nodes`; edge attributes those of
        `edges`, the QuadClass counts under the names the GraphML export
        uses (verbal_coop, …, material_conflict); graph attributes level,
        events, first_date, last_date, modularity, reciprocity.
        """
        nx = _require("networkx", "python3-networkx")
        g = nx.DiGraph(level=self.level, events=self.events,
                       first_date=self.first_date, last_date=self.last_date,
                       modularity=self.modularity,
                       reciprocity=self.reciprocity)
        for n in self.nodes:
            g.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
        for e in self.edges:
            attrs = {k: v for k, v in e.items()
                     if k not in ("source", "target", "quad_classes")}
            for q, name in enumerate(QUADS, 1):
                attrs[name] = e["quad_classes"].get(str(q), 0)
            attrs["weight"] = e["events"]
            g.add_edge(e["source"], e["target"], **attrs)
        return g

    def to_pandas(self):
        """(nodes, edges) as two pandas DataFrames.

        nodes: one row per node, the columns of `nodes`. edges: one row per
        edge, the columns of `edges` with roots and quad_classes spread into
        root_01 … root_20 and verbal_coop … material_conflict (0 where no
        event), so that every network gives the same columns.
        """
        pd = _require("pandas", "python3-pandas")
        node_cols = ["id", "label", "country", "type", "events_out",
                     "events_in", "degree_out", "degree_in", "pagerank",
                     "betweenness", "component", "community"]
        nodes = pd.DataFrame(self.nodes, columns=node_cols)
        rows = []
        for e in self.edges:
            row = {k: v for k, v in e.items()
                   if k not in ("roots", "quad_classes")}
            for q, name in enumerate(QUADS, 1):
                row[name] = e["quad_classes"].get(str(q), 0)
            for r in ROOTS:
                row["root_" + r] = e["roots"].get(r, 0)
            rows.append(row)
        edge_cols = ["source", "target", "events", "documents",
                     "goldstein_sum", "goldstein_mean", "balance",
                     "first_date", "last_date", "top_code", "top_label",
                     "example_ids", *QUADS, *("root_" + r for r in ROOTS)]
        edges = pd.DataFrame(rows, columns=edge_cols)
        return nodes, edges

// The network as a Graphviz graph (cgraph), laid out and written by gvc.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <set>

#include "common/text.h"
#include "render/gv.h"
#include "render/layout.h"
#include "render/render.h"
#include "render/style.h"

namespace dipgraph {
namespace {

constexpr std::string_view kFormats[] = {"dot", "svg", "png", "pdf"};
constexpr std::string_view kEngines[] = {"auto", "dot",  "neato",
                                         "fdp",  "sfdp", "circo"};

std::string Num(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// The title, and under it what the picture leaves out.
std::string Title(const Network& network, const RenderOptions& options,
                  const RenderStats& stats) {
  std::string title = options.title;
  if (title.empty()) {
    title = "dipgraph network";
    if (!network.first_date.empty())
      title += ", " + network.first_date + " to " + network.last_date;
    title += " (" + std::to_string(network.events) + " events)";
  }
  std::string out = style::GraphvizText(title, 200);
  if (stats.dropped_nodes > 0)
    out +=
        "\\n" + style::GraphvizText(
                    "the " + std::to_string(network.nodes.size()) + " of " +
                    std::to_string(network.nodes.size() + stats.dropped_nodes) +
                    " nodes with the most events");
  return out;
}

void SetGraphDefaults(gv::Session& s, Agraph_t* g, const Network& network,
                      const RenderOptions& options, const RenderStats& stats) {
  gv::Set(g, "label", Title(network, options, stats));
  gv::Set(g, "labelloc", "t");
  gv::Set(g, "fontsize", "20");
  gv::Set(g, "fontname", "Helvetica");
  gv::Set(g, "start", "1");  // fixed seed: neato, fdp, sfdp
  gv::Set(g, "overlap", "prism");
  gv::Set(g, "sep", "+8");  // room around nodes when removing overlaps
  gv::Set(g, "pad", "0.2");
  gv::Set(g, "outputorder", "edgesfirst");
  gv::Set(g, "charset", "UTF-8");
  s.Default(g, AGNODE, "style", "filled");
  s.Default(g, AGNODE, "fontname", "Helvetica");
  s.Default(g, AGNODE, "fontsize", "12");
  s.Default(g, AGNODE, "margin", "0.08,0.04");
  s.Default(g, AGEDGE, "fontname", "Helvetica");
  s.Default(g, AGEDGE, "fontsize", "10");
  s.Default(g, AGEDGE, "fontcolor", "#333333");
  s.Default(g, AGEDGE, "arrowsize", "0.6");
}

std::string NodeName(const Node& node) {
  return node.label.empty() ? node.id : node.label;
}

// Node labels grow with the node's events: 11 pt for the lightest, 22 pt
// for the heaviest (square root, so that a hub does not dwarf the rest).
void AddNodes(gv::Session& s, Agraph_t* g, const Network& network,
              const std::vector<std::string>& fills,
              std::vector<Agnode_t*>* out) {
  double max_weight = 1;
  for (const Node& n : network.nodes)
    max_weight = std::max(max_weight, style::WeightedDegree(n));
  for (size_t i = 0; i < network.nodes.size(); ++i) {
    const Node& node = network.nodes[i];
    Agnode_t* n = s.Node(g, "n" + std::to_string(i));
    std::string name = NodeName(node);
    double scale = std::sqrt(style::WeightedDegree(node) / max_weight);
    gv::Set(n, "id", "n" + std::to_string(i));
    gv::Set(n, "label", style::GraphvizText(name, 32));
    gv::Set(
        n, "tooltip",
        style::GraphvizText(
            name + " (" + node.id + "): " + std::to_string(node.events_out) +
                " events out, " + std::to_string(node.events_in) + " in",
            200));
    gv::Set(n, "shape", style::ShapeFor(node.type));
    gv::Set(n, "fillcolor", fills[i]);
    gv::Set(n, "width", Num(0.4 + 1.0 * scale));
    gv::Set(n, "height", Num(0.3 + 0.4 * scale));
    gv::Set(n, "fontsize", Num(11 + 11 * scale));
    out->push_back(n);
  }
}

// The edges that get a visible label: none, all, or the strongest
// kAutoEdgeLabels (most events, ties to the earlier edge).
std::vector<char> LabelledEdges(const Network& network, EdgeLabels mode) {
  std::vector<char> labelled(network.edges.size(),
                             mode == EdgeLabels::kAll ? 1 : 0);
  if (mode != EdgeLabels::kAuto) return labelled;
  std::vector<size_t> order(network.edges.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return network.edges[a].events > network.edges[b].events;
  });
  for (size_t k = 0; k < order.size() && k < kAutoEdgeLabels; ++k)
    labelled[order[k]] = 1;
  return labelled;
}

std::string EdgeTooltip(const Network& network, const Edge& edge,
                        const std::string& action) {
  std::string text = NodeName(network.nodes[edge.source]) + " \u2192 " +
                     NodeName(network.nodes[edge.target]) + ": " +
                     std::to_string(edge.events) + " events in " +
                     std::to_string(edge.documents) + " documents";
  if (!action.empty()) text += ", mostly " + action;
  if (!edge.first_date.empty())
    text += "; " + edge.first_date + " to " + edge.last_date;
  return text;
}

// Edge colour with an opacity that grows with the events: an edge of one
// event is drawn at 40 %, the heaviest at 100 %, so that the strong dyads
// stand out of the many weak ones.
std::string EdgeColor(int quad, int64_t events, int64_t max_events) {
  double share = std::log1p(static_cast<double>(events)) /
                 std::log1p(static_cast<double>(max_events));
  int alpha = static_cast<int>(std::lround(255 * (0.4 + 0.6 * share)));
  char hex[4];
  std::snprintf(hex, sizeof hex, "%02x", std::clamp(alpha, 0, 255));
  return std::string(style::QuadColor(quad)) + hex;
}

// A labelled edge for engines other than dot, which put edge labels at the
// midpoint whatever lies there: the label becomes a small white node in the
// middle of the edge (A -> label -> B), so that the layout's overlap removal
// finds it room and it is drawn over the edges (outputorder=edgesfirst).
// dot places labels in free space itself.
void AddLabelNode(gv::Session& s, Agraph_t* g, size_t k, Agnode_t* from,
                  Agnode_t* to, const std::string& label,
                  const std::string& tooltip, std::vector<Agedge_t*>* halves) {
  Agnode_t* l = s.Node(g, "l" + std::to_string(k));
  gv::Set(l, "id", "l" + std::to_string(k));
  gv::Set(l, "shape", "plaintext");
  gv::Set(l, "fillcolor", "#ffffffd9");
  gv::Set(l, "fontsize", "10");
  gv::Set(l, "fontcolor", "#333333");
  gv::Set(l, "margin", "0.02,0.01");
  gv::Set(l, "width", "0");
  gv::Set(l, "height", "0");
  gv::Set(l, "label", label);
  gv::Set(l, "tooltip", tooltip);
  halves->push_back(s.AddEdge(g, from, l));
  halves->push_back(s.AddEdge(g, l, to));
  gv::Set(halves->front(), "arrowhead", "none");
  // Short, stiff halves keep the label near the line between A and B.
  for (Agedge_t* e : *halves) {
    gv::Set(e, "len", "0.4");
    gv::Set(e, "weight", "8");
  }
}

void AddEdges(gv::Session& s, Agraph_t* g, const Network& network,
              const RenderOptions& options, bool dot_engine,
              const std::vector<Agnode_t*>& nodes, RenderStats* stats) {
  int64_t max_events = 1;
  for (const Edge& e : network.edges)
    max_events = std::max(max_events, e.events);
  std::vector<char> labelled = LabelledEdges(network, options.edge_labels);
  for (size_t k = 0; k < network.edges.size(); ++k) {
    const Edge& edge = network.edges[k];
    std::string action = style::ShortAction(
        edge.top_label.empty() ? edge.top_code : edge.top_label);
    std::string tooltip =
        style::GraphvizText(EdgeTooltip(network, edge, action), 300);
    std::string label =
        labelled[k] && !action.empty()
            ? style::GraphvizText(
                  action + " (" + std::to_string(edge.events) + ")", 36)
            : "";
    std::vector<Agedge_t*> parts;
    if (!label.empty() && !dot_engine)
      AddLabelNode(s, g, k, nodes[edge.source], nodes[edge.target], label,
                   tooltip, &parts);
    else
      parts.push_back(s.AddEdge(g, nodes[edge.source], nodes[edge.target]));
    if (!label.empty()) ++stats->labelled_edges;
    if (!label.empty() && dot_engine) gv::Set(parts[0], "label", label);
    int quad = style::DominantQuad(edge);
    double width = 1 + 4 * std::log1p(static_cast<double>(edge.events)) /
                           std::log1p(static_cast<double>(max_events));
    // Ids e<k> (or e<k>-0, e<k>-1 for the halves around a label node l<k>)
    // tie the SVG to the network's edge k: the report's tooltips use them.
    for (size_t p = 0; p < parts.size(); ++p)
      gv::Set(parts[p], "id",
              "e" + std::to_string(k) +
                  (parts.size() > 1 ? "-" + std::to_string(p) : ""));
    for (Agedge_t* e : parts) {
      gv::Set(e, "color", EdgeColor(quad, edge.events, max_events));
      gv::Set(e, "penwidth", Num(width));
      if (quad == 1 || quad == 3) gv::Set(e, "style", "dashed");
      gv::Set(e, "tooltip", tooltip);
    }
  }
}

std::string LegendRow(std::string_view swatch, std::string_view text) {
  return "<tr><td bgcolor=\"" + std::string(swatch) +
         "\" width=\"20\"></td>"
         "<td align=\"left\">" +
         EscapeHtml(text) + "</td></tr>";
}

std::string LegendTitle(std::string_view text) {
  return "<tr><td colspan=\"2\" align=\"left\"><b>" + EscapeHtml(text) +
         "</b></td></tr>";
}

// "armed group" for the record's type "armed_group".
std::string SpacedType(std::string_view type) {
  std::string out(type);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

// The legend: edge colours, fill groups, the shapes in the picture and what
// sizes mean, at 12 pt (16 px at 100 %).
void AddLegend(gv::Session& s, Agraph_t* g, const Network& network,
               const RenderOptions& options, const style::Fills& fills) {
  std::string html =
      "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
      "cellpadding=\"4\">" +
      LegendTitle("Edges: most events are");
  for (int q = 1; q <= 4; ++q)
    html += LegendRow(style::QuadColor(q), std::string(kQuadClassNames[q]) +
                                               (q % 2 == 1 ? " (dashed)" : ""));
  html +=
      LegendTitle(options.color_by == ColorBy::kCommunity ? "Fill: community"
                                                          : "Fill: country");
  for (size_t i = 0; i < fills.legend.size() && i < 9; ++i)
    html += LegendRow(fills.legend[i].second,
                      style::Truncate(fills.legend[i].first, 48));
  std::set<std::string_view> used;  // shapes in the picture
  for (const Node& n : network.nodes) used.insert(style::ShapeFor(n.type));
  std::string shapes;
  for (const auto& [type, shape] : style::Shapes())
    if (used.count(shape))
      shapes += SpacedType(type) + ": " + std::string(shape) + "<br/>";
  if (used.size() > 1)
    html += "<tr><td colspan=\"2\" align=\"left\" balign=\"left\">" + shapes +
            "</td></tr>";
  html +=
      "<tr><td colspan=\"2\" align=\"left\" balign=\"left\">node and "
      "text size: events<br/>edge width and strength: events</td></tr>"
      "</table>";
  Agnode_t* legend = s.Node(g, "legend");
  gv::Set(legend, "shape", "plaintext");
  gv::Set(legend, "style", "");
  gv::Set(legend, "id", "legend");
  gv::Set(legend, "fontsize", "12");
  gv::SetHtml(g, legend, "label", html);
}

Result<gv::GraphPtr> BuildGraph(gv::Session& s, const Network& network,
                                const RenderOptions& options,
                                std::string_view engine, RenderStats* stats) {
  ASSIGN_OR_RETURN(gv::GraphPtr g, s.NewDigraph("dipgraph"));
  SetGraphDefaults(s, g.get(), network, options, *stats);
  style::Fills fills =
      style::NodeFills(network, options.color_by, options.names, 9);
  std::vector<Agnode_t*> nodes;
  AddNodes(s, g.get(), network, fills.node, &nodes);
  AddEdges(s, g.get(), network, options, engine == "dot", nodes, stats);
  if (options.legend) AddLegend(s, g.get(), network, options, fills);
  return g;
}

}  // namespace

std::string ChooseEngine(size_t nodes) {
  return nodes <= kNeatoMaxNodes ? "neato" : "sfdp";
}

std::string FormatFromPath(std::string_view path) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(c));
  for (std::string_view f : kFormats)
    if (ext == f) return ext;
  if (ext == "gv") return "dot";
  return "";
}

Status CheckFormat(std::string_view format) {
  for (std::string_view f : kFormats)
    if (format == f) return Status::Ok();
  return UsageError("unknown format '" + std::string(format) +
                    "': use dot, svg, png or pdf");
}

Status CheckEngine(std::string_view engine) {
  for (std::string_view e : kEngines)
    if (engine == e) return Status::Ok();
  return UsageError("unknown engine '" + std::string(engine) +
                    "': use auto, dot, neato, fdp, sfdp or circo");
}

namespace {

// Up to `max_nodes` nodes, taken by rank in `order`, each with an edge to
// another of them (a node whose neighbours all went says nothing in a
// picture). Walks the ranks keeping the nodes linked so far; a node that
// would link more nodes than are left room for is passed over.
std::vector<char> PickLinked(const Network& network,
                             const std::vector<size_t>& order,
                             size_t max_nodes) {
  std::vector<std::vector<size_t>> adjacent(network.nodes.size());
  for (const Edge& e : network.edges) {
    if (e.source == e.target) continue;
    adjacent[e.source].push_back(e.target);
    adjacent[e.target].push_back(e.source);
  }
  std::vector<char> seen(network.nodes.size(), 0), linked(seen.size(), 0);
  size_t count = 0;
  for (size_t v : order) {
    if (count >= max_nodes) break;
    std::vector<size_t> newly;
    for (size_t u : adjacent[v])
      if (seen[u] && !linked[u] &&
          std::find(newly.begin(), newly.end(), u) == newly.end())
        newly.push_back(u);
    bool v_linked = false;
    for (size_t u : adjacent[v]) v_linked |= seen[u] != 0;
    if (v_linked) newly.push_back(v);
    if (count + newly.size() > max_nodes) continue;
    seen[v] = 1;
    for (size_t u : newly) linked[u] = 1;
    count += newly.size();
  }
  return linked;
}

}  // namespace

Network PruneNetwork(const Network& network, size_t max_nodes,
                     RenderStats* stats) {
  if (max_nodes == 0 || network.nodes.size() <= max_nodes) return network;
  std::vector<size_t> order(network.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return style::WeightedDegree(network.nodes[a]) >
           style::WeightedDegree(network.nodes[b]);
  });
  std::vector<char> linked = PickLinked(network, order, max_nodes);
  std::vector<size_t> index(network.nodes.size(), SIZE_MAX);
  Network out = network;
  out.nodes.clear();
  out.edges.clear();
  for (size_t i = 0; i < network.nodes.size(); ++i) {
    if (!linked[i]) continue;
    index[i] = out.nodes.size();
    out.nodes.push_back(network.nodes[i]);
  }
  for (const Edge& e : network.edges) {
    if (index[e.source] == SIZE_MAX || index[e.target] == SIZE_MAX) continue;
    out.edges.push_back(e);
    out.edges.back().source = index[e.source];
    out.edges.back().target = index[e.target];
  }
  if (stats != nullptr) {
    stats->dropped_nodes = network.nodes.size() - out.nodes.size();
    stats->dropped_edges = network.edges.size() - out.edges.size();
  }
  return out;
}

Result<std::string> RenderNetwork(const Network& network,
                                  const RenderOptions& options,
                                  RenderStats* stats) {
  RETURN_IF_ERROR(CheckFormat(options.format));
  RETURN_IF_ERROR(CheckEngine(options.engine));
  RenderStats local;
  if (stats == nullptr) stats = &local;
  Network pruned = PruneNetwork(network, options.max_nodes, stats);
  std::string engine = options.engine == "auto"
                           ? ChooseEngine(pruned.nodes.size())
                           : options.engine;
  gv::Session session;
  ASSIGN_OR_RETURN(gv::GraphPtr g,
                   BuildGraph(session, pruned, options, engine, stats));
  if (options.format == "dot") return session.WriteDot(g.get());
  stats->engine = engine;
  if (stats->engine == "sfdp" && pruned.nodes.size() > kPrismMaxNodes)
    gv::Set(g.get(), "overlap", "scale");
  ASSIGN_OR_RETURN(auto layout, session.LayOut(g.get(), stats->engine));
  return session.Render(*layout, options.format);
}

}  // namespace dipgraph

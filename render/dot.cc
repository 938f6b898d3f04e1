// The network as a Graphviz graph (cgraph), laid out and written by gvc.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

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

std::string DefaultTitle(const Network& network) {
  std::string title = "dipgraph network";
  if (!network.first_date.empty())
    title += ", " + network.first_date + " to " + network.last_date;
  title += " (" + std::to_string(network.events) + " events)";
  return title;
}

void SetGraphDefaults(gv::Session& s, Agraph_t* g, const Network& network,
                      const RenderOptions& options) {
  gv::Set(
      g, "label",
      style::GraphvizText(
          options.title.empty() ? DefaultTitle(network) : options.title, 200));
  gv::Set(g, "labelloc", "t");
  gv::Set(g, "fontsize", "18");
  gv::Set(g, "fontname", "Helvetica");
  gv::Set(g, "start", "1");  // fixed seed: neato, fdp, sfdp
  gv::Set(g, "overlap", "prism");
  gv::Set(g, "outputorder", "edgesfirst");
  gv::Set(g, "charset", "UTF-8");
  s.Default(g, AGNODE, "style", "filled");
  s.Default(g, AGNODE, "fontname", "Helvetica");
  s.Default(g, AGNODE, "fontsize", "10");
  s.Default(g, AGEDGE, "fontname", "Helvetica");
  s.Default(g, AGEDGE, "fontsize", "8");
  s.Default(g, AGEDGE, "arrowsize", "0.6");
}

void AddNodes(gv::Session& s, Agraph_t* g, const Network& network,
              const RenderOptions& options, std::vector<Agnode_t*>* out) {
  std::vector<std::string> fills = style::NodeFills(network, options.color_by);
  double max_weight = 1;
  for (const Node& n : network.nodes)
    max_weight = std::max(max_weight, style::WeightedDegree(n));
  for (size_t i = 0; i < network.nodes.size(); ++i) {
    const Node& node = network.nodes[i];
    Agnode_t* n = s.Node(g, "n" + std::to_string(i));
    std::string name = node.label.empty() ? node.id : node.label;
    double scale = std::sqrt(style::WeightedDegree(node) / max_weight);
    gv::Set(n, "id", "n" + std::to_string(i));
    gv::Set(n, "label", style::GraphvizText(name, 32));
    gv::Set(n, "tooltip",
            style::GraphvizText(name + " (" + node.id + ")", 200));
    gv::Set(n, "shape", style::ShapeFor(node.type));
    gv::Set(n, "fillcolor", fills[i]);
    gv::Set(n, "width", Num(0.5 + 1.5 * scale));
    gv::Set(n, "height", Num(0.3 + 0.9 * scale));
    gv::Set(n, "fontsize", Num(9 + 7 * scale));
    out->push_back(n);
  }
}

void AddEdges(gv::Session& s, Agraph_t* g, const Network& network,
              const RenderOptions& options,
              const std::vector<Agnode_t*>& nodes) {
  int64_t max_events = 1;
  for (const Edge& e : network.edges)
    max_events = std::max(max_events, e.events);
  for (const Edge& edge : network.edges) {
    Agedge_t* e = s.AddEdge(g, nodes[edge.source], nodes[edge.target]);
    int quad = style::DominantQuad(edge);
    double width = 1 + 4 * std::log1p(static_cast<double>(edge.events)) /
                           std::log1p(static_cast<double>(max_events));
    gv::Set(e, "color", style::QuadColor(quad));
    gv::Set(e, "penwidth", Num(width));
    if (quad == 1 || quad == 3) gv::Set(e, "style", "dashed");
    std::string action =
        edge.top_label.empty() ? edge.top_code : edge.top_label;
    if (options.edge_labels && !action.empty())
      gv::Set(e, "label", style::GraphvizText(action, 24));
    gv::Set(e, "tooltip",
            style::GraphvizText(
                std::to_string(edge.events) + " events; " + action, 200));
  }
}

std::string LegendRow(std::string_view swatch, std::string_view text) {
  return "<tr><td bgcolor=\"" + std::string(swatch) +
         "\" width=\"16\"></td>"
         "<td align=\"left\">" +
         EscapeHtml(text) + "</td></tr>";
}

void AddLegend(gv::Session& s, Agraph_t* g, const Network& network,
               const RenderOptions& options) {
  std::string html =
      "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
      "cellpadding=\"3\"><tr><td colspan=\"2\"><b>Legend</b></td></tr>";
  for (int q = 1; q <= 4; ++q)
    html += LegendRow(style::QuadColor(q), std::string(kQuadClassNames[q]) +
                                               (q % 2 == 1 ? " (dashed)" : ""));
  for (const auto& [name, color] :
       style::FillLegend(network, options.color_by, 8))
    html += LegendRow(color, name);
  std::string shapes;
  for (const auto& [type, shape] : style::Shapes())
    shapes += std::string(type) + ": " + std::string(shape) + "<br/>";
  html += "<tr><td colspan=\"2\" align=\"left\">" + shapes + "</td></tr>";
  html +=
      "<tr><td colspan=\"2\">node size: weighted degree<br/>"
      "edge width: events</td></tr></table>";
  Agnode_t* legend = s.Node(g, "legend");
  gv::Set(legend, "shape", "plaintext");
  gv::Set(legend, "style", "");
  gv::Set(legend, "id", "legend");
  gv::SetHtml(g, legend, "label", html);
}

Result<gv::GraphPtr> BuildGraph(gv::Session& s, const Network& network,
                                const RenderOptions& options) {
  ASSIGN_OR_RETURN(gv::GraphPtr g, s.NewDigraph("dipgraph"));
  SetGraphDefaults(s, g.get(), network, options);
  std::vector<Agnode_t*> nodes;
  AddNodes(s, g.get(), network, options, &nodes);
  AddEdges(s, g.get(), network, options, nodes);
  if (options.legend) AddLegend(s, g.get(), network, options);
  return g;
}

}  // namespace

std::string ChooseEngine(size_t nodes, size_t edges) {
  return nodes <= kDotMaxNodes && edges <= kDotMaxEdges ? "dot" : "sfdp";
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

Network PruneNetwork(const Network& network, size_t max_nodes,
                     RenderStats* stats) {
  if (network.nodes.size() <= max_nodes) return network;
  std::vector<size_t> order(network.nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return style::WeightedDegree(network.nodes[a]) >
           style::WeightedDegree(network.nodes[b]);
  });
  order.resize(max_nodes);
  std::sort(order.begin(), order.end());  // back to id order
  std::vector<size_t> index(network.nodes.size(), SIZE_MAX);
  Network out = network;
  out.nodes.clear();
  out.edges.clear();
  for (size_t i : order) {
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
  gv::Session session;
  ASSIGN_OR_RETURN(gv::GraphPtr g, BuildGraph(session, pruned, options));
  if (options.format == "dot") return session.WriteDot(g.get());
  stats->engine = options.engine == "auto"
                      ? ChooseEngine(pruned.nodes.size(), pruned.edges.size())
                      : options.engine;
  if (stats->engine == "sfdp" && pruned.nodes.size() > kPrismMaxNodes)
    gv::Set(g.get(), "overlap", "scale");
  ASSIGN_OR_RETURN(auto layout, session.LayOut(g.get(), stats->engine));
  return session.Render(*layout, options.format);
}

}  // namespace dipgraph

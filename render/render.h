// The render stage: networks in, pictures and reports out. Graphviz (cgraph
// builds the graph, gvc lays it out and writes it) stays inside this stage.
//
//   RenderOptions opt;
//   opt.format = FormatFromPath("net.svg");       // "svg"
//   RenderStats stats;
//   Result<std::string> svg = RenderNetwork(network, opt, &stats);
//   if (stats.dropped_nodes > 0) warn(...);       // --max-nodes pruning
//
//   ReportOptions ropt;
//   Result<std::string> html = RenderReport(network, events, ropt);
//
// Same input, same bytes: DOT, SVG and the report are deterministic.
// Hostile actor names (quotes, backslashes, <, &, newlines, HTML-like
// labels, any script) are escaped for DOT, SVG and HTML.
#ifndef DIPGRAPH_RENDER_RENDER_H_
#define DIPGRAPH_RENDER_RENDER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/event.h"
#include "common/status.h"
#include "graph/graph.h"

namespace dipgraph {

enum class ColorBy { kCountry, kCommunity };

struct RenderOptions {
  std::string format = "svg";   // dot (no layout), svg, png, pdf
  std::string engine = "auto";  // auto, dot, neato, fdp, sfdp, circo
  size_t max_nodes = 300;       // keep the top nodes by weighted degree
  ColorBy color_by = ColorBy::kCountry;
  bool legend = true;
  bool edge_labels = true;  // the dominant action on each edge
  std::string title;        // "" = "dipgraph network, <first> to <last>"
};

// What RenderNetwork did, for the caller's messages.
struct RenderStats {
  std::string engine;  // the engine used ("" for plain DOT)
  size_t dropped_nodes = 0, dropped_edges = 0;
};

// Networks with more nodes than this are laid out with sfdp by
// --engine auto (measured: docs/performance.md, "Render").
inline constexpr size_t kDotMaxNodes = 60;
inline constexpr size_t kDotMaxEdges = 120;
// sfdp layouts with more nodes than this remove overlaps by uniform scaling
// (overlap=scale) instead of prism: on 1,000 nodes / 5,000 edges prism took
// 1.8 s of 1.9 s CPU, scale 0.6 s, at the cost of a larger drawing
// (docs/performance.md, "Render"). Up to the default --max-nodes the
// picture keeps prism.
inline constexpr size_t kPrismMaxNodes = 300;

// The engine --engine auto picks for a network of this size.
std::string ChooseEngine(size_t nodes, size_t edges);
// "svg" for "net.svg"; "" when the extension is not a known format.
std::string FormatFromPath(std::string_view path);
// Checks a format or engine name; UsageError naming the valid ones.
Status CheckFormat(std::string_view format);
Status CheckEngine(std::string_view engine);

// The top `max_nodes` nodes by weighted degree (ties by id) and the edges
// between them. Indexes are renumbered; order stays sorted by id.
Network PruneNetwork(const Network& network, size_t max_nodes,
                     RenderStats* stats);

// Renders `network` (pruned to options.max_nodes) in options.format.
Result<std::string> RenderNetwork(const Network& network,
                                  const RenderOptions& options,
                                  RenderStats* stats = nullptr);

struct ReportOptions {
  std::string title = "dipgraph report";
  RenderOptions render;    // for the inline network picture (svg)
  size_t top_actors = 25;  // rows in the actors table
  size_t top_dyads = 25;   // rows in the dyads table
  size_t page_size = 50;   // event table rows per page
};

// One self-contained HTML file: inline SVG network, summary, top actors,
// top dyads, weekly timeline by QuadClass and a searchable, sortable,
// paginated event table. No network requests.
Result<std::string> RenderReport(const Network& network,
                                 const std::vector<Event>& events,
                                 const ReportOptions& options,
                                 RenderStats* stats = nullptr);

}  // namespace dipgraph

#endif  // DIPGRAPH_RENDER_RENDER_H_

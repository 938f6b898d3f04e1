// The render stage: networks in, pictures and reports out.
//
// This header is the stage's contract: what the CLI and library users call.
// Graphviz (cgraph builds the graph, gvc lays it out and writes it) stays
// inside this stage; nothing here names a Graphviz type.
//
//   ASSIGN_OR_RETURN(Network net, BuildNetwork(events, NetworkOptions{}));
//   RenderOptions opt;
//   opt.format = FormatFromPath("net.svg");        // "svg"
//   RenderStats stats;
//   ASSIGN_OR_RETURN(std::string svg, RenderNetwork(net, opt, &stats));
//   if (stats.dropped_nodes > 0) warn(...);        // --max-nodes pruning
//
//   ASSIGN_OR_RETURN(std::string html,             // one offline page
//                    RenderReport(net, events, ReportOptions{}));
//
// What it offers:
//   RenderOptions, RenderStats, RenderNetwork   DOT, SVG, PNG, PDF
//   ReportOptions, RenderReport                 the self-contained HTML report
//   FormatFromPath, CheckFormat, CheckEngine    checking the user's choices
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

// Node fill: by Louvain community (colour groups, the default) or by
// country.
enum class ColorBy { kCommunity, kCountry };
// Which edges carry their dominant action as a visible label.
// A visible label is placed clear of other text: by dot itself, and for
// the other engines as a small white node in the middle of the edge that
// the overlap removal gives room. Every edge has its action in its tooltip.
enum class EdgeLabels {
  kAuto,  // the strongest kAutoEdgeLabels edges
  kAll,   // every edge (large drawings)
  kNone,  // none
};

// More nodes than this make a hairball: by default RenderNetwork draws the
// top kReadableNodes nodes by weighted degree (RenderStats says how many it
// left out). Measured on real news: docs/render.md, "Readable by default".
inline constexpr size_t kReadableNodes = 30;
// EdgeLabels::kAuto labels at most this many edges, the strongest first.
inline constexpr size_t kAutoEdgeLabels = 15;

class Names;

// What to draw, and how.
struct RenderOptions {
  std::string format = "svg";   // dot (no layout), svg, png, pdf
  std::string engine = "auto";  // auto, dot, neato, fdp, sfdp, circo
  // Keep the top nodes by weighted degree; 0 keeps all.
  size_t max_nodes = kReadableNodes;
  ColorBy color_by = ColorBy::kCommunity;
  bool legend = true;
  EdgeLabels edge_labels = EdgeLabels::kAuto;
  std::string title;  // "" = "dipgraph network, <first> to <last>"
  // Names of countries in the legend (graph/names.h); codes when null.
  // Node labels come from the network (ApplyNames).
  const Names* names = nullptr;
};

// What RenderNetwork did, for the caller's messages.
struct RenderStats {
  std::string engine;  // the engine used ("" for plain DOT)
  size_t dropped_nodes = 0, dropped_edges = 0;
  size_t labelled_edges = 0;  // edges given a visible label (kAuto: offered)
};

// "svg" for "net.svg"; "" when the extension is not a known format.
std::string FormatFromPath(std::string_view path);
// Ok for a known format (dot, svg, png, pdf), else a UsageError naming them.
Status CheckFormat(std::string_view format);
// Ok for a known engine (auto, dot, neato, fdp, sfdp, circo), else a
// UsageError naming them.
Status CheckEngine(std::string_view engine);

// Renders `network` (pruned to options.max_nodes) in options.format.
Result<std::string> RenderNetwork(const Network& network,
                                  const RenderOptions& options,
                                  RenderStats* stats = nullptr);

// What the report shows.
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

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

// Escapes text for HTML element content and attribute values: & < > " '.
std::string EscapeHtml(std::string_view text);

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

// --engine auto: neato (stress majorization, an even spread) up to
// kNeatoMaxNodes nodes, sfdp beyond (docs/render.md, "Engines"; timings in
// docs/performance.md, "Render and report").
inline constexpr size_t kNeatoMaxNodes = 300;
// sfdp layouts with more nodes than this remove overlaps by uniform scaling
// (overlap=scale) instead of prism: on 1,000 nodes / 5,000 edges prism took
// 1.8 s of 1.9 s CPU, scale 0.6 s, at the cost of a larger drawing
// (docs/performance.md, "Render"). Up to the default --max-nodes the
// picture keeps prism.
inline constexpr size_t kPrismMaxNodes = 300;

// The engine --engine auto picks for a network of this many nodes.
std::string ChooseEngine(size_t nodes);
// "svg" for "net.svg"; "" when the extension is not a known format.
std::string FormatFromPath(std::string_view path);
// Checks a format or engine name; UsageError naming the valid ones.
Status CheckFormat(std::string_view format);
Status CheckEngine(std::string_view engine);

// The top `max_nodes` nodes by weighted degree (ties by id) that keep an
// edge among them, and those edges; everything when max_nodes is 0.
// Indexes are renumbered; order stays sorted by id.
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

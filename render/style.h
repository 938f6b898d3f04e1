// Styles of the rendered network: shapes, colours, widths, label escaping.
// Internal to render/; docs/render.md shows the legend.
#ifndef DIPGRAPH_RENDER_STYLE_H_
#define DIPGRAPH_RENDER_STYLE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "render/render.h"

namespace dipgraph::style {

// Escapes text for a Graphviz escString label or tooltip: backslashes are
// doubled, '&' becomes "&amp;" (Graphviz decodes entities in labels),
// control characters (newlines) become spaces. Quotes are left to cgraph's
// writer, which quotes every string. Truncates to `max_chars` code points
// (0 = no limit) with an ellipsis.
std::string GraphvizText(std::string_view text, size_t max_chars = 0);

// Node shape for an actor type of the event record.
std::string_view ShapeFor(std::string_view type);
// The shapes the legend shows: (type, shape).
const std::vector<std::pair<std::string_view, std::string_view>>& Shapes();

// Colours for QuadClass 1..4; index 0 is the unknown colour.
std::string_view QuadColor(int quad_class);
// The dominant QuadClass of an edge (most events; ties to the lower class).
int DominantQuad(const Edge& edge);

inline constexpr std::string_view kUnknownFill = "#d9d9d9";
// A fixed 12-colour qualitative palette.
std::string_view PaletteColor(size_t index);

// Fill colour per node: by country (countries ranked by total weighted
// degree, then name) or by community index; deterministic.
std::vector<std::string> NodeFills(const Network& network, ColorBy color_by);

// The group each fill stands for, in legend order: (name, colour).
std::vector<std::pair<std::string, std::string>> FillLegend(
    const Network& network, ColorBy color_by, size_t max_rows);

double WeightedDegree(const Node& node);

}  // namespace dipgraph::style

#endif  // DIPGRAPH_RENDER_STYLE_H_

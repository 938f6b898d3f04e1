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

// `text` cut to `max_chars` code points with an ellipsis (0 = no limit).
std::string Truncate(std::string_view text, size_t max_chars);

// Node shape for an actor type of the event record. Every shape holds a
// line of text without growing much wider than it (no triangles or
// diamonds, which a long name makes huge).
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

// Node fills and what they stand for. Groups (communities, or countries)
// are ranked by their total weighted degree, then by key; the first
// `max_groups` (at most the palette's 12) get a palette colour, the rest
// share kUnknownFill as "other". A community is named by its heaviest
// members ("Russia, Syria, Turkey …"), a country by `names` (its code when
// null). Deterministic.
struct Fills {
  std::vector<std::string> node;  // per node, in network order
  std::vector<std::pair<std::string, std::string>> legend;  // (name, colour)
};
Fills NodeFills(const Network& network, ColorBy color_by, const Names* names,
                size_t max_groups);

// A CAMEO action name made short for a label: ", not specified below" and
// similar codebook qualifiers dropped ("Use conventional military force").
std::string ShortAction(std::string_view label);

double WeightedDegree(const Node& node);

}  // namespace dipgraph::style

#endif  // DIPGRAPH_RENDER_STYLE_H_

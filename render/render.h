// The render stage: networks in, pictures and reports out (Graphviz cgraph
// and gvc stay inside this stage).
//
// Today it offers the escaping that every output format of the stage relies
// on; DOT/SVG/PNG/PDF rendering and the HTML report join it as they land.
#ifndef DIPGRAPH_RENDER_RENDER_H_
#define DIPGRAPH_RENDER_RENDER_H_

#include <string>
#include <string_view>

namespace dipgraph {

// Escapes text for HTML element content and attribute values: & < > " '.
std::string EscapeHtml(std::string_view text);

}  // namespace dipgraph

#endif  // DIPGRAPH_RENDER_RENDER_H_

// Internal to render/: how big a network is drawn and with which engine.
#ifndef DIPGRAPH_RENDER_LAYOUT_H_
#define DIPGRAPH_RENDER_LAYOUT_H_

#include <cstddef>
#include <string>

#include "graph/graph.h"
#include "render/render.h"

namespace dipgraph {

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
// The top `max_nodes` nodes by weighted degree (ties by id) that keep an
// edge among them, and those edges; everything when max_nodes is 0.
// Indexes are renumbered; order stays sorted by id.
Network PruneNetwork(const Network& network, size_t max_nodes,
                     RenderStats* stats);

}  // namespace dipgraph

#endif  // DIPGRAPH_RENDER_LAYOUT_H_

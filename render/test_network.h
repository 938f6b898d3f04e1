// Generated networks for tests and benchmarks (not part of the public API).
#ifndef DIPGRAPH_RENDER_TEST_NETWORK_H_
#define DIPGRAPH_RENDER_TEST_NETWORK_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "common/event.h"
#include "graph/graph.h"

namespace dipgraph::testing {

// A deterministic random network: `nodes` actors in 20 countries with
// mixed types, `edges` distinct directed edges (preferential attachment, so
// degrees are skewed as in news data), each with counts per QuadClass.
Network GenerateNetwork(size_t nodes, size_t edges, uint32_t seed = 1);

// `count` events among `actors` actors over 2016, deterministic.
std::vector<Event> GenerateEvents(size_t count, size_t actors,
                                  uint32_t seed = 1);

}  // namespace dipgraph::testing

#endif  // DIPGRAPH_RENDER_TEST_NETWORK_H_

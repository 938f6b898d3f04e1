// Internal to graph/: network metrics, computed with Boost.Graph where it
// has the algorithm (betweenness, components) and by our own code for
// PageRank and Louvain communities.
#ifndef DIPGRAPH_GRAPH_METRICS_H_
#define DIPGRAPH_GRAPH_METRICS_H_

#include "graph/graph.h"

namespace dipgraph {

// Fills every node metric, Network::modularity and Network::reciprocity.
// REQUIRES: edges reference valid node indexes.
void ComputeMetrics(Network* network, const NetworkOptions& options);

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_METRICS_H_

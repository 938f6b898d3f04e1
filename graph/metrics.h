// Internal to graph/: network metrics, computed with Boost.Graph where it
// has the algorithm (betweenness, components) and by our own code for
// PageRank and Louvain communities.
#ifndef DIPGRAPH_GRAPH_METRICS_H_
#define DIPGRAPH_GRAPH_METRICS_H_

#include <tuple>
#include <vector>

#include "graph/graph.h"

namespace dipgraph {

// Fills every node metric, Network::modularity and Network::reciprocity.
// REQUIRES: edges reference valid node indexes.
void ComputeMetrics(Network* network, const NetworkOptions& options);

// Modularity of a partition of an undirected weighted graph given as edge
// list (a, b, w); `community[i]` is node i's community.
double Modularity(size_t nodes,
                  const std::vector<std::tuple<size_t, size_t, double>>& edges,
                  const std::vector<int>& community);
// Louvain communities (deterministic: nodes visited in index order).
std::vector<int> Louvain(
    size_t nodes, const std::vector<std::tuple<size_t, size_t, double>>& edges);

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_METRICS_H_

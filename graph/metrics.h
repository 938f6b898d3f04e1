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

// What the metrics read of an edge. A flat list of these is a fraction of
// the size of the network's edges, which the PageRank iterations walk many
// times, and can be made before the edges are (graph/network_build.cc
// computes the metrics on one thread while it assembles the edges on
// another).
struct Arc {
  size_t source = 0, target = 0;
  int64_t events = 0;
};

// The same as ComputeMetrics, for the network whose edges are `arcs`
// (sorted by (source, target), as Network::edges): fills the metric fields
// of `nodes` (events_*, degree_*, weighted_*, pagerank, betweenness,
// component, community; the other fields are not read) and the two figures.
// REQUIRES: every node's metric fields are at their defaults.
void ComputeMetrics(const std::vector<Arc>& arcs, const NetworkOptions& options,
                    std::vector<Node>* nodes, double* modularity,
                    double* reciprocity);

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

#include "graph/metrics.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace dipgraph {
namespace {

using WeightedEdges = std::vector<std::tuple<size_t, size_t, double>>;

void Degrees(Network* net) {
  for (const Edge& e : net->edges) {
    Node& s = net->nodes[e.source];
    Node& t = net->nodes[e.target];
    ++s.degree_out;
    ++t.degree_in;
    s.events_out += e.events;
    t.events_in += e.events;
    s.weighted_out += static_cast<double>(e.events);
    t.weighted_in += static_cast<double>(e.events);
  }
}

// Weighted PageRank by power iteration; dangling nodes spread evenly.
void PageRank(Network* net, double d) {
  size_t n = net->nodes.size();
  if (n == 0) return;
  std::vector<double> pr(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iter = 0; iter < 200; ++iter) {
    double dangling = 0;
    for (size_t i = 0; i < n; ++i)
      if (net->nodes[i].weighted_out == 0) dangling += pr[i];
    std::fill(next.begin(), next.end(),
              (1 - d) / static_cast<double>(n) +
                  d * dangling / static_cast<double>(n));
    for (const Edge& e : net->edges)
      next[e.target] += d * pr[e.source] * static_cast<double>(e.events) /
                        net->nodes[e.source].weighted_out;
    double change = 0;
    for (size_t i = 0; i < n; ++i) change += std::abs(next[i] - pr[i]);
    pr.swap(next);
    if (change < 1e-12) break;
  }
  double sum = std::accumulate(pr.begin(), pr.end(), 0.0);
  for (size_t i = 0; i < n; ++i) net->nodes[i].pagerank = pr[i] / sum;
}

void Betweenness(Network* net) {
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  size_t n = net->nodes.size();
  G g(n);
  for (const Edge& e : net->edges) boost::add_edge(e.source, e.target, g);
  std::vector<double> centrality(n, 0.0);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(
             centrality.begin(), boost::get(boost::vertex_index, g))));
  double norm = n > 2 ? static_cast<double>((n - 1) * (n - 2)) : 1;
  for (size_t i = 0; i < n; ++i)
    net->nodes[i].betweenness = centrality[i] / norm;
}

void Components(Network* net) {
  using U = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  U g(net->nodes.size());
  for (const Edge& e : net->edges) boost::add_edge(e.source, e.target, g);
  std::vector<int> comp(net->nodes.size());
  boost::connected_components(g, comp.data());
  for (size_t i = 0; i < comp.size(); ++i) net->nodes[i].component = comp[i];
}

WeightedEdges Undirected(const Network& net) {
  std::map<std::pair<size_t, size_t>, double> w;
  for (const Edge& e : net.edges)
    w[{std::min(e.source, e.target), std::max(e.source, e.target)}] +=
        static_cast<double>(e.events);
  WeightedEdges out;
  for (const auto& [ab, weight] : w)
    out.emplace_back(ab.first, ab.second, weight);
  return out;
}

// One pass of Louvain's local moving on a weighted graph with self-loops.
// Returns true when some node moved.
bool LocalMoving(size_t n,
                 const std::vector<std::vector<std::pair<size_t, double>>>& adj,
                 const std::vector<double>& k, double m2,
                 std::vector<int>* comm) {
  std::vector<double> tot(n, 0);
  for (size_t i = 0; i < n; ++i) tot[(*comm)[i]] += k[i];
  bool moved_any = false;
  for (int round = 0; round < 100; ++round) {
    bool moved = false;
    for (size_t i = 0; i < n; ++i) {
      int own = (*comm)[i];
      std::map<int, double> links;  // community -> weight from i
      for (const auto& [j, w] : adj[i])
        if (j != i) links[(*comm)[j]] += w;
      tot[own] -= k[i];
      int best = own;
      double best_gain = links[own] - tot[own] * k[i] / m2;
      for (const auto& [c, w] : links) {
        double gain = w - tot[c] * k[i] / m2;
        if (gain > best_gain + 1e-12) best = c, best_gain = gain;
      }
      tot[best] += k[i];
      if (best != own) (*comm)[i] = best, moved = true;
    }
    if (!moved) break;
    moved_any = true;
  }
  return moved_any;
}

}  // namespace

double Modularity(size_t nodes, const WeightedEdges& edges,
                  const std::vector<int>& community) {
  double m = 0;
  std::vector<double> k(nodes, 0);
  for (const auto& [a, b, w] : edges) {
    m += w;
    k[a] += w;
    k[b] += w;
  }
  if (m == 0) return 0;
  std::map<int, double> in, tot;
  for (const auto& [a, b, w] : edges)
    if (community[a] == community[b]) in[community[a]] += a == b ? w : 2 * w;
  for (size_t i = 0; i < nodes; ++i) tot[community[i]] += k[i];
  double q = 0;
  for (const auto& [c, t] : tot)
    q += in[c] / (2 * m) - (t / (2 * m)) * (t / (2 * m));
  return q;
}

std::vector<int> Louvain(size_t nodes, const WeightedEdges& edges) {
  std::vector<int> result(nodes);
  std::iota(result.begin(), result.end(), 0);
  WeightedEdges level_edges = edges;
  size_t n = nodes;
  std::vector<int> node_of(nodes);  // original node -> current super-node
  std::iota(node_of.begin(), node_of.end(), 0);
  while (true) {
    std::vector<std::vector<std::pair<size_t, double>>> adj(n);
    std::vector<double> k(n, 0);
    double m2 = 0;
    for (const auto& [a, b, w] : level_edges) {
      adj[a].emplace_back(b, w);
      if (a != b) adj[b].emplace_back(a, w);
      k[a] += w;
      k[b] += w;
      m2 += 2 * w;
    }
    if (m2 == 0) break;
    std::vector<int> comm(n);
    std::iota(comm.begin(), comm.end(), 0);
    if (!LocalMoving(n, adj, k, m2, &comm)) break;
    // Renumber communities in order of first appearance; aggregate.
    int next = 0;
    std::map<int, int> order;
    for (size_t i = 0; i < n; ++i)
      if (!order.count(comm[i])) order[comm[i]] = next++;
    for (int& v : node_of) v = order[comm[v]];
    std::map<std::pair<size_t, size_t>, double> agg;
    for (const auto& [a, b, w] : level_edges) {
      size_t ca = order[comm[a]], cb = order[comm[b]];
      agg[{std::min(ca, cb), std::max(ca, cb)}] += w;
    }
    level_edges.clear();
    for (const auto& [ab, w] : agg)
      level_edges.emplace_back(ab.first, ab.second, w);
    n = static_cast<size_t>(next);
  }
  for (size_t i = 0; i < nodes; ++i) result[i] = node_of[i];
  return result;
}

void ComputeMetrics(Network* net, double damping) {
  Degrees(net);
  PageRank(net, damping);
  Betweenness(net);
  Components(net);
  WeightedEdges und = Undirected(*net);
  std::vector<int> comm = Louvain(net->nodes.size(), und);
  for (size_t i = 0; i < comm.size(); ++i) net->nodes[i].community = comm[i];
  net->modularity = Modularity(net->nodes.size(), und, comm);
  std::set<std::pair<size_t, size_t>> dyads;
  for (const Edge& e : net->edges) dyads.emplace(e.source, e.target);
  size_t mutual = 0;
  for (const Edge& e : net->edges) mutual += dyads.count({e.target, e.source});
  net->reciprocity = net->edges.empty()
                         ? 0
                         : static_cast<double>(mutual) /
                               static_cast<double>(net->edges.size());
}

}  // namespace dipgraph

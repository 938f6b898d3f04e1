#include "graph/metrics.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <cstdint>
#include <future>
#include <numeric>
#include <random>
#include <tuple>

namespace dipgraph {
namespace {

using WeightedEdges = std::vector<std::tuple<size_t, size_t, double>>;

void Degrees(const std::vector<Arc>& arcs, std::vector<Node>* nodes) {
  for (const Arc& e : arcs) {
    Node& s = (*nodes)[e.source];
    Node& t = (*nodes)[e.target];
    ++s.degree_out;
    ++t.degree_in;
    s.events_out += e.events;
    t.events_in += e.events;
    s.weighted_out += static_cast<double>(e.events);
    t.weighted_in += static_cast<double>(e.events);
  }
}

// Weighted PageRank by power iteration; dangling nodes spread evenly.
void PageRank(const std::vector<Arc>& arcs, double d,
              std::vector<Node>* nodes) {
  size_t n = nodes->size();
  if (n == 0) return;
  std::vector<double> pr(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iter = 0; iter < 200; ++iter) {
    double dangling = 0;
    for (size_t i = 0; i < n; ++i)
      if ((*nodes)[i].weighted_out == 0) dangling += pr[i];
    std::fill(next.begin(), next.end(),
              (1 - d) / static_cast<double>(n) +
                  d * dangling / static_cast<double>(n));
    for (const Arc& e : arcs)
      next[e.target] += d * pr[e.source] * static_cast<double>(e.events) /
                        (*nodes)[e.source].weighted_out;
    double change = 0;
    for (size_t i = 0; i < n; ++i) change += std::abs(next[i] - pr[i]);
    pr.swap(next);
    if (change < 1e-12) break;
  }
  double sum = std::accumulate(pr.begin(), pr.end(), 0.0);
  for (size_t i = 0; i < n; ++i) (*nodes)[i].pagerank = pr[i] / sum;
}

// Out-neighbours in compressed sparse rows: the targets of node v are
// target[offset[v]] .. target[offset[v + 1] - 1].
struct Csr {
  std::vector<uint32_t> offset, target;
};

Csr OutNeighbours(size_t nodes, const std::vector<Arc>& arcs) {
  Csr g;
  g.offset.assign(nodes + 1, 0);
  for (const Arc& e : arcs) ++g.offset[e.source + 1];
  for (size_t i = 1; i < g.offset.size(); ++i) g.offset[i] += g.offset[i - 1];
  g.target.resize(arcs.size());
  std::vector<uint32_t> at(g.offset.begin(), g.offset.end() - 1);
  for (const Arc& e : arcs)
    g.target[at[e.source]++] = static_cast<uint32_t>(e.target);
  return g;
}

// Brandes' dependency accumulation from one source, unweighted and directed:
// adds delta_s(v) to centrality[v] for every v != s.
class Brandes {
 public:
  explicit Brandes(const Csr& g)
      : g_(g),
        dist_(g.offset.size() - 1, -1),
        sigma_(dist_.size(), 0),
        delta_(dist_.size(), 0) {
    order_.reserve(dist_.size());
  }

  void From(uint32_t s, std::vector<double>* centrality) {
    order_.clear();
    dist_[s] = 0;
    sigma_[s] = 1;
    order_.push_back(s);
    for (size_t head = 0; head < order_.size(); ++head) {  // BFS
      uint32_t v = order_[head];
      for (uint32_t i = g_.offset[v]; i < g_.offset[v + 1]; ++i) {
        uint32_t w = g_.target[i];
        if (dist_[w] < 0) dist_[w] = dist_[v] + 1, order_.push_back(w);
        if (dist_[w] == dist_[v] + 1) sigma_[w] += sigma_[v];
      }
    }
    for (size_t k = order_.size(); k-- > 0;) {  // farthest first
      uint32_t v = order_[k];
      double d = 0;
      for (uint32_t i = g_.offset[v]; i < g_.offset[v + 1]; ++i) {
        uint32_t w = g_.target[i];
        if (dist_[w] == dist_[v] + 1) d += (1 + delta_[w]) / sigma_[w];
      }
      delta_[v] = sigma_[v] * d;
      if (v != s) (*centrality)[v] += delta_[v];
    }
    for (uint32_t v : order_) dist_[v] = -1, sigma_[v] = 0, delta_[v] = 0;
  }

 private:
  const Csr& g_;
  std::vector<int32_t> dist_;
  std::vector<double> sigma_, delta_;
  std::vector<uint32_t> order_;
};

// The first k of a seeded Fisher–Yates shuffle of 0..n-1. mt19937_64's
// output is fixed by the standard and the reduction is ours, so the pivots
// are the same on every platform.
std::vector<uint32_t> Pivots(size_t n, size_t k) {
  std::vector<uint32_t> all(n);
  std::iota(all.begin(), all.end(), 0u);
  std::mt19937_64 rng(0x6469706772617068ull);  // "dipgraph"
  for (size_t i = 0; i < k; ++i) {
    size_t j = i + static_cast<size_t>(rng() % (n - i));
    std::swap(all[i], all[j]);
  }
  all.resize(k);
  std::sort(all.begin(), all.end());
  return all;
}

void Betweenness(const std::vector<Arc>& arcs, const NetworkOptions& o,
                 std::vector<Node>* nodes) {
  size_t n = nodes->size();
  if (o.betweenness == BetweennessMode::kOff || n < 3) return;
  double work = static_cast<double>(n) * static_cast<double>(arcs.size());
  bool sampled =
      o.betweenness == BetweennessMode::kSampled ||
      (o.betweenness == BetweennessMode::kAuto && work > kExactBetweennessWork);
  size_t k = sampled ? std::clamp<size_t>(o.betweenness_pivots, 1, n) : n;
  Csr g = OutNeighbours(n, arcs);
  Brandes brandes(g);
  std::vector<double> centrality(n, 0.0);
  if (k == n) {
    for (uint32_t s = 0; s < n; ++s) brandes.From(s, &centrality);
  } else {
    for (uint32_t s : Pivots(n, k)) brandes.From(s, &centrality);
  }
  // Sampling estimates the sum over all sources: scale by n / k.
  double scale = static_cast<double>(n) / static_cast<double>(k);
  double norm = static_cast<double>((n - 1) * (n - 2));
  for (size_t i = 0; i < n; ++i)
    (*nodes)[i].betweenness = centrality[i] * scale / norm;
}

void Components(const std::vector<Arc>& arcs, std::vector<Node>* nodes) {
  using U = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  U g(nodes->size());
  for (const Arc& e : arcs) boost::add_edge(e.source, e.target, g);
  std::vector<int> comp(nodes->size());
  boost::connected_components(g, comp.data());
  for (size_t i = 0; i < comp.size(); ++i) (*nodes)[i].component = comp[i];
}

// Sorts (a, b, w) by (a, b) and sums the weights of equal pairs. A counting
// sort by a, then each a's few pairs by b: std::sort of the whole list was
// a third of the metrics' time on 70,000 edges. (Equal pairs may be summed
// in another order than a comparison sort's; the weights are whole numbers
// of events, which doubles add exactly in any order.)
WeightedEdges SumDuplicates(WeightedEdges edges) {
  size_t n = 0;
  for (const auto& e : edges) n = std::max(n, std::get<0>(e) + 1);
  std::vector<size_t> start(n + 1, 0);
  for (const auto& e : edges) ++start[std::get<0>(e) + 1];
  for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
  {
    WeightedEdges by_a(edges.size());
    std::vector<size_t> at(start.begin(), start.end() - 1);
    for (const auto& e : edges) by_a[at[std::get<0>(e)]++] = e;
    edges = std::move(by_a);
  }
  for (size_t a = 0; a < n; ++a)
    std::sort(edges.begin() + start[a], edges.begin() + start[a + 1],
              [](const auto& x, const auto& y) {
                return std::get<1>(x) < std::get<1>(y);
              });
  size_t out = 0;
  for (size_t i = 0; i < edges.size(); ++i) {
    if (out > 0 && std::get<0>(edges[out - 1]) == std::get<0>(edges[i]) &&
        std::get<1>(edges[out - 1]) == std::get<1>(edges[i]))
      std::get<2>(edges[out - 1]) += std::get<2>(edges[i]);
    else
      edges[out++] = edges[i];
  }
  edges.resize(out);
  return edges;
}

// Each unordered pair once, weights summed, sorted by (min, max).
WeightedEdges Undirected(const std::vector<Arc>& arcs) {
  WeightedEdges out;
  out.reserve(arcs.size());
  for (const Arc& e : arcs)
    out.emplace_back(std::min(e.source, e.target), std::max(e.source, e.target),
                     static_cast<double>(e.events));
  return SumDuplicates(std::move(out));
}

// An undirected weighted graph in flat arrays: the neighbours of v are
// (nbr[i], w[i]) for i in offset[v] .. offset[v + 1] - 1; a self-loop
// appears once. k is the weighted degree (a self-loop counts twice) and m2
// twice the total weight.
struct WeightedCsr {
  std::vector<uint32_t> offset, nbr;
  std::vector<double> w, k;
  double m2 = 0;
};

WeightedCsr Adjacency(size_t n, const WeightedEdges& edges) {
  WeightedCsr g;
  g.offset.assign(n + 1, 0);
  g.k.assign(n, 0);
  for (const auto& [a, b, w] : edges) {
    ++g.offset[a + 1];
    if (a != b) ++g.offset[b + 1];
    g.k[a] += w;
    g.k[b] += w;
    g.m2 += 2 * w;
  }
  for (size_t i = 1; i <= n; ++i) g.offset[i] += g.offset[i - 1];
  g.nbr.resize(g.offset[n]);
  g.w.resize(g.offset[n]);
  std::vector<uint32_t> at(g.offset.begin(), g.offset.end() - 1);
  for (const auto& [a, b, w] : edges) {
    g.nbr[at[a]] = static_cast<uint32_t>(b);
    g.w[at[a]++] = w;
    if (a == b) continue;
    g.nbr[at[b]] = static_cast<uint32_t>(a);
    g.w[at[b]++] = w;
  }
  return g;
}

// Louvain's local moving on a weighted graph with self-loops. Returns true
// when some node moved. Candidate communities are tried in increasing index
// order and a tie keeps the earlier one, so the result is deterministic.
bool LocalMoving(const WeightedCsr& g, std::vector<int>* comm) {
  size_t n = g.k.size();
  std::vector<double> tot(n, 0), links(n, 0);  // links: weight from node i
  std::vector<int> touched;
  for (size_t i = 0; i < n; ++i) tot[(*comm)[i]] += g.k[i];
  bool moved_any = false;
  for (int round = 0; round < 100; ++round) {
    bool moved = false;
    for (size_t i = 0; i < n; ++i) {
      int own = (*comm)[i];
      touched.assign(1, own);
      for (uint32_t e = g.offset[i]; e < g.offset[i + 1]; ++e) {
        if (g.nbr[e] == i) continue;
        int c = (*comm)[g.nbr[e]];
        if (links[c] == 0 && c != own) touched.push_back(c);
        links[c] += g.w[e];
      }
      std::sort(touched.begin(), touched.end());
      touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
      tot[own] -= g.k[i];
      int best = own;
      double best_gain = links[own] - tot[own] * g.k[i] / g.m2;
      for (int c : touched) {
        double gain = links[c] - tot[c] * g.k[i] / g.m2;
        if (gain > best_gain + 1e-12) best = c, best_gain = gain;
      }
      for (int c : touched) links[c] = 0;
      tot[best] += g.k[i];
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
  size_t communities = 0;
  for (int c : community)
    communities = std::max(communities, static_cast<size_t>(c) + 1);
  std::vector<double> in(communities, 0), tot(communities, 0);
  for (const auto& [a, b, w] : edges)
    if (community[a] == community[b]) in[community[a]] += a == b ? w : 2 * w;
  for (size_t i = 0; i < nodes; ++i) tot[community[i]] += k[i];
  double q = 0;
  for (size_t c = 0; c < communities; ++c)
    q += in[c] / (2 * m) - (tot[c] / (2 * m)) * (tot[c] / (2 * m));
  return q;
}

std::vector<int> Louvain(size_t nodes, const WeightedEdges& edges) {
  WeightedEdges level_edges;
  level_edges.reserve(edges.size());
  for (const auto& [a, b, w] : edges)
    level_edges.emplace_back(std::min(a, b), std::max(a, b), w);
  level_edges = SumDuplicates(std::move(level_edges));
  size_t n = nodes;
  std::vector<int> node_of(nodes);  // original node -> current super-node
  std::iota(node_of.begin(), node_of.end(), 0);
  while (true) {
    WeightedCsr g = Adjacency(n, level_edges);
    if (g.m2 == 0) break;
    std::vector<int> comm(n);
    std::iota(comm.begin(), comm.end(), 0);
    if (!LocalMoving(g, &comm)) break;
    // Renumber communities in order of first appearance; aggregate.
    int next = 0;
    std::vector<int> order(n, -1);
    for (size_t i = 0; i < n; ++i)
      if (order[comm[i]] < 0) order[comm[i]] = next++;
    for (int& v : node_of) v = order[comm[v]];
    for (auto& [a, b, w] : level_edges) {
      size_t ca = order[comm[a]], cb = order[comm[b]];
      a = std::min(ca, cb);
      b = std::max(ca, cb);
    }
    level_edges = SumDuplicates(std::move(level_edges));
    n = static_cast<size_t>(next);
  }
  return node_of;
}

void ComputeMetrics(const std::vector<Arc>& arcs, const NetworkOptions& o,
                    std::vector<Node>* nodes, double* modularity,
                    double* reciprocity) {
  // Communities on a second thread (on 200,000 events they took as long as
  // the rest together). Each side writes its own fields of the nodes.
  std::future<void> communities = std::async(std::launch::async, [&] {
    WeightedEdges und = Undirected(arcs);
    std::vector<int> comm = Louvain(nodes->size(), und);
    for (size_t i = 0; i < comm.size(); ++i) (*nodes)[i].community = comm[i];
    *modularity = Modularity(nodes->size(), und, comm);
  });
  Degrees(arcs, nodes);
  PageRank(arcs, o.damping, nodes);
  Betweenness(arcs, o, nodes);
  Components(arcs, nodes);
  // Arcs are sorted by (source, target): the reverse is a binary search.
  auto dyad = [](const Arc& e) { return std::make_pair(e.source, e.target); };
  size_t mutual = 0;
  for (const Arc& e : arcs) {
    auto it = std::lower_bound(
        arcs.begin(), arcs.end(), std::make_pair(e.target, e.source),
        [&](const Arc& x, const std::pair<size_t, size_t>& key) {
          return dyad(x) < key;
        });
    mutual +=
        it != arcs.end() && dyad(*it) == std::make_pair(e.target, e.source);
  }
  *reciprocity = arcs.empty() ? 0
                              : static_cast<double>(mutual) /
                                    static_cast<double>(arcs.size());
  communities.get();
}

void ComputeMetrics(Network* net, const NetworkOptions& o) {
  std::vector<Arc> arcs;
  arcs.reserve(net->edges.size());
  for (const Edge& e : net->edges)
    arcs.push_back({e.source, e.target, e.events});
  ComputeMetrics(arcs, o, &net->nodes, &net->modularity, &net->reciprocity);
}

}  // namespace dipgraph

// The network as a summary table and as JSON (`dipgraph graph`).
#include <algorithm>
#include <cstdio>
#include <sstream>

#include "graph/graph.h"

namespace dipgraph {
namespace {

// `text` cut or padded to `width` code points (a cut ends in "…"), so that
// columns line up whatever the script of the names.
std::string Cell(const std::string& text, size_t width) {
  std::vector<size_t> starts;  // byte offset of each code point
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      starts.push_back(i);
  if (starts.size() > width)
    return text.substr(0, starts[width - 1]) + "\u2026";
  return text + std::string(width - starts.size(), ' ');
}

std::string NameOf(const Node& n) { return n.label.empty() ? n.id : n.label; }

// The indexes of `items` in the order `before` gives, ties in index order.
template <typename T, typename Before>
std::vector<size_t> StableOrder(const std::vector<T>& items, Before before) {
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return before(items[a], items[b]);
  });
  return order;
}

}  // namespace

std::string NetworkTable(const Network& net, size_t top) {
  std::ostringstream out;
  char buf[320];
  std::snprintf(buf, sizeof buf,
                "level %s: %zu nodes, %zu edges, %lld events, %s to %s\n"
                "modularity %.3f, reciprocity %.3f\n\n",
                LevelName(net.level), net.nodes.size(), net.edges.size(),
                static_cast<long long>(net.events),
                net.first_date.empty() ? "?" : net.first_date.c_str(),
                net.last_date.empty() ? "?" : net.last_date.c_str(),
                net.modularity, net.reciprocity);
  out << buf;
  std::vector<size_t> order = StableOrder(
      net.nodes,
      [](const Node& a, const Node& b) { return a.pagerank > b.pagerank; });
  out << Cell("node", 32) << " " << Cell("code", 12)
      << "  out    in  pagerank  betweenness  community\n";
  for (size_t i = 0; i < order.size() && i < top; ++i) {
    const Node& n = net.nodes[order[i]];
    out << Cell(NameOf(n), 32) << " " << Cell(n.id, 12);
    std::snprintf(buf, sizeof buf, " %4lld  %4lld  %8.4f  %11.4f  %9d\n",
                  static_cast<long long>(n.events_out),
                  static_cast<long long>(n.events_in), n.pagerank,
                  n.betweenness, n.community);
    out << buf;
  }
  std::vector<size_t> edges = StableOrder(
      net.edges,
      [](const Edge& a, const Edge& b) { return a.events > b.events; });
  out << "\n"
      << Cell("source > target", 52) << "  events  docs  balance  top action\n";
  for (size_t i = 0; i < edges.size() && i < top; ++i) {
    const Edge& e = net.edges[edges[i]];
    std::string dyad =
        NameOf(net.nodes[e.source]) + " > " + NameOf(net.nodes[e.target]);
    out << Cell(dyad, 52);
    std::snprintf(buf, sizeof buf, " %7lld %5lld %8.2f  %s %s\n",
                  static_cast<long long>(e.events),
                  static_cast<long long>(e.documents), e.balance,
                  e.top_code.c_str(), e.top_label.c_str());
    out << buf;
  }
  return out.str();
}

nlohmann::ordered_json NetworkJson(const Network& net) {
  using J = nlohmann::ordered_json;
  J j;
  j["level"] = LevelName(net.level);
  j["events"] = net.events;
  j["first_date"] = net.first_date;
  j["last_date"] = net.last_date;
  j["modularity"] = net.modularity;
  j["reciprocity"] = net.reciprocity;
  j["nodes"] = J::array();
  for (const Node& n : net.nodes) {
    j["nodes"].push_back({{"id", n.id},
                          {"label", n.label},
                          {"country", n.country},
                          {"type", n.type},
                          {"events_out", n.events_out},
                          {"events_in", n.events_in},
                          {"degree_out", n.degree_out},
                          {"degree_in", n.degree_in},
                          {"pagerank", n.pagerank},
                          {"betweenness", n.betweenness},
                          {"component", n.component},
                          {"community", n.community}});
  }
  j["edges"] = J::array();
  for (const Edge& e : net.edges) {
    J roots = J::object(), quads = J::object();
    for (int r = 1; r <= 20; ++r) {
      if (e.by_root[r] == 0) continue;
      char key[12];
      std::snprintf(key, sizeof key, "%02d", r);
      roots[key] = e.by_root[r];
    }
    for (int q = 1; q <= 4; ++q)
      if (e.by_quad[q]) quads[std::to_string(q)] = e.by_quad[q];
    j["edges"].push_back({{"source", net.nodes[e.source].id},
                          {"target", net.nodes[e.target].id},
                          {"events", e.events},
                          {"documents", e.documents},
                          {"roots", roots},
                          {"quad_classes", quads},
                          {"goldstein_sum", e.goldstein_sum},
                          {"goldstein_mean", e.goldstein_mean},
                          {"balance", e.balance},
                          {"first_date", e.first_date},
                          {"last_date", e.last_date},
                          {"top_code", e.top_code},
                          {"top_label", e.top_label},
                          {"example_ids", e.example_ids}});
  }
  return j;
}

}  // namespace dipgraph

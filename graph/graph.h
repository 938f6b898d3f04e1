// The graph stage: events in, counts, networks, queries and exports out.
//
// Boost.Graph types never leave this stage. Today it offers event statistics
// (`dipgraph stats`); the store, the network, metrics, queries and exports
// join it as they land.
//
//   EventStats stats;
//   for (const Event& e : events) stats.Add(e);
//   std::string table = stats.ToTable(10);
#ifndef DIPGRAPH_GRAPH_GRAPH_H_
#define DIPGRAPH_GRAPH_GRAPH_H_

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "common/event.h"

namespace dipgraph {

// Counts of events by actor, CAMEO root, QuadClass and date.
class EventStats {
 public:
  void Add(const Event& event);

  int64_t events() const { return events_; }
  int64_t documents() const { return static_cast<int64_t>(docs_.size()); }
  // Sorted by count (descending), then key (ascending).
  std::vector<std::pair<std::string, int64_t>> TopActors(size_t n) const;
  const std::map<std::string, int64_t>& by_root() const { return by_root_; }
  const std::map<int, int64_t>& by_quad() const { return by_quad_; }
  const std::map<std::string, int64_t>& by_date() const { return by_date_; }

  // A human-readable table; `top` limits the actor list.
  std::string ToTable(size_t top) const;
  nlohmann::ordered_json ToJson(size_t top) const;

 private:
  int64_t events_ = 0;
  std::map<std::string, int64_t> docs_;
  std::map<std::string, int64_t> by_actor_;  // source and target, by code
  std::map<std::string, int64_t> by_root_;
  std::map<int, int64_t> by_quad_;
  std::map<std::string, int64_t> by_date_;
  std::map<std::string, std::string> root_labels_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_GRAPH_H_

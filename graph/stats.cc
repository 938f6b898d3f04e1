#include <algorithm>
#include <cstdio>
#include <sstream>

#include "graph/graph.h"

namespace dipgraph {
namespace {

std::string ActorKey(const Actor& a) { return a.id.empty() ? a.text : a.id; }

// One section of the table: its heading, then a row per (name, count).
template <typename Rows, typename NameOf>
void Section(std::ostream& out, const char* heading, const Rows& rows,
             NameOf name_of) {
  out << "\n" << heading << "\n";
  char buf[256];
  for (const auto& [key, n] : rows) {
    std::snprintf(buf, sizeof buf, "  %-34s %6lld\n", name_of(key).c_str(),
                  static_cast<long long>(n));
    out << buf;
  }
}

std::string Same(const std::string& s) { return s; }

std::string QuadName(int quad) {
  return std::to_string(quad) + " " +
         std::string(quad >= 1 && quad <= 4 ? kQuadClassNames[quad]
                                            : "unknown");
}

}  // namespace

void EventStats::Add(const Event& e) {
  ++events_;
  ++docs_[e.doc.id];
  ++by_actor_[ActorKey(e.source)];
  if (e.target) ++by_actor_[ActorKey(*e.target)];
  std::string root =
      e.action.root.empty() ? e.action.cameo.substr(0, 2) : e.action.root;
  ++by_root_[root];
  ++by_quad_[e.action.quad_class];
  ++by_date_[e.date.empty() ? "unknown" : e.date];
}

std::vector<std::pair<std::string, int64_t>> EventStats::TopActors(
    size_t n) const {
  std::vector<std::pair<std::string, int64_t>> v(by_actor_.begin(),
                                                 by_actor_.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second > b.second;
  });
  if (v.size() > n) v.resize(n);
  return v;
}

std::string EventStats::ToTable(size_t top) const {
  std::ostringstream out;
  out << "events     " << events_ << "\ndocuments  " << docs_.size() << "\n";
  Section(out, "actor (as source or target)          events", TopActors(top),
          Same);
  Section(out, "CAMEO root                           events", by_root_, Same);
  Section(out, "QuadClass                            events", by_quad_,
          QuadName);
  Section(out, "date                                 events", by_date_, Same);
  return out.str();
}

nlohmann::ordered_json EventStats::ToJson(size_t top) const {
  nlohmann::ordered_json j;
  j["events"] = events_;
  j["documents"] = docs_.size();
  j["actors"] = nlohmann::ordered_json::array();
  for (const auto& [actor, n] : TopActors(top))
    j["actors"].push_back({{"actor", actor}, {"events", n}});
  j["roots"] = nlohmann::ordered_json::object();
  for (const auto& [root, n] : by_root_) j["roots"][root] = n;
  j["quad_classes"] = nlohmann::ordered_json::object();
  for (const auto& [quad, n] : by_quad_)
    j["quad_classes"][std::to_string(quad)] = n;
  j["dates"] = nlohmann::ordered_json::object();
  for (const auto& [date, n] : by_date_) j["dates"][date] = n;
  return j;
}

}  // namespace dipgraph

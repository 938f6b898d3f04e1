#include <algorithm>
#include <cstdio>
#include <sstream>

#include "graph/graph.h"

namespace dipgraph {
namespace {

template <typename A>
std::string_view ActorKey(const A& a) {
  return a.id.empty() ? a.text : a.id;
}

// ++map[key], without a copy of a key that is there.
void Bump(EventStats::HashCounts* map, std::string_view key, int64_t n = 1) {
  auto it = map->find(key);
  if (it == map->end()) it = map->emplace(std::string(key), 0).first;
  it->second += n;
}

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

void EventStats::Add(const Event& e) { Add(ViewOf(e)); }

void EventStats::Add(const EventView& e) {
  ++events_;
  if (e.doc.id != last_doc_ || events_ == 1) {
    Bump(&docs_, e.doc.id);
    last_doc_.assign(e.doc.id);
  }
  Bump(&by_actor_, ActorKey(e.source));
  if (e.has_target) Bump(&by_actor_, ActorKey(e.target));
  Bump(&by_root_,
       e.action.root.empty() ? e.action.cameo.substr(0, 2) : e.action.root);
  ++by_quad_[e.action.quad_class];
  Bump(&by_date_, e.date.empty() ? std::string_view("unknown") : e.date);
}

void EventStats::Merge(const EventStats& other) {
  events_ += other.events_;
  for (const auto& [mine, theirs] : {std::pair{&docs_, &other.docs_},
                                     std::pair{&by_actor_, &other.by_actor_},
                                     std::pair{&by_root_, &other.by_root_},
                                     std::pair{&by_date_, &other.by_date_}})
    for (const auto& [key, n] : *theirs) Bump(mine, key, n);
  for (const auto& [quad, n] : other.by_quad_) by_quad_[quad] += n;
}

std::vector<std::pair<std::string, int64_t>> EventStats::TopActors(
    size_t n) const {
  std::vector<std::pair<std::string, int64_t>> v(by_actor_.begin(),
                                                 by_actor_.end());
  auto before = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  if (v.size() > n) {
    std::partial_sort(v.begin(), v.begin() + static_cast<ptrdiff_t>(n), v.end(),
                      before);
    v.resize(n);
  } else {
    std::sort(v.begin(), v.end(), before);
  }
  return v;
}

std::string EventStats::ToTable(size_t top) const {
  std::ostringstream out;
  out << "events     " << events_ << "\ndocuments  " << docs_.size() << "\n";
  Section(out, "actor (as source or target)          events", TopActors(top),
          Same);
  Section(out, "CAMEO root                           events", by_root(), Same);
  Section(out, "QuadClass                            events", by_quad_,
          QuadName);
  Section(out, "date                                 events", by_date(), Same);
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
  for (const auto& [root, n] : by_root()) j["roots"][root] = n;
  j["quad_classes"] = nlohmann::ordered_json::object();
  for (const auto& [quad, n] : by_quad_)
    j["quad_classes"][std::to_string(quad)] = n;
  j["dates"] = nlohmann::ordered_json::object();
  for (const auto& [date, n] : by_date()) j["dates"][date] = n;
  return j;
}

}  // namespace dipgraph

// Building the relationship network from events: filters, node keys at a
// level, dyad aggregation, ego networks and top-N pruning. Metrics are in
// metrics.cc.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "common/text.h"
#include "graph/filter.h"
#include "graph/graph.h"
#include "graph/metrics.h"

namespace dipgraph {
namespace {

std::string NodeKey(const Actor& a, Level level) {
  std::string code = a.id.empty() ? a.text : a.id;
  switch (level) {
    case Level::kPerson:
      return a.type == "person" && !a.name.empty() ? a.name : code;
    case Level::kActor:
      return code;
    case Level::kCountry:
      if (!a.country.empty()) return a.country;
      return a.id.size() >= 3 ? a.id.substr(0, 3) : code;
  }
  return code;
}

// The words an actor is known by, for --actor and --exclude patterns.
template <typename Set>
void AddNames(const Actor& a, Set* names) {
  for (const std::string* s : {&a.id, &a.name, &a.text, &a.country})
    if (!s->empty()) names->insert(*s);
}

template <typename Set>
bool MatchesAny(const std::vector<std::string>& patterns, const Set& names) {
  for (const std::string& p : patterns)
    for (const auto& n : names)
      if (ActorPatternMatches(p, n)) return true;
  return false;
}

bool KeepEvent(const Event& e, const NetworkOptions& o) {
  if (!e.target) return false;
  if (!PassesActionFilter(e, {o.from, o.to, o.roots, o.codes, o.quads}))
    return false;
  if (!o.exclude.empty()) {
    std::set<std::string> names;
    AddNames(e.source, &names);
    AddNames(*e.target, &names);
    if (MatchesAny(o.exclude, names)) return false;
  }
  return true;
}

// A symmetric event found in one direction only stands for both. Only the
// reverse keys of symmetric events are kept in the set, so the scan over
// all events stays cheap when few events are symmetric.
std::vector<Event> AddMirrors(const std::vector<const Event*>& kept) {
  using Key = std::tuple<std::string_view, int64_t, std::string_view,
                         std::string_view, std::string_view>;
  std::map<Key, bool> reverse;  // reverse key -> found among the events
  for (const Event* e : kept)
    if (e->symmetric)
      reverse.emplace(Key(e->doc.id, e->sentence.index, e->action.cameo,
                          e->target->id, e->source.id),
                      false);
  if (reverse.empty()) return {};
  for (const Event* e : kept) {
    auto it = reverse.find(Key(e->doc.id, e->sentence.index, e->action.cameo,
                               e->source.id, e->target->id));
    if (it != reverse.end()) it->second = true;
  }
  std::vector<Event> mirrors;
  for (const Event* e : kept) {
    if (!e->symmetric) continue;
    if (reverse.at(Key(e->doc.id, e->sentence.index, e->action.cameo,
                       e->target->id, e->source.id)))
      continue;
    Event m = *e;
    std::swap(m.source, *m.target);
    m.id += "~mirror";
    mirrors.push_back(std::move(m));
  }
  return mirrors;
}

// Accumulators hold views into the events, which outlive the build; lists
// are sorted once at the end. Ties in counts go to the smallest key, so the
// result does not depend on hash order.
//
// Counts are a flat list: nodes and edges see few distinct values each (labels,
// types, CAMEO codes), so a linear scan beats a hash table per node and edge.
struct Count {
  std::string_view key;
  int64_t n = 0;
  std::string_view extra;  // for codes: the label first seen with the code
};
using Counts = std::vector<Count>;

Count& Bump(Counts* counts, std::string_view key) {
  for (Count& c : *counts)
    if (c.key == key) return ++c.n, c;
  counts->push_back({key, 1, {}});
  return counts->back();
}

struct NodeAcc {
  Counts labels, types, countries;
  std::set<std::string_view> names;
};

struct EdgeAcc {
  Edge edge;
  std::vector<std::string_view> docs, dates, ids;
  Counts codes;
};

const Count* MostCommonEntry(const Counts& counts) {
  const Count* best = nullptr;
  for (const Count& c : counts)
    if (!best || c.n > best->n || (c.n == best->n && c.key < best->key))
      best = &c;
  return best;
}

std::string MostCommon(const Counts& counts) {
  const Count* best = MostCommonEntry(counts);
  return best ? std::string(best->key) : std::string();
}

void SortUnique(std::vector<std::string_view>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

int RootNumber(const Action& a) {
  const std::string& r = a.root.size() == 2 ? a.root : a.cameo;
  if (r.size() < 2 || !std::isdigit(static_cast<unsigned char>(r[0])) ||
      !std::isdigit(static_cast<unsigned char>(r[1])))
    return 0;
  return (r[0] - '0') * 10 + (r[1] - '0');
}

void AddToEdge(const Event& e, EdgeAcc* acc) {
  Edge& ed = acc->edge;
  ++ed.events;
  acc->docs.push_back(e.doc.id);
  const std::string& date = EventDate(e);
  if (!date.empty()) acc->dates.push_back(date);
  acc->ids.push_back(e.id);
  int root = RootNumber(e.action);
  if (root >= 1 && root <= 20) ++ed.by_root[root];
  if (e.action.quad_class >= 1 && e.action.quad_class <= 4)
    ++ed.by_quad[e.action.quad_class];
  ed.goldstein_sum += e.action.goldstein;
  Count& code = Bump(&acc->codes, e.action.cameo);
  if (code.n == 1) code.extra = e.action.label;
}

// A node's label is the name that fits its level: a person's name at person
// level, an institution's name at actor level (people's names there would
// mislabel "RUSGOV" as one person), a state's name at country level.
void AddNode(const Actor& a, Level level, NodeAcc* acc) {
  bool fits = level == Level::kPerson  ? true
              : level == Level::kActor ? a.type != "person"
                                       : a.type == "state";
  if (fits && !a.name.empty()) Bump(&acc->labels, a.name);
  if (!a.type.empty()) Bump(&acc->types, a.type);
  std::string_view country = a.country;
  if (country.empty() && a.id.size() >= 3)
    country = std::string_view(a.id).substr(0, 3);
  if (!country.empty()) Bump(&acc->countries, country);
  if (acc->names.size() < 64) AddNames(a, &acc->names);
}

Edge FinishEdge(EdgeAcc& acc) {
  Edge e = acc.edge;
  SortUnique(&acc.docs);
  SortUnique(&acc.dates);
  SortUnique(&acc.ids);
  e.documents = static_cast<int64_t>(acc.docs.size());
  e.goldstein_mean =
      e.events ? e.goldstein_sum / static_cast<double>(e.events) : 0;
  e.dates.assign(acc.dates.begin(), acc.dates.end());
  if (!e.dates.empty())
    e.first_date = e.dates.front(), e.last_date = e.dates.back();
  for (std::string_view id : acc.ids) {
    if (e.example_ids.size() >= 5) break;
    e.example_ids.emplace_back(id);
  }
  if (const Count* top = MostCommonEntry(acc.codes)) {
    e.top_code = std::string(top->key);
    e.top_label = std::string(top->extra);
  }
  int64_t coop = e.by_quad[1] + e.by_quad[2],
          conflict = e.by_quad[3] + e.by_quad[4];
  e.balance = e.events ? static_cast<double>(coop - conflict) /
                             static_cast<double>(e.events)
                       : 0;
  return e;
}

// Keeps the nodes in `keep` (by key) and the edges between them.
void Restrict(std::map<std::string, NodeAcc>* nodes,
              std::map<std::pair<std::string, std::string>, EdgeAcc>* edges,
              const std::set<std::string>& keep) {
  for (auto it = edges->begin(); it != edges->end();)
    it = keep.count(it->first.first) && keep.count(it->first.second)
             ? std::next(it)
             : edges->erase(it);
  for (auto it = nodes->begin(); it != nodes->end();)
    it = keep.count(it->first) ? std::next(it) : nodes->erase(it);
}

std::set<std::string> EgoNodes(
    const std::map<std::string, NodeAcc>& nodes,
    const std::map<std::pair<std::string, std::string>, EdgeAcc>& edges,
    const NetworkOptions& o) {
  std::set<std::string> frontier, seen;
  for (const auto& [key, acc] : nodes) {
    std::set<std::string_view> names = acc.names;
    names.insert(key);
    if (MatchesAny(o.actors, names)) frontier.insert(key);
  }
  seen = frontier;
  for (int hop = 0; hop < o.depth && !frontier.empty(); ++hop) {
    std::set<std::string> next;
    for (const auto& [dyad, acc] : edges) {
      if (frontier.count(dyad.first) && !seen.count(dyad.second))
        next.insert(dyad.second);
      if (frontier.count(dyad.second) && !seen.count(dyad.first))
        next.insert(dyad.first);
    }
    seen.insert(next.begin(), next.end());
    frontier = std::move(next);
  }
  return seen;
}

Network Assemble(const std::map<std::string, NodeAcc>& nodes,
                 std::map<std::pair<std::string, std::string>, EdgeAcc>& edges,
                 const NetworkOptions& o) {
  Network net;
  net.level = o.level;
  std::map<std::string, size_t> index;
  for (const auto& [key, acc] : nodes) {  // std::map: sorted by id
    Node n;
    n.id = key;
    n.label = MostCommon(acc.labels);
    if (n.label.empty()) n.label = key;
    n.type = MostCommon(acc.types);
    if (o.level == Level::kCountry)  // a country node is the state itself
      n.type = key == "IGO" ? "igo" : key == "NGO" ? "ngo" : "state";
    n.country = MostCommon(acc.countries);
    index[key] = net.nodes.size();
    net.nodes.push_back(std::move(n));
  }
  for (auto& [dyad, acc] : edges) {
    Edge e = FinishEdge(acc);
    e.source = index.at(dyad.first);
    e.target = index.at(dyad.second);
    net.events += e.events;
    if (!e.first_date.empty() &&
        (net.first_date.empty() || e.first_date < net.first_date))
      net.first_date = e.first_date;
    if (e.last_date > net.last_date) net.last_date = e.last_date;
    net.edges.push_back(std::move(e));
  }
  ComputeMetrics(&net, o);
  return net;
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view text) {
  std::string p = AsciiLower(pattern), t = AsciiLower(text);
  size_t pi = 0, ti = 0, star = std::string::npos, mark = 0;
  while (ti < t.size()) {
    if (pi < p.size() && p[pi] == t[ti]) {
      ++pi, ++ti;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++, mark = ti;
    } else if (star != std::string::npos) {
      pi = star + 1, ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

bool ActorPatternMatches(std::string_view pattern, std::string_view name) {
  if (GlobMatch(pattern, name)) return true;
  if (pattern.find('*') != std::string_view::npos || pattern.empty())
    return false;
  // A plain word matches a whole word of the name: "Putin", "Kremlin".
  std::string p = AsciiLower(pattern), n = AsciiLower(name);
  for (size_t at = n.find(p); at != std::string::npos; at = n.find(p, at + 1)) {
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(n[at - 1]));
    size_t end = at + p.size();
    bool right =
        end == n.size() || !std::isalnum(static_cast<unsigned char>(n[end]));
    if (left && right) return true;
  }
  return false;
}

Result<Level> ParseLevel(std::string_view name) {
  if (name == "person") return Level::kPerson;
  if (name == "actor") return Level::kActor;
  if (name == "country") return Level::kCountry;
  return UsageError("unknown level \"" + std::string(name) +
                    "\" (use person, actor or country)");
}

Result<BetweennessMode> ParseBetweennessMode(std::string_view name) {
  if (name == "auto") return BetweennessMode::kAuto;
  if (name == "exact") return BetweennessMode::kExact;
  if (name == "sampled") return BetweennessMode::kSampled;
  if (name == "off") return BetweennessMode::kOff;
  return UsageError("unknown betweenness \"" + std::string(name) +
                    "\" (use auto, exact, sampled or off)");
}

const char* LevelName(Level level) {
  switch (level) {
    case Level::kPerson:
      return "person";
    case Level::kActor:
      return "actor";
    case Level::kCountry:
      return "country";
  }
  return "actor";
}

Result<Network> BuildNetwork(const std::vector<Event>& events,
                             const NetworkOptions& o) {
  for (int q : o.quads)
    if (q < 1 || q > 4)
      return UsageError("QuadClass must be 1..4, not " + std::to_string(q));
  if (o.damping <= 0 || o.damping >= 1)
    return UsageError("damping must be within (0, 1)");
  std::vector<const Event*> kept;
  for (const Event& e : events)
    if (KeepEvent(e, o)) kept.push_back(&e);
  std::vector<Event> mirrors = AddMirrors(kept);
  for (const Event& m : mirrors) kept.push_back(&m);

  // Accumulate in hash maps over interned node keys, then sort by key.
  std::unordered_map<std::string, uint32_t> index;
  std::vector<std::string> keys;
  std::vector<NodeAcc> node_accs;
  std::unordered_map<uint64_t, EdgeAcc> edge_accs;
  std::vector<char> has_edge;
  auto intern = [&](std::string key) {
    auto [it, added] = index.emplace(std::move(key), keys.size());
    if (added) {
      keys.push_back(it->first);
      node_accs.emplace_back();
      has_edge.push_back(0);
    }
    return it->second;
  };
  for (const Event* e : kept) {
    uint32_t s = intern(NodeKey(e->source, o.level));
    uint32_t t = intern(NodeKey(*e->target, o.level));
    if (s == t) continue;  // no self-loops ("Russia" acting on "Russia")
    has_edge[s] = has_edge[t] = 1;
    AddNode(e->source, o.level, &node_accs[s]);
    AddNode(*e->target, o.level, &node_accs[t]);
    AddToEdge(*e, &edge_accs[(static_cast<uint64_t>(s) << 32) | t]);
  }
  std::map<std::string, NodeAcc> nodes;
  for (size_t i = 0; i < keys.size(); ++i)  // nodes with edges only
    if (has_edge[i]) nodes.emplace(keys[i], std::move(node_accs[i]));
  std::map<std::pair<std::string, std::string>, EdgeAcc> edges;
  for (auto& [st, acc] : edge_accs)
    edges.emplace(std::make_pair(keys[st >> 32], keys[st & 0xffffffffu]),
                  std::move(acc));
  if (!o.actors.empty()) Restrict(&nodes, &edges, EgoNodes(nodes, edges, o));
  // Drop light edges, then nodes left without edges (when some edge went).
  bool dropped = !o.actors.empty();
  for (auto it = edges.begin(); it != edges.end();)
    if (it->second.edge.events < o.min_weight)
      it = edges.erase(it), dropped = true;
    else
      ++it;
  if (dropped) {
    std::set<std::string> linked;
    for (const auto& [dyad, acc] : edges)
      linked.insert(dyad.first), linked.insert(dyad.second);
    Restrict(&nodes, &edges, linked);
  }
  Network net = Assemble(nodes, edges, o);
  if (o.top == 0 || net.nodes.size() <= o.top) return net;
  // Keep the top N by weighted degree or PageRank (ties by id).
  std::vector<size_t> order(net.nodes.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto score = [&](size_t i) {
    const Node& n = net.nodes[i];
    return o.rank_by_pagerank ? n.pagerank : n.weighted_in + n.weighted_out;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return score(a) > score(b); });
  std::set<std::string> keep;
  for (size_t i = 0; i < o.top; ++i) keep.insert(net.nodes[order[i]].id);
  Restrict(&nodes, &edges, keep);
  return Assemble(nodes, edges, o);
}

}  // namespace dipgraph

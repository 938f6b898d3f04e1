// The streaming network builder: each event is folded into per-node and
// per-dyad accumulators as it arrives, over interned strings, so the events
// themselves need not be held. Finish applies the graph-level filters (ego
// network, minimum weight, top N) on node indexes, sorts by name once and
// computes the metrics (metrics.cc).
//
// Byte-identical to building from all events at once: every order-dependent
// quantity (Goldstein sums, the first label seen with a code, the capped
// name sets of nodes) is accumulated in the order the events arrive, and
// mirrors of one-sided symmetric events come after all events, in order.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <deque>
#include <future>
#include <memory>
#include <set>
#include <unordered_map>

#include "graph/builder_tables.h"
#include "graph/filter.h"
#include "graph/graph.h"
#include "graph/metrics.h"

namespace dipgraph {
namespace {

using builder_internal::Blocks;
using builder_internal::Combine;
using builder_internal::FlatIndex;
using builder_internal::kNone;
using builder_internal::Same;
using builder_internal::StringPool;

// One distinct actor as written (text, id, name, country, type): events
// repeat few of them, so node data is kept per distinct actor.
struct ActorInfo {
  uint32_t text, id, name, country, type;  // in the pool
  uint32_t node = kNone;                   // its node at the level
  bool excluded = false;                   // matches an --exclude pattern
  int64_t added = 0;                       // events that counted it
};

// One distinct action as far as the network sees it.
struct ActionInfo {
  uint32_t cameo, root, label;  // in the pool
  int quad = 0;
  int root_number = 0;  // 1..20, 0 when not a root
};

struct NodeAcc {
  uint32_t key = kNone;          // in the pool
  std::vector<uint32_t> actors;  // ActorInfo indexes, first seen first
  bool has_edge = false;
};

struct ActionCount {
  uint32_t action;  // ActionInfo index
  int64_t n;
};

constexpr size_t kExampleIds = 5;
constexpr size_t kInlineActions = 3;

// The first eight bytes of `s`, zero-padded, as a big-endian number: a
// smaller prefix means a smaller string.
uint64_t Prefix(std::string_view s) {
  uint64_t p = 0;
  for (size_t i = 0; i < 8; ++i)
    p = (p << 8) | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return p;
}

// Fields used for every event come first; a few actions are kept inline,
// since most dyads see few distinct actions.
struct EdgeAcc {
  uint32_t source, target;  // node indexes
  int64_t events = 0;
  double goldstein_sum = 0;
  uint32_t inline_actions = 0;
  // Its distinct dates, sorted: date_ranks[dates_begin, dates_end) of the
  // builder, filled by Finish.
  uint32_t dates_begin = 0, dates_end = 0;
  // Per action, first seen first: counts per root, quad and code follow.
  std::array<ActionCount, kInlineActions> actions{};
  std::vector<ActionCount> more_actions;
  int64_t documents = 0;

  template <typename F>
  void ForEachAction(F f) const {
    for (uint32_t i = 0; i < inline_actions; ++i) f(actions[i]);
    for (const ActionCount& c : more_actions) f(c);
  }
  void CountAction(uint32_t action, int64_t weight) {
    for (uint32_t i = 0; i < inline_actions; ++i)
      if (actions[i].action == action) return void(actions[i].n += weight);
    for (ActionCount& c : more_actions)
      if (c.action == action) return void(c.n += weight);
    if (inline_actions < kInlineActions)
      actions[inline_actions++] = {action, weight};
    else
      more_actions.push_back({action, weight});
  }
};

// An edge's example event ids, apart from its EdgeAcc: kept only with
// NetworkOptions::edge_details (the ids were half of an EdgeAcc's bytes,
// and fresh memory costs the kernel's zeroing).
struct ExampleIds {
  // Once kExampleIds ids are kept: the prefix of the largest, so that most
  // larger ids are turned away without reading the strings.
  uint64_t bound = 0;
  uint32_t count = 0;
  std::array<std::string, kExampleIds> ids;  // smallest distinct, sorted

  // Keeps the smallest distinct ids, as sorting all of them would.
  void Add(std::string_view id) {
    if (count == kExampleIds) {
      uint64_t p = Prefix(id);
      if (p > bound || (p == bound && id >= ids[kExampleIds - 1])) return;
    }
    auto end = ids.begin() + count;
    auto at = std::lower_bound(ids.begin(), end, id);
    if (at != end && *at == id) return;
    if (count < kExampleIds) ++count, ++end;
    std::move_backward(at, end - 1, end);
    *at = id;
    if (count == kExampleIds) bound = Prefix(ids[kExampleIds - 1]);
  }
};

// What AddMirrors of the former builder matched on: (document, sentence,
// code, source id, target id), all interned.
struct EventKey {
  uint32_t doc, cameo, source, target;
  int64_t sentence;
  auto operator<=>(const EventKey&) const = default;
};

// The document and date of one event of an edge. One flat log for all
// events is cheaper than a list per edge; Finish sorts it by edge.
struct Mark {
  uint32_t edge, doc, date;
  auto operator<=>(const Mark&) const = default;
};

// A symmetric event, waiting to learn whether its reverse was coded too.
struct PendingMirror {
  EventKey reverse;
  uint32_t source, target;  // ActorInfo indexes, already swapped
  uint32_t doc, date, action;
  double goldstein;
  std::string id;
  int64_t weight;
};

std::string_view NodeKey(const ActorView& a, Level level) {
  std::string_view code = a.id.empty() ? a.text : a.id;
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

template <typename Set>
bool MatchesAny(const std::vector<std::string>& patterns, const Set& names) {
  for (const std::string& p : patterns)
    for (const auto& n : names)
      if (ActorPatternMatches(p, n)) return true;
  return false;
}

int RootNumber(const ActionView& a) {
  std::string_view r = a.root.size() == 2 ? a.root : a.cameo;
  if (r.size() < 2 || !std::isdigit(static_cast<unsigned char>(r[0])) ||
      !std::isdigit(static_cast<unsigned char>(r[1])))
    return 0;
  return (r[0] - '0') * 10 + (r[1] - '0');
}

// Counts by string; ties go to the smallest string.
using Tally = std::vector<std::pair<std::string_view, int64_t>>;

void Bump(Tally* t, std::string_view key, int64_t n) {
  for (auto& [k, c] : *t)
    if (k == key) {
      c += n;
      return;
    }
  t->emplace_back(key, n);
}

std::string MostCommon(const Tally& t) {
  const std::pair<std::string_view, int64_t>* best = nullptr;
  for (const auto& e : t)
    if (!best || e.second > best->second ||
        (e.second == best->second && e.first < best->first))
      best = &e;
  return best ? std::string(best->first) : std::string();
}

}  // namespace

struct NetworkBuilder::State {
  NetworkOptions o;
  Status status;
  StringPool pool;
  std::vector<ActorInfo> actors;
  FlatIndex actor_index;
  std::vector<ActionInfo> actions;
  FlatIndex action_index;
  std::vector<NodeAcc> nodes;
  std::unordered_map<uint32_t, uint32_t> node_of_key;  // pool -> node
  Blocks<EdgeAcc> edges;
  Blocks<ExampleIds> example_ids;  // per edge, with o.edge_details only
  FlatIndex edge_index;
  // Deques: they grow without copying, and these grow to one entry per event.
  std::deque<Mark> marks;
  std::deque<EventKey> forward;  // every kept event, for mirrors
  std::vector<PendingMirror> mirrors;
  // The edges' dates (EdgeAcc::dates_begin, dates_end) as ranks, and the
  // date of each rank in the pool; filled by CountDocumentsAndDates.
  std::vector<uint32_t> date_ranks, dates_by_rank;
  bool counted = false;  // CountDocumentsAndDates has run
  // The last document and date seen: events come grouped by document.
  std::string last_doc, last_date;
  uint32_t last_doc_index = kNone, last_date_index = kNone;

  uint32_t ActorOf(const ActorView& a);
  uint32_t ActionOf(const ActionView& a);
  uint32_t Cached(std::string_view s, std::string* last, uint32_t* index);
  void Fold(uint32_t source, uint32_t target, uint32_t doc, uint32_t date,
            uint32_t action, double goldstein, std::string_view id,
            int64_t weight);
  void AddMirrors();
  void CountDocumentsAndDates();
  std::vector<std::string_view> NamesOf(const NodeAcc& n) const;
  std::vector<char> EgoNodes(const std::vector<char>& edge_alive) const;
  Edge FinishEdge(uint32_t k) const;
  Node MakeNode(const NodeAcc& acc) const;
  Network Assemble(const std::vector<char>& node_alive,
                   const std::vector<char>& edge_alive,
                   std::vector<uint32_t>* order);
};

uint32_t NetworkBuilder::State::ActorOf(const ActorView& a) {
  uint64_t h = 0;
  for (std::string_view s : {a.text, a.id, a.name, a.country, a.type})
    h = Combine(h, s);
  bool added = false;
  uint32_t i = actor_index.FindOrAdd(
      h,
      [&](uint32_t k) {
        const ActorInfo& x = actors[k];
        return Same(pool[x.id], a.id) && Same(pool[x.text], a.text) &&
               Same(pool[x.name], a.name) && Same(pool[x.country], a.country) &&
               Same(pool[x.type], a.type);
      },
      static_cast<uint32_t>(actors.size()), &added);
  if (!added) return i;
  ActorInfo info{pool.Intern(a.text), pool.Intern(a.id), pool.Intern(a.name),
                 pool.Intern(a.country), pool.Intern(a.type)};
  uint32_t key = pool.Intern(NodeKey(a, o.level));
  auto [it, fresh] =
      node_of_key.emplace(key, static_cast<uint32_t>(nodes.size()));
  if (fresh) {
    nodes.emplace_back();
    nodes.back().key = key;
  }
  info.node = it->second;
  if (!o.exclude.empty()) {
    std::set<std::string_view> names;
    for (std::string_view s : {a.id, a.name, a.text, a.country})
      if (!s.empty()) names.insert(s);
    info.excluded = MatchesAny(o.exclude, names);
  }
  actors.push_back(info);
  return i;
}

uint32_t NetworkBuilder::State::ActionOf(const ActionView& a) {
  uint64_t h = Combine(Combine(Combine(0, a.cameo), a.root), a.label) +
               static_cast<uint64_t>(a.quad_class);
  bool added = false;
  uint32_t i = action_index.FindOrAdd(
      h,
      [&](uint32_t k) {
        const ActionInfo& x = actions[k];
        return x.quad == a.quad_class && Same(pool[x.cameo], a.cameo) &&
               Same(pool[x.root], a.root) && Same(pool[x.label], a.label);
      },
      static_cast<uint32_t>(actions.size()), &added);
  if (added)
    actions.push_back({pool.Intern(a.cameo), pool.Intern(a.root),
                       pool.Intern(a.label), a.quad_class, RootNumber(a)});
  return i;
}

uint32_t NetworkBuilder::State::Cached(std::string_view s, std::string* last,
                                       uint32_t* index) {
  if (*index == kNone || !Same(s, *last)) {
    *index = pool.Intern(s);
    last->assign(s);
  }
  return *index;
}

void NetworkBuilder::State::Fold(uint32_t source, uint32_t target, uint32_t doc,
                                 uint32_t date, uint32_t action,
                                 double goldstein, std::string_view id,
                                 int64_t weight) {
  uint32_t s = actors[source].node, t = actors[target].node;
  if (s == t) return;  // no self-loops ("Russia" acting on "Russia")
  for (uint32_t a : {source, target}) {
    ActorInfo& info = actors[a];
    NodeAcc& n = nodes[info.node];
    n.has_edge = true;
    if (info.added++ == 0) n.actors.push_back(a);
  }
  uint64_t key = (static_cast<uint64_t>(s) << 32) | t;
  bool added = false;
  // The key is its own hash: equal hashes are equal dyads.
  uint32_t ei = edge_index.FindOrAdd(
      key, [](uint32_t) { return true; }, static_cast<uint32_t>(edges.size()),
      &added);
  if (added) {
    EdgeAcc& fresh = edges.emplace_back();
    fresh.source = s;
    fresh.target = t;
    if (o.edge_details) example_ids.emplace_back();
  }
  EdgeAcc& e = edges[ei];
  e.events += weight;
  marks.push_back({ei, doc, date});
  e.goldstein_sum += goldstein * static_cast<double>(weight);
  e.CountAction(action, weight);
  if (o.edge_details) example_ids[ei].Add(id);
}

void NetworkBuilder::State::AddMirrors() {
  if (mirrors.empty()) return;
  std::vector<EventKey> keys(forward.begin(), forward.end());
  forward = {};
  std::sort(keys.begin(), keys.end());
  for (const PendingMirror& m : mirrors)
    if (!std::binary_search(keys.begin(), keys.end(), m.reverse))
      Fold(m.source, m.target, m.doc, m.date, m.action, m.goldstein, m.id,
           m.weight);
}

// Distinct documents and dates per edge, from the log of marks.
void NetworkBuilder::State::CountDocumentsAndDates() {
  // Counting sort by edge keeps the order of the log within an edge.
  std::vector<size_t> start(edges.size() + 1, 0);
  for (const Mark& m : marks) ++start[m.edge + 1];
  for (size_t k = 0; k < edges.size(); ++k) start[k + 1] += start[k];
  std::vector<uint32_t> docs(marks.size()), dates(marks.size());
  {
    std::vector<size_t> at(start.begin(), start.end() - 1);
    for (const Mark& m : marks) {
      size_t i = at[m.edge]++;
      docs[i] = m.doc;
      dates[i] = m.date;
    }
  }
  marks = {};
  // The dates as ranks in the order of their text, so that each edge's
  // dates are sorted as numbers here and not as strings in FinishEdge.
  std::vector<uint32_t> used;
  {
    std::vector<char> seen;
    for (uint32_t d : dates) {
      if (d == kNone) continue;
      if (d >= seen.size()) seen.resize(d + 1, 0);
      if (!seen[d]) seen[d] = 1, used.push_back(d);
    }
    std::sort(used.begin(), used.end(),
              [&](uint32_t a, uint32_t b) { return pool[a] < pool[b]; });
    std::vector<uint32_t> rank(seen.size(), kNone);
    for (uint32_t r = 0; r < used.size(); ++r) rank[used[r]] = r;
    for (uint32_t& d : dates)
      if (d != kNone) d = rank[d];
  }
  // Each edge's distinct dates move to the front, one edge after another.
  size_t next = 0;
  for (size_t k = 0; k < edges.size(); ++k) {
    auto distinct = [&](std::vector<uint32_t>& v) {
      auto b = v.begin() + start[k], e = v.begin() + start[k + 1];
      std::sort(b, e);
      return std::unique(b, e);
    };
    auto docs_end = distinct(docs);
    edges[k].documents = docs_end - (docs.begin() + start[k]);
    auto dates_end = distinct(dates);
    auto b = dates.begin() + start[k];
    if (dates_end != b && *(dates_end - 1) == kNone) --dates_end;
    dates_end = std::copy(b, dates_end, dates.begin() + next);
    edges[k].dates_begin = static_cast<uint32_t>(next);
    edges[k].dates_end = static_cast<uint32_t>(dates_end - dates.begin());
    next = edges[k].dates_end;
  }
  dates.resize(next);
  date_ranks = std::move(dates);
  dates_by_rank = std::move(used);
}

// The words a node is known by, as the former builder kept them: its
// actors' names in the order first seen, until 64 of them.
std::vector<std::string_view> NetworkBuilder::State::NamesOf(
    const NodeAcc& n) const {
  std::set<std::string_view> names;
  for (uint32_t a : n.actors) {
    if (names.size() >= 64) break;
    const ActorInfo& x = actors[a];
    for (uint32_t s : {x.id, x.name, x.text, x.country})
      if (!pool[s].empty()) names.insert(pool[s]);
  }
  names.insert(pool[n.key]);
  return {names.begin(), names.end()};
}

// Nodes within o.depth hops of a node matching --actor.
std::vector<char> NetworkBuilder::State::EgoNodes(
    const std::vector<char>& edge_alive) const {
  std::vector<char> seen(nodes.size(), 0);
  std::vector<uint32_t> frontier;
  for (uint32_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].has_edge && MatchesAny(o.actors, NamesOf(nodes[i])))
      frontier.push_back(i), seen[i] = 1;
  std::vector<std::vector<uint32_t>> adjacent(nodes.size());
  for (size_t k = 0; k < edges.size(); ++k) {
    if (!edge_alive[k]) continue;
    adjacent[edges[k].source].push_back(edges[k].target);
    adjacent[edges[k].target].push_back(edges[k].source);
  }
  for (int hop = 0; hop < o.depth && !frontier.empty(); ++hop) {
    std::vector<uint32_t> next;
    for (uint32_t n : frontier)
      for (uint32_t m : adjacent[n])
        if (!seen[m]) seen[m] = 1, next.push_back(m);
    frontier = std::move(next);
  }
  return seen;
}

Edge NetworkBuilder::State::FinishEdge(uint32_t k) const {
  const EdgeAcc& acc = edges[k];
  Edge e;
  e.events = acc.events;
  e.goldstein_sum = acc.goldstein_sum;
  e.documents = acc.documents;
  e.goldstein_mean =
      e.events ? e.goldstein_sum / static_cast<double>(e.events) : 0;
  if (acc.dates_begin < acc.dates_end) {
    e.first_date = pool[dates_by_rank[date_ranks[acc.dates_begin]]];
    e.last_date = pool[dates_by_rank[date_ranks[acc.dates_end - 1]]];
  }
  if (o.edge_details) {
    e.dates.reserve(acc.dates_end - acc.dates_begin);
    for (uint32_t i = acc.dates_begin; i < acc.dates_end; ++i)
      e.dates.push_back(pool[dates_by_rank[date_ranks[i]]]);
    const ExampleIds& x = example_ids[k];
    e.example_ids.assign(x.ids.begin(), x.ids.begin() + x.count);
  }
  // Codes in first-seen order, each with the label first seen with it.
  struct Code {
    uint32_t cameo, label;
    int64_t n;
  };
  std::vector<Code> codes;
  acc.ForEachAction([&](const ActionCount& c) {
    const ActionInfo& a = actions[c.action];
    if (a.root_number >= 1 && a.root_number <= 20)
      e.by_root[a.root_number] += c.n;
    if (a.quad >= 1 && a.quad <= 4) e.by_quad[a.quad] += c.n;
    auto same = [&](const Code& x) { return x.cameo == a.cameo; };
    auto it = std::find_if(codes.begin(), codes.end(), same);
    if (it == codes.end())
      codes.push_back({a.cameo, a.label, c.n});
    else
      it->n += c.n;
  });
  const Code* top = nullptr;
  for (const Code& c : codes)
    if (!top || c.n > top->n ||
        (c.n == top->n && pool[c.cameo] < pool[top->cameo]))
      top = &c;
  if (top) {
    e.top_code = pool[top->cameo];
    e.top_label = pool[top->label];
  }
  int64_t coop = e.by_quad[1] + e.by_quad[2],
          conflict = e.by_quad[3] + e.by_quad[4];
  e.balance = e.events ? static_cast<double>(coop - conflict) /
                             static_cast<double>(e.events)
                       : 0;
  return e;
}

// The type of a node at country level: a state, or the kind of group that
// a CAMEO non-state prefix stands for (IMG: international militarized
// groups such as al-Qaeda; MNC: multinational corporations).
static std::string CountryNodeType(std::string_view code) {
  if (code == "IGO") return "igo";
  if (code == "NGO") return "ngo";
  if (code == "IMG") return "armed_group";
  if (code == "MNC") return "business";
  if (code == "---") return "other";
  return "state";
}

// A node's label is the name that fits its level: a person's name at person
// level, an institution's name at actor level (people's names there would
// mislabel "RUSGOV" as one person), a state's name at country level. Each
// distinct actor counts as often as events named it.
Node NetworkBuilder::State::MakeNode(const NodeAcc& acc) const {
  Tally labels, types, countries;
  for (uint32_t a : acc.actors) {
    const ActorInfo& x = actors[a];
    const std::string &name = pool[x.name], &type = pool[x.type];
    bool fits = o.level == Level::kPerson  ? true
                : o.level == Level::kActor ? type != "person"
                                           : type == "state";
    if (fits && !name.empty()) Bump(&labels, name, x.added);
    if (!type.empty()) Bump(&types, type, x.added);
    std::string_view country = pool[x.country];
    if (country.empty() && pool[x.id].size() >= 3)
      country = std::string_view(pool[x.id]).substr(0, 3);
    if (!country.empty()) Bump(&countries, country, x.added);
  }
  Node n;
  n.id = pool[acc.key];
  n.label = MostCommon(labels);
  if (n.label.empty()) n.label = n.id;
  n.type = MostCommon(types);
  if (o.level == Level::kCountry)  // a country node is the state itself
    n.type = CountryNodeType(n.id);
  n.country = MostCommon(countries);
  return n;
}

// The network of the live nodes and edges, nodes sorted by id and edges by
// (source, target); `order` gets the node index of each network node.
Network NetworkBuilder::State::Assemble(const std::vector<char>& node_alive,
                                        const std::vector<char>& edge_alive,
                                        std::vector<uint32_t>* order) {
  Network net;
  net.level = o.level;
  order->clear();
  for (uint32_t i = 0; i < nodes.size(); ++i)
    if (node_alive[i]) order->push_back(i);
  std::sort(order->begin(), order->end(), [&](uint32_t a, uint32_t b) {
    return pool[nodes[a].key] < pool[nodes[b].key];
  });
  std::vector<uint32_t> rank(nodes.size(), kNone);
  for (uint32_t r = 0; r < order->size(); ++r) rank[(*order)[r]] = r;
  // The edges are made (their memory touched, which costs the kernel's
  // zeroing of fresh pages) on another thread while this one sorts them and
  // counts their documents and dates.
  const size_t alive = std::count(edge_alive.begin(), edge_alive.end(), 1);
  std::future<void> made = std::async(
      std::launch::async, [&net, alive] { net.edges.resize(alive); });
  std::vector<std::pair<uint64_t, uint32_t>> kept;  // (rank dyad, edge)
  kept.reserve(alive);
  for (uint32_t k = 0; k < edges.size(); ++k)
    if (edge_alive[k])
      kept.emplace_back((static_cast<uint64_t>(rank[edges[k].source]) << 32) |
                            rank[edges[k].target],
                        k);
  std::sort(kept.begin(), kept.end());
  // The metrics need only the dyads and their weights: they are computed on
  // a second thread while this one counts each edge's documents and dates
  // and makes the nodes and edges.
  std::vector<Arc> arcs;
  arcs.reserve(kept.size());
  for (const auto& [dyad, k] : kept)
    arcs.push_back({dyad >> 32, dyad & 0xffffffffu, edges[k].events});
  std::vector<Node> metrics(order->size());
  std::future<void> metrics_done =
      std::async(std::launch::async, [&arcs, &metrics, &net, this] {
        ComputeMetrics(arcs, o, &metrics, &net.modularity, &net.reciprocity);
      });
  if (!counted) CountDocumentsAndDates(), counted = true;
  // Each edge is finished on its own: in two halves, the second on a third
  // thread (the metrics are often done by then). The result does not depend
  // on the split.
  made.get();
  auto finish = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) {
      uint32_t k = kept[i].second;
      Edge& e = net.edges[i];
      e = FinishEdge(k);
      e.source = rank[edges[k].source];
      e.target = rank[edges[k].target];
    }
  };
  const size_t half = kept.size() >= 8192 ? kept.size() / 2 : kept.size();
  std::future<void> second_half;
  if (half < kept.size())
    second_half = std::async(std::launch::async, finish, half, kept.size());
  for (uint32_t i : *order) net.nodes.push_back(MakeNode(nodes[i]));
  finish(0, half);
  if (second_half.valid()) second_half.get();
  for (const Edge& e : net.edges) {
    net.events += e.events;
    if (!e.first_date.empty() &&
        (net.first_date.empty() || e.first_date < net.first_date))
      net.first_date = e.first_date;
    if (e.last_date > net.last_date) net.last_date = e.last_date;
  }
  metrics_done.get();
  for (size_t i = 0; i < metrics.size(); ++i) {
    Node& to = net.nodes[i];
    const Node& from = metrics[i];
    to.events_out = from.events_out, to.events_in = from.events_in;
    to.degree_out = from.degree_out, to.degree_in = from.degree_in;
    to.weighted_out = from.weighted_out, to.weighted_in = from.weighted_in;
    to.pagerank = from.pagerank, to.betweenness = from.betweenness;
    to.component = from.component, to.community = from.community;
  }
  return net;
}

NetworkBuilder::NetworkBuilder(const NetworkOptions& options)
    : state_(std::make_unique<State>()) {
  state_->o = options;
  for (int q : options.quads)
    if (q < 1 || q > 4) {
      state_->status =
          UsageError("QuadClass must be 1..4, not " + std::to_string(q));
      return;
    }
  if (options.damping <= 0 || options.damping >= 1)
    state_->status = UsageError("damping must be within (0, 1)");
}

NetworkBuilder::~NetworkBuilder() = default;

void NetworkBuilder::Add(const Event& e) { Add(ViewOf(e)); }

void NetworkBuilder::Add(const EventView& e) {
  State& st = *state_;
  // Mentions: the event counts as often as its article mentioned it.
  const int64_t weight =
      st.o.weight == Weight::kMentions ? std::max<int64_t>(e.mentions, 1) : 1;
  if (!st.status.ok() || !e.has_target) return;
  const NetworkOptions& o = st.o;
  if (!PassesActionFilter(e, {o.from, o.to, o.roots, o.codes, o.quads})) return;
  uint32_t source = st.ActorOf(e.source), target = st.ActorOf(e.target);
  if (st.actors[source].excluded || st.actors[target].excluded) return;
  uint32_t doc = st.Cached(e.doc.id, &st.last_doc, &st.last_doc_index);
  std::string_view date_text = EventDate(e);
  uint32_t date = date_text.empty() ? kNone
                                    : st.Cached(date_text, &st.last_date,
                                                &st.last_date_index);
  uint32_t action = st.ActionOf(e.action);
  uint32_t cameo = st.actions[action].cameo;
  uint32_t source_id = st.actors[source].id, target_id = st.actors[target].id;
  st.forward.push_back({doc, cameo, source_id, target_id, e.sentence.index});
  if (e.symmetric)
    st.mirrors.push_back({{doc, cameo, target_id, source_id, e.sentence.index},
                          target,
                          source,
                          doc,
                          date,
                          action,
                          e.action.goldstein,
                          std::string(e.id) + "~mirror",
                          weight});
  st.Fold(source, target, doc, date, action, e.action.goldstein, e.id, weight);
}

Result<Network> NetworkBuilder::Finish() {
  State& st = *state_;
  if (!st.status.ok()) return st.status;
  const NetworkOptions& o = st.o;
  st.AddMirrors();
  st.forward = {};
  st.mirrors = {};
  std::vector<char> node_alive(st.nodes.size()), edge_alive(st.edges.size(), 1);
  for (size_t i = 0; i < st.nodes.size(); ++i)
    node_alive[i] = st.nodes[i].has_edge;
  auto drop_edges_outside = [&](const std::vector<char>& keep) {
    for (size_t k = 0; k < st.edges.size(); ++k)
      if (!keep[st.edges[k].source] || !keep[st.edges[k].target])
        edge_alive[k] = 0;
    for (size_t i = 0; i < st.nodes.size(); ++i)
      node_alive[i] = node_alive[i] && keep[i];
  };
  if (!o.actors.empty()) drop_edges_outside(st.EgoNodes(edge_alive));
  // Drop light edges, then nodes left without edges (when some edge went).
  bool dropped = !o.actors.empty();
  for (size_t k = 0; k < st.edges.size(); ++k)
    if (edge_alive[k] && st.edges[k].events < o.min_weight)
      edge_alive[k] = 0, dropped = true;
  if (dropped) {
    std::vector<char> linked(st.nodes.size(), 0);
    for (size_t k = 0; k < st.edges.size(); ++k)
      if (edge_alive[k])
        linked[st.edges[k].source] = linked[st.edges[k].target] = 1;
    drop_edges_outside(linked);
  }
  std::vector<uint32_t> order;
  Network net = st.Assemble(node_alive, edge_alive, &order);
  if (o.top == 0 || net.nodes.size() <= o.top) return net;
  // Keep the top N by weighted degree or PageRank (ties by id).
  std::vector<size_t> rank(net.nodes.size());
  for (size_t i = 0; i < rank.size(); ++i) rank[i] = i;
  auto score = [&](size_t i) {
    const Node& n = net.nodes[i];
    return o.rank_by_pagerank ? n.pagerank : n.weighted_in + n.weighted_out;
  };
  std::stable_sort(rank.begin(), rank.end(),
                   [&](size_t a, size_t b) { return score(a) > score(b); });
  std::vector<char> keep(st.nodes.size(), 0);
  for (size_t i = 0; i < o.top; ++i) keep[order[rank[i]]] = 1;
  drop_edges_outside(keep);
  return st.Assemble(node_alive, edge_alive, &order);
}

}  // namespace dipgraph

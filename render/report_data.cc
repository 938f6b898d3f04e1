// The report's data block: event rows, and per node and edge what its
// tooltip shows. Node and edge counts are the network's own (what the
// picture and the tables show); top actions, dates, examples and months
// come from the events that fall on the node or the edge.
#include "render/report_data.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "graph/names.h"
#include "render/style.h"

namespace dipgraph::report {
namespace {

// The key of an actor at the network's level, as graph/ makes node ids
// (docs/graph.md, "Levels").
std::string KeyAt(Level level, const Actor& actor) {
  std::string code = actor.id.empty() ? actor.text : actor.id;
  switch (level) {
    case Level::kPerson:
      return actor.type == "person" && !actor.name.empty() ? actor.name : code;
    case Level::kCountry:
      if (!actor.country.empty()) return actor.country;
      return actor.id.size() >= 3 ? actor.id.substr(0, 3) : code;
    case Level::kActor:
      break;
  }
  return code;
}

std::string NodeName(const Node& node) {
  return node.label.empty() ? node.id : node.label;
}

// The event's date: its own, else its document's.
const std::string& DateOf(const Event& e) {
  return e.date.empty() ? e.doc.date : e.date;
}

std::string ActionName(const Action& a) {
  std::string name = style::ShortAction(a.label.empty() ? a.text : a.label);
  return name.empty() ? a.cameo : name;
}

// What the events of one node or one edge add up to.
struct Tally {
  std::map<std::string, int64_t> actions;
  std::map<int, int64_t> months;
  std::vector<size_t> rows;  // event indexes, in event order
  std::string first, last;   // dates

  void Add(const Event& e, size_t row, int month) {
    actions[ActionName(e.action)]++;
    if (month >= 0) months[month]++;
    rows.push_back(row);
    const std::string& d = DateOf(e);
    if (!IsValidDate(d)) return;
    if (first.empty() || d < first) first = d;
    if (last.empty() || d > last) last = d;
  }

  // The most frequent actions, ties by name: [[name, count], ...].
  nlohmann::json Top() const {
    std::vector<std::pair<std::string, int64_t>> all(actions.begin(),
                                                     actions.end());
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
      return a.second > b.second;
    });
    if (all.size() > kTopActions) all.resize(kTopActions);
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [name, count] : all) out.push_back({name, count});
    return out;
  }

  // The earliest and the latest event with a sentence (ties by event
  // order): row indexes.
  nlohmann::json Examples(const std::vector<Event>& events) const {
    std::vector<size_t> with;
    for (size_t r : rows)
      if (!events[r].sentence.text.empty()) with.push_back(r);
    std::stable_sort(with.begin(), with.end(), [&](size_t a, size_t b) {
      return DateOf(events[a]) < DateOf(events[b]);
    });
    nlohmann::json out = nlohmann::json::array();
    if (!with.empty()) out.push_back(with.front());
    if (with.size() > 1 && kExamples > 1) out.push_back(with.back());
    return out;
  }

  // Events per month, relative to `first_month`: [[month, count], ...].
  nlohmann::json Months(int first_month) const {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [m, count] : months)
      out.push_back({m - first_month, count});
    return out;
  }
};

std::string CountryName(const Names* names, const std::string& code) {
  std::string name = names != nullptr ? names->Country(code) : "";
  return name.empty() ? code : name;
}

nlohmann::json NodeJson(const Node& n, const Tally& t,
                        const std::vector<Event>& events, const Names* names) {
  return {{"name", NodeName(n)},
          {"code", n.id},
          {"country", CountryName(names, n.country)},
          {"type", n.type},
          {"out", n.events_out},
          {"in", n.events_in},
          {"degree", n.degree_in + n.degree_out},
          {"first", t.first},
          {"last", t.last},
          {"top", t.Top()},
          {"ex", t.Examples(events)}};
}

nlohmann::json EdgeJson(const Edge& e, const Tally& t,
                        const std::vector<Event>& events, int first_month) {
  return {{"s", e.source},
          {"t", e.target},
          {"n", e.events},
          {"docs", e.documents},
          {"q", {e.by_quad[1], e.by_quad[2], e.by_quad[3], e.by_quad[4]}},
          {"first", e.first_date},
          {"last", e.last_date},
          {"top", t.Top()},
          {"ex", t.Examples(events)},
          {"m", t.Months(first_month)}};
}

nlohmann::json Columns() {
  nlohmann::json columns = nlohmann::json::array();
  const char* cols[][3] = {{"d", "date", ""},
                           {"src", "source", ""},
                           {"a", "action", ""},
                           {"tgt", "target", ""},
                           {"c", "what was said", ""},
                           {"doc", "document", ""},
                           {"sen", "sentence", "sentence"}};
  for (const auto& c : cols)
    columns.push_back({{"key", c[0]}, {"title", c[1]}, {"cls", c[2]}});
  return columns;
}

}  // namespace

int MonthIndex(const std::string& date) {
  if (!IsValidDate(date)) return -1;
  return std::stoi(date.substr(0, 4)) * 12 + std::stoi(date.substr(5, 2)) - 1;
}

nlohmann::json Data(const Network& net, const std::vector<Event>& events,
                    size_t page_size, const Names* names) {
  std::map<std::string, int> index;
  for (size_t i = 0; i < net.nodes.size(); ++i)
    index.emplace(net.nodes[i].id, static_cast<int>(i));
  std::map<std::pair<int, int>, size_t> edge_of;
  for (size_t k = 0; k < net.edges.size(); ++k)
    edge_of.emplace(std::make_pair(static_cast<int>(net.edges[k].source),
                                   static_cast<int>(net.edges[k].target)),
                    k);
  auto node_of = [&](const Actor& a) {
    auto it = index.find(KeyAt(net.level, a));
    return it == index.end() ? -1 : it->second;
  };
  auto name_of = [names](const Actor& a) {
    if (names != nullptr) return names->Of(a);
    return a.name.empty() ? (a.text.empty() ? a.id : a.text) : a.name;
  };
  std::vector<Tally> node_tally(net.nodes.size()), edge_tally(net.edges.size());
  auto add_edge = [&](int s, int t, const Event& e, size_t r, int month) {
    auto it = edge_of.find({s, t});
    if (it != edge_of.end()) edge_tally[it->second].Add(e, r, month);
  };
  // As the network builder: a symmetric event's mirror is not counted when
  // the same sentence also coded the reverse event.
  using Key = std::tuple<std::string_view, std::string_view, std::string_view,
                         std::string_view, int64_t>;
  std::set<Key> coded;
  for (const Event& e : events)
    if (e.target)
      coded.emplace(e.doc.id, e.action.cameo, e.source.id, e.target->id,
                    e.sentence.index);
  int first_month = -1, last_month = -1;
  nlohmann::json rows = nlohmann::json::array();
  for (size_t r = 0; r < events.size(); ++r) {
    const Event& e = events[r];
    int s = node_of(e.source), t = e.target ? node_of(*e.target) : -1;
    int month = MonthIndex(DateOf(e));
    if (month >= 0 && (first_month < 0 || month < first_month))
      first_month = month;
    last_month = std::max(last_month, month);
    if (s >= 0) node_tally[static_cast<size_t>(s)].Add(e, r, month);
    if (t >= 0 && t != s) node_tally[static_cast<size_t>(t)].Add(e, r, month);
    if (s >= 0 && t >= 0) {
      add_edge(s, t, e, r, month);
      if (e.symmetric &&
          !coded.contains({e.doc.id, e.action.cameo, e.target->id, e.source.id,
                           e.sentence.index}))
        add_edge(t, s, e, r, month);
    }
    std::string action =
        e.action.label.empty() ? e.action.text : e.action.label;
    if (!e.action.cameo.empty()) action += " (" + e.action.cameo + ")";
    if (e.negated) action = "not: " + action;
    rows.push_back({e.id, DateOf(e), name_of(e.source), action,
                    e.target ? name_of(*e.target) : std::string(), e.content,
                    e.doc.title.empty() ? e.doc.id : e.doc.title,
                    e.sentence.text, e.action.quad_class, s, t, month});
  }
  nlohmann::json nodes = nlohmann::json::array();
  for (size_t i = 0; i < net.nodes.size(); ++i)
    nodes.push_back(NodeJson(net.nodes[i], node_tally[i], events, names));
  nlohmann::json edges = nlohmann::json::array();
  for (size_t k = 0; k < net.edges.size(); ++k)
    edges.push_back(EdgeJson(net.edges[k], edge_tally[k], events,
                             std::max(first_month, 0)));
  return {
      {"fields",
       {"i", "d", "src", "a", "tgt", "c", "doc", "sen", "q", "s", "t", "m"}},
      {"columns", Columns()},
      {"pageSize", page_size},
      {"firstMonth", first_month},
      {"months", first_month < 0 ? 0 : last_month - first_month + 1},
      {"quadNames",
       {kQuadClassNames[1], kQuadClassNames[2], kQuadClassNames[3],
        kQuadClassNames[4]}},
      {"nodes", nodes},
      {"edges", edges},
      {"events", rows}};
}

std::string ScriptJson(const nlohmann::json& value) {
  std::string json =
      value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xe2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xa8' || json[i + 2] == '\xa9')) {
      out += json[i + 2] == '\xa8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace dipgraph::report

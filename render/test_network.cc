#include "render/test_network.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>
#include <string>

namespace dipgraph::testing {
namespace {

constexpr const char* kTypes[] = {"state", "government",  "military",
                                  "igo",   "armed_group", "person"};
constexpr const char* kLabels[] = {"",       "make statement", "consult",
                                   "appeal", "cooperate",      "threaten",
                                   "fight"};

std::string Country(size_t i) {
  std::string c = "C";
  c += static_cast<char>('A' + i % 20);
  c += static_cast<char>('A' + (i / 20) % 26);
  return c;
}

std::string Date(uint32_t day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  int month = 0;
  int d = static_cast<int>(day % 366);
  while (d >= kDays[month]) d -= kDays[month++];
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "2016-%02d-%02d", month + 1, d + 1);
  return buffer;
}

std::string ActorId(size_t i) {
  char id[32];
  std::snprintf(id, sizeof id, "A%05zu", i);
  return id;
}

}  // namespace

Network GenerateNetwork(size_t nodes, size_t edges, uint32_t seed) {
  std::mt19937 rng(seed);
  Network net;
  net.first_date = "2016-01-01";
  net.last_date = "2016-12-31";
  for (size_t i = 0; i < nodes; ++i) {
    Node n;
    n.id = ActorId(i);
    n.label = "Actor " + std::to_string(i);
    n.country = Country(i % 20);
    n.type = kTypes[i % 6];
    n.community = static_cast<int>(i % 7);
    net.nodes.push_back(n);
  }
  std::set<std::pair<size_t, size_t>> seen;
  std::vector<size_t> ends;  // endpoints so far: preferential attachment
  for (size_t tries = 0; seen.size() < edges && nodes > 1 && tries < edges * 20;
       ++tries) {
    size_t a = (ends.empty() || rng() % 3 == 0) ? rng() % nodes
                                                : ends[rng() % ends.size()];
    size_t b = rng() % nodes;
    if (a == b || !seen.insert({a, b}).second) continue;
    ends.push_back(a);
    ends.push_back(b);
  }
  for (const auto& [a, b] : seen) {
    Edge e;
    e.source = a;
    e.target = b;
    e.events = 1 + static_cast<int64_t>(rng() % 20);
    for (int64_t k = 0; k < e.events; ++k) e.by_quad[1 + rng() % 4]++;
    e.top_code = "0" + std::to_string(1 + rng() % 6);
    e.top_label = kLabels[std::stoi(e.top_code)];
    e.first_date = net.first_date;
    e.last_date = net.last_date;
    net.events += e.events;
    net.nodes[a].events_out += e.events;
    net.nodes[a].weighted_out += static_cast<double>(e.events);
    net.nodes[b].events_in += e.events;
    net.nodes[b].weighted_in += static_cast<double>(e.events);
    net.nodes[a].degree_out++;
    net.nodes[b].degree_in++;
    net.edges.push_back(e);
  }
  for (Node& n : net.nodes)
    n.pagerank = 1.0 / static_cast<double>(std::max<size_t>(nodes, 1));
  return net;
}

std::vector<Event> GenerateEvents(size_t count, size_t actors, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Event> events;
  events.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    Event e;
    size_t doc = i / 4;
    e.doc.id = "doc" + std::to_string(doc);
    e.id = e.doc.id + "-" + std::to_string(i % 4) + "-0";
    e.date = Date(static_cast<uint32_t>(doc % 366));
    e.doc.date = e.date;
    size_t s = rng() % actors, t = rng() % actors;
    e.source.id = ActorId(s);
    e.source.name = "Actor " + std::to_string(s);
    e.target = Actor{};
    e.target->id = ActorId(t);
    e.target->name = "Actor " + std::to_string(t);
    int code = 1 + static_cast<int>(rng() % 6);
    e.action.cameo = "0" + std::to_string(code) + "0";
    e.action.root = "0" + std::to_string(code);
    e.action.label = kLabels[code];
    e.action.quad_class = 1 + static_cast<int>(rng() % 4);
    e.sentence.index = static_cast<int64_t>(i % 4);
    e.sentence.text = e.source.name + " said something to " + e.target->name;
    e.content = "content of event " + std::to_string(i);
    events.push_back(std::move(e));
  }
  return events;
}

}  // namespace dipgraph::testing

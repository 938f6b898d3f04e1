#include <gtest/gtest.h>

#include <map>

#include "graph/filter.h"
#include "graph/graph.h"

namespace dipgraph {
namespace {

Event Ev(std::string id, std::string src, std::string tgt, std::string code,
         int quad, std::string date, bool symmetric = false,
         std::string doc = "d1") {
  Event e;
  e.id = std::move(id);
  e.doc.id = std::move(doc);
  e.date = std::move(date);
  e.source = {src,
              src,
              src == "RUSGOV" ? "Vladimir Putin" : src,
              src.substr(0, 3),
              src.size() > 3 ? src.substr(3) : "",
              src == "RUSGOV" ? "person" : "state"};
  e.target = Actor{
      tgt,    tgt, tgt, tgt.substr(0, 3), tgt.size() > 3 ? tgt.substr(3) : "",
      "state"};
  e.action.cameo = std::move(code);
  e.action.root = e.action.cameo.substr(0, 2);
  e.action.quad_class = quad;
  e.action.goldstein = quad <= 2 ? 3.0 : -5.0;
  e.action.label = "label " + e.action.cameo;
  e.symmetric = symmetric;
  e.sentence.index = std::stoi(e.id.substr(1));
  return e;
}

std::vector<Event> Sample() {
  return {
      Ev("e1", "RUSGOV", "USAGOV", "036", 1, "2016-07-06"),
      Ev("e2", "RUSGOV", "USAGOV", "111", 3, "2016-07-07", false, "d2"),
      Ev("e3", "USAGOV", "SYRGOV", "190", 4, "2016-08-01"),
      Ev("e4", "USAMIL", "SYRREB", "073", 2, "2016-08-02"),
      Ev("e5", "UKRGOV", "RUSGOV", "040", 1, "2016-09-01", /*symmetric=*/true)};
}

const Edge* FindEdge(const Network& n, const std::string& s,
                     const std::string& t) {
  for (const Edge& e : n.edges)
    if (n.nodes[e.source].id == s && n.nodes[e.target].id == t) return &e;
  return nullptr;
}

TEST(NetworkTest, FilterEventsKeepsWhatTheNetworkCounts) {
  struct Case {
    const char* name;
    NetworkOptions options;
    std::vector<std::string> ids;
  };
  auto with = [](auto set) {
    NetworkOptions o;
    set(o);
    return o;
  };
  const Case cases[] = {
      {"none", {}, {"e1", "e2", "e3", "e4", "e5"}},
      {"from",
       with([](auto& o) { o.from = "2016-08-01"; }),
       {"e3", "e4", "e5"}},
      {"to", with([](auto& o) { o.to = "2016-07-06"; }), {"e1"}},
      {"root", with([](auto& o) { o.roots = {"19"}; }), {"e3"}},
      {"code",
       with([](auto& o) {
         o.codes = {"03", "04"};
       }),
       {"e1", "e5"}},
      {"quad", with([](auto& o) { o.quads = {1}; }), {"e1", "e5"}},
      {"exclude target",
       with([](auto& o) { o.exclude = {"SYR*"}; }),
       {"e1", "e2", "e5"}},
      {"exclude either",
       with([](auto& o) { o.exclude = {"RUSGOV"}; }),
       {"e3", "e4"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> ids;
    for (const Event& e : FilterEvents(Sample(), c.options))
      ids.push_back(e.id);
    EXPECT_EQ(ids, c.ids) << c.name;
    // Every kept event with a target is counted by the network.
    Result<Network> n = BuildNetwork(Sample(), c.options);
    ASSERT_TRUE(n.ok()) << c.name;
    int64_t mirrored = 0;
    for (const Event& e : FilterEvents(Sample(), c.options))
      mirrored += e.symmetric ? 2 : 1;
    EXPECT_EQ(n->events, mirrored) << c.name;
  }
}

TEST(NetworkTest, AggregatesDyads) {
  Result<Network> n = BuildNetwork(Sample(), {});
  ASSERT_TRUE(n.ok());
  ASSERT_EQ(n->nodes.size(), 6u);
  EXPECT_EQ(n->nodes[0].id, "RUSGOV");  // sorted by id
  const Edge* ru = FindEdge(*n, "RUSGOV", "USAGOV");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->events, 2);
  EXPECT_EQ(ru->documents, 2);
  EXPECT_EQ(ru->by_root[3], 1);
  EXPECT_EQ(ru->by_root[11], 1);
  EXPECT_EQ(ru->by_quad[1], 1);
  EXPECT_DOUBLE_EQ(ru->goldstein_sum, -2.0);
  EXPECT_DOUBLE_EQ(ru->goldstein_mean, -1.0);
  EXPECT_DOUBLE_EQ(ru->balance, 0.0);
  EXPECT_EQ(ru->first_date, "2016-07-06");
  EXPECT_EQ(ru->last_date, "2016-07-07");
  EXPECT_EQ(ru->example_ids, (std::vector<std::string>{"e1", "e2"}));
  // The symmetric event counts both ways.
  EXPECT_NE(FindEdge(*n, "UKRGOV", "RUSGOV"), nullptr);
  EXPECT_NE(FindEdge(*n, "RUSGOV", "UKRGOV"), nullptr);
  EXPECT_EQ(n->events, 6);
  double total = 0;
  for (const Node& node : n->nodes) total += node.pagerank;
  EXPECT_NEAR(total, 1.0, 1e-9);
  EXPECT_GT(n->reciprocity, 0);
}

TEST(NetworkTest, LevelsAndFilters) {
  NetworkOptions o;
  o.level = Level::kCountry;
  Result<Network> c = BuildNetwork(Sample(), o);
  ASSERT_TRUE(c.ok());
  const Edge* us_syr = FindEdge(*c, "USA", "SYR");
  ASSERT_NE(us_syr, nullptr);
  EXPECT_EQ(us_syr->events, 2);  // USAGOV>SYRGOV and USAMIL>SYRREB
  o = {};
  o.level = Level::kPerson;
  Result<Network> p = BuildNetwork(Sample(), o);
  EXPECT_NE(FindEdge(*p, "Vladimir Putin", "USAGOV"), nullptr);
  o = {};
  o.from = "2016-08-01";
  o.to = "2016-08-31";
  EXPECT_EQ(BuildNetwork(Sample(), o)->events, 2);
  o = {};
  o.quads = {4};
  EXPECT_EQ(BuildNetwork(Sample(), o)->events, 1);
  o = {};
  o.codes = {"03"};
  EXPECT_EQ(BuildNetwork(Sample(), o)->events, 1);
  o = {};
  o.exclude = {"SYR*"};
  EXPECT_EQ(BuildNetwork(Sample(), o)->events, 4);
  o = {};
  o.min_weight = 2;
  EXPECT_EQ(BuildNetwork(Sample(), o)->edges.size(), 1u);
  o = {};
  o.quads = {7};
  EXPECT_FALSE(BuildNetwork(Sample(), o).ok());
}

TEST(NetworkTest, EgoNetworkAndTopN) {
  NetworkOptions o;
  o.actors = {"Putin"};
  o.depth = 1;
  Result<Network> ego = BuildNetwork(Sample(), o);
  ASSERT_TRUE(ego.ok());
  EXPECT_EQ(ego->nodes.size(), 3u);  // RUSGOV, USAGOV, UKRGOV
  o.depth = 2;
  EXPECT_EQ(BuildNetwork(Sample(), o)->nodes.size(), 4u);  // + SYRGOV
  o = {};
  o.top = 2;
  Result<Network> top = BuildNetwork(Sample(), o);
  ASSERT_EQ(top->nodes.size(), 2u);
  EXPECT_EQ(top->nodes[0].id, "RUSGOV");
  EXPECT_EQ(top->nodes[1].id, "USAGOV");
}

TEST(NetworkTest, GlobMatching) {
  EXPECT_TRUE(GlobMatch("RUS*", "RUSGOV"));
  EXPECT_TRUE(GlobMatch("putin", "Vladimir Putin") == false);
  EXPECT_TRUE(GlobMatch("*putin", "Vladimir Putin"));
  EXPECT_TRUE(GlobMatch("the kremlin", "The Kremlin"));
  EXPECT_FALSE(GlobMatch("RUS*", "USA"));
  EXPECT_TRUE(ActorPatternMatches("Putin", "Vladimir Putin"));
  EXPECT_TRUE(ActorPatternMatches("kremlin", "the Kremlin"));
  EXPECT_FALSE(ActorPatternMatches("Put", "Vladimir Putin"));
}

// At country level a node is a state, or the group a CAMEO non-state
// prefix stands for.
TEST(NetworkTest, CountryNodeTypes) {
  std::vector<Event> events = {
      Ev("e1", "IMGMOSALQ", "USAGOV", "190", 4, "2016-07-06"),
      Ev("e2", "IGOUNO", "NGOHRI", "010", 1, "2016-07-06"),
      Ev("e3", "MNCUSA", "---REB", "010", 1, "2016-07-06")};
  NetworkOptions o;
  o.level = Level::kCountry;
  Result<Network> n = BuildNetwork(events, o);
  ASSERT_TRUE(n.ok());
  std::map<std::string, std::string> types;
  for (const Node& node : n->nodes) types[node.id] = node.type;
  EXPECT_EQ(types, (std::map<std::string, std::string>{{"---", "other"},
                                                       {"IGO", "igo"},
                                                       {"IMG", "armed_group"},
                                                       {"MNC", "business"},
                                                       {"NGO", "ngo"},
                                                       {"USA", "state"}}));
}

TEST(NetworkTest, OutputIsDeterministic) {
  std::vector<Event> a = Sample(), b = Sample();
  std::reverse(b.begin(), b.end());
  EXPECT_EQ(NetworkJson(*BuildNetwork(a, {})).dump(),
            NetworkJson(*BuildNetwork(b, {})).dump());
  EXPECT_NE(NetworkTable(*BuildNetwork(a, {}), 5).find("RUSGOV > USAGOV"),
            std::string::npos);
}

// A symmetric event stands for both directions unless the reverse was coded
// too (same document, sentence and code), before or after it.
TEST(NetworkTest, MirrorsOnlyOneSidedSymmetricEvents) {
  auto count = [](const std::vector<Event>& events, const std::string& s,
                  const std::string& t) {
    Result<Network> n = BuildNetwork(events, {});
    const Edge* e = FindEdge(*n, s, t);
    return e ? e->events : 0;
  };
  Event meet = Ev("e7", "UKRGOV", "RUSGOV", "040", 1, "2016-09-01", true);
  Event back = Ev("e7", "RUSGOV", "UKRGOV", "040", 1, "2016-09-01", true);
  back.id = "e8";
  EXPECT_EQ(count({meet}, "RUSGOV", "UKRGOV"), 1);
  EXPECT_EQ(count({meet, back}, "RUSGOV", "UKRGOV"), 1);
  EXPECT_EQ(count({back, meet}, "UKRGOV", "RUSGOV"), 1);
  Event other = back;
  other.action.cameo = "042";  // another action: not the reverse
  EXPECT_EQ(count({meet, other}, "RUSGOV", "UKRGOV"), 2);
  Result<Network> n = BuildNetwork({meet}, {});
  EXPECT_EQ(FindEdge(*n, "RUSGOV", "UKRGOV")->example_ids,
            (std::vector<std::string>{"e7~mirror"}));
}

// Events given one at a time build what BuildNetwork builds, with every
// option that acts while streaming or after it.
TEST(NetworkTest, BuilderMatchesBuildNetwork) {
  std::vector<Event> events = Sample();
  for (int i = 0; i < 40; ++i) {
    Event e = Ev("e" + std::to_string(10 + i), i % 3 ? "RUSGOV" : "USAMIL",
                 i % 4 ? "SYRREB" : "UKRGOV", i % 2 ? "190" : "0361",
                 i % 2 ? 4 : 1, "2016-10-" + std::to_string(10 + i % 9),
                 i % 5 == 0, "d" + std::to_string(i / 3));
    e.action.label = "label " + std::to_string(i % 3);
    events.push_back(e);
  }
  std::vector<NetworkOptions> all(6);
  all[1].level = Level::kPerson;
  all[2].actors = {"Putin"};
  all[3].min_weight = 3;
  all[4].top = 3;
  all[5].exclude = {"USA*"};
  for (const NetworkOptions& o : all) {
    NetworkBuilder builder(o);
    for (const Event& e : events) builder.Add(e);
    Result<Network> streamed = builder.Finish();
    ASSERT_TRUE(streamed.ok());
    EXPECT_EQ(NetworkJson(*streamed).dump(),
              NetworkJson(*BuildNetwork(events, o)).dump());
  }
  Result<Network> net = BuildNetwork(events, {});
  const Edge* e = FindEdge(*net, "RUSGOV", "SYRREB");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->example_ids.size(), 5u);  // the five smallest ids
  EXPECT_EQ(e->example_ids.front(), "e11");
  EXPECT_EQ(e->top_label, "label 1");  // the first label seen with 190
  NetworkOptions bad;
  bad.damping = 2;
  NetworkBuilder builder(bad);
  builder.Add(events[0]);
  EXPECT_FALSE(builder.Finish().ok());
}

// Networks of over 8,192 edges are finished on two threads: every edge must
// still hold its own dyad's counts, dates and ids, in (source, target) order.
TEST(NetworkTest, LargeNetworksFinishEveryEdge) {
  std::vector<Event> events;
  std::map<std::pair<std::string, std::string>, int> expected;
  int n = 0;
  for (int s = 0; s < 100; ++s)
    for (int t = 0; t < 100; ++t) {
      std::string src = "S" + std::to_string(100 + s),
                  tgt = "T" + std::to_string(100 + t);
      int count = 1 + (s * 7 + t) % 3;
      for (int k = 0; k < count; ++k)
        events.push_back(Ev("e" + std::to_string(n++), src, tgt, "036", 1,
                            "2016-07-" + std::to_string(10 + k)));
      expected[{src, tgt}] = count;
    }
  Result<Network> net = BuildNetwork(events, {});
  ASSERT_TRUE(net.ok());
  ASSERT_EQ(net->edges.size(), 10000u);
  size_t checked = 0;
  for (size_t i = 0; i < net->edges.size(); ++i) {
    const Edge& e = net->edges[i];
    std::pair<std::string, std::string> dyad{net->nodes[e.source].id,
                                             net->nodes[e.target].id};
    ASSERT_TRUE(expected.count(dyad)) << dyad.first << " " << dyad.second;
    int count = expected[dyad];
    EXPECT_EQ(e.events, count);
    ASSERT_EQ(e.dates.size(), static_cast<size_t>(count));
    EXPECT_EQ(e.first_date, "2016-07-10");
    EXPECT_EQ(e.last_date, e.dates.back());
    EXPECT_EQ(e.example_ids.size(), static_cast<size_t>(count));
    if (i > 0) {
      const Edge& p = net->edges[i - 1];
      EXPECT_LT(std::make_pair(p.source, p.target),
                std::make_pair(e.source, e.target));
    }
    ++checked;
  }
  EXPECT_EQ(checked, expected.size());
  EXPECT_EQ(net->events, n);
}

// Without edge details an edge has no dates or example ids, and everything
// else as with them.
TEST(NetworkTest, EdgeDetailsOffLeavesOnlyDatesAndIdsOut) {
  std::vector<Event> events = Sample();
  events.push_back(Ev("e6", "RUSGOV", "USAGOV", "036", 1, "2016-07-09"));
  NetworkOptions lean;
  lean.edge_details = false;
  Result<Network> full = BuildNetwork(events, {});
  Result<Network> summary = BuildNetwork(events, lean);
  ASSERT_TRUE(full.ok() && summary.ok());
  const Edge* e = FindEdge(*summary, "RUSGOV", "USAGOV");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->dates.empty());
  EXPECT_TRUE(e->example_ids.empty());
  EXPECT_EQ(e->first_date, "2016-07-06");
  EXPECT_EQ(e->last_date, "2016-07-09");
  EXPECT_EQ(e->documents, 2);
  EXPECT_EQ(FindEdge(*full, "RUSGOV", "USAGOV")->dates.size(), 3u);
  for (Edge& f : full->edges) f.dates.clear(), f.example_ids.clear();
  EXPECT_EQ(NetworkJson(*full).dump(), NetworkJson(*summary).dump());
}

}  // namespace
}  // namespace dipgraph

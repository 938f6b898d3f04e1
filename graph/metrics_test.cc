#include "graph/metrics.h"

#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <random>
#include <set>

#include "graph/graph.h"

namespace dipgraph {
namespace {

// Zachary's karate club (1977): 34 members, 78 friendships (1-based).
const std::vector<std::pair<int, int>> kKarate = {
    {1, 2},   {1, 3},   {1, 4},   {1, 5},   {1, 6},   {1, 7},   {1, 8},
    {1, 9},   {1, 11},  {1, 12},  {1, 13},  {1, 14},  {1, 18},  {1, 20},
    {1, 22},  {1, 32},  {2, 3},   {2, 4},   {2, 8},   {2, 14},  {2, 18},
    {2, 20},  {2, 22},  {2, 31},  {3, 4},   {3, 8},   {3, 9},   {3, 10},
    {3, 14},  {3, 28},  {3, 29},  {3, 33},  {4, 8},   {4, 13},  {4, 14},
    {5, 7},   {5, 11},  {6, 7},   {6, 11},  {6, 17},  {7, 17},  {9, 31},
    {9, 33},  {9, 34},  {10, 34}, {14, 34}, {15, 33}, {15, 34}, {16, 33},
    {16, 34}, {19, 33}, {19, 34}, {20, 34}, {21, 33}, {21, 34}, {23, 33},
    {23, 34}, {24, 26}, {24, 28}, {24, 30}, {24, 33}, {24, 34}, {25, 26},
    {25, 28}, {25, 32}, {26, 32}, {27, 30}, {27, 34}, {28, 34}, {29, 32},
    {29, 34}, {30, 33}, {30, 34}, {31, 33}, {31, 34}, {32, 33}, {32, 34},
    {33, 34}};

TEST(LouvainTest, KarateClubModularity) {
  ASSERT_EQ(kKarate.size(), 78u);
  std::vector<std::tuple<size_t, size_t, double>> edges;
  for (auto [a, b] : kKarate) edges.emplace_back(a - 1, b - 1, 1.0);
  std::vector<int> comm = Louvain(34, edges);
  double q = Modularity(34, edges, comm);
  EXPECT_GE(q, 0.41);
  EXPECT_LE(q, 0.4198 + 1e-9);  // the known optimum
  std::set<int> distinct(comm.begin(), comm.end());
  EXPECT_GE(distinct.size(), 3u);
  EXPECT_LE(distinct.size(), 5u);
  // The instructor (1) and the president (34) end in different communities.
  EXPECT_NE(comm[0], comm[33]);
  EXPECT_EQ(Louvain(34, edges), comm);  // deterministic
}

TEST(LouvainTest, ModularityOfTrivialPartitions) {
  std::vector<std::tuple<size_t, size_t, double>> edges = {{0, 1, 1},
                                                           {2, 3, 1}};
  EXPECT_DOUBLE_EQ(Modularity(4, edges, {0, 0, 1, 1}), 0.5);
  EXPECT_DOUBLE_EQ(Modularity(4, edges, {0, 0, 0, 0}), 0.0);
}

// A random directed network of 40 actors and ~240 events.
std::vector<Event> RandomEvents() {
  std::mt19937 rng(7);
  std::vector<Event> events;
  for (int i = 0; i < 240; ++i) {
    Event e;
    e.id = "e" + std::to_string(i);
    e.doc.id = "d" + std::to_string(i % 17);
    e.date = "2016-07-01";
    auto actor = [&] {
      std::string code = "A" + std::to_string(10 + rng() % 40);
      return Actor{code, code, code, "", "", "state"};
    };
    e.source = actor();
    e.target = actor();
    e.action.cameo = "036";
    e.action.root = "03";
    e.action.quad_class = 1;
    events.push_back(std::move(e));
  }
  return events;
}

std::vector<double> BetweennessOf(const Network& net) {
  std::vector<double> b;
  for (const Node& n : net.nodes) b.push_back(n.betweenness);
  return b;
}

TEST(BetweennessTest, ExactMatchesBoostBrandes) {
  NetworkOptions o;
  o.betweenness = BetweennessMode::kExact;
  Result<Network> net = BuildNetwork(RandomEvents(), o);
  ASSERT_TRUE(net.ok());
  size_t n = net->nodes.size();
  ASSERT_GT(n, 30u);
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  G g(n);
  for (const Edge& e : net->edges) boost::add_edge(e.source, e.target, g);
  std::vector<double> expected(n, 0.0);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(
             expected.begin(), boost::get(boost::vertex_index, g))));
  double norm = static_cast<double>((n - 1) * (n - 2));
  double sum = 0;
  for (size_t i = 0; i < n; ++i) {
    EXPECT_NEAR(net->nodes[i].betweenness, expected[i] / norm, 1e-12) << i;
    sum += expected[i];
  }
  EXPECT_GT(sum, 0);
}

TEST(BetweennessTest, SampledIsDeterministicScaledAndExactWithAllPivots) {
  std::vector<Event> events = RandomEvents();
  NetworkOptions exact;
  exact.betweenness = BetweennessMode::kExact;
  std::vector<double> want = BetweennessOf(*BuildNetwork(events, exact));
  NetworkOptions o;
  o.betweenness = BetweennessMode::kSampled;
  o.betweenness_pivots = want.size();  // every node a pivot: exact
  std::vector<double> all = BetweennessOf(*BuildNetwork(events, o));
  for (size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(all[i], want[i], 1e-12);
  o.betweenness_pivots = 12;
  std::vector<double> a = BetweennessOf(*BuildNetwork(events, o));
  EXPECT_EQ(a, BetweennessOf(*BuildNetwork(events, o)));
  EXPECT_NE(a, want);
  // Scaled by n / k, the estimate has the exact total's order of magnitude.
  double sa = 0, sw = 0;
  for (size_t i = 0; i < a.size(); ++i) sa += a[i], sw += want[i];
  EXPECT_GT(sa, 0.5 * sw);
  EXPECT_LT(sa, 2.0 * sw);
  o.betweenness = BetweennessMode::kOff;
  for (double b : BetweennessOf(*BuildNetwork(events, o))) EXPECT_EQ(b, 0);
}

TEST(BetweennessTest, ParsesModes) {
  EXPECT_EQ(*ParseBetweennessMode("exact"), BetweennessMode::kExact);
  EXPECT_EQ(*ParseBetweennessMode("sampled"), BetweennessMode::kSampled);
  EXPECT_EQ(*ParseBetweennessMode("off"), BetweennessMode::kOff);
  EXPECT_EQ(*ParseBetweennessMode("auto"), BetweennessMode::kAuto);
  EXPECT_FALSE(ParseBetweennessMode("fast").ok());
}

}  // namespace
}  // namespace dipgraph

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dipgraph

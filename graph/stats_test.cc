#include <gtest/gtest.h>

#include "graph/graph.h"

namespace dipgraph {
namespace {

Event Make(std::string doc, std::string src, std::string tgt, std::string code,
           int quad, std::string date) {
  Event e;
  e.id = doc + "-x";
  e.doc.id = doc;
  e.source.id = src;
  if (!tgt.empty()) e.target = Actor{"", tgt, "", "", "", ""};
  e.action.cameo = code;
  e.action.root = code.substr(0, 2);
  e.action.quad_class = quad;
  e.date = date;
  return e;
}

TEST(StatsTest, CountsByActorRootQuadAndDate) {
  EventStats s;
  s.Add(Make("a", "RUSGOV", "USAGOV", "036", 1, "2016-07-06"));
  s.Add(Make("a", "USAGOV", "RUSGOV", "036", 1, "2016-07-06"));
  s.Add(Make("b", "USA", "SYRGOV", "190", 4, ""));
  s.Add(Make("b", "RUSGOV", "", "010", 1, "2016-07-07"));
  EXPECT_EQ(s.events(), 4);
  EXPECT_EQ(s.documents(), 2);
  auto top = s.TopActors(2);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0], (std::pair<std::string, int64_t>{"RUSGOV", 3}));
  EXPECT_EQ(top[1], (std::pair<std::string, int64_t>{"USAGOV", 2}));
  EXPECT_EQ(s.by_root().at("03"), 2);
  EXPECT_EQ(s.by_quad().at(4), 1);
  EXPECT_EQ(s.by_date().at("unknown"), 1);
  auto j = s.ToJson(5);
  EXPECT_EQ(j["roots"]["19"], 1);
  EXPECT_NE(s.ToTable(5).find("RUSGOV"), std::string::npos);
}

// The counts are kept in hash tables: the lists still come out in key
// order, and actors with as many events by code, whatever the order of
// arrival, and a merge counts like one pass.
TEST(StatsTest, ListsAreInKeyOrderWhateverTheArrival) {
  EventStats a, b, whole;
  const std::vector<Event> events = {
      Make("d1", "SYRGOV", "", "190", 4, "2016-07-09"),
      Make("d1", "IRNGOV", "", "190", 4, "2016-07-01"),
      Make("d2", "AFG", "", "040", 1, "2016-07-05"),
      Make("d3", "ZWE", "", "010", 1, "2016-07-05")};
  for (size_t i = 0; i < events.size(); ++i) {
    (i < 2 ? a : b).Add(events[i]);
    whole.Add(events[i]);
  }
  a.Merge(b);
  const auto top = a.TopActors(3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].first, "AFG");
  EXPECT_EQ(top[1].first, "IRNGOV");
  EXPECT_EQ(top[2].first, "SYRGOV");
  std::vector<std::string> dates;
  for (const auto& [date, n] : a.by_date()) dates.push_back(date);
  EXPECT_EQ(dates, (std::vector<std::string>{"2016-07-01", "2016-07-05",
                                             "2016-07-09"}));
  EXPECT_EQ(a.by_date().at("2016-07-05"), 2);
  EXPECT_EQ(a.documents(), 3);
  EXPECT_EQ(a.ToTable(10), whole.ToTable(10));
  EXPECT_EQ(a.ToJson(10).dump(), whole.ToJson(10).dump());
}

}  // namespace
}  // namespace dipgraph

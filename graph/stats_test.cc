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

}  // namespace
}  // namespace dipgraph

#include <gtest/gtest.h>

#include "graph/graph.h"
#include "graph/test_event.h"

namespace dipgraph {
namespace {

Event Said(std::string id, std::string date, Actor src,
           std::optional<Actor> tgt, std::string code,
           std::string content = "") {
  Event e = TestEvent(std::move(id), std::move(date), std::move(src),
                      std::move(tgt), std::move(code));
  const std::string& r = e.action.root;
  e.action.quad_class = r <= "05" ? 1 : r <= "08" ? 2 : r <= "13" ? 3 : 4;
  e.content = std::move(content);
  return e;
}

const Actor kPutin{"Putin", "RUSGOV", "Vladimir Putin", "RUS", "GOV", "person"};
const Actor kKremlin{"the Kremlin", "RUSGOV", "Kremlin",
                     "RUS",         "GOV",    "government"};
const Actor kObama{"Obama", "USAGOV", "Barack Obama", "USA", "GOV", "person"};
const Actor kRebels{"Syrian rebels", "SYRREB", "", "SYR", "REB", "armed_group"};

std::vector<Event> Events() {
  return {
      Said("e3", "2016-07-08", kObama, kPutin, "111", "the strikes must stop"),
      Said("e1", "2016-07-06", kPutin, kObama, "020",
           "separate the rebels from Nusra"),
      Said("e2", "2016-07-06", kKremlin, std::nullopt, "010",
           "the call was useful"),
      Said("e4", "2016-07-09", kRebels, kObama, "190")};
}

std::vector<std::string> Ids(const Result<std::vector<Event>>& r) {
  std::vector<std::string> ids;
  for (const Event& e : *r) ids.push_back(e.id);
  return ids;
}

TEST(QueryTest, BySourceTargetAndBothDirections) {
  QueryOptions o;
  o.sources = {"Putin"};
  EXPECT_EQ(Ids(QueryEvents(Events(), o)), (std::vector<std::string>{"e1"}));
  o.sources = {"RUS*"};  // the code matches the Kremlin too; sorted by date, id
  EXPECT_EQ(Ids(QueryEvents(Events(), o)),
            (std::vector<std::string>{"e1", "e2"}));
  o = {};
  o.between = {"Obama", "the Kremlin"};
  EXPECT_EQ(Ids(QueryEvents(Events(), o)), (std::vector<std::string>{}));
  o.between = {"Obama", "Putin"};
  EXPECT_EQ(Ids(QueryEvents(Events(), o)),
            (std::vector<std::string>{"e1", "e3"}));
}

TEST(QueryTest, SaidContainsAndDates) {
  QueryOptions o;
  o.said = true;
  EXPECT_EQ(Ids(QueryEvents(Events(), o)),
            (std::vector<std::string>{"e1", "e2", "e3"}));
  o.contains = "NUSRA";
  EXPECT_EQ(Ids(QueryEvents(Events(), o)), (std::vector<std::string>{"e1"}));
  o = {};
  o.from = "2016-07-08";
  o.quads = {4};
  EXPECT_EQ(Ids(QueryEvents(Events(), o)), (std::vector<std::string>{"e4"}));
}

TEST(QueryTest, UnknownActorSuggestsCloseMatches) {
  QueryOptions o;
  o.sources = {"Puttin"};
  Result<std::vector<Event>> r = QueryEvents(Events(), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(r.status().message().find("did you mean \"Putin\""),
            std::string::npos)
      << r.status().message();
}

TEST(QueryTest, TableAndCsv) {
  auto all = *QueryEvents(Events(), {});
  std::string table = QueryTable(all);
  EXPECT_NE(table.find("what: separate the rebels from Nusra"),
            std::string::npos);
  std::string csv = EventsCsv(all);
  EXPECT_EQ(csv.substr(0, 17), "EventId,Date,Sour");
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 5);
}

}  // namespace
}  // namespace dipgraph

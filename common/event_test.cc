#include "common/event.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

Event SampleEvent() {
  Event e;
  e.id = "seed-3-0";
  e.doc = {"seed", "Leaders talk", "Example Wire", "2016-07-07"};
  e.sentence = {3, "Putin urged Obama to act.", 120, 145};
  e.date = "2016-07-06";
  e.source = {"Putin", "RUSGOV", "Vladimir Putin", "RUS", "GOV", "person"};
  e.target = Actor{"Obama", "USAGOV", "Barack Obama", "USA", "GOV", "person"};
  e.action = {
      "urged", "urge", "020", "02",           "Appeal, not specified below",
      1,       3.0,    "",    "urge $T to $C"};
  e.content = "act";
  e.confidence = 0.85;
  return e;
}

TEST(EventTest, RoundTripIsExact) {
  Event e = SampleEvent();
  std::string line = EventToJson(e);
  Result<Event> back = EventFromJson(line);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, e);
  EXPECT_EQ(EventToJson(*back), line);
}

TEST(EventTest, KeysComeInDocumentedOrder) {
  std::string line = EventToJson(SampleEvent());
  size_t id = line.find("\"id\""), doc = line.find("\"doc\""),
         source = line.find("\"source\":{"), action = line.find("\"action\""),
         conf = line.find("\"confidence\"");
  EXPECT_LT(id, doc);
  EXPECT_LT(doc, source);
  EXPECT_LT(source, action);
  EXPECT_LT(action, conf);
}

TEST(EventTest, NullTargetRoundTrips) {
  Event e = SampleEvent();
  e.target.reset();
  std::string line = EventToJson(e);
  EXPECT_NE(line.find("\"target\":null"), std::string::npos);
  EXPECT_EQ(*EventFromJson(line), e);
}

TEST(EventTest, UnknownFieldsAreKeptInOrder) {
  std::string line = EventToJson(SampleEvent());
  line.pop_back();  // drop '}'
  line += ",\"zeta\":1,\"alpha\":{\"x\":[1,2]}}";
  Result<Event> e = EventFromJson(line);
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->extra.size(), 2u);
  EXPECT_EQ(EventToJson(*e), line);
}

TEST(EventTest, ReportsMissingAndMistypedFields) {
  auto err = [](std::string_view text) {
    Result<Event> e = EventFromJson(text);
    return e.ok() ? std::string("ok") : e.status().message();
  };
  EXPECT_EQ(err("[1]"), "expected a JSON object");
  EXPECT_NE(err("{\"id\":"), "ok");
  EXPECT_NE(err("{\"id\":").find("malformed JSON"), std::string::npos);
  EXPECT_EQ(
      err(R"({"doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}})"),
      "field \"id\": missing required field");
  EXPECT_EQ(
      err(R"({"id":"a","doc":{"id":"d"},"source":{"id":7},"action":{"cameo":"01"}})"),
      "field \"source.id\": expected a string");
  EXPECT_EQ(
      err(R"({"id":"a","doc":{"id":"d"},"source":{},"action":{"cameo":"01"}})"),
      "field \"source\": needs \"id\" or \"text\"");
  EXPECT_EQ(
      err(R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{}})"),
      "field \"action.cameo\": missing required field");
  EXPECT_EQ(
      err(R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"quote":"yes"})"),
      "field \"quote\": expected true or false");
  EXPECT_EQ(
      err(R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}})"),
      "ok");
}

TEST(EventTest, ValidateCatchesBadValues) {
  Event e = SampleEvent();
  EXPECT_TRUE(ValidateEvent(e).empty());
  e.date = "2016-02-30";
  e.action.cameo = "36x";
  e.modality = "maybe";
  e.confidence = 1.5;
  e.source.type = "alien";
  e.sentence.end = 1;
  EXPECT_EQ(ValidateEvent(e).size(), 6u);
}

TEST(EventTest, ValidDates) {
  EXPECT_TRUE(IsValidDate("2016-07-06"));
  EXPECT_TRUE(IsValidDate("2016-02-29"));
  EXPECT_FALSE(IsValidDate("2015-02-29"));
  EXPECT_FALSE(IsValidDate("2016-7-6"));
  EXPECT_FALSE(IsValidDate("2016-13-01"));
}

}  // namespace
}  // namespace dipgraph

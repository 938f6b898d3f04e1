// The fast codec must agree byte for byte with the general nlohmann path.
#include "common/event_codec.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

Event Tricky(int variant) {
  Event e;
  e.id = "d-1-0";
  e.doc = {"d", "Quote \"this\" \\ back", "Wire\tTab", "2016-07-07"};
  e.sentence = {1, "Line\nbreak \x01 ctrl, é, 北京, emoji \xF0\x9F\x98\x80", 5,
                60};
  e.source = {"Путин", "RUSGOV", "Vladimir Putin", "RUS", "GOV", "person"};
  if (variant % 2 == 0) e.target = Actor{"x", "USA", "", "", "", "state"};
  e.action.cameo = "0234";
  e.action.goldstein = variant == 2 ? -10.0 : 3.4;
  e.confidence = variant == 3 ? 1e-7 : 0.85;
  e.mentions = 3;
  e.negated = variant == 1;
  if (variant == 3) e.extra["zz"] = nlohmann::ordered_json::array({1, "a"});
  return e;
}

TEST(EventCodecTest, EncoderMatchesNlohmann) {
  for (int v = 0; v < 4; ++v) {
    Event e = Tricky(v);
    std::string fast;
    internal::EncodeEvent(e, &fast);
    std::string slow = EventToJsonValue(e).dump(
        -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    EXPECT_EQ(fast, slow) << v;
  }
}

TEST(EventCodecTest, InvalidUtf8IsReplacedLikeNlohmann) {
  Event e = Tricky(0);
  e.content = "bad \xC3 byte \xFF";
  std::string fast;
  internal::EncodeEvent(e, &fast);
  EXPECT_NE(fast.find("bad \xEF\xBF\xBD byte \xEF\xBF\xBD"), std::string::npos);
}

TEST(EventCodecTest, DecoderMatchesGeneralParser) {
  for (int v = 0; v < 3; ++v) {
    std::string line = EventToJson(Tricky(v));
    Event fast;
    ASSERT_TRUE(internal::DecodeEventFast(line, &fast)) << line;
    auto slow = EventFromJsonValue(nlohmann::ordered_json::parse(line));
    ASSERT_TRUE(slow.ok());
    EXPECT_EQ(fast, *slow);
  }
}

TEST(EventCodecTest, DecoderDefersUnusualInput) {
  Event e;
  // Unknown fields, surrogate pairs, wrong types and bad JSON go to the
  // general parser (which keeps, decodes or reports them).
  for (
      const char* text :
      {R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"z":1})",
       R"({"id":"\ud83d\ude00","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"mentions":1.5})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"confidence":.5})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}} x)",
       R"({"id":"a","doc":{"id":"d"},"source":{},"action":{"cameo":"01"}})",
       R"({"id":"a"})"}) {
    EXPECT_FALSE(internal::DecodeEventFast(text, &e)) << text;
  }
  auto surrogate = EventFromJson(
      R"({"id":"\ud83d\ude00","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}})");
  ASSERT_TRUE(surrogate.ok());
  EXPECT_EQ(surrogate->id, "\xF0\x9F\x98\x80");
}

TEST(EventCodecTest, AcceptsSpacesAndAnyKeyOrder) {
  Event e;
  ASSERT_TRUE(internal::DecodeEventFast(
      R"( { "action" : {"cameo":"036"}, "source":{"text":"rebels"}, "doc":{"id":"d"}, "id":"x", "target":null, "confidence":0.5 } )",
      &e));
  EXPECT_EQ(e.action.cameo, "036");
  EXPECT_EQ(e.source.text, "rebels");
  EXPECT_FALSE(e.target.has_value());
  EXPECT_DOUBLE_EQ(e.confidence, 0.5);
}

}  // namespace
}  // namespace dipgraph

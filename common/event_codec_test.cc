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
  e.source.unlisted = variant == 1;
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
  // Unknown fields, wrong types, bad JSON, repeated keys and numbers the
  // general parser reads another way go to the general parser (which keeps,
  // decodes or reports them).
  for (
      const char* text :
      {R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"z":1})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"mentions":1.5})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"confidence":.5})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}} x)",
       R"({"id":"a","doc":{"id":"d"},"source":{},"action":{"cameo":"01"}})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"mentions":01})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"confidence":1.})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"target":{"id":"Y"},"action":{"cameo":"01"},"target":null})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"confidence":1e400})",
       R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"mentions":18446744073709551615})",
       R"({"id":"\ud83d","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}})",
       R"({"\u0069d":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"}})",
       R"({"id":"a"})"}) {
    EXPECT_FALSE(internal::DecodeEventFast(text, &e)) << text;
  }
}

// Every line either goes to the general parser or decodes to exactly what
// the general parser reads: the fast decoder never accepts what the general
// one refuses, nor reads a value another way.
TEST(EventCodecTest, DecoderAgreesWithTheGeneralParser) {
  const std::string base =
      R"("doc":{"id":"d","date":"2016-01-02"},"source":{"id":"RUS"},)"
      R"("target":{"id":"USA"},"action":{"cameo":"010","quad_class":1})";
  const std::string rows[] = {
      R"({"id":"\ud83d\ude00",)" + base + "}",
      R"({"id":"a\u00e9\u4eac\/\b\f\n\r\t\"\\",)" + base + "}",
      R"({"id":"a",)" + base + R"(,"content":"nul\u0000here"})",
      R"({"id":"a",)" + base + R"(,"confidence":-0})",
      R"({"id":"a",)" + base + R"(,"confidence":-0.0})",
      R"({"id":"a",)" + base + R"(,"confidence":9007199254740993})",
      R"({"id":"a",)" + base + R"(,"confidence":2.5e-320})",
      R"({"id":"a",)" + base + R"(,"confidence":1E-2})",
      R"({"id":"a",)" + base + R"(,"confidence":0.1e-400})",
      R"({"id":"a",)" + base + R"(,"mentions":-9223372036854775808})",
      R"({"id":"a",)" + base +
          R"(,"sentence":{"index":2,"text":null,"x":[1,{"y":"\ud83d\ude00"}]}})",
      R"({"id":"a",)" + base +
          R"(,"sentence":null,"modality":null,"quote":null})",
      R"({"id":"a","doc":{"id":"d","id":"e"},"source":{"id":"X"},"action":{"cameo":"01"}})",
      R"({"id":"a",)" + base + R"(,"content":"\uDE00"})",
      R"({"id":"a",)" + base + R"(,"content":"\x"})",
      R"({"id":"a",)" + base + R"(,"content":"\u12g4"})",
      "{\"id\":\"a\xC0\xAF\"," + base + "}",
      "{\"id\":\"a\xED\xA0\x80\"," + base + "}",
      "{\"id\":\"a\x01\"," + base + "}",
      "{\"id\":\"a\x7F\"," + base + "}",
      R"({"id":"a",)" + base +
          R"(,"action":{"cameo":"01","quad_class":4294967297}})",
      R"({"id":"a","doc":{"id":"d","x":[1,,2]},"source":{"id":"X"},"action":{"cameo":"01"}})",
      R"({"id":"a","doc":{"id":"d","x":[1e999]},"source":{"id":"X"},"action":{"cameo":"01"}})",
      R"({"id":"a","doc":{"id":"d","x":{"a":01}},"source":{"id":"X"},"action":{"cameo":"01"}})",
      R"({"id":"a","doc":{"id":"d"},"source":{"id":"X","id":"Y"},"action":{"cameo":"01"}})",
      R"({"id":"a","doc":{"id":"d"},"source":{"text":""},"action":{"cameo":"01"}})",
      R"({"id":"a","doc":{"id":""},"source":{"id":"X"},"action":{"cameo":""}})",
      R"({"id":"a","doc":{"id":"d"},"source":{"id":"X"},"action":{"cameo":"01"},"target":{"text":"t"}})",
      R"({"id":"a","doc":{"id":"d"},"source":{"id":"X","unlisted":true},"action":{"cameo":"01"}})",
      R"({"id":"a","doc":{"id":"d"},"source":{"id":"X","unlisted":null},"target":{"id":"Y","unlisted":false},"action":{"cameo":"01"}})",
      R"({"id":"a","doc":{"id":"d"},"source":{"id":"X","unlisted":1},"action":{"cameo":"01"}})",
      R"( { "id" : "a" , "doc" : { "id" : "d" } , "source":{"id":"X"},"action":{"cameo":"01"} } )",
      "\xEF\xBB\xBF{\"id\":\"a\"," + base + "}",
      "{\"id\":\"a\"," + base + "}\t\r\n ",
      R"({"id":"a",)" + base + R"(,"confidence":+1})",
      R"({"id":"a",)" + base + R"(,"confidence":Infinity})",
      R"({"id":"a",)" + base + R"(,"confidence":"1"})",
      R"([])",
      R"("x")",
      R"({"id":"a",)" + base,
      R"({"id":"a",)" + base + R"(,"quote":tru})",
  };
  for (const std::string& row : rows) {
    Event fast;
    bool took = internal::DecodeEventFast(row, &fast);
    Result<Event> slow = internal::DecodeEventGeneral(row);
    if (!took) continue;
    ASSERT_TRUE(slow.ok()) << "fast took what the general parser refuses: "
                           << row << "\n"
                           << slow.status().message();
    EXPECT_EQ(fast, *slow) << row;
    EXPECT_EQ(EventToJson(fast), EventToJson(*slow)) << row;
  }
}

// The view of a decoded line and the event it gives are the same record.
TEST(EventCodecTest, ViewsRoundTrip) {
  for (int v = 0; v < 3; ++v) {
    std::string line = EventToJson(Tricky(v));
    EventView view;
    ViewArena arena;
    ASSERT_TRUE(DecodeEventView(line, &view, &arena)) << line;
    Event back = ToEvent(view);
    EXPECT_EQ(EventToJson(back), line);
    std::string again;
    internal::EncodeEvent(view, &again);
    EXPECT_EQ(again, line);
    EXPECT_EQ(EventToJson(ToEvent(ViewOf(back))), line);
  }
  Event with_extra = Tricky(3);
  std::string line = EventToJson(with_extra);
  std::string again;
  internal::EncodeEvent(ViewOf(with_extra), &again);
  EXPECT_EQ(again, line);
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

#include "common/event_io.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dipgraph {
namespace {

std::string Line(const std::string& id) {
  Event e;
  e.id = id;
  e.doc.id = "d";
  e.source.id = "USA";
  e.action.cameo = "010";
  return EventToJson(e);
}

TEST(EventIoTest, ReadsLinesSkipsBlanksAndNamesBadLines) {
  std::stringstream in;
  in << Line("a") << "\n\n"
     << Line("b") << "\r\n{broken\n"
     << Line("c") << "\n";
  EventReader reader(in, "x.jsonl");
  Event e;
  std::vector<std::string> ids, errors;
  while (true) {
    Result<bool> more = reader.Next(&e);
    if (!more.ok()) {
      errors.push_back(more.status().message());
      continue;
    }
    if (!*more) break;
    ids.push_back(e.id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c"}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("x.jsonl:4: malformed JSON", 0), 0u) << errors[0];
}

TEST(EventIoTest, WriteThenReadRoundTrips) {
  std::stringstream buf;
  WriteEvent(buf, *EventFromJson(Line("a")));
  EXPECT_EQ(buf.str(), Line("a") + "\n");
}

TEST(EventIoTest, MissingFileIsNotFound) {
  Status s =
      ReadEvents("/nonexistent/e.jsonl", [](Event&&) { return Status::Ok(); });
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(ExitCode(s), 2);
}

}  // namespace
}  // namespace dipgraph

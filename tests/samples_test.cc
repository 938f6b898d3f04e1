// The hand-coded sample events agree with the sample articles: offsets point
// at the sentence text, ids are unique, every event is valid, and the file is
// in dipgraph's canonical form (reading and writing it gives the same bytes).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "common/event_io.h"
#include "common/files.h"

namespace dipgraph {
namespace {

const std::string kSamples =
    std::string(DIPGRAPH_SOURCE_DIR) + "/data/samples/";

TEST(SamplesTest, EventsPointIntoTheirArticles) {
  Result<std::vector<Event>> events = ReadEventsFile(kSamples + "events.jsonl");
  ASSERT_TRUE(events.ok()) << events.status().message();
  ASSERT_GE(events->size(), 50u);
  std::set<std::string> ids, docs;
  for (const Event& e : *events) {
    EXPECT_TRUE(ids.insert(e.id).second) << "duplicate id " << e.id;
    docs.insert(e.doc.id);
    Result<std::string> text = ReadFile(kSamples + e.doc.id + ".txt");
    ASSERT_TRUE(text.ok()) << e.id << ": " << text.status().message();
    ASSERT_LE(e.sentence.end, static_cast<int64_t>(text->size())) << e.id;
    EXPECT_EQ(text->substr(e.sentence.start, e.sentence.end - e.sentence.start),
              e.sentence.text)
        << e.id;
    EXPECT_EQ(ValidateEvent(e), std::vector<std::string>{}) << e.id;
    if (!e.parent.empty()) {
      EXPECT_TRUE(ids.count(e.parent)) << e.id;
    }
  }
  EXPECT_GE(docs.size(), 8u);
}

TEST(SamplesTest, FileIsInCanonicalForm) {
  Result<std::string> text = ReadFile(kSamples + "events.jsonl");
  ASSERT_TRUE(text.ok());
  Result<std::vector<Event>> events = ReadEventsFile(kSamples + "events.jsonl");
  ASSERT_TRUE(events.ok());
  std::ostringstream out;
  for (const Event& e : *events) WriteEvent(out, e);
  EXPECT_EQ(out.str(), *text);
}

}  // namespace
}  // namespace dipgraph

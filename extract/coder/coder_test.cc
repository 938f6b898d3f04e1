// The coder's helpers: merging duplicate events and the pattern language.
// The coder itself is tested on hand-written parses by the case tables of
// coded_cases_test.cc (testdata/small_lexicon.cases and the others).
#include "extract/coder/coder.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

TEST(MergeTest, DuplicatesBecomeMentions) {
  std::vector<Event> ev(3);
  for (Event& e : ev) {
    e.source.id = "USA";
    e.action.cameo = "010";
  }
  ev[2].action.cameo = "020";
  MergeDuplicates(&ev);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].mentions, 2);
}

TEST(PatternTest, ParsesTheDictionaryLanguage) {
  Pattern p;
  ASSERT_TRUE(ParsePattern("pull out of $T", false, &p).ok());
  EXPECT_EQ(p.particle, "out");
  EXPECT_EQ(p.target_prep, "of");
  Pattern q;
  ASSERT_TRUE(ParsePattern("impose sanction on $T", false, &q).ok());
  EXPECT_EQ(q.object, "sanction");
  EXPECT_EQ(q.target_prep, "on");
  Pattern r;
  ASSERT_TRUE(ParsePattern("urge $T to $C", false, &r).ok());
  EXPECT_TRUE(r.has_target);
  EXPECT_EQ(r.target_prep, "");
  EXPECT_EQ(r.content, Pattern::kInfinitive);
  Pattern bad;
  EXPECT_FALSE(ParsePattern("$T meet", false, &bad).ok());
  EXPECT_FALSE(ParsePattern("meet $X", false, &bad).ok());
}

}  // namespace
}  // namespace dipgraph

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : Segment(text)) out.push_back(s.text);
  return out;
}

using V = std::vector<std::string>;

TEST(Splitter, AbbreviationsInitialsDecimals) {
  EXPECT_EQ(Sentences("Gen. John F. Kelly met Mr. Lavrov on Jan. 5 at No. 10 "
                      "Downing St. and paid 3.5 million. Then he left."),
            (V{"Gen. John F. Kelly met Mr. Lavrov on Jan. 5 at No. 10 "
               "Downing St. and paid 3.5 million.",
               "Then he left."}));
  EXPECT_EQ(Sentences("Troops left the U.S. They arrived in Kabul."),
            (V{"Troops left the U.S.", "They arrived in Kabul."}));
}

TEST(Splitter, QuotesEllipsesDatelines) {
  EXPECT_EQ(Sentences("MOSCOW, July 7 (Reuters) - Russia said \"No.\" It "
                      "waited... Then it struck."),
            (V{"MOSCOW, July 7 (Reuters) - Russia said \"No.\"", "It waited...",
               "Then it struck."}));
}

TEST(Splitter, HeadlinesAndParagraphs) {
  EXPECT_EQ(
      Sentences("Russia Warns NATO Over Drills\nMoscow said on "
                "Monday it\nwould respond.\n\nA second paragraph"),
      (V{"Russia Warns NATO Over Drills",
         "Moscow said on Monday it\nwould respond.", "A second paragraph"}));
}

TEST(Splitter, OffsetsPointIntoText) {
  const std::string text = "  Hi there. Bye!";
  const std::vector<Sentence> doc = Segment(text);
  ASSERT_EQ(doc.size(), 2u);
  EXPECT_EQ(doc[1].begin, 12u);
  EXPECT_EQ(doc[1].tokens[0].begin, 12u);
  EXPECT_EQ(doc[1].tokens[1].end, 16u);
}

TEST(Splitter, LongSentencesAreCut) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "word ";
  size_t cut = 0;
  const std::vector<Sentence> doc = Segment(text, 10, &cut);
  EXPECT_EQ(doc.size(), 3u);
  EXPECT_EQ(cut, 1u);
}

}  // namespace
}  // namespace dipgraph::syntax

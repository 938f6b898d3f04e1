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

// The Segmenter hands out Segment()'s sentences a window at a time: the
// same texts and offsets, whatever the window, across headlines,
// paragraphs, quotes and cut long sentences.
TEST(Splitter, SegmenterWindowsGiveSegmentsSentences) {
  std::string text =
      "Talks resume\n\nMOSCOW, July 7 - Putin met Obama. \"We agree,\" he "
      "said. The U.S. Army left.\nA headline\nGen. Kelly spoke...  It ended! ";
  for (int i = 0; i < 30; ++i) text += "word ";
  text += ". Last one?";
  size_t cut_all = 0;
  const std::vector<Sentence> all = Segment(text, 10, &cut_all);
  for (size_t window : {1, 2, 3, 7, 100}) {
    SCOPED_TRACE(window);
    Segmenter seg(text, 10);
    std::vector<Sentence> got, part;
    while (seg.Next(window, &part)) {
      EXPECT_LE(part.size(), window);
      for (Sentence& s : part) got.push_back(std::move(s));
      part.clear();
    }
    EXPECT_EQ(seg.long_sentences(), cut_all);
    ASSERT_EQ(got.size(), all.size());
    for (size_t i = 0; i < all.size(); ++i) {
      EXPECT_EQ(got[i].text, all[i].text);
      EXPECT_EQ(got[i].begin, all[i].begin);
      ASSERT_EQ(got[i].tokens.size(), all[i].tokens.size());
      for (size_t k = 0; k < all[i].tokens.size(); ++k)
        EXPECT_EQ(got[i].tokens[k].end, all[i].tokens[k].end);
    }
  }
  Segmenter empty("  \n ");
  std::vector<Sentence> none;
  EXPECT_FALSE(empty.Next(5, &none));
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace dipgraph::syntax

#include <gtest/gtest.h>

#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

constexpr char kGood[] =
    "# sent_id = s1\n# text = It's over.\n"
    "1-2\tIt's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2\t's\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
    "3\tover\tover\tADV\tRB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(Conllu, ReadsWordsAndOffsets) {
  Result<std::vector<Sentence>> doc = ParseConllu(kGood, "g.conllu");
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ASSERT_EQ(doc->size(), 1u);
  const Sentence& s = (*doc)[0];
  ASSERT_EQ(s.tokens.size(), 4u);
  EXPECT_EQ(s.tokens[1].begin, 2u);
  EXPECT_EQ(s.tokens[1].end, 4u);
  EXPECT_EQ(s.tokens[2].head, 0);
  EXPECT_EQ(s.tokens[0].deprel, "nsubj");
}

TEST(Conllu, MalformedLineGivesFileAndLine) {
  Result<std::vector<Sentence>> doc =
      ParseConllu("# text = a\n1\ta\ta\n", "bad.conllu");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().message().rfind("bad.conllu:2: ", 0), 0u)
      << doc.status().message();
}

TEST(Conllu, WritesTokenRange) {
  const std::string out = FormatConllu(Segment("Hi there."));
  EXPECT_NE(out.find("# text = Hi there."), std::string::npos);
  EXPECT_NE(out.find("2\tthere\t_\t_\t_\t_\t_\t_\t_\tTokenRange=3:8"),
            std::string::npos);
}

TEST(Conllu, SegmentationScoresOnGold) {
  Result<std::vector<Sentence>> doc = ParseConllu(kGood, "g.conllu");
  ASSERT_TRUE(doc.ok());
  const ParseScores scores = EvaluateSegmentation(*doc);
  EXPECT_DOUBLE_EQ(scores.TokenF1(), 1.0);
  EXPECT_DOUBLE_EQ(scores.SentenceF1(), 1.0);
}

}  // namespace
}  // namespace dipgraph::syntax

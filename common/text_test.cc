#include "common/text.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

TEST(TextTest, AsciiLowerChangesOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("RUSGOV Putin 19"), "rusgov putin 19");
  EXPECT_EQ(AsciiLower("\xC3\x89tat"), "\xC3\x89tat");  // "État": É kept
  EXPECT_EQ(AsciiLower(""), "");
}

TEST(TextTest, CsvFieldQuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("RUSGOV"), "RUSGOV");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField(""), "");
}

}  // namespace
}  // namespace dipgraph

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

std::vector<std::string> Forms(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : Tokenize(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, Clitics) {
  EXPECT_EQ(Forms("The minister didn't say it's Russia's."),
            (V{"The", "minister", "did", "n't", "say", "it", "'s", "Russia",
               "'s", "."}));
  EXPECT_EQ(Forms("We'll go; they're sure, can't stop"),
            (V{"We", "'ll", "go", ";", "they", "'re", "sure", ",", "ca", "n't",
               "stop"}));
  EXPECT_EQ(Forms("Kyiv\xE2\x80\x99s army won\xE2\x80\x99t"),
            (V{"Kyiv", "\xE2\x80\x99s", "army", "wo", "n\xE2\x80\x99t"}));
}

TEST(Tokenizer, AbbreviationsNumbersHyphens) {
  EXPECT_EQ(
      Forms("Mr. Smith of the U.S. paid $1,500.50 (3.5%) for a cease-fire."),
      (V{"Mr.", "Smith", "of", "the", "U.S.", "paid", "$", "1,500.50", "(",
         "3.5", "%", ")", "for", "a", "cease", "-", "fire", "."}));
  EXPECT_EQ(Forms("Send e-mail at 10:30 -- now..."),
            (V{"Send", "e-mail", "at", "10:30", "--", "now", "..."}));
}

TEST(Tokenizer, UrlsEmailsQuotes) {
  EXPECT_EQ(Forms("See (http://example.com/a?b=1), write to info@un.org."),
            (V{"See", "(", "http://example.com/a?b=1", ")", ",", "write", "to",
               "info@un.org", "."}));
  EXPECT_EQ(Forms("\xE2\x80\x9CNo,\xE2\x80\x9D he said \xE2\x80\x94 twice."),
            (V{"\xE2\x80\x9C", "No", ",", "\xE2\x80\x9D", "he", "said",
               "\xE2\x80\x94", "twice", "."}));
}

TEST(Tokenizer, OffsetsAndInvalidUtf8) {
  const std::string text = "a \xFF\xFE b";
  const std::vector<Span> spans = Tokenize(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[1], (Span{2, 4}));
  EXPECT_EQ(spans[2], (Span{5, 6}));
}

}  // namespace
}  // namespace dipgraph::syntax

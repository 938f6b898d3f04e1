#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/syntax/syntax.h"
#include "extract/syntax/text_util.h"

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

TEST(Tokenizer, OverlongUtf8IsInvalid) {
  // "\xC0\xA1" is an overlong '!': read as '!', it made Tokenize loop for
  // ever (the conllu fuzz target). Each of its bytes is invalid instead.
  const std::string text = "Rus\xC0\xA1 ed";
  const std::vector<Span> spans = Tokenize(text);
  ASSERT_FALSE(spans.empty());
  EXPECT_EQ(spans.front().begin, 0u);
  EXPECT_EQ(spans.back(), (Span{text.size() - 2, text.size()}));
  for (const char* bad : {"\xE0\x80\xA1", "\xF0\x80\x80\xA1", "\xED\xA0\x80",
                          "\xF4\x90\x80\x80"}) {
    size_t len = 0;
    EXPECT_GE(DecodeAt(bad, 0, &len), char32_t{0x110000}) << bad;
    EXPECT_EQ(len, 1u);
  }
}

}  // namespace
}  // namespace dipgraph::syntax

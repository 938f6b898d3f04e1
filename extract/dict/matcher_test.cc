#include "extract/dict/matcher.h"

#include <gtest/gtest.h>

#include "extract/dict/dictionary.h"
#include "extract/dict/text.h"

namespace dipgraph::dict {
namespace {

// The words Tokenize finds in `text`, as the matcher gets them (Texts).
std::vector<std::string> Words(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<std::string_view> words = Texts(tokens);
  return {words.begin(), words.end()};
}

TEST(Tokenize, WordsAbbreviationsPossessives) {
  EXPECT_EQ(
      Words("The U.S. and al-Nusra Front's fighters, said Putin."),
      (std::vector<std::string>{"The", "U.S.", "and", "al-Nusra", "Front", "'s",
                                "fighters", ",", "said", "Putin", "."}));
  EXPECT_EQ(Words("“Erdoğan’s” plan — 3.5%"),
            (std::vector<std::string>{"“", "Erdoğan", "’s", "”", "plan", "—",
                                      "3.5", "%"}));
  EXPECT_EQ(Words("J. Smith"), (std::vector<std::string>{"J.", "Smith"}));
}

TEST(Fold, CaseDiacriticsPeriods) {
  // {token, folded}.
  const std::pair<const char*, const char*> kTokens[] = {
      {"Erdoğan", "erdogan"},
      {"U.S.", "us"},
      {"Ḥamās", "hamas"},
      {"Yıldırım", "yildirim"},
      {"Zelenskyy’s", "zelenskyy's"}};
  for (const auto& [token, folded] : kTokens)
    EXPECT_EQ(FoldToken(token), folded) << token;
  EXPECT_EQ(ExactToken("U.N."), "UN");
  EXPECT_TRUE(IsCapitalsOnly("US"));
  EXPECT_TRUE(IsCapitalsOnly("U.S."));
  EXPECT_FALSE(IsCapitalsOnly("NATOS-X"));
  EXPECT_FALSE(IsCapitalsOnly("Us"));
  EXPECT_FALSE(IsCapitalsOnly("UNESCO"));
  // One short word with a capital after a small letter: an abbreviation.
  EXPECT_TRUE(IsCapitalsOnly("LeT"));
  EXPECT_FALSE(IsCapitalsOnly("Let"));
  EXPECT_FALSE(IsCapitalsOnly("McCain"));
  EXPECT_FALSE(IsCapitalsOnly("al-Qa"));
}

TEST(MatcherAbbreviation, MixedCaseAbbreviationMatchesOnlyAsWritten) {
  Matcher m;
  m.Add("LeT", 1);
  auto find = [&](std::string_view text) {
    std::vector<Token> toks = Tokenize(text);
    std::vector<std::string_view> texts;
    for (const Token& t : toks) texts.push_back(t.text);
    return m.FindAll(texts, nullptr).size();
  };
  EXPECT_EQ(find("LeT militants struck"), 1u);
  EXPECT_EQ(find("Let us see"), 0u);
  EXPECT_EQ(find("let them go"), 0u);
}

class MatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_.Add("United States", 1);
    m_.Add("United States of America", 2);
    m_.Add("the Kremlin", 3);
    m_.Add("al-Nusra Front", 4);
    m_.Add("US", 5);
    m_.Add("rebel", 6);
    m_.Add("Jabhat Fateh al Sham", 7);
  }
  // "begin-end:payload" of every match.
  std::string Find(std::string_view text,
                   const std::vector<std::string_view>* lemmas = nullptr) {
    std::vector<Token> toks = Tokenize(text);
    std::vector<std::string_view> texts;
    for (const Token& t : toks) texts.push_back(t.text);
    std::string out;
    for (const MatchSpan& s : m_.FindAll(texts, lemmas)) {
      if (!out.empty()) out += " ";
      out += std::to_string(s.begin) + "-" + std::to_string(s.end) + ":" +
             std::to_string(s.payloads->front());
    }
    return out;
  }
  Matcher m_;
};

TEST_F(MatcherTest, LongestMatchWins) {
  EXPECT_EQ(Find("the United States of America"), "1-5:2");
  EXPECT_EQ(Find("the United States of Mexico"), "1-3:1");
}

TEST_F(MatcherTest, OptionalTheAndHyphens) {
  EXPECT_EQ(Find("said the Kremlin"), "1-3:3");
  EXPECT_EQ(Find("Kremlin said"), "0-1:3");
  EXPECT_EQ(Find("Al Nusra Front"), "0-3:4");
  EXPECT_EQ(Find("al-Nusra-Front"), "0-1:4");
  EXPECT_EQ(Find("Jabhat Fateh al-Sham"), "0-3:7");
  // A match may not end inside a hyphenated token.
  EXPECT_EQ(Find("al-Nusra"), "");
  // A hyphen the syntax tokenizer split off, as EWT does.
  std::vector<std::string_view> split = {"Jabhat", "Fateh", "al", "-", "Sham"};
  std::vector<MatchSpan> found = m_.FindAll(split);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, 0u);
  EXPECT_EQ(found[0].end, 5u);
}

TEST_F(MatcherTest, CapitalsOnly) {
  EXPECT_EQ(Find("US"), "0-1:5");
  EXPECT_EQ(Find("U.S."), "0-1:5");
  EXPECT_EQ(Find("give us"), "");
}

TEST_F(MatcherTest, Lemmas) {
  EXPECT_EQ(Find("rebels"), "");
  std::vector<std::string_view> lemmas{"rebel"};
  EXPECT_EQ(Find("rebels", &lemmas), "0-1:6");
}

}  // namespace
}  // namespace dipgraph::dict

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"

namespace dipgraph::dict {
namespace {

const std::string kData = DICT_TESTDATA;

const Codebook& Book() {
  static const Codebook* book = [] {
    Result<Codebook> b = Codebook::LoadDefault();
    EXPECT_TRUE(b.ok()) << b.status().ToString();
    return new Codebook(b.ok() ? std::move(*b) : Codebook());
  }();
  return *book;
}

Day D(std::string_view s) { return *ParseDay(s); }

class GoodDict : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Dictionary> d =
        Dictionary::Load(kData + "/good.dict", KnownCodes(Book()));
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = new Dictionary(std::move(*d));
  }
  // The code of the one actor found in `text`, or "" / "several".
  static std::string Code(std::string_view text, std::string_view day) {
    std::vector<Token> toks = Tokenize(text);
    std::vector<FoundActor> found = dict_->FindActors(Texts(toks), D(day));
    if (found.empty()) return "";
    if (found.size() > 1) return "several";
    return found[0].actor.code;
  }
  static Dictionary* dict_;
};
Dictionary* GoodDict::dict_ = nullptr;

TEST_F(GoodDict, Counts) {
  EXPECT_EQ(dict_->actors().size(), 14u);
  EXPECT_EQ(dict_->people().size(), 5u);
  EXPECT_EQ(dict_->agents().size(), 3u);
  EXPECT_EQ(dict_->verbs().size(), 7u);
  EXPECT_EQ(dict_->nouns().size(), 2u);
  EXPECT_EQ(dict_->discards().size(), 1u);
  // good_people.dict is included twice and read once.
  EXPECT_EQ(dict_->files().size(), 2u);
}

TEST_F(GoodDict, NamedActors) {
  EXPECT_EQ(Code("the Kremlin", "2016-07-07"), "RUSGOV");
  EXPECT_EQ(Code("Kremlin", "2016-07-07"), "RUSGOV");
  EXPECT_EQ(Code("Moscow", "2016-07-07"), "RUSGOV");
  EXPECT_EQ(Code("the White House", "2016-07-07"), "USAGOV");
  EXPECT_EQ(Code("the Pentagon", "2016-07-07"), "USAMIL");
  EXPECT_EQ(Code("Jabhat al-Nusra", "2016-07-07"), "SYRINSNUS");
  EXPECT_EQ(Code("Jabhat al Nusra", "2016-07-07"), "SYRINSNUS");
  EXPECT_EQ(Code("Al-Nusra Front", "2016-07-07"), "SYRINSNUS");
  EXPECT_EQ(Code("DPR", "2016-07-07"), "UKRSEPDON");
}

TEST_F(GoodDict, AbbreviationsAndCapitals) {
  EXPECT_EQ(Code("US", "2016-07-07"), "USA");
  EXPECT_EQ(Code("U.S.", "2016-07-07"), "USA");
  EXPECT_EQ(Code("U.N.", "2016-07-07"), "IGOUNO");
  EXPECT_EQ(Code("UN", "2016-07-07"), "IGOUNO");
  EXPECT_EQ(Code("IS", "2016-07-07"), "IMGISL");
  EXPECT_EQ(Code("us", "2016-07-07"), "");
  EXPECT_EQ(Code("it is", "2016-07-07"), "");
  EXPECT_EQ(Code("Is", "2016-07-07"), "");
  EXPECT_EQ(Code("ISIS", "2016-07-07"), "IMGISL");
  EXPECT_EQ(Code("isis", "2016-07-07"), "");  // four capitals: exact too
}

TEST_F(GoodDict, Diacritics) {
  EXPECT_EQ(Code("Erdoğan", "2016-07-07"), "TURGOV");
  EXPECT_EQ(Code("Erdogan", "2016-07-07"), "TURGOV");
  EXPECT_EQ(Code("ERDOGAN", "2016-07-07"), "TURGOV");
  EXPECT_EQ(Code("Turkiye", "2016-07-07"), "TUR");
}

TEST_F(GoodDict, LongestMatch) {
  std::vector<Token> toks =
      Tokenize("The United States of America and the Russian Federation met.");
  std::vector<FoundActor> f = dict_->FindActors(Texts(toks), D("2016-07-07"));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].actor.code, "USA");
  EXPECT_EQ(f[0].begin, 0u);
  EXPECT_EQ(f[0].end, 5u);
  EXPECT_EQ(f[1].actor.code, "RUS");
  EXPECT_EQ(f[1].where->line, 5);
}

TEST_F(GoodDict, DatedRoles) {
  EXPECT_EQ(Code("Obama", "2016-07-07"), "USAGOV");
  EXPECT_EQ(Code("Obama", "2017-01-19"), "USAGOV");
  EXPECT_EQ(Code("Obama", "2017-01-20"), "USAELI");  // TO is exclusive
  EXPECT_EQ(Code("Obama", "2020-01-01"), "USAELI");
  EXPECT_EQ(Code("Obama", "2005-01-01"), "USAELI");  // nearest role + ELI
  EXPECT_EQ(Code("Putin", "2016-07-07"), "RUSGOV");
  EXPECT_EQ(Code("Putin", "1990-01-01"), "RUSELI");
  EXPECT_EQ(Code("Ban Ki-moon", "2018-01-01"), "IGOELI");
  EXPECT_EQ(Code("Fallback", "2001-06-01"), "USAGOV");
  EXPECT_EQ(Code("Fallback", "2010-06-01"), "USAMIL");  // undated fallback
}

TEST_F(GoodDict, ResolvePersonGivesNameAndTitle) {
  const PersonEntry& putin = dict_->people()[1];
  Resolution r = Dictionary::ResolvePerson(putin, D("2010-01-01"));
  EXPECT_EQ(r.code, "RUSGOV");
  EXPECT_EQ(r.name, "Vladimir Putin");
  EXPECT_EQ(r.title, "Prime Minister");
  EXPECT_EQ(r.type, "person");
  EXPECT_EQ(Dictionary::ResolvePerson(putin, D("2016-07-07")).title,
            "President");
}

TEST_F(GoodDict, AgentsCombineWithCountries) {
  EXPECT_EQ(Code("Syrian rebels", "2016-07-07"), "SYRREB");
  EXPECT_EQ(Code("the Russian leader", "2016-07-07"), "RUSGOV");
  EXPECT_EQ(Code("US air forces", "2016-07-07"), "USAMIL");
  EXPECT_EQ(Code("Syrian government", "2016-07-07"), "SYRGOV");
  EXPECT_EQ(Code("the rebels", "2016-07-07"), "---REB");
  // A named entry beats the combination.
  EXPECT_EQ(Code("the Russian government", "2016-07-07"), "RUSGOV");
  std::vector<Token> toks = Tokenize("Syrian rebel forces");
  std::vector<FoundActor> f = dict_->FindActors(Texts(toks), D("2016-07-07"));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_STREQ(f[0].kind, "country+agent");
  EXPECT_EQ(f[0].end, 3u);
}

TEST_F(GoodDict, PatternsIndexedByHead) {
  std::vector<const Pattern*> meet = dict_->VerbPatterns("meet");
  ASSERT_EQ(meet.size(), 2u);
  EXPECT_EQ(meet[1]->target_prep, "with");
  EXPECT_TRUE(meet[0]->symmetric);
  ASSERT_EQ(dict_->VerbPatterns("urge").size(), 1u);
  EXPECT_TRUE(dict_->VerbPatterns("urge")[0]->speech);
  EXPECT_EQ(dict_->VerbPatterns("hold")[0]->object, "talk");
  EXPECT_EQ(dict_->NounPatterns("airstrike")[0]->code, "190");
  EXPECT_TRUE(dict_->VerbPatterns("fly").empty());
}

TEST(Broken, EveryErrorHasFileAndLine) {
  std::vector<Status> errors;
  Dictionary::LoadAll(kData + "/broken.dict", KnownCodes(Book()), &errors);
  std::vector<std::string> msgs;
  for (const Status& s : errors) msgs.push_back(s.message());
  auto has = [&](int line, std::string_view what) {
    std::string prefix = kData + "/broken.dict:" + std::to_string(line) + ": ";
    return std::any_of(msgs.begin(), msgs.end(), [&](const std::string& m) {
      return m.rfind(prefix, 0) == 0 && m.find(what) != std::string::npos;
    });
  };
  EXPECT_TRUE(has(3, "alias \"the Kremlin\" already belongs to actor RUSGOV"));
  EXPECT_TRUE(has(4, "unknown CAMEO code \"999\""));
  EXPECT_TRUE(has(5, "bad date \"2016-13-01\""));
  EXPECT_TRUE(has(6, "bad date range"));
  EXPECT_TRUE(has(7, "overlapping roles of Twice"));
  EXPECT_TRUE(has(8, "bad pattern \"meet $X\""));
  EXPECT_TRUE(has(9, "unknown key or bad value \"colour=red\""));
  EXPECT_TRUE(has(10, "unknown entry kind \"frobnicate\""));
  EXPECT_TRUE(has(11, "cannot read dictionary"));
  EXPECT_TRUE(has(12, "bad actor code \"rus\""));
  EXPECT_TRUE(has(13, "unknown actor type \"planet\""));
  EXPECT_TRUE(has(14, "the comment \"# approx; USAGOV 2002.. Envoy\" hides"));
  EXPECT_EQ(errors.size(), 12u) << ::testing::PrintToString(msgs);
}

TEST(Broken, LoadFailsWithFirstErrorAndCount) {
  Result<Dictionary> d =
      Dictionary::Load(kData + "/broken.dict", KnownCodes(Book()));
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("broken.dict:3:"), std::string::npos);
  EXPECT_NE(d.status().message().find("and 11 more errors"), std::string::npos);
}

TEST(Dates, ParseAndFormat) {
  EXPECT_EQ(D("2016-07-07"), 20160707);
  EXPECT_EQ(D("2016-07"), 20160701);
  EXPECT_EQ(D("2016"), 20160101);
  EXPECT_EQ(FormatDay(20160707), "2016-07-07");
  EXPECT_FALSE(ParseDay("2016-02-30").ok());
  EXPECT_FALSE(ParseDay("16-02-03").ok());
  EXPECT_FALSE(ParseDay("2016-2-3").ok());
  EXPECT_TRUE(ParseDay("2016-02-29").ok());
}

}  // namespace
}  // namespace dipgraph::dict

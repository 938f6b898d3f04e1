#include <gtest/gtest.h>

#include <algorithm>

#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"
#include "extract/dict/test_codebook.h"

namespace dipgraph::dict {
namespace {

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

TEST_F(GoodDict, LongestMatch) {
  std::vector<FoundActor> f = FindIn(
      *dict_, "The United States of America and the Russian Federation met.",
      "2016-07-07");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].actor.code, "USA");
  EXPECT_EQ(f[0].begin, 0u);
  EXPECT_EQ(f[0].end, 5u);
  EXPECT_EQ(f[1].actor.code, "RUS");
  EXPECT_EQ(f[1].where->line, 5);
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
  std::vector<FoundActor> f =
      FindIn(*dict_, "Syrian rebel forces", "2016-07-07");
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
  Dictionary::LoadAll(TestData("broken.dict"), KnownCodes(TestCodebook()),
                      &errors);
  std::vector<std::string> msgs;
  for (const Status& s : errors) msgs.push_back(s.message());
  auto has = [&](int line, std::string_view what) {
    std::string prefix = TestData("broken.dict:") + std::to_string(line) + ": ";
    return std::any_of(msgs.begin(), msgs.end(), [&](const std::string& m) {
      return m.rfind(prefix, 0) == 0 && m.find(what) != std::string::npos;
    });
  };
  const std::pair<int, const char*> kErrors[] = {
      {3, "alias \"the Kremlin\" already belongs to actor RUSGOV"},
      {4, "unknown CAMEO code \"999\""},
      {5, "bad date \"2016-13-01\""},
      {6, "bad date range"},
      {7, "overlapping roles of Twice"},
      {8, "bad pattern \"meet $X\""},
      {9, "unknown key or bad value \"colour=red\""},
      {10, "unknown entry kind \"frobnicate\""},
      {11, "cannot read dictionary"},
      {12, "bad actor code \"rus\""},
      {13, "unknown actor type \"planet\""},
      {14, "the comment \"# approx; USAGOV 2002.. Envoy\" hides"},
  };
  for (const auto& [line, what] : kErrors)
    EXPECT_TRUE(has(line, what)) << "line " << line << ": " << what;
  EXPECT_EQ(errors.size(), 12u) << ::testing::PrintToString(msgs);
}

TEST(Broken, LoadFailsWithFirstErrorAndCount) {
  Result<Dictionary> d =
      Dictionary::Load(TestData("broken.dict"), KnownCodes(TestCodebook()));
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

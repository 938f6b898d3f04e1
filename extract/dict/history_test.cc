// Rules of dated entries, honorific + surname, layers and coverage
// (docs/dictionaries.md), table-driven over testdata/history*.dict.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"
#include "extract/dict/stats.h"
#include "extract/dict/test_codebook.h"

namespace dipgraph::dict {
namespace {

TEST_F(History, LayerStats) {
  const LayerStats& st = dict_->layer_stats();
  EXPECT_EQ(st.people, 5u);
  // Kohl; "The Soviet Union", our actor's name but for "the".
  EXPECT_EQ(st.people_shadowed, 2u);
  EXPECT_EQ(st.people_titles, 1u);  // "Us President": "president" is an agent
  EXPECT_EQ(st.actors, 3u);
  EXPECT_EQ(st.actors_dropped, 1u);   // RUSGOV Moscow: its only name is ours
  EXPECT_EQ(st.aliases_dropped, 2u);  // "Moscow" of Hans Layer and USAGOV
  // Of the layer's Kohl, ours lacked the opposition years: added; the
  // chancellorship overlaps ours and the elite years are no office.
  EXPECT_EQ(st.roles_added, 1u);
  const auto& people = dict_->people();
  auto kohl = std::find_if(
      people.begin(), people.end(),
      [](const PersonEntry& p) { return p.name == "Helmut Kohl"; });
  ASSERT_NE(kohl, people.end());
  std::vector<std::string> codes;
  for (const Role& r : kohl->roles) codes.push_back(r.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"DEUGOV", "DEUOPP"}));
  EXPECT_EQ(Dictionary::ResolvePerson(*kohl, *ParseDay("1980-06-01")).code,
            "DEUOPP");
}

TEST(OfficesOfTitle, ReadsEachPartOfATitle) {
  constexpr unsigned kHoS = 1u << kHeadOfState, kHoG = 1u << kHeadOfGovernment,
                     kFM = 1u << kForeign, kDM = 1u << kDefence;
  const struct {
    const char* title;
    unsigned want;
  } cases[] = {
      {"President", kHoS | kHoG},
      {"Prime Minister", kHoG},
      {"President of the Government", kHoG},
      {"Vice President", 0},
      {"Deputy Prime Minister", 0},
      {"Foreign Secretary and Defence Secretary", kFM | kDM},
      {"Acting Foreign Minister", kFM},
      {"Foreign Secretary, Chancellor, then Prime Minister from 1990-11-28",
       kFM | kHoG},
      {"Chairman of the Presidium of the Supreme Soviet", kHoS},
      {"Chairman of the Council of Ministers", kHoG},
      {"Secretary of State", kFM},
      {"Secretary of State for Defence", kDM},
      {"Minister of National Defence", kDM},
      {"Former president", 0},
      {"General Secretary", 0},
      {"", 0},
  };
  for (const auto& c : cases)
    EXPECT_EQ(OfficesOfTitle(c.title), c.want) << c.title;
}

TEST_F(History, StatsCoverageByDecade) {
  DictStats s = ComputeStats(*dict_, TestCodebook());
  // RUS, SUN, YUG, SCG, GBR, USA, DEU, BEL; Guam is a territory.
  EXPECT_EQ(s.states, 8u);
  ASSERT_EQ(s.decades.size(), 9u);
  EXPECT_EQ(s.decades.front().decade, "1940s");
  EXPECT_EQ(s.decades.back().decade, "2020s");
  auto decade = [&](std::string_view name) -> const DecadeCoverage& {
    return *std::find_if(
        s.decades.begin(), s.decades.end(),
        [&](const DecadeCoverage& d) { return d.decade == name; });
  };
  // The 1980s: Kohl's chancellorship from 1982-10-01 (2649 days to
  // 1990-01-01) is the only head of government, King Baudouin (BEL, all
  // 3653 days) the only head of state; Germany existed all 3653 days, as did
  // SUN, YUG, GBR, USA and BEL (RUS and SCG not yet).
  const DecadeCoverage& d80 = decade("1980s");
  EXPECT_EQ(d80.state_days, 6 * 3653);
  EXPECT_EQ(d80.covered[kHeadOfGovernment], 2649);
  EXPECT_EQ(d80.covered[kHeadOfState], 3653);
  // Any GOV role, titled or not: besides Kohl and Baudouin, the layer's
  // Lone Layer (DEUGOV, 1980: 366 days) and Gorbachev (SUNGOV from
  // 1985-03-11: 1757 days); Hans Layer's 1990 is outside the decade.
  EXPECT_EQ(d80.covered[kAnyGovernment], 2649 + 3653 + 366 + 1757);
  // The 2000s: Beckett was foreign and defence secretary in one title.
  const DecadeCoverage& d00 = decade("2000s");
  EXPECT_EQ(d00.covered[kForeign], 418);
  EXPECT_EQ(d00.covered[kDefence], 418);
  // The 1960s: Lyndon Johnson (USA) heads state and government.
  EXPECT_GT(decade("1960s").covered[kHeadOfState], 0);
  EXPECT_EQ(s.layer.people_shadowed, 2u);
}

TEST(HistoryBroken, EveryErrorHasFileAndLine) {
  std::vector<Status> errors;
  Dictionary::LoadAll(TestData("history_broken.dict"),
                      KnownCodes(TestCodebook()), &errors);
  std::vector<std::string> msgs;
  for (const Status& s : errors) msgs.push_back(s.message());
  auto has = [&](int line, std::string_view what) {
    std::string prefix =
        TestData("history_broken.dict:") + std::to_string(line) + ": ";
    return std::any_of(msgs.begin(), msgs.end(), [&](const std::string& m) {
      return m.rfind(prefix, 0) == 0 && m.find(what) != std::string::npos;
    });
  };
  EXPECT_TRUE(has(3, "alias \"Moscow\" already belongs to actor SUNGOV"))
      << ::testing::PrintToString(msgs);
  EXPECT_TRUE(has(4, "bad dates of XXX"));
  EXPECT_TRUE(has(5, "bad date range \"2000\""));
  EXPECT_TRUE(has(6, "bad date"));
  EXPECT_TRUE(has(7, "honorific needs one list"));
  EXPECT_TRUE(has(8, "cannot read dictionary"));
  EXPECT_EQ(errors.size(), 6u) << ::testing::PrintToString(msgs);
}

}  // namespace
}  // namespace dipgraph::dict

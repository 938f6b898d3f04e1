// Rules of dated entries, honorific + surname, layers and coverage
// (docs/dictionaries.md), table-driven over testdata/history*.dict.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"
#include "extract/dict/stats.h"

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

class History : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Dictionary> d =
        Dictionary::Load(kData + "/history.dict", KnownCodes(Book()));
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = new Dictionary(std::move(*d));
  }
  // "CODE kind name [begin,end)" of every actor found in `text` on `day`.
  static std::string Found(std::string_view text, std::string_view day) {
    std::vector<Token> toks = Tokenize(text);
    std::string out;
    for (const FoundActor& f : dict_->FindActors(Texts(toks), D(day))) {
      if (!out.empty()) out += " / ";
      out += f.actor.code + " " + f.kind +
             (f.person ? " " + f.person->name : "") + " [" +
             std::to_string(f.begin) + "," + std::to_string(f.end) + ")";
    }
    return out;
  }
  static Dictionary* dict_;
};
Dictionary* History::dict_ = nullptr;

struct Case {
  const char* text;
  const char* day;
  const char* want;
};

TEST_F(History, DatedActorEntries) {
  const Case cases[] = {
      // to= is exclusive: the Soviet government to 1991-12-25.
      {"Moscow", "1987-05-01", "SUNGOV actor [0,1)"},
      {"Moscow", "1991-12-25", "SUNGOV actor [0,1)"},
      {"Moscow", "1991-12-26", "RUSGOV actor [0,1)"},
      {"Moscow", "2016-07-07", "RUSGOV actor [0,1)"},
      // Both dated: each on its days, the nearest one outside them.
      {"Yugoslavia", "1980-01-01", "YUG actor [0,1)"},
      {"Yugoslavia", "1996-01-01", "SCG actor [0,1)"},
      {"Yugoslavia", "2010-01-01", "SCG actor [0,1)"},
      {"Yugoslavia", "1900-01-01", "YUG actor [0,1)"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(Found(c.text, c.day), c.want) << c.text << " on " << c.day;
}

TEST_F(History, HonorificAndSurnameOfThePersonInOffice) {
  const Case cases[] = {
      // No alias "May": only the honorific and the date make it a name.
      {"Mrs May said", "2017-03-01", "GBRGOV title+person Theresa May [0,2)"},
      {"the Prime Minister May said", "2017-03-01",
       "GBRGOV title+person Theresa May [0,4)"},
      {"Mrs May said", "2021-03-01", ""},  // not in office: no one
      {"May said", "2017-03-01", ""},      // no honorific: the month
      {"Mrs may said", "2017-03-01", ""},  // a surname has a capital
      // Family name first: the first word is a surname.
      {"President Park", "2014-01-01",
       "KORGOV title+person Park Geun-hye [0,2)"},
      // Two people in office share "Johnson": the one in office wins.
      {"Mr Johnson", "2017-01-01", "GBRGOV title+person Boris Johnson [0,2)"},
      {"President Johnson", "1965-01-01",
       "USAGOV title+person Lyndon Johnson [0,2)"},
      // An alias already names the person: found as an alias, honorific
      // outside the span.
      {"Chancellor Kohl", "1990-05-01", "DEUGOV person Helmut Kohl [1,2)"},
      // A transliteration variant is an alias.
      {"Gorbachov", "1987-01-01", "SUNGOV person Mikhail Gorbachev [0,1)"},
      // An honorific alone stays what the agents make of it.
      {"the president", "2017-03-01", "---GOV agent [0,2)"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(Found(c.text, c.day), c.want) << c.text << " on " << c.day;
}

TEST_F(History, BareSurnameOfThePersonInOffice) {
  const Case cases[] = {
      {"Johnson said", "2017-01-01",
       "GBRGOV surname+person Boris Johnson [0,1)"},
      {"the talks Park held", "2014-01-01",
       "KORGOV surname+person Park Geun-hye [2,3)"},
      {"Johnson said", "1980-01-01", ""},     // nobody in office
      {"Park Avenue", "2014-01-01", ""},      // part of a longer name
      {"they met in May", "2017-03-01", ""},  // a month
      {"the park", "2014-01-01", ""},         // not capitalized
  };
  for (const Case& c : cases)
    EXPECT_EQ(Found(c.text, c.day), c.want) << c.text << " on " << c.day;
}

TEST_F(History, SharedAliasPrefersThePersonInOffice) {
  const Case cases[] = {
      // John Smith is listed first but is an elite after 1994; Ian Smith
      // is in office in 1970.
      {"Smith", "1970-01-01", "RHOGOV person Ian Smith [0,1)"},
      {"Smith", "1993-01-01", "GBROPP person John Smith [0,1)"},
      {"Smith", "2000-01-01", "GBRELI person John Smith [0,1)"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(Found(c.text, c.day), c.want) << c.text << " on " << c.day;
}

TEST_F(History, LayerEntriesSitBeneathOurs) {
  const Case cases[] = {
      // Our Moscow entries keep the alias; the layer's RUSGOV and USAGOV
      // lose it.
      {"Moscow", "2016-07-07", "RUSGOV actor [0,1)"},
      // A layer actor whose name is free keeps it and its free aliases.
      {"US Administration", "2016-07-07", "USAGOV actor [0,2)"},
      {"White House", "2016-07-07", "USAGOV actor [0,2)"},
      {"Pentagon", "2016-07-07", "USAMIL actor [0,1)"},
      // A layer person whose name is ours is shadowed: its alias is gone.
      {"Helmut Josef Michael Kohl", "1990-01-01",
       "DEUGOV person Helmut Kohl [3,4)"},
      // A layer person not ours is added; an alias of our actor is not.
      {"Layer", "1990-06-01", "DEUGOV person Hans Layer [0,1)"},
      // Aliases shared with our people stay shared; ours in office wins.
      {"Gorbachev", "1987-01-01", "SUNGOV person Mikhail Gorbachev [0,1)"},
      {"Gorbachev", "1980-06-01", "DEUGOV person Lone Layer [0,1)"},
      {"the Soviet Union", "1980-06-01", "SUN actor [0,3)"},
      // A layer "person" aliased by a title is dropped: agents code titles.
      {"Us President", "1990-06-01", "---GOV agent [1,2)"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(Found(c.text, c.day), c.want) << c.text << " on " << c.day;
  const LayerStats& st = dict_->layer_stats();
  EXPECT_EQ(st.people, 5u);
  // Kohl; "The Soviet Union", our actor's name but for "the".
  EXPECT_EQ(st.people_shadowed, 2u);
  EXPECT_EQ(st.people_titles, 1u);  // "Us President": "president" is an agent
  EXPECT_EQ(st.actors, 3u);
  EXPECT_EQ(st.actors_dropped, 1u);   // RUSGOV Moscow: its only name is ours
  EXPECT_EQ(st.aliases_dropped, 2u);  // "Moscow" of Hans Layer and USAGOV
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
  DictStats s = ComputeStats(*dict_, Book());
  // RUS, SUN, YUG, SCG, GBR, USA, DEU; Guam is a territory.
  EXPECT_EQ(s.states, 7u);
  ASSERT_EQ(s.decades.size(), 9u);
  EXPECT_EQ(s.decades.front().decade, "1940s");
  EXPECT_EQ(s.decades.back().decade, "2020s");
  auto decade = [&](std::string_view name) -> const DecadeCoverage& {
    return *std::find_if(
        s.decades.begin(), s.decades.end(),
        [&](const DecadeCoverage& d) { return d.decade == name; });
  };
  // The 1980s: Kohl's chancellorship from 1982-10-01 (2649 days to
  // 1990-01-01) is the only head of government; Germany existed all 3653
  // days, as did SUN, YUG, GBR, USA (RUS and SCG not yet).
  const DecadeCoverage& d80 = decade("1980s");
  EXPECT_EQ(d80.state_days, 5 * 3653);
  EXPECT_EQ(d80.covered[kHeadOfGovernment], 2649);
  EXPECT_EQ(d80.covered[kHeadOfState], 0);
  // Any GOV role, titled or not: besides Kohl, the layer's Lone Layer
  // (DEUGOV, 1980: 366 days) and Gorbachev (SUNGOV from 1985-03-11: 1757
  // days); Hans Layer's 1990 is outside the decade.
  EXPECT_EQ(d80.covered[kAnyGovernment], 2649 + 366 + 1757);
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
  Dictionary::LoadAll(kData + "/history_broken.dict", KnownCodes(Book()),
                      &errors);
  std::vector<std::string> msgs;
  for (const Status& s : errors) msgs.push_back(s.message());
  auto has = [&](int line, std::string_view what) {
    std::string prefix =
        kData + "/history_broken.dict:" + std::to_string(line) + ": ";
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

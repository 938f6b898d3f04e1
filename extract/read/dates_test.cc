#include "extract/read/dates.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

std::string P(std::string_view s) {
  auto d = ParseDate(s);
  return d ? d->ToString() : "none";
}

std::string R(std::string_view sentence, CivilDate ref) {
  auto d = ResolveRelativeDate(sentence, ref);
  return d ? d->ToString() : "none";
}

TEST(DatesTest, ParsesArticleDateForms) {
  // {as written, the date or "none"}.
  const std::pair<const char*, const char*> kForms[] = {
      {"2016-07-07", "2016-07-07"},
      {"2016-07-07T04:51:00+03:00", "2016-07-07"},
      {"July 7, 2016, 4:51 am", "2016-07-07"},
      {"Jul. 7 2016", "2016-07-07"},
      {"Thursday, 7 July 2016", "2016-07-07"},
      {"Thu, 07 Jul 2016 04:51:00 GMT", "2016-07-07"},
      {"07/07/2016", "2016-07-07"},
      {"Sept. 30, 2015", "2015-09-30"},
      {"February 30, 2016", "none"},
      {"July 7", "none"},  // no year
      {"no date here", "none"},
  };
  for (const auto& [text, date] : kForms) EXPECT_EQ(P(text), date) << text;
}

TEST(DatesTest, CalendarArithmetic) {
  CivilDate d{2016, 7, 7};
  EXPECT_EQ(d.Weekday(), 4);  // a Thursday
  EXPECT_EQ(d.AddDays(-7).ToString(), "2016-06-30");
  EXPECT_EQ(CivilDate({2016, 2, 28}).AddDays(1).ToString(), "2016-02-29");
  EXPECT_EQ(CivilDate::FromDays(0).ToString(), "1970-01-01");
  EXPECT_EQ(CivilDate({1970, 1, 1}).Weekday(), 4);
}

TEST(DatesTest, FindsDatelines) {
  Dateline d =
      FindDateline("MOSCOW, July 7 (Reuters) - Russia said on Thursday");
  EXPECT_EQ(d.place, "MOSCOW");
  EXPECT_EQ(d.month, 7);
  EXPECT_EQ(d.day, 7);
  EXPECT_EQ(std::string("MOSCOW, July 7 (Reuters) - Russia").substr(d.length),
            "Russia");
  Dateline ap = FindDateline("WASHINGTON (AP) \xE2\x80\x94 The talks ended.");
  EXPECT_EQ(ap.place, "WASHINGTON");
  EXPECT_EQ(ap.month, 0);
  EXPECT_GT(ap.length, 0u);
  EXPECT_EQ(
      FindDateline("Russia has said the two leaders - both - agreed.").length,
      0u);
  EXPECT_EQ(FindDateline("NEW YORK, Jan. 3 - Talks resumed.").place,
            "NEW YORK");
  // A dash right after the place, a capital after it.
  Dateline dash = FindDateline("BAHRAIN - Iranian forces renewed the assault.");
  EXPECT_EQ(dash.place, "BAHRAIN");
  EXPECT_EQ(std::string("BAHRAIN - Iranian forces").substr(dash.length),
            "Iranian forces");
}

TEST(DatesTest, ResolvesRelativeDatesAgainstTheArticle) {
  // {sentence, its date in an article of Thursday 2016-07-07, or "none"}.
  const std::pair<const char*, const char*> kSentences[] = {
      {"Putin initiated the call on Wednesday, said the Kremlin.",
       "2016-07-06"},
      {"They met on Thursday.", "2016-07-07"},
      {"They met last Thursday.", "2016-06-30"},
      {"He will travel to Paris on Friday.", "2016-07-08"},
      {"Talks resume next Monday.", "2016-07-11"},
      {"The ministers spoke yesterday.", "2016-07-06"},
      {"The summit opened on July 5.", "2016-07-05"},
      {"The accord was signed on March 3, 2014.", "2014-03-03"},
      {"Moscow may respond soon.", "none"},
      {"Moscow has not commented.", "none"},
      {"The rebels attacked the town two days ago.", "2016-07-05"},
      {"They met a week ago.", "2016-06-30"},
      {"The talks began 3 days earlier.", "2016-07-04"},
      {"The war began years ago.", "none"},
  };
  const CivilDate thu{2016, 7, 7};
  for (const auto& [sentence, date] : kSentences)
    EXPECT_EQ(R(sentence, thu), date) << sentence;
  // Across the year's end.
  EXPECT_EQ(R("The truce began on 28 December.", CivilDate{2017, 1, 3}),
            "2016-12-28");
}

}  // namespace
}  // namespace dipgraph

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
  EXPECT_EQ(P("2016-07-07"), "2016-07-07");
  EXPECT_EQ(P("2016-07-07T04:51:00+03:00"), "2016-07-07");
  EXPECT_EQ(P("July 7, 2016, 4:51 am"), "2016-07-07");
  EXPECT_EQ(P("Jul. 7 2016"), "2016-07-07");
  EXPECT_EQ(P("Thursday, 7 July 2016"), "2016-07-07");
  EXPECT_EQ(P("Thu, 07 Jul 2016 04:51:00 GMT"), "2016-07-07");
  EXPECT_EQ(P("07/07/2016"), "2016-07-07");
  EXPECT_EQ(P("Sept. 30, 2015"), "2015-09-30");
  EXPECT_EQ(P("February 30, 2016"), "none");
  EXPECT_EQ(P("July 7"), "none");  // no year
  EXPECT_EQ(P("no date here"), "none");
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
}

TEST(DatesTest, ResolvesRelativeDatesAgainstTheArticle) {
  CivilDate thu{2016, 7, 7};
  EXPECT_EQ(R("Putin initiated the call on Wednesday, said the Kremlin.", thu),
            "2016-07-06");
  EXPECT_EQ(R("They met on Thursday.", thu), "2016-07-07");
  EXPECT_EQ(R("They met last Thursday.", thu), "2016-06-30");
  EXPECT_EQ(R("He will travel to Paris on Friday.", thu), "2016-07-08");
  EXPECT_EQ(R("Talks resume next Monday.", thu), "2016-07-11");
  EXPECT_EQ(R("The ministers spoke yesterday.", thu), "2016-07-06");
  EXPECT_EQ(R("The summit opened on July 5.", thu), "2016-07-05");
  EXPECT_EQ(R("The truce began on 28 December.", CivilDate{2017, 1, 3}),
            "2016-12-28");
  EXPECT_EQ(R("The accord was signed on March 3, 2014.", thu), "2014-03-03");
  EXPECT_EQ(R("Moscow may respond soon.", thu), "none");
  EXPECT_EQ(R("Moscow has not commented.", thu), "none");
  EXPECT_EQ(R("The rebels attacked the town two days ago.", thu), "2016-07-05");
  EXPECT_EQ(R("They met a week ago.", thu), "2016-06-30");
  EXPECT_EQ(R("The talks began 3 days earlier.", thu), "2016-07-04");
  EXPECT_EQ(R("The war began years ago.", thu), "none");
}

}  // namespace
}  // namespace dipgraph

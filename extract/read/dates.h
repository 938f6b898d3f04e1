// Dates in news text: parsing the dates that articles carry (headers, meta
// tags, datelines) and resolving the relative dates that sentences use
// ("on Wednesday", "yesterday", "on July 5") against the article's date.
//
//   std::optional<CivilDate> d = ParseDate("July 7, 2016, 4:51 am");
//   ResolveRelativeDate("Putin called on Wednesday.", *d)  // -> 2016-07-06
#ifndef DIPGRAPH_EXTRACT_READ_DATES_H_
#define DIPGRAPH_EXTRACT_READ_DATES_H_

#include <optional>
#include <string>
#include <string_view>

namespace dipgraph {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  std::string ToString() const;  // YYYY-MM-DD
  int64_t DaysSinceEpoch() const;
  static CivilDate FromDays(int64_t days);
  int Weekday() const;  // 0 = Sunday … 6 = Saturday
  CivilDate AddDays(int64_t n) const { return FromDays(DaysSinceEpoch() + n); }
  bool operator==(const CivilDate&) const = default;
};

// Parses a whole date string in the forms articles and feeds use:
// "2016-07-07", "2016-07-07T04:51:00Z", "July 7, 2016", "Jul. 7 2016",
// "7 July 2016", "Thursday, July 7, 2016", "July 7, 2016, 4:51 am",
// "Thu, 07 Jul 2016 04:51:00 GMT", "07/07/2016" (read as month/day).
// Trailing times and zones are ignored. Returns nullopt when no full date
// (with a year) is found or it is not a real calendar day.
std::optional<CivilDate> ParseDate(std::string_view text);

// Finds a dateline at the start of an article body:
// "MOSCOW, July 7 (Reuters) - ", "WASHINGTON (AP) —", "BEIRUT, Lebanon, Jan. 3
// -". Returns the byte length of the dateline (0 when there is none) and fills
// the month and day it names, when it names them.
struct Dateline {
  size_t length = 0;
  std::string place;
  int month = 0, day = 0;
};
Dateline FindDateline(std::string_view body);

// The date the sentence's own date expression points to, relative to the
// article date `ref`: weekdays ("on Wednesday" = the most recent Wednesday
// before `ref`, or `ref` itself if it is a Wednesday; "next Wednesday" and
// future-tense "will … on Friday" look forward), "yesterday", "today",
// "tomorrow", "last week" is not resolved, month-day ("on July 5",
// "5 July") in the year that keeps it nearest to `ref`. Returns nullopt when
// the sentence names no date.
std::optional<CivilDate> ResolveRelativeDate(std::string_view sentence,
                                             const CivilDate& ref);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_READ_DATES_H_

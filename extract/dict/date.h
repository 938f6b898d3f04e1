// Days for dated roles: YYYYMMDD as an integer, so that they compare in
// calendar order. Partial dates take the first day: "2016" = 2016-01-01,
// "2016-07" = 2016-07-01.
#ifndef DIPGRAPH_EXTRACT_DICT_DATE_H_
#define DIPGRAPH_EXTRACT_DICT_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"

namespace dipgraph::dict {

using Day = int32_t;
inline constexpr Day kOpenStart = 0;       // no FROM
inline constexpr Day kOpenEnd = 99991231;  // no TO

// "YYYY-MM-DD", "YYYY-MM" or "YYYY", a real calendar day. The Status has no
// file:line; callers add it.
Result<Day> ParseDay(std::string_view text);
// "YYYY-MM-DD".
std::string FormatDay(Day day);
// Days since 1970-01-01 (for distances between days).
int64_t DayNumber(Day day);
// The day of a day number (days since 1970-01-01), the inverse of DayNumber.
Day DayFromNumber(int64_t number);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_DATE_H_

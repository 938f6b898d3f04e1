#include "extract/dict/date.h"

#include <chrono>
#include <cstdio>

namespace dipgraph::dict {
namespace {

bool Digits(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

Result<Day> ParseDay(std::string_view text) {
  auto bad = [&] {
    return InvalidInput("bad date \"" + std::string(text) +
                        "\" (want YYYY-MM-DD, YYYY-MM or YYYY)");
  };
  int y = 0, m = 1, d = 1;
  if (text.size() < 4 || !Digits(text.substr(0, 4), 4)) return bad();
  y = ToInt(text.substr(0, 4));
  if (text.size() > 4) {
    if (text.size() < 7 || text[4] != '-' || !Digits(text.substr(5, 2), 2))
      return bad();
    m = ToInt(text.substr(5, 2));
    if (text.size() > 7) {
      if (text.size() != 10 || text[7] != '-' || !Digits(text.substr(8), 2))
        return bad();
      d = ToInt(text.substr(8, 2));
    }
  }
  std::chrono::year_month_day ymd{std::chrono::year(y),
                                  std::chrono::month(static_cast<unsigned>(m)),
                                  std::chrono::day(static_cast<unsigned>(d))};
  if (y < 1000 || !ymd.ok()) return bad();
  return Day{y * 10000 + m * 100 + d};
}

std::string FormatDay(Day day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", day / 10000,
                (day / 100) % 100, day % 100);
  return buf;
}

int64_t DayNumber(Day day) {
  using namespace std::chrono;
  year_month_day ymd{year(day / 10000),
                     month(static_cast<unsigned>((day / 100) % 100)),
                     std::chrono::day(static_cast<unsigned>(day % 100))};
  if (!ymd.ok()) return day;  // open ends: only their order matters
  return sys_days(ymd).time_since_epoch().count();
}

Day DayFromNumber(int64_t number) {
  using namespace std::chrono;
  const year_month_day ymd{sys_days(days(number))};
  return static_cast<Day>(int(ymd.year()) * 10000 +
                          int(unsigned(ymd.month())) * 100 +
                          int(unsigned(ymd.day())));
}

}  // namespace dipgraph::dict

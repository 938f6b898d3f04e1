#include "extract/read/dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "common/text.h"

namespace dipgraph {
namespace {

constexpr const auto& kMonths = kMonthNames;
constexpr const auto& kWeekdays = kDayNames;

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return kDays[m - 1] + (m == 2 && IsLeap(y));
}
bool Valid(int y, int m, int d) {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         d <= DaysIn(y, m);
}

// Words and numbers of a date string, lower-cased; punctuation separates.
struct Piece {
  std::string text;
  bool number = false;
};

std::vector<Piece> Pieces(std::string_view s) {
  std::vector<Piece> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      bool digit = std::isdigit(c);
      size_t j = i;
      while (j < s.size() &&
             (digit ? std::isdigit(static_cast<unsigned char>(s[j]))
                    : std::isalpha(static_cast<unsigned char>(s[j]))))
        ++j;
      Piece p{std::string(s.substr(i, j - i)), digit};
      for (char& ch : p.text) ch = static_cast<char>(std::tolower(ch));
      out.push_back(std::move(p));
      i = j;
    } else {
      ++i;
    }
  }
  return out;
}

// Month number for "jul", "july", "sept"; 0 when not a month.
int MonthOf(std::string_view w) {
  if (w.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (kMonths[m].substr(0, w.size()) == w) return static_cast<int>(m) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

int WeekdayOf(std::string_view w) {
  for (size_t d = 0; d < kWeekdays.size(); ++d)
    if (kWeekdays[d] == w) return static_cast<int>(d);
  return -1;
}

int ToInt(const std::string& s) {
  return s.size() > 9 ? -1 : std::atoi(s.c_str());
}

}  // namespace

std::string CivilDate::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t CivilDate::DaysSinceEpoch() const {
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + doe - 719468;
}

CivilDate CivilDate::FromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m),
          static_cast<int>(d)};
}

int CivilDate::Weekday() const {
  int64_t z = DaysSinceEpoch();
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

std::optional<CivilDate> ParseDate(std::string_view text) {
  std::vector<Piece> p = Pieces(text);
  for (size_t i = 0; i < p.size(); ++i) {
    // ISO: 2016 07 07 (from 2016-07-07 or 2016-07-07T…).
    if (p[i].number && p[i].text.size() == 4 && i + 2 < p.size() &&
        p[i + 1].number && p[i + 2].number && p[i + 1].text.size() <= 2 &&
        p[i + 2].text.size() <= 2) {
      int y = ToInt(p[i].text), m = ToInt(p[i + 1].text),
          d = ToInt(p[i + 2].text);
      if (Valid(y, m, d)) return CivilDate{y, m, d};
    }
    // Month day year: "July 7, 2016".
    int m = p[i].number ? 0 : MonthOf(p[i].text);
    if (m > 0 && i + 2 < p.size() && p[i + 1].number && p[i + 2].number &&
        p[i + 2].text.size() == 4) {
      int d = ToInt(p[i + 1].text), y = ToInt(p[i + 2].text);
      if (Valid(y, m, d)) return CivilDate{y, m, d};
    }
    // Day month year: "7 July 2016", "07 Jul 2016".
    if (p[i].number && p[i].text.size() <= 2 && i + 2 < p.size() &&
        !p[i + 1].number && p[i + 2].number && p[i + 2].text.size() == 4) {
      int mm = MonthOf(p[i + 1].text);
      int d = ToInt(p[i].text), y = ToInt(p[i + 2].text);
      if (mm > 0 && Valid(y, mm, d)) return CivilDate{y, mm, d};
    }
    // US numeric: 07/07/2016.
    if (p[i].number && p[i].text.size() <= 2 && i + 2 < p.size() &&
        p[i + 1].number && p[i + 1].text.size() <= 2 && p[i + 2].number &&
        p[i + 2].text.size() == 4) {
      int mm = ToInt(p[i].text), d = ToInt(p[i + 1].text),
          y = ToInt(p[i + 2].text);
      if (Valid(y, mm, d)) return CivilDate{y, mm, d};
    }
  }
  return std::nullopt;
}

Dateline FindDateline(std::string_view body) {
  Dateline dl;
  // Only the first line can hold a dateline, and it opens with capitals.
  size_t limit = std::min(body.find('\n'), size_t{120});
  std::string_view head = body.substr(0, std::min(limit, body.size()));
  size_t caps = 0;
  while (caps < head.size() &&
         (std::isupper(static_cast<unsigned char>(head[caps])) ||
          head[caps] == ' ' || head[caps] == '.' || head[caps] == '-' ||
          head[caps] == '\''))
    ++caps;
  // "WASHINGTON - President Reagan said": the place ends at the dash, not
  // at the next lower-case letter.
  for (std::string_view d : {std::string_view(" - "), std::string_view(" -- ")})
    if (size_t at = head.find(d); at != std::string_view::npos && at < caps)
      caps = at;
  // At least one word of 3+ capitals ("MOSCOW", "NEW YORK", "U.N.").
  std::string_view place = head.substr(0, caps);
  while (!place.empty() && (place.back() == ' ' || place.back() == '-'))
    place.remove_suffix(1);
  int letters = 0;
  for (char c : place)
    letters += std::isupper(static_cast<unsigned char>(c)) != 0;
  if (letters < 3 || caps == head.size()) return dl;
  // The dateline ends at the first dash separator after the place.
  static constexpr std::string_view kDashes[] = {
      " - ", " -- ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", "\xE2\x80\x94"};
  size_t end = std::string_view::npos, dash_len = 0;
  for (std::string_view d : kDashes) {
    size_t at = head.find(d, place.size());
    if (at != std::string_view::npos && at < end) end = at, dash_len = d.size();
  }
  if (end == std::string_view::npos || end > 100) return dl;
  std::string_view rest = head.substr(place.size(), end - place.size());
  if (!rest.empty() && rest[0] != ',' && rest[0] != ' ' && rest[0] != '(')
    return dl;
  std::vector<Piece> p = Pieces(rest);
  for (size_t i = 0; i + 1 < p.size(); ++i) {
    int m = p[i].number ? 0 : MonthOf(p[i].text);
    if (m > 0 && p[i + 1].number && p[i + 1].text.size() <= 2) {
      dl.month = m;
      dl.day = ToInt(p[i + 1].text);
      break;
    }
  }
  dl.place = std::string(place);
  dl.length = end + dash_len;
  while (dl.length < body.size() && body[dl.length] == ' ') ++dl.length;
  return dl;
}

namespace {

bool IsFutureCue(const std::vector<Piece>& p, size_t at) {
  for (size_t k = (at > 6 ? at - 6 : 0); k < at; ++k) {
    const std::string& w = p[k].text;
    if (w == "will" || w == "ll" || w == "next" || w == "upcoming" ||
        w == "scheduled" || w == "plans" || w == "planned" || w == "due")
      return true;
  }
  return false;
}

CivilDate NearestYear(int month, int day, const CivilDate& ref) {
  CivilDate best{0, 0, 0};
  int64_t best_gap = INT64_MAX;
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    if (!Valid(y, month, day)) continue;
    CivilDate c{y, month, day};
    int64_t gap = std::llabs(c.DaysSinceEpoch() - ref.DaysSinceEpoch());
    if (gap < best_gap) best = c, best_gap = gap;
  }
  return best;
}

}  // namespace

namespace {

// "a" and the number words up to ten, else 0.
int CountWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"a",    "two", "three", "four",
                                                "five", "six", "seven", "eight",
                                                "nine", "ten"};
  for (size_t k = 0; k < std::size(kWords); ++k)
    if (w == kWords[k]) return static_cast<int>(k) + 1;
  if (w == "an" || w == "one") return 1;
  return 0;
}

}  // namespace

std::optional<CivilDate> ResolveRelativeDate(std::string_view sentence,
                                             const CivilDate& ref) {
  std::vector<Piece> p = Pieces(sentence);
  for (size_t i = 0; i < p.size(); ++i) {
    const std::string& w = p[i].text;
    if (w == "yesterday") return ref.AddDays(-1);
    if (w == "today") return ref;
    if (w == "tomorrow") return ref.AddDays(1);
    // "two days ago", "a week ago", "3 days earlier".
    if ((w == "ago" || w == "earlier") && i >= 2) {
      const std::string& unit = p[i - 1].text;
      const int per = unit == "day" || unit == "days"     ? 1
                      : unit == "week" || unit == "weeks" ? 7
                                                          : 0;
      const int n =
          p[i - 2].number ? ToInt(p[i - 2].text) : CountWord(p[i - 2].text);
      if (per > 0 && n > 0 && n <= 31) return ref.AddDays(-n * per);
    }
    int wd = WeekdayOf(w);
    if (wd >= 0) {
      bool next = i > 0 && p[i - 1].text == "next";
      bool last = i > 0 && p[i - 1].text == "last";
      int delta = (ref.Weekday() - wd + 7) % 7;  // days back to that weekday
      if (last) return ref.AddDays(delta == 0 ? -7 : -delta);
      if (next || IsFutureCue(p, i)) {
        int ahead = (wd - ref.Weekday() + 7) % 7;
        return ref.AddDays(ahead == 0 ? 7 : ahead);
      }
      return ref.AddDays(-delta);
    }
    int m = p[i].number ? 0 : MonthOf(w);
    // "on July 5" / "July 5" (a full month name, to keep "may" the verb out).
    if (m > 0 && w.size() >= 4 && i + 1 < p.size() && p[i + 1].number &&
        p[i + 1].text.size() <= 2) {
      int d = ToInt(p[i + 1].text);
      bool year_follows =
          i + 2 < p.size() && p[i + 2].number && p[i + 2].text.size() == 4;
      if (year_follows && Valid(ToInt(p[i + 2].text), m, d))
        return CivilDate{ToInt(p[i + 2].text), m, d};
      if (d >= 1 && d <= DaysIn(2000, m)) return NearestYear(m, d, ref);
    }
    // "5 July".
    if (p[i].number && w.size() <= 2 && i + 1 < p.size() && !p[i + 1].number &&
        p[i + 1].text.size() >= 4) {
      int mm = MonthOf(p[i + 1].text);
      int d = ToInt(w);
      if (mm > 0 && d >= 1 && d <= DaysIn(2000, mm))
        return NearestYear(mm, d, ref);
    }
  }
  return std::nullopt;
}

}  // namespace dipgraph

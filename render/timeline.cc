// The report's timeline: events per week by QuadClass, as inline SVG.
#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "common/event.h"
#include "render/render.h"
#include "render/report_data.h"
#include "render/style.h"

namespace dipgraph::report {
namespace {

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::string CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u",
                static_cast<long long>(y), m, d);
  return buffer;
}

// Monday of the event's week, as days since the epoch; false without date.
bool WeekOf(const std::string& date, int64_t* week) {
  if (!IsValidDate(date)) return false;
  int64_t days =
      DaysFromCivil(std::stoi(date.substr(0, 4)),
                    static_cast<unsigned>(std::stoi(date.substr(5, 2))),
                    static_cast<unsigned>(std::stoi(date.substr(8, 2))));
  int64_t weekday = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday
  *week = days - weekday;
  return true;
}

using Counts = std::map<int64_t, std::array<int64_t, 5>>;

std::string Bars(const Counts& weeks, int64_t first, double bar_w,
                 double height, int64_t max_total) {
  std::string svg;
  char buffer[256];
  for (const auto& [week, counts] : weeks) {
    double x = 40 + static_cast<double>((week - first) / 7) * bar_w;
    double y = height - 20;
    int64_t total = 0;
    for (int q = 0; q <= 4; ++q) total += counts[static_cast<size_t>(q)];
    svg += "<g><title>week of " + CivilFromDays(week) + ": " +
           std::to_string(total) + " events</title>";
    for (int q = 1; q <= 4; ++q) {
      double h = (height - 40) *
                 static_cast<double>(counts[static_cast<size_t>(q)]) /
                 static_cast<double>(max_total);
      if (h <= 0) continue;
      y -= h;
      std::snprintf(buffer, sizeof buffer,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    "height=\"%.1f\" fill=\"%s\"/>",
                    x, y, std::max(1.0, bar_w - 1), h,
                    std::string(style::QuadColor(q)).c_str());
      svg += buffer;
    }
    svg += "</g>";
  }
  return svg;
}

std::string Legend() {
  std::string svg;
  for (int q = 1; q <= 4; ++q) {
    int x = 40 + (q - 1) * 170;
    svg += "<rect x=\"" + std::to_string(x) + "\" y=\"4\" width=\"10\" " +
           "height=\"10\" fill=\"" + std::string(style::QuadColor(q)) +
           "\"/><text x=\"" + std::to_string(x + 14) +
           "\" y=\"13\" font-size=\"11\">" + std::string(kQuadClassNames[q]) +
           "</text>";
  }
  return svg;
}

}  // namespace

std::string Timeline(const std::vector<Event>& events) {
  Counts weeks;
  for (const Event& e : events) {
    int64_t week = 0;
    if (!WeekOf(e.date, &week)) continue;
    int q = e.action.quad_class >= 1 && e.action.quad_class <= 4
                ? e.action.quad_class
                : 0;
    weeks[week][static_cast<size_t>(q)]++;
  }
  std::string html = "<section><h2>Events per week</h2>";
  if (weeks.empty()) return html + "<p>No dated events.</p></section>";
  int64_t first = weeks.begin()->first, last = weeks.rbegin()->first;
  int64_t n = (last - first) / 7 + 1, max_total = 1;
  for (const auto& [week, c] : weeks)
    max_total = std::max(max_total, c[1] + c[2] + c[3] + c[4]);
  const double width = 900, height = 220;
  double bar_w = (width - 50) / static_cast<double>(n);
  html +=
      "<svg id=\"timeline\" viewBox=\"0 0 900 220\" width=\"100%\" "
      "role=\"img\" aria-label=\"events per week\">" +
      Legend() + Bars(weeks, first, bar_w, height, max_total);
  html += "<text x=\"40\" y=\"214\" font-size=\"11\">" + CivilFromDays(first) +
          "</text><text x=\"" + std::to_string(static_cast<int>(width - 10)) +
          "\" y=\"214\" font-size=\"11\" text-anchor=\"end\">" +
          CivilFromDays(last) +
          "</text><text x=\"36\" y=\"34\" "
          "font-size=\"11\" text-anchor=\"end\">" +
          std::to_string(max_total) + "</text></svg></section>";
  return html;
}

}  // namespace dipgraph::report

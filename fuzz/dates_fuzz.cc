// Dates: article dates in every form ParseDate reads, datelines, relative
// dates in sentences against an article date, and the dictionaries' days.
#include <cstdint>
#include <string>

#include "extract/dict/date.h"
#include "extract/read/dates.h"

// The first two bytes pick the article date (1900 to 2079), the rest is
// the text.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const dipgraph::CivilDate ref = dipgraph::CivilDate{1900, 1, 1}.AddDays(
      static_cast<int64_t>((data[0] | data[1] << 8) % 65536));
  const std::string_view text(reinterpret_cast<const char*>(data) + 2,
                              size - 2);
  std::optional<dipgraph::CivilDate> d = dipgraph::ParseDate(text);
  if (d && d->ToString().size() != 10) __builtin_trap();
  const dipgraph::Dateline line = dipgraph::FindDateline(text);
  if (line.length > text.size()) __builtin_trap();
  (void)dipgraph::ResolveRelativeDate(text, ref);
  if (auto day = dipgraph::dict::ParseDay(text); day.ok()) {
    (void)dipgraph::dict::FormatDay(*day);
    (void)dipgraph::dict::DayNumber(*day);
  }
  return 0;
}

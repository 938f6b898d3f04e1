// GDELT, ICEWS and PLOVER lines (common/event_formats.h). The first byte
// picks the format. Every row read must be written as one line of the same
// format that reads back to the same event in the fields that format holds.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/event.h"
#include "common/event_formats.h"
#include "common/event_io.h"

namespace {

using dipgraph::EventFormat;

bool SameHeldFields(const dipgraph::Event& a, const dipgraph::Event& b) {
  return a.date == b.date && a.action.cameo == b.action.cameo &&
         a.source.name == b.source.name &&
         a.target.has_value() == b.target.has_value();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  constexpr EventFormat kFormats[] = {EventFormat::kGdelt1,
                                      EventFormat::kGdelt2, EventFormat::kIcews,
                                      EventFormat::kPolecat};
  const EventFormat format = kFormats[data[0] % 4];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)dipgraph::DetectEventFormat(text.substr(0, text.find('\n')));
  dipgraph::LineDecoder decoder;
  dipgraph::EventView view;
  bool no_source = false;
  dipgraph::ForEachLine(text, [&](std::string_view line, int64_t) {
    dipgraph::Result<bool> got =
        decoder.Decode(format, line, &view, &no_source);
    if (!got.ok() || !*got) return;
    dipgraph::Event event = dipgraph::ToEvent(view);
    (void)dipgraph::ValidateEvent(event);
    dipgraph::EventWriter writer(format);
    std::string out;
    writer.Append(event, &out);
    if (out.empty() || out.back() != '\n' ||
        std::count(out.begin(), out.end(), '\n') != 1)
      __builtin_trap();
    out.pop_back();
    dipgraph::LineDecoder again;
    dipgraph::EventView back;
    bool none = false;
    dipgraph::Result<bool> reread = again.Decode(format, out, &back, &none);
    if (!reread.ok() || !*reread) __builtin_trap();
    if (!SameHeldFields(event, dipgraph::ToEvent(back))) __builtin_trap();
  });
  return 0;
}

// The standard event-data formats dipgraph reads and writes besides its own
// JSON Lines: GDELT 1.0 and 2.0 event tables, ICEWS coded event files and
// PLOVER (POLECAT) JSON Lines. docs/formats.md maps each column to the
// event record and cites the codebooks.
//
// Reading goes through the chunked reader (event_chunks.h): a file's format
// is given (ChunkOptions::format) or detected from its first line
// (DetectEventFormat), and every line of a chunk is decoded by
// LineDecoder::Decode(format, …) (event_io.h) into a view whose strings
// point into the line, as for our own records:
//
//   ChunkOptions opt;
//   opt.format = EventFormat::kGdelt2;          // or kDetect
//   ReadEventViews({"20160101.export.CSV"}, sink, opt);
//
// Writing: an EventWriter turns events into the lines of a format.
//
//   EventWriter w(EventFormat::kGdelt2);
//   std::string out = w.Header();               // "" but for ICEWS
//   for (const Event& e : events) w.Append(e, &out);
#ifndef DIPGRAPH_COMMON_EVENT_FORMATS_H_
#define DIPGRAPH_COMMON_EVENT_FORMATS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "common/event.h"
#include "common/event_view.h"
#include "common/status.h"

namespace dipgraph {

enum class EventFormat {
  kDetect,    // from the file's first line
  kDipgraph,  // our event record, JSON Lines (docs/formats.md)
  kGdelt1,    // GDELT 1.0 event table: 57 tab-separated fields, 58 with URL
  kGdelt2,    // GDELT 2.0 event table: 61 tab-separated fields
  kIcews,     // ICEWS coded event data: 20 tab-separated fields, a header
  kPolecat,   // PLOVER/POLECAT JSON Lines (PLOVER manual, "Data Fields")
};

// "detect", "dipgraph", "gdelt1", "gdelt2", "icews", "polecat".
std::string_view EventFormatName(EventFormat format);
// The format of that name; InvalidInput (without a file) for another.
Result<EventFormat> ParseEventFormat(std::string_view name);
bool IsEventFormatName(std::string_view name);

// The format of a file whose first non-blank line is `line`: JSON objects
// with "action" are ours, with "event" or "actor" PLOVER's; tab-separated
// lines are told apart by their number of fields (or ICEWS's header).
// InvalidInput (without the file and line) when it fits none.
Result<EventFormat> DetectEventFormat(std::string_view line);

namespace internal {

// Decodes one line of a tab-separated format into `view` (strings into the
// line, or into `arena` for dates and codes that are rewritten). Returns
// true for an event; false for a line to pass over: a header line, or a row
// without a source actor (`*no_source` is then set), which the event record
// cannot hold. InvalidInput names the column at fault.
Result<bool> DecodeTsvLine(EventFormat format, std::string_view line,
                           EventView* view, ViewArena* arena, bool* no_source);

// Decodes one PLOVER JSON object into `event` (first actor and first
// recipient; fields PLOVER has and the record lacks go to event->extra).
Status DecodePloverLine(std::string_view line, Event* event);

}  // namespace internal

// Writes events as lines of one format. Numeric formats (GDELT, ICEWS) need
// numeric ids: an all-digit id is written as it is, any other is given the
// next number of a counter starting at 1, in the order written.
class EventWriter {
 public:
  // REQUIRES: format is not kDetect.
  explicit EventWriter(EventFormat format) : format_(format) {}

  // The header line ICEWS files start with; "" for the other formats.
  std::string Header() const;
  // Appends `event` as one line, '\n' included.
  void Append(const Event& event, std::string* out);

 private:
  std::string NumericId(std::string_view id);
  EventFormat format_;
  int64_t next_id_ = 1;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_EVENT_FORMATS_H_

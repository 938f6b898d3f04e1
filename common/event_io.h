// Reading and writing events as JSON Lines (one Event per line).
//
//   std::ifstream in("events.jsonl");
//   EventReader reader(in, "events.jsonl");
//   Event e;
//   while (true) {
//     Result<bool> more = reader.Next(&e);
//     if (!more.ok()) { report(more.status()); continue; }  // "file:line: ..."
//     if (!*more) break;
//     use(e);
//   }
//
// Blank lines are skipped. A malformed line yields an error naming the file
// and line; the reader stays usable and goes on with the next line.
#ifndef DIPGRAPH_COMMON_EVENT_IO_H_
#define DIPGRAPH_COMMON_EVENT_IO_H_

#include <deque>
#include <functional>
#include <istream>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "common/event.h"
#include "common/event_chunks.h"
#include "common/event_formats.h"
#include "common/event_view.h"
#include "common/status.h"

namespace dipgraph {

class EventReader {
 public:
  // `name` is used in messages ("-" is shown as "<stdin>").
  EventReader(std::istream& in, std::string name);
  // A reader of the file `path`, or of stdin for "-"; NotFound when the
  // file cannot be opened.
  static Result<std::unique_ptr<EventReader>> Open(const std::string& path);

  // Reads the next event into *event. Returns false at the end of input.
  Result<bool> Next(Event* event);
  // Line number of the line last read (1-based).
  int64_t line() const { return line_; }
  int64_t bytes() const { return bytes_; }
  const std::string& name() const { return name_; }

 private:
  std::unique_ptr<std::istream> file_;  // owned when made by Open()
  std::istream& in_;
  std::string name_;
  std::string buffer_;
  int64_t line_ = 0;
  int64_t bytes_ = 0;
};

// Decodes lines into views: the fast decoder, else the general parser. The
// views stay valid until Clear (or the decoder's end): their strings live in
// the decoded text, in the decoder's arena or in its copies of events that
// only the general parser reads.
class LineDecoder {
 public:
  // The event of one line, or what is wrong with it (InvalidInput, without
  // the file and line).
  Status Decode(std::string_view line, EventView* view);
  // A line of `format` (event_formats.h; not kDetect): true with the event;
  // false for a line that holds none (a header; a row without a source
  // actor, then *no_source is true).
  Result<bool> Decode(EventFormat format, std::string_view line,
                      EventView* view, bool* no_source);
  void Clear();

 private:
  ViewArena arena_;
  std::deque<Event> general_;
};

// Every event of one chunk, decoded up to its first bad line (internal to
// the readers: worker threads make these).
struct DecodedChunk {
  LineDecoder decoder;
  std::vector<EventView> views;
  int64_t error_line = 0;  // line within the chunk (1-based); 0: none
  Status error;
  int64_t skipped = 0;  // rows without a source actor (GDELT)
  int64_t lines = 0;    // lines of the chunk (ReadChunks' LinesOf)
};
// Vectors of views that consumed chunks gave back, for the chunks still to
// decode: their memory has been touched before. Fresh pages cost the
// kernel's zeroing, on this project's VM about 1 ms per MB: a new vector per
// chunk was 15 % of the CPU of `graph` on 200,000 events. Safe to share
// between threads.
class ViewVectors {
 public:
  std::vector<EventView> Take();
  void Give(std::vector<EventView>&& views);

 private:
  std::mutex mu_;
  std::vector<std::vector<EventView>> free_;
};

DecodedChunk DecodeChunk(const EventChunk& chunk);
// The same, in a vector from `pool` (null: a new one); give it back with
// pool->Give(std::move(result.views)) once the views are used.
DecodedChunk DecodeChunk(const EventChunk& chunk, ViewVectors* pool);
// DecodeChunk without keeping the events: each goes to `each` as it is
// decoded (its view stays valid with the result's decoder); `views` stays
// empty. For readers that only count (`stats`): no vector of views to
// fill, so no fresh memory for it.
DecodedChunk DecodeChunkEach(const EventChunk& chunk,
                             const std::function<void(const EventView&)>& each);

// Reads every event of `paths` ("-" for stdin), decoding on several threads
// (event_chunks.h), and calls `sink` with each in input order. Stops at the
// first malformed line ("file:line: message") or the first error `sink`
// returns.
Status ReadEventViews(const std::vector<std::string>& paths,
                      const std::function<Status(const EventView&)>& sink,
                      const ChunkOptions& options = {});

// Reads every event of `path` ("-" for stdin), calling `sink` for each.
// Stops at the first malformed line or at the first error `sink` returns.
Status ReadEvents(const std::string& path,
                  const std::function<Status(Event&&)>& sink,
                  const ChunkOptions& options = {});
Result<std::vector<Event>> ReadEventsFile(const std::string& path);

// Writes `event` as one line of JSON followed by '\n'.
void WriteEvent(std::ostream& out, const Event& event);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_EVENT_IO_H_

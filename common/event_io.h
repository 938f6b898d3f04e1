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

#include <functional>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "common/event.h"
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

// Reads every event of `path` ("-" for stdin), calling `sink` for each.
// Stops at the first malformed line or at the first error `sink` returns.
Status ReadEvents(const std::string& path,
                  const std::function<Status(Event&&)>& sink);
Result<std::vector<Event>> ReadEventsFile(const std::string& path);

// Writes `event` as one line of JSON followed by '\n'.
void WriteEvent(std::ostream& out, const Event& event);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_EVENT_IO_H_

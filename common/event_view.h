// A read-only view of one event record whose strings point into the text it
// was decoded from, so that reading a file need not copy every string of
// every event. The members have the names of Event's (event.h), so code
// written as a template over the event type serves both:
//
//   EventView v;
//   ViewArena arena;   // holds the strings that had escapes
//   if (DecodeEventView(line, &v, &arena)) use(v.source.id, v.action.cameo);
//   else fall back to EventFromJson(line), which reports what is wrong.
//
// A view is valid while the decoded text and its arena live. ViewOf(event)
// makes a view of an Event; ToEvent(view) copies it into an Event.
#ifndef DIPGRAPH_COMMON_EVENT_VIEW_H_
#define DIPGRAPH_COMMON_EVENT_VIEW_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/event.h"

namespace dipgraph {

struct DocView {
  std::string_view id, title, source, date;
};

struct SentenceView {
  int64_t index = 0;
  std::string_view text;
  int64_t start = 0;
  int64_t end = 0;
};

struct ActorView {
  std::string_view text, id, name, country, role, type;
  bool unlisted = false;
};

struct ActionView {
  std::string_view text, lemma, cameo, root, label;
  int quad_class = 0;
  double goldstein = 0;
  std::string_view plover, pattern;
};

// The defaults are Event's. Unknown top-level fields are not in a view: the
// fast decoder leaves events with such fields to the general parser.
struct EventView {
  std::string_view id;
  DocView doc;
  SentenceView sentence;
  std::string_view date;
  ActorView source;
  bool has_target = false;
  ActorView target;
  ActionView action;
  std::string_view content, attribution;
  bool quote = false;
  bool negated = false;
  std::string_view modality = "asserted";
  double confidence = 1.0;
  int64_t mentions = 1;
  std::string_view parent;
  bool symmetric = false;
  // Set by ViewOf: the event viewed, which may carry unknown fields.
  const Event* event = nullptr;
};

// Storage for the strings of views that had escapes. Blocks never move, so
// views into them stay valid until Clear or destruction.
class ViewArena {
 public:
  ViewArena() = default;
  ViewArena(const ViewArena&) = delete;
  ViewArena& operator=(const ViewArena&) = delete;
  ViewArena(ViewArena&&) = default;
  ViewArena& operator=(ViewArena&&) = default;

  // Room for `n` bytes.
  char* Allocate(size_t n);
  void Clear();

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0, capacity_ = 0;
};

// Decodes one JSON object of the event record without building a DOM.
// Returns false for anything it does not take as it stands: malformed JSON,
// a missing required field, a value of the wrong type, an unknown top-level
// field (whose order the general parser keeps), a repeated key, a number
// the general parser would read differently. Whatever it accepts, the
// general parser (EventFromJson) accepts and reads to the same values; for
// the rest, call it for the event or the error message.
bool DecodeEventView(std::string_view text, EventView* view, ViewArena* arena);

// Appends the canonical JSON of the event a view shows (EventToJson's
// bytes, unknown fields of a viewed Event included) to `out`.
void AppendEventJson(const EventView& view, std::string* out);

// A view of `event` (valid while `event` lives and is not changed).
EventView ViewOf(const Event& event);
// The event a view shows (with the unknown fields of a viewed Event).
Event ToEvent(const EventView& view);
void ToEvent(const EventView& view, Event* event);

// The event's date: its own, else its document's ("" when neither).
inline std::string_view EventDateOf(const EventView& e) {
  return e.date.empty() ? e.doc.date : e.date;
}

// Semantic checks of docs/formats.md (see ValidateEvent in event.h).
std::vector<std::string> ValidateEventView(const EventView& event);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_EVENT_VIEW_H_

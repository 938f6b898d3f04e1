// Fast JSON encoding and decoding of the event record (internal to common/).
//
// EncodeEvent writes the canonical form of docs/formats.md directly into a
// string. DecodeEventView (event_view.h) parses the record without building
// a DOM; DecodeEventFast is the same into an Event. Both return false for
// anything unusual (malformed input, unknown top-level fields, repeated
// keys, values of the wrong type, numbers the general parser reads another
// way) and the caller then falls back to the nlohmann parser, which gives
// the same result or a detailed error message.
#ifndef DIPGRAPH_COMMON_EVENT_CODEC_H_
#define DIPGRAPH_COMMON_EVENT_CODEC_H_

#include <string>
#include <string_view>

#include "common/event.h"
#include "common/event_view.h"

namespace dipgraph::internal {

void EncodeEvent(const Event& event, std::string* out);
void EncodeEvent(const EventView& event, std::string* out);
bool DecodeEventFast(std::string_view text, Event* event);
// The general parser (nlohmann): the event, or what is wrong with `text`.
Result<Event> DecodeEventGeneral(std::string_view text);

// Appends `s` as a JSON string (quotes and escapes as the canonical form
// has them; invalid UTF-8 bytes become U+FFFD).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace dipgraph::internal

#endif  // DIPGRAPH_COMMON_EVENT_CODEC_H_

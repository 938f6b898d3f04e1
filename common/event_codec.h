// Fast JSON encoding and decoding of the event record (internal to common/).
//
// EncodeEvent writes the canonical form of docs/formats.md directly into a
// string. DecodeEventFast parses the common case in one pass without
// building a DOM; it returns false for anything unusual (malformed input,
// escapes it does not handle, unknown fields that need their order kept,
// values of the wrong type) and the caller then falls back to the nlohmann
// parser, which gives the same result or a detailed error message.
#ifndef DIPGRAPH_COMMON_EVENT_CODEC_H_
#define DIPGRAPH_COMMON_EVENT_CODEC_H_

#include <string>
#include <string_view>

#include "common/event.h"

namespace dipgraph::internal {

void EncodeEvent(const Event& event, std::string* out);
bool DecodeEventFast(std::string_view text, Event* event);

}  // namespace dipgraph::internal

#endif  // DIPGRAPH_COMMON_EVENT_CODEC_H_

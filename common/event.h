// The event record: the contract between dipgraph's stages.
//
// One Event is one actor–action–target event found in one sentence of one
// article. docs/formats.md is the normative description of its JSON form and
// data/event.schema.json its JSON Schema. Stages talk only through this type
// and its JSON Lines form (see event_io.h):
//
//   dipgraph::Event e;
//   e.id = "doc1-3-0";
//   e.source.id = "RUSGOV";
//   e.action.cameo = "036";
//   std::string line = dipgraph::EventToJson(e);      // one JSON object
//   dipgraph::Result<dipgraph::Event> back = dipgraph::EventFromJson(line);
//
// Strings are UTF-8; an empty string means "not known". Dates are
// "YYYY-MM-DD". Byte offsets count bytes of the original document.
#ifndef DIPGRAPH_COMMON_EVENT_H_
#define DIPGRAPH_COMMON_EVENT_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace dipgraph {

// The article an event comes from.
struct DocInfo {
  std::string id;  // stable document id (file name stem or JSONL id)
  std::string title;
  std::string source;  // publisher or feed
  std::string date;    // publication date, YYYY-MM-DD
  bool operator==(const DocInfo&) const = default;
};

// The sentence an event comes from; [start, end) are byte offsets into the
// document text.
struct SentenceInfo {
  int64_t index = 0;
  std::string text;
  int64_t start = 0;
  int64_t end = 0;
  bool operator==(const SentenceInfo&) const = default;
};

// An actor as it appears in the event.
struct Actor {
  std::string text;     // as written: "the Kremlin"
  std::string id;       // CAMEO-style code: RUSGOV, USA, SYRREB, IGOUNO
  std::string name;     // canonical name: "Vladimir Putin", "Russia"
  std::string country;  // ISO 3166 alpha-3, or "IGO"/"NGO"/"IMG"
  std::string role;     // role code: GOV, MIL, REB, ... ("" for a state)
  std::string type;     // one of kActorTypes, or ""
  // True when no dictionary entry names the actor: the coder built it from
  // the name and the country and role the sentence gives. Written only when
  // true.
  bool unlisted = false;
  bool operator==(const Actor&) const = default;
};

// What happened.
struct Action {
  std::string text;      // the words that expressed it: "urged"
  std::string lemma;     // "urge"
  std::string cameo;     // CAMEO code as a string: "0234", "036"
  std::string root;      // first two digits of cameo: "02"
  std::string label;     // CAMEO name of the code
  int quad_class = 0;    // 1..4 (0: not known)
  double goldstein = 0;  // -10..10
  std::string plover;    // PLOVER event type, "" where none
  std::string pattern;   // dictionary pattern that matched (provenance)
  bool operator==(const Action&) const = default;
};

struct Event {
  std::string id;  // "<doc id>-<sentence index>-<event index>"
  DocInfo doc;
  SentenceInfo sentence;
  std::string date;  // event date, YYYY-MM-DD
  Actor source;
  std::optional<Actor> target;  // null when the event has none
  Action action;
  std::string content;                // what was said, proposed or demanded
  std::string attribution;            // who reports it, when not the source
  bool quote = false;                 // direct speech
  bool negated = false;               // "did not meet"
  std::string modality = "asserted";  // one of kModalities
  double confidence = 1.0;            // 0..1
  int64_t mentions = 1;               // merged duplicates within the document
  std::string parent;      // id of the speech event whose content this is
  bool symmetric = false;  // mutual action ("A and B met"), see formats.md
  // Unknown top-level fields read from JSON, kept and written back after the
  // known ones, in the order they were read.
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();

  bool operator==(const Event&) const = default;
};

inline constexpr std::string_view kModalities[] = {
    "asserted", "hypothetical", "future", "demanded", "proposed"};
inline constexpr std::string_view kActorTypes[] = {
    "person",   "state",       "government", "military",
    "police",   "igo",         "ngo",        "armed_group",
    "party",    "legislature", "judiciary",  "media",
    "civilian", "business",    "religious",  "other"};
inline constexpr std::string_view kQuadClassNames[] = {
    "", "Verbal Cooperation", "Material Cooperation", "Verbal Conflict",
    "Material Conflict"};

// Serializes `event` as one JSON object on one line (no newline), keys in the
// fixed order of docs/formats.md.
std::string EventToJson(const Event& event);
nlohmann::ordered_json EventToJsonValue(const Event& event);

// Parses one JSON object. Checks JSON syntax, field types and the required
// fields (id, doc.id, source.id or source.text, action.cameo); it does not
// check value ranges: see ValidateEvent.
Result<Event> EventFromJson(std::string_view text);
Result<Event> EventFromJsonValue(const nlohmann::ordered_json& value);

// Semantic checks of docs/formats.md: date formats, CAMEO code shape and
// root, QuadClass 1..4, Goldstein -10..10, confidence 0..1, modality and
// actor type vocabularies, sentence offsets. Returns one message per
// problem; empty when the event is valid.
std::vector<std::string> ValidateEvent(const Event& event);

// True for "YYYY-MM-DD" naming a real calendar day.
bool IsValidDate(std::string_view date);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_EVENT_H_

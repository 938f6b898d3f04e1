// Scoring extracted events against a gold set (`dipgraph eval events`).
//
// A gold item is one JSON line: {"id", "phenomenon", "date", "text",
// "events": [{"source", "target", "code", "negated", "modality",
// "reported", "content"}]}; tests/gold/README.md describes it. A real-news
// item (tests/gold/news/README.md) names a sentence of an article instead
// of holding text: {"id", "article", "collection", "start", "end", "date",
// "events"}, its events also with "source_name", "target_name" and
// "plover". Events are compared per item as multisets at these levels:
//   country — (source country, target country, CAMEO root)
//   actor   — (source code, target code, CAMEO root)
//   name    — the actor level, and where the gold names a person or an
//             organisation, the found actor's name holds its last word
//   code    — (source code, target code, full CAMEO code)
//   plover  — (source country, PLOVER type), events with a PLOVER type only
// A country is the first three letters of a code (IGO/NGO/IMG prefixes too).
// Events matched at the code level are also checked for their negation,
// modality, parent (reported), content and date.
#ifndef DIPGRAPH_EXTRACT_EVAL_EVAL_H_
#define DIPGRAPH_EXTRACT_EVAL_EVAL_H_

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/event.h"
#include "common/status.h"

namespace dipgraph {

struct GoldEvent {
  std::string source, target, code;      // target "" when none
  std::string source_name, target_name;  // "" for states and groups
  std::string plover;                    // "" where none
  bool negated = false;
  std::string modality = "asserted";
  bool reported = false;
  std::string content;
};

struct GoldItem {
  std::string id, phenomenon, date, event_date, text;
  // A real-news item: the article's id and the sentence's byte offsets in
  // the article's text (`text` is then empty), and its collection.
  std::string article, collection;
  int64_t start = 0, end = 0;
  std::vector<GoldEvent> events;
};

// Reads a gold file; errors name file:line.
Result<std::vector<GoldItem>> ReadGold(const std::string& path);

struct Score {
  int64_t tp = 0, fp = 0, fn = 0;
  double precision() const {
    return tp + fp ? double(tp) / double(tp + fp) : 0;
  }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

enum class EvalLevel { kCountry, kActor, kName, kCode, kPlover };

// How often an attribute of an event found at the code level agrees with
// its gold event.
struct AttributeScore {
  int64_t checked = 0, correct = 0;
  double accuracy() const {
    return checked ? double(correct) / double(checked) : 0;
  }
};

struct EvalReport {
  std::map<EvalLevel, Score> levels;
  std::map<std::string, Score> by_phenomenon;  // at the code level
  // Of the events that match a gold event at the code level: "negated",
  // "modality", "reported" (has a parent), "content" (holds the gold
  // content, where the gold gives one), "date" (the item's event_date,
  // where it gives one).
  std::map<std::string, AttributeScore> attributes;
  int64_t items = 0, empty_items = 0, empty_items_clean = 0;
  // Items with gold events, and those of them where at least one found
  // event is right at the country level.
  int64_t event_items = 0, event_items_hit = 0;
  std::vector<std::string> misses, false_events;  // "item: S>T:code"
  nlohmann::ordered_json ToJson() const;
  std::string ToText(size_t max_listed) const;
};

// The key of an event at a level, e.g. "RUS>USA:04".
std::string EvalKey(const std::string& source, const std::string& target,
                    const std::string& code, EvalLevel level);

// Whether a found actor's name agrees with a gold name: the gold name's
// last word (case- and punctuation-folded) is a word of the found name.
bool NameAgrees(const std::string& gold_name, const std::string& found_name);

// The events of `events` (one document's) that belong to the real-news item
// `item`: those whose sentence lies mostly inside the item's byte span.
std::vector<Event> EventsOfSentence(const GoldItem& item,
                                    const std::vector<Event>& events);

// Scores the events found for each gold item (`found[i]` belongs to
// `gold[i]`).
EvalReport ScoreEvents(const std::vector<GoldItem>& gold,
                       const std::vector<std::vector<Event>>& found);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_EVAL_EVAL_H_

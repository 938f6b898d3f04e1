// Scoring extracted events against a gold set (`dipgraph eval events`).
//
// A gold item is one JSON line: {"id", "phenomenon", "date", "text",
// "events": [{"source", "target", "code", "negated", "modality",
// "reported", "content"}]}; tests/gold/README.md describes it. Events are
// compared per item as multisets at three levels:
//   country — (source country, target country, CAMEO root)
//   actor   — (source code, target code, CAMEO root)
//   code    — (source code, target code, full CAMEO code)
// A country is the first three letters of a code (IGO/NGO/IMG prefixes too).
// Events matched at the code level are also checked for their negation,
// modality, parent (reported), content and date.
#ifndef DIPGRAPH_EXTRACT_EVAL_EVAL_H_
#define DIPGRAPH_EXTRACT_EVAL_EVAL_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/event.h"
#include "common/status.h"

namespace dipgraph {

struct GoldEvent {
  std::string source, target, code;  // target "" when none
  bool negated = false;
  std::string modality = "asserted";
  bool reported = false;
  std::string content;
};

struct GoldItem {
  std::string id, phenomenon, date, event_date, text;
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

enum class EvalLevel { kCountry, kActor, kCode };

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
  std::vector<std::string> misses, false_events;  // "item: S>T:code"
  nlohmann::ordered_json ToJson() const;
  std::string ToText(size_t max_listed) const;
};

// The key of an event at a level, e.g. "RUS>USA:04".
std::string EvalKey(const std::string& source, const std::string& target,
                    const std::string& code, EvalLevel level);

// Scores the events found for each gold item (`found[i]` belongs to
// `gold[i]`).
EvalReport ScoreEvents(const std::vector<GoldItem>& gold,
                       const std::vector<std::vector<Event>>& found);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_EVAL_EVAL_H_

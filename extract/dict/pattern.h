// Verb and noun event patterns ("urge $T to $C", "impose sanction on $T",
// "pull out of $T"), compiled into the structure the event coder matches
// against a dependency parse. Pattern language: docs/dictionaries.md.
//
//   ASSIGN_OR_RETURN(Pattern p, CompilePattern("urge $T to $C"));
//   p.head == "urge"; p.target_prep == ""; p.content == Pattern::kInfinitive
#ifndef DIPGRAPH_EXTRACT_DICT_PATTERN_H_
#define DIPGRAPH_EXTRACT_DICT_PATTERN_H_

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace dipgraph::dict {

struct Pattern {
  // One word or slot after the head, in order.
  struct Step {
    enum Kind { kParticle, kPrep, kWord, kTarget, kContent };
    Kind kind;
    std::string text;  // the lemma; "$T" / "$C" for slots
    bool operator==(const Step&) const = default;
  };
  enum Content {
    kNoContent,   // no $C
    kClause,      // "say $C": the clausal complement (that-clause, quote)
    kInfinitive,  // "urge $T to $C": an infinitive complement
    kPrepClause,  // "accuse $T of $C", "call for $C": object of content_prep
  };
  std::string text;      // as written: "urge $T to $C"
  std::string head;      // lemma of the verb or noun: "urge"
  std::string particle;  // "out" in "pull out of $T"; "" if none
  std::string object;    // direct-object lemma: "sanction" in "impose
                         // sanction on $T"; "" if none
  bool has_target = false;
  std::string target_prep;  // "" = direct object; else "with", "on", "of"
  Content content = kNoContent;
  std::string content_prep;  // "to", "of", "for"; "" for kClause
  // Every word after the head, classified. The fields above summarise the
  // common shapes; longer patterns ("call for withdrawal of $T", "agree to
  // cooperate with $T") keep their full shape here.
  std::vector<Step> steps;
  // From the entry.
  std::string code;  // CAMEO code
  bool speech = false, symmetric = false, negative = false;
  std::string where;  // "file:line" of the entry
};

// Parses one pattern (no code or flags). Errors say what is wrong, without
// file:line (the loader adds it).
Result<Pattern> CompilePattern(std::string_view text);

// True for the prepositions the pattern language knows.
bool IsPreposition(std::string_view word);
// True for verb particles ("out", "up", "off", ...).
bool IsParticle(std::string_view word);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_PATTERN_H_

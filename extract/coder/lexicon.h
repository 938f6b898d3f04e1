// What the coder needs from the dictionaries, as an interface: actor spans
// in a sentence (resolved at the event date), verb and noun patterns by
// lemma, and discards. The dictionaries of extract/dict/ implement it; tests
// implement it with a handful of entries.
#ifndef DIPGRAPH_EXTRACT_CODER_LEXICON_H_
#define DIPGRAPH_EXTRACT_CODER_LEXICON_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/coder/parsed.h"

namespace dipgraph {

struct ActorRef {
  std::string id, name, country, role, type;
  // Named in the text but in no dictionary entry: the coder built it from
  // the name and the country and role the sentence gives (names.h).
  bool unlisted = false;
  bool operator==(const ActorRef&) const = default;
};

struct ActorSpan {
  enum Kind {
    kNamed,    // a full actor: "Vladimir Putin", "the Kremlin", "NATO"
    kCountry,  // a country name or adjective: "Syria", "Syrian", "US"
    kAgent,    // a role noun: "rebels", "leader", "air forces"
  };
  int first = 0, last = 0;  // token range, inclusive
  Kind kind = kNamed;
  ActorRef actor;     // for kAgent: role and type only
  std::string entry;  // where it came from (file:line), for explain
};

struct Pattern {
  std::string code;         // CAMEO code
  std::string head;         // lemma of the verb or noun
  std::string particle;     // "out" in "pull out of $T"
  std::string object;       // "sanction" in "impose sanction on $T"
  std::string target_prep;  // "with" in "meet with $T"; "" = direct object
  bool has_target = false;  // $T in the pattern
  enum Content { kNone, kInfinitive, kClause, kGerund } content = kNone;
  bool speech = false, symmetric = false, negative = false;
  // Nouns: words that must modify the head ("peace" in "peace talks with
  // $T"). Verbs: the lemma the infinitive complement must have when the
  // pattern spells it out ("step" in "urge $T to step down").
  std::vector<std::string> modifiers;
  std::string content_lemma;
  // Further words of the pattern that must occur in the trigger's subtree
  // ("persona non grata" in "declare $T persona non grata").
  std::vector<std::string> words;
  // Verbs: words of a several-word object that must modify the object noun
  // ("missile" in "launch missile test").
  std::vector<std::string> object_mods;
  std::string text;   // the pattern as written, for provenance
  std::string entry;  // file:line
};

class Lexicon {
 public:
  virtual ~Lexicon() = default;
  // Actor spans in the sentence, longest match, not overlapping.
  virtual std::vector<ActorSpan> FindActors(const ParsedSentence& s,
                                            const std::string& date) const = 0;
  // For an article without a date, read a window of sentences at a time:
  // NotePeople adds the people `sentences` name in full to *people (keys
  // only the lexicon understands), and DateOfPeople gives the day
  // (YYYY-MM-DD) on which most of them held a dated role, "" when none is
  // named. People's roles are then resolved at that day.
  virtual void NotePeople(const std::vector<ParsedSentence>& sentences,
                          std::set<const void*>* people) const {
    (void)sentences;
    (void)people;
  }
  virtual std::string DateOfPeople(const std::set<const void*>& people) const {
    (void)people;
    return "";
  }
  // Combines a country with an agent role: ("SYR", REB) -> SYRREB.
  virtual ActorRef Combine(const ActorRef& country,
                           const ActorRef& agent) const = 0;
  virtual const std::vector<Pattern>& VerbPatterns(
      std::string_view lemma) const = 0;
  virtual const std::vector<Pattern>& NounPatterns(
      std::string_view lemma) const = 0;
  // True when a candidate triggered by `lemma` must be dropped in `s`
  // (sports, markets, weather…); `why` names the discard entry.
  virtual bool Discard(std::string_view lemma, const ParsedSentence& s,
                       std::string* why) const = 0;
  // True when `a` is a country named as such ("Syria"), not a city or
  // region coded as its state ("Kherson").
  virtual bool IsCountry(const ActorRef& a) const {
    (void)a;
    return false;
  }
  // True when `a` is a city standing for its government ("Kyiv"), which as
  // a place attacked or taken is its country.
  virtual bool IsPlace(const ActorRef& a) const {
    (void)a;
    return false;
  }
  // The state `country` (a three-letter code) as an actor.
  virtual ActorRef State(const std::string& country) const {
    return {country, country, country, "", "state"};
  }
};

// Parses a pattern of the dictionary language ("urge $T to $C", "impose
// sanction on $T") into `out` (code, flags and provenance are left as set).
Status ParsePattern(std::string_view text, bool noun, Pattern* out);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_CODER_LEXICON_H_

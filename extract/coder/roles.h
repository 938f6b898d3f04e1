// Internal to the coder: finding the actors a noun phrase names, the
// subject of a predicate (through control, conjunction and relative
// clauses), negation, modality, attribution and dates.
#ifndef DIPGRAPH_EXTRACT_CODER_ROLES_H_
#define DIPGRAPH_EXTRACT_CODER_ROLES_H_

#include <string>
#include <vector>

#include "common/text.h"
#include "extract/coder/coder.h"

namespace dipgraph::coder {

struct Resolved {
  ActorRef actor;
  std::string text;   // the words that named it
  double confidence;  // 1 named, 0.85 agent + country, 0.7 coreference
  // A thing standing for its country ("a British tanker", "Russian gas"),
  // not an actor named as such.
  bool thing = false;
  // Found through a possessive pronoun ("its crew"), which usually points
  // at the subject's own side.
  bool via_pronoun = false;
  // For a thing: the head of its phrase ("missiles" in "Iranian
  // missiles"), -1 when not known.
  int head = -1;
};

class Roles {
 public:
  Roles(const ParsedSentence& s, const Lexicon& lex, const std::string& date,
        CorefState* coref);

  // Actors named by the phrase headed by `head`, including conjuncts.
  std::vector<Resolved> Actors(int head) const;
  // The subject phrase head of predicate `pred` (-1 when none found), and
  // whether `pred` is passive.
  int Subject(int pred) const;
  bool Passive(int pred) const;
  int PassiveAgent(int pred) const;
  bool Negated(int pred) const;
  // asserted / future / hypothetical / demanded, from auxiliaries of `pred`
  // and of the predicates that govern it.
  std::string Modality(int pred) const;
  // The case marker (preposition) of a nominal, "" when none.
  std::string Case(int nominal) const;
  // An apposition that is the speaker of a trailing report ("…, the
  // Russian defence ministry said"), not another name of the phrase.
  bool ReportingAppos(int appos) const;
  // "rebel positions north of Homs": the country a thing named by phrase
  // `head` is in (combined with an agent word modifying it), from the place
  // phrases of `where` (default: `head` itself; a verb when the parser
  // attached the place there). Empty when none.
  std::vector<Resolved> PlaceOfThing(int head, int where = -1) const;
  bool InQuotes(int token) const;
  const ParsedSentence& sentence() const { return s_; }
  const std::vector<ActorSpan>& spans() const { return spans_; }
  const CorefState* coref() const { return coref_; }

 private:
  std::vector<Resolved> ActorsOfPhrase(int head) const;
  // Whether the phrase at `head` stands for no coded actor (a person no
  // dictionary or title places: "Goncharova said …").
  bool Nameless(int head) const;
  // roles_coref.cc: the actor a pronoun stands for ("he", "it", "him" …),
  // and a description headed by `agent` ("the two presidents", "the
  // militant group", "his guest", "the rebels"), from the document's
  // earlier actors or the sentence's places.
  std::vector<Resolved> PronounActors(int head) const;
  std::vector<Resolved> DescribedActors(int head, const ActorSpan& agent,
                                        const std::vector<int>& core) const;
  // The actor a country span names as a head: its private people for a
  // plural demonym ("Palestinians" → PSECVL), else the country.
  ActorRef PeopleOf(const ActorSpan& country) const;
  // A thing named by no actor stands for whoever its participle says made
  // it ("drones claimed by the Houthis"), is in it ("bases housing American
  // troops") or fired it ("a missile fired from Yemen"); only the last when
  // `fired_only` (for agent nouns such as "missile").
  std::vector<Resolved> ActorsOfThing(int head, bool fired_only = false) const;
  // "US-backed fighters", "Iran-trained militias": the country backs the
  // phrase's actor and is not its country ("US-led" still is).
  bool Backer(const ActorSpan& country) const;
  std::vector<int> CoreTokens(int head) const;

  const ParsedSentence& s_;
  const Lexicon& lex_;
  CorefState* coref_;
  std::vector<ActorSpan> spans_;
  std::vector<int> span_of_;  // token -> index into spans_, -1
};

bool IsPredicate(const ParsedToken& t);
bool IsSpeechLemma(std::string_view lemma);
// Whether `lemma` is a noun of an unnamed speaker ("official", "source",
// "diplomat", "spokesman" …).
bool IsUnnamedSpeakerNoun(std::string_view lemma);

// ASCII lower case, as the dictionaries fold words.
inline std::string Lower(std::string_view s) { return AsciiLower(s); }
// Whether `t`'s relation is `rel`, subtypes included ("nsubj:pass" is
// "nsubj").
inline bool Base(const ParsedToken& t, std::string_view rel) {
  std::string_view d = t.deprel;
  return d.substr(0, d.find(':')) == rel;
}

}  // namespace dipgraph::coder

#endif  // DIPGRAPH_EXTRACT_CODER_ROLES_H_

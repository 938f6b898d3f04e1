// Internal to the coder: people the dictionaries lack, and the article's
// own short names for people.
//
// Real news names many people no dictionary holds ("Kenyan presidential
// envoy NAME", "NAME, the country's foreign minister", "NAME of Save the
// Children"). A name the sentence gives a country and a role (a title, an
// apposition, an organisation) becomes an actor of its own: the country and
// role combined (KENGOV), the organisation's code, or the country's elite
// for a former office holder, with the name as written; the event record
// marks it `unlisted`. Later in the article its surname alone ("Mr X", "X")
// names it again, and so does the surname of anyone the article named in
// full, before the dictionaries' reading of that surname on the day.
#ifndef DIPGRAPH_EXTRACT_CODER_NAMES_H_
#define DIPGRAPH_EXTRACT_CODER_NAMES_H_

#include <string>
#include <utility>
#include <vector>

#include "extract/coder/coder.h"

namespace dipgraph::coder {

// Adds spans for the people of `s` that no span names but whose country and
// role the sentence gives, and gives bare surnames (with or without an
// honorific) the person of the article who bears them. `spans` are the
// dictionary's spans of `s`; the result is sorted by position.
void AddTextPeople(const ParsedSentence& s, const Lexicon& lex,
                   const CorefState* coref, std::vector<ActorSpan>* spans);

// Records the people `spans` name in full (two words or more) by surname,
// for the sentences that follow.
void NotePeople(const ParsedSentence& s, const std::vector<ActorSpan>& spans,
                CorefState* coref);

// The subjects of `s` that name a person no span covers ("the accountant
// Nabaz Garda said", "said Hamada Hussein"): a full name (two capitalised
// words, or an honorific and a name) heading or in apposition to a subject.
// Each comes as its first token and an actor with no code, so that "he" in
// the next sentence stands for that unknown person, not for a famous one
// named before (tests/gold/news R8). A lone capitalised word is such a
// person too when the document named one in full with it as surname
// before ("Agriculture Secretary Richard Lyng …", then "Lyng said …"):
// `coref` keeps those surnames (CorefState::unlisted_surnames).
std::vector<std::pair<int, ActorRef>> UnlistedSubjects(
    const ParsedSentence& s, const std::vector<ActorSpan>& spans,
    const CorefState* coref = nullptr);

// Whether `word` is an honorific or title written before a surname ("Mr",
// "Mrs", "Dr", "Sir", "President", "General" …).
bool IsHonorific(const std::string& word);

// Whether `t` is a noun of a diplomat or a delegation ("ambassador",
// "envoy", "representative", "spokesman" …): with a state and an
// international body ("Iran's U.N. ambassador"), the state's.
bool IsDiplomatNoun(const ParsedToken& t);

// Whether `t` is a noun of opposition ("opponent", "critic", "enemy",
// "rival" …): the actor of its "of" phrase is the one opposed, not the
// person described ("NAME, an avowed opponent of the Tehran government").
bool IsAdversaryNoun(const ParsedToken& t);

}  // namespace dipgraph::coder

#endif  // DIPGRAPH_EXTRACT_CODER_NAMES_H_

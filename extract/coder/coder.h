// The event coder: from a dependency-parsed sentence and the dictionaries,
// the actor–action–target events a careful reader sees.
//
//   Coder coder(lexicon, codebook);
//   DocumentContext doc{info, "2016-07-07"};
//   CorefState coref;                       // one per document
//   for (const ParsedSentence& s : sentences)
//     for (Event& e : coder.CodeSentence(s, doc, &coref)) emit(e);
//
// Roles come from the parse, not word order: subjects (and passive agents)
// are sources; objects and prepositional objects named by the pattern are
// targets; clausal complements of speech and appeal verbs are content and
// are coded as inner events. Each decision is recorded as a Trace line for
// `dipgraph explain`.
#ifndef DIPGRAPH_EXTRACT_CODER_CODER_H_
#define DIPGRAPH_EXTRACT_CODER_CODER_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/event.h"
#include "extract/coder/lexicon.h"
#include "extract/coder/parsed.h"
#include "extract/dict/codebook.h"

namespace dipgraph {

struct DocumentContext {
  DocInfo info;      // id, title, source, date of the article
  std::string date;  // the article's date (YYYY-MM-DD), "" when unknown
  // The day people's roles are resolved at when `date` is "" (an estimate
  // from the people the article names, Lexicon::DateOfPeople); never
  // written into events.
  std::string roles_date;
  const std::string& RolesDate() const {
    return date.empty() ? roles_date : date;
  }
};

// Actors seen so far in a document, for pronouns and descriptions.
struct CorefState {
  std::vector<ActorRef> recent;  // most recent last
  // Who spoke last ("..., it added" refers to the statement's author).
  std::optional<ActorRef> speaker;
  // The last institution, state or group that spoke ("…, the Kremlin
  // said"): "it added" in a later sentence.
  std::optional<ActorRef> group_speaker;
  // The last speaker was anonymous ("officials said …"): "he said" and
  // "they said" next are that speaker, sourcing only (R14), not someone
  // named before.
  bool anonymous_speaker = false;
  // The country of the dateline's place ("NIAMEY, Dec 22 (Wire) -" → NER),
  // "" when unknown: where "the rebels" and "police" without a country are.
  std::string home;
  // The people named in the last sentence that named any, in order: "he"
  // in the next sentence is the first of them (usually its subject). A
  // person no dictionary knows has an empty id: "he" then names no one.
  std::vector<ActorRef> topic;
  // The last two sides that acted together or on each other ("Russia and
  // Ukraine signed …", "Putin and Obama discussed …"): "the two
  // delegations", "both sides" later.
  std::vector<ActorRef> pair;
  // Who last did an act of each CAMEO root ("11" → the US, after "Haley
  // accused Moscow …"): "rejected the accusation" later is aimed at them.
  std::map<std::string, ActorRef> last_by_root;
  // People the article named in full, by lower-case surname: "Mr X" and
  // "X" later name them (names.h).
  std::map<std::string, ActorRef> surnames;
  // The lower-case surnames of people no dictionary knows whom the document
  // named in full as a subject ("Richard Lyng said"): "Lyng said" later is
  // that person too (UnlistedSubjects).
  std::set<std::string> unlisted_surnames;
  // The states the document named, by country code: how often, and in
  // which order they first came. The state the article is about
  // (MainState) is where "the government", "the army" and an unknown
  // minister belong when the text gives no country.
  struct StateCount {
    int mentions = 0;
    int order = 0;
  };
  std::map<std::string, StateCount> states;
  void MentionState(const std::string& country);
  // The dateline's country, else the state named most often (the first
  // one named counts once more and wins ties), else "".
  std::string MainState() const;
  void Mention(const ActorRef& a);
  // A person ("he": the first person of `topic`, else the most recent one)
  // or the most recent group ("it", "they").
  const ActorRef* Last(bool person) const;
  // The two most recent distinct actors ("both sides", "the two presidents").
  // The last two actors of different countries ("both sides"); people
  // first when `people` ("the two presidents"), else any actor.
  std::vector<ActorRef> LastPair(bool people = false) const;
};

// A proper noun that filled a source or target slot of a coded pattern but
// matched no dictionary entry: a candidate for the user's dictionaries.
struct UnknownActor {
  std::string text;      // the phrase as written
  std::string sentence;  // an example sentence
};

struct CoderOptions {
  // Also emit acts without a target actor other than statements (root 01):
  // "attacked a cargo ship", "welcomed the summit". Off by default: such
  // events cannot enter the network and on real news are mostly a missed
  // target (docs/coder.md).
  bool keep_targetless = false;
  // A verb whose frame fits none of its patterns falls back to the lemma's
  // most general pattern, at lower confidence, the record saying so
  // ("(general pattern)" in action.pattern). Off by default: measured on
  // the real-news development split (docs/accuracy.md).
  bool general_patterns = false;
};

class Coder {
 public:
  Coder(const Lexicon& lexicon, const Codebook& codebook,
        CoderOptions options = {})
      : lexicon_(lexicon), codebook_(codebook), options_(options) {}

  std::vector<Event> CodeSentence(
      const ParsedSentence& sentence, const DocumentContext& doc,
      CorefState* coref, std::vector<std::string>* trace = nullptr,
      std::vector<UnknownActor>* unknown = nullptr) const;

 private:
  const Lexicon& lexicon_;
  const Codebook& codebook_;
  CoderOptions options_;
};

// Merges duplicate events of one document (same source, target, code,
// negation, modality and content): the first is kept, `mentions` counts
// them all.
void MergeDuplicates(std::vector<Event>* events);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_CODER_CODER_H_

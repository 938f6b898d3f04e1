// Internal to the coder: one sentence's coding. SentenceCoder finds the
// candidate events of a parsed sentence (verbs and nouns matched against
// their patterns, sources and targets from the parse), then recodes,
// refines and drops them as a whole (Finish) and turns them into events.
// Its methods are spread over coder.cc, match.cc, emit.cc, speech.cc and
// finish.cc by stage; this header is included by those files only.
#ifndef DIPGRAPH_EXTRACT_CODER_SENTENCE_CODER_H_
#define DIPGRAPH_EXTRACT_CODER_SENTENCE_CODER_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/text.h"
#include "extract/coder/coder.h"
#include "extract/coder/roles.h"

namespace dipgraph::coder {

struct Match {
  const Pattern* pattern = nullptr;
  int score = -1;
  int target = -1, content = -1, object = -1;
};

// One event before ids are given: where it came from and its parts.
struct Candidate {
  int trigger = -1;       // predicate or noun token
  int source_head = -1;   // the source phrase's head, -1 when not known
  int clause = -1;        // the clause it belongs to (a light verb for nouns)
  int content_head = -1;  // head of the content clause, -1 when none
  int object_head = -1;   // the target phrase when it named no actor
  Resolved source;
  std::optional<Resolved> target;
  const Pattern* pattern = nullptr;
  bool negated = false, symmetric = false;
  std::string modality, content, action_text;
  std::string code;  // a more specific code than the pattern's, or ""
  double confidence = 1;
  // The statement of a trailing attribution ("…, the Kremlin said"): its
  // content's events stay asserted, with no parent (tests/gold/news, R9).
  bool trailing = false;
  // Coded with the lemma's most general pattern: no pattern fit the
  // verb's frame (CoderOptions::general_patterns).
  bool general = false;
};

class SentenceCoder {
 public:
  SentenceCoder(const ParsedSentence& s, const Lexicon& lex,
                const Codebook& book, const DocumentContext& doc,
                CorefState* coref, std::vector<std::string>* trace,
                std::vector<UnknownActor>* unknown, CoderOptions options)
      : options_(options),
        s_(s),
        lex_(lex),
        book_(book),
        doc_(doc),
        roles_(s, lex, doc.RolesDate(), coref),
        coref_(coref),
        trace_(trace),
        unknown_(unknown) {}

  // The author of the sentence's last speech verb, inverted ones included
  // ("…, the Kremlin said"): whom "it added" refers to next.
  std::optional<ActorRef> LastSpeaker(bool groups_only = false) const;
  // Whether the sentence's last speech verb with a named or described
  // subject has an anonymous one ("officials said", "a diplomat said"):
  // "he said", "they said" next are that anonymous speaker (R14); nullopt
  // when no speech verb has such a subject.
  std::optional<bool> LastSpeakerAnonymous() const;
  // The first speech verb's subject when it is "he" or "she" that stands
  // for one person ("He said he was compelled to point out that Iran had
  // stuck to the deal reached with Barack Obama"): its token and actor.
  // "He said" in the next sentence is that speaker again, not a person
  // named in what he said (tests/gold/news/README.md, R8).
  std::optional<std::pair<int, ActorRef>> PronounSpeaker() const;
  std::vector<Event> Run();
  // The actor spans of the sentence: the dictionaries' and the people the
  // text names (names.h).
  const std::vector<ActorSpan>& spans() const { return roles_.spans(); }
  // Whether a token stands inside quotation marks.
  bool InQuotes(int token) const { return roles_.InQuotes(token); }

 private:
  const ParsedToken& T(int i) const { return s_.tokens[i]; }

  // coder.cc: helpers over the parse.
  void Trace(const std::string& line);
  bool NameIs(int tok, const std::string& word) const;
  int PrepChild(int head, const std::string& prep) const;
  // A word that can head a clause: a verb, or a nominal or adjectival
  // predicate with its copula or subject ("that the talks were useful").
  bool ClauseHead(int c) const;
  // True when every word of `words` is a lemma or form in the subtree of
  // `head`.
  bool WordsInSubtree(int head, const std::vector<std::string>& words) const;
  // Steps from `tok` up to `head`, or -1 when `head` does not govern it.
  int Depth(int tok, int head) const;
  std::string DateOf(int clause) const;
  // Whether the act of `c` is placed in an earlier year than the article's
  // ("in 1981", "last year", "two decades ago", "the 1986 chip pact",
  // "since 2014"): background, not news of the article (R4, R17).
  bool Background(const Candidate& c) const;
  bool AnonymousHead(int head) const;
  template <typename F>
  void ForEachSpeaker(F f) const;
  bool OpenQuestion(const Candidate& c) const;
  void DropBackground();

  // match.cc: verbs and nouns matched against their patterns.
  Match MatchVerb(int p, const Pattern& pat, bool passive) const;
  // "Putin called the US sanctions useless", "…, which Moscow called a
  // major provocation": naming something with a word of blame is
  // disapproval (111) of whoever it belongs to, or of whoever did it; with
  // a word of praise it is praise (051).
  bool CodeNaming(int p);
  void CodeVerb(int p);
  bool Judgement(int p) const;
  // Actors in the modifiers of a noun: "a US proposal", "Russia's strikes".
  std::vector<Resolved> ModifierActors(int n) const;
  // What a nominal appeal, intent, demand, refusal or threat is about: its
  // complement clause ("Trump's demand that NATO allies double spending",
  // "a plan to …", "a proposal that would see … conduct strikes"), -1 when
  // none.
  int NounContent(int n, const Pattern& pat) const;
  void CodeNoun(int n);
  // The actors of `src`, the subject of `p`; with two subjects of one verb
  // (a conjunction the parser missed) the actors of both.
  std::vector<Resolved> SubjectActors(int p, int src) const;
  void Emit(int p, const Match& m, int src, const std::string& text);
  // Records a slot filler headed by a proper noun that no entry matched.
  void NoteUnknown(int head);

  // emit.cc: sources and targets of a matched pattern become candidates.
  void EmitWith(int trigger, const Match& m,
                const std::vector<Resolved>& sources, const std::string& text,
                int clause, bool force_pairwise = false);
  static bool Opposes(std::string_view lemma);
  // "each other", "one another".
  bool Reciprocal(int head) const;

  // speech.cc: attribution, reported content, targets of what was said.

  // A speech verb that reports another clause: "..., the
  // statement said" (parataxis) or "..., said the Kremlin" (its subject after
  // it).
  bool InvertedSpeech(int p) const;
  // "Putin initiated the call, said the Kremlin" parsed with the speech
  // verb as the head of the clause it reports: the reported clause comes
  // first, outside quotes, and a comma separates it from the verb.
  bool FrontedReport(int p) const;
  // The speaker of an inverted speech verb.
  // "…, the Russian defence ministry announced." parsed with the speech
  // verb as a clause modifying its own speaker, at the end of the sentence.
  bool TrailingAclReport(int p) const;
  // "…, a US think tank said." parsed as a clause of its own hung on the
  // reported one (advcl, acl:relcl, parataxis): a speech verb ending the
  // sentence, with its subject right after a comma and no complement.
  bool TrailingReport(int p) const;
  // The comma that opens a trailing report ending at `p`: the nearest one
  // before the verb, with only its speaker's words between.
  int ReportComma(int p) const;
  int InvertedSpeaker(int p) const;
  // "…, X said", "…, said X": X's statement with the reported clause as its
  // content (tests/gold/news/README.md, R9), beside the attribution.
  void CodeTrailingStatement(int p);
  // Whether the content of statement `c` names an actor other than its
  // source's own side (an actor span, another role, or an event of
  // another actor inside it).
  // ContentInvolvesOthers, or a proper noun or a group ("countries",
  // "the rebels") in the content other than the speaker.
  bool ContentNamesAnyoneElse(const Candidate& c) const;
  bool ContentInvolvesOthers(const Candidate& c) const;
  // Whether the source phrase of `c` is an unnamed person ("a spokesman",
  // "officials", "diplomats", "analysts") with no institution named.
  bool AnonymousSource(const Candidate& c) const;
  // Attribution of the clause holding token `i`: an inverted speech verb
  // ("…, said the Kremlin") or "according to X".
  std::string Attribution(int i) const;
  // "the Syrian government had to respect the truce", "Iran needs to
  // allow inspectors": an obligation, like "must".
  bool HasTo(int clause) const;
  // Whether `verb` is a to-infinitive ("to show restraint").
  bool HasToMark(int verb) const;
  // The owner of an act noun named by a possessive pronoun ("his visit",
  // "their attack"): the subject of its clause, else the nearest actor
  // before it, else the document's last one of that kind.
  std::optional<Resolved> PossessiveOwner(int k) const;
  // Whether a reported clause blames its subject ("was responsible for",
  // "was behind", "was to blame").
  bool Blames(int clause) const;
  // The word by which reported `clause` finds fault with its subject
  // ("was illegal", "had violated", "did not abide by"), or nullptr.
  const char* Disparages(int clause) const;
  // The word by which the clause headed by `clause` speaks for its subject
  // ("was right", "were entitled to"), or nullptr.
  const char* Vindicates(int clause) const;
  // Speech coded by what was said, as CAMEO coders do: "X said Y must …"
  // is a demand of Y; "X said it would …" an intent to cooperate or a
  // threat, by the kind of the event it announces, towards that event's
  // target; "X warned that Y would …" a threat to Y. The outer event keeps
  // the content; the inner event stays, marked as reported.
  void RecodeSpeech();
  // "Speaking to Parliament, Mr Clarke said …", "She was speaking to
  // parliament": speaking to a body is an address, not consultations both
  // ways: the statement it frames takes the body as its addressee, or it
  // is a statement of its own.
  void Addresses();
  // "refused to waive sanctions on Iran", "threatened to strike Syrian
  // troops": an intent, refusal, threat or appeal without a target of its
  // own is aimed at the target of the act it announces, when the same
  // actor is to do it.
  void InheritTargets();
  static Pattern SpeechPattern(const char* code, const char* text);

  // finish.cc: after the sentence, recoding, refining, dropping, events.

  // Acts of roots that need a target and found none are
  // dropped, after speech recoding and target inheritance had their chance.
  // The nearest candidate whose content holds candidate `i` (its outer
  // speech, appeal or accusation), -1 when none.
  int OuterOf(size_t i) const;
  // Removes the candidates whose `drop` entry is set, keeping the order.
  void EraseMarked(const std::vector<bool>& drop);
  // Acts the text does not assert are dropped (the outer event keeps them
  // as content): what an accusation or criticism alleges ("accused Russia
  // of shelling a hospital"), what a promise, offer or threat with an
  // infinitive announces ("threatened to strike Syrian troops"), and acts
  // in a condition ("if it invaded Ukraine", "until Israel withdrew").
  void DropUnassertedActs();
  // "Sudan's army ousted Omar al-Bashir" on the day his presidency ended:
  // the target of a conflict act on the last day of an office (the day
  // belongs to the successor in the dictionaries) is still its holder.
  void OutgoingHolders();
  void DropTargetless();
  // Statements of anonymous speakers (R14), and plain trailing statements
  // whose content involves no other actor (R9), are not events. (A plain
  // "X said that …" is kept: the real-news annotators list it when the
  // content names any group at all, which the dictionaries often lack.)
  void DropEmptyStatements();
  // Whether an act of force was done with one of `weapons` (words, lower
  // case): named in its doer ("drones claimed by the Houthis", "Russian
  // warplanes") or in a "with" phrase ("pounded Kyiv with missiles").
  bool DoneWith(const Candidate& c,
                std::span<const std::string_view> weapons) const;
  // DoneWith aerial weapons (drones, missiles, warplanes …).
  bool AerialWeapons(const Candidate& c) const;
  // DoneWith artillery, tanks, mortars, shells.
  bool Artillery(const Candidate& c) const;
  // Whether a consultation was held by phone or video ("discussed … by
  // telephone", "spoke on the phone", "a phone call").
  bool ByPhone(const Candidate& c) const;
  // "launched an incursion into Kursk" is one act: when the light verb's
  // own pattern coded it (192), the noun's event of the same root (190)
  // between the same actors is a restatement and goes.
  void DropRestatedNouns();
  // "Putin hosted Assad": the guest made a visit (042) too.
  void GuestsVisit();
  // Whether a meeting or a welcome is placed ("in Hiroshima", "at a summit
  // in Brussels") in the country of neither side.
  bool AbroadVenue(const Candidate& c) const;
  // CAMEO's appeals, intents, demands, refusals and threats share their
  // sub-codes with what they are about: "urged Israel to allow aid in" is
  // an appeal to yield (025x) when the inner act is a concession (08x), to
  // meet (026) for a meeting, and so on. A generic outer code is made as
  // specific as the nearest inner act allows.
  static std::string Refined(std::string_view outer, std::string_view inner,
                             bool deescalate);
  // Without a coded inner act, the verb of the complement (or the noun
  // asked for) says what an appeal, intent, demand or refusal is about.
  static std::string ByContentWord(std::string_view outer,
                                   const std::string& w);
  void RefineByContent();
  // An aid code (023, 033, 103, 122) made specific by the kind of aid the
  // phrase headed by `head` names; `code` otherwise.
  std::string OfAidKind(const std::string& code, int head) const;
  // "013" when a reported clause is optimistic ("progress had been made"),
  // "012" when pessimistic, else "".
  std::string Tone(int content) const;
  std::vector<Event> Finish();

  CoderOptions options_;
  const ParsedSentence& s_;
  const Lexicon& lex_;
  const Codebook& book_;
  const DocumentContext& doc_;
  Roles roles_;
  CorefState* coref_;
  std::vector<std::string>* trace_;
  std::vector<UnknownActor>* unknown_;
  std::vector<Candidate> out_;
};

}  // namespace dipgraph::coder

#endif  // DIPGRAPH_EXTRACT_CODER_SENTENCE_CODER_H_

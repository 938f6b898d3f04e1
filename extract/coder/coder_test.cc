// The coder on hand-written Universal Dependencies parses, with a small
// lexicon: each test is one phenomenon the coder must get right.
#include "extract/coder/coder.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "extract/coder/test_lexicon.h"

namespace dipgraph {
namespace {

// Builds a CoNLL-U sentence from "form lemma UPOS head deprel" rows.
ParsedSentence Parse(const std::string& text,
                     std::vector<std::tuple<const char*, const char*,
                                            const char*, int, const char*>>
                         rows) {
  std::ostringstream c;
  c << "# text = " << text << "\n";
  int id = 1;
  for (auto [form, lemma, upos, head, rel] : rows)
    c << id++ << '\t' << form << '\t' << lemma << '\t' << upos << "\t_\t_\t"
      << head << '\t' << rel << "\t_\t_\n";
  Result<ParsedSentence> s = ParseConllu(c.str());
  EXPECT_TRUE(s.ok());
  s->start = 0;
  return *s;
}

class CoderTest : public ::testing::Test {
 protected:
  CoderTest() : book_(*Codebook::LoadDefault()), coder_(lex_, book_) {
    doc_.info = {"doc", "T", "S", "2016-07-07"};
    doc_.date = "2016-07-07";
  }
  std::vector<Event> Code(const ParsedSentence& s) {
    return coder_.CodeSentence(s, doc_, &coref_, &trace_);
  }
  static std::string Dyad(const Event& e) {
    return e.source.id + ">" + (e.target ? e.target->id : "-") + ":" +
           e.action.cameo;
  }
  TestLexicon lex_;
  Codebook book_;
  Coder coder_;
  DocumentContext doc_;
  CorefState coref_;
  std::vector<std::string> trace_;
};

TEST_F(CoderTest, SubjectObjectWithControlledContent) {
  auto ev = Code(Parse("Putin urged Barack Obama to act .",
                       {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                        {"urged", "urge", "VERB", 0, "root"},
                        {"Barack", "Barack", "PROPN", 2, "obj"},
                        {"Obama", "Obama", "PROPN", 3, "flat"},
                        {"to", "to", "PART", 6, "mark"},
                        {"act", "act", "VERB", 2, "xcomp"},
                        {".", ".", "PUNCT", 2, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>USAGOV:020");
  EXPECT_EQ(ev[0].content, "act");
  EXPECT_EQ(ev[0].target->text, "Barack Obama");
  EXPECT_EQ(ev[0].action.label, "Appeal, not specified below");
  EXPECT_EQ(ev[0].action.pattern, "urge $T to $C");
  EXPECT_EQ(ev[0].id, "doc-0-0");
}

TEST_F(CoderTest, PassiveAgentIsTheSource) {
  auto ev = Code(Parse("Kyiv was attacked by Russian forces .",
                       {{"Kyiv", "Kyiv", "PROPN", 3, "nsubj:pass"},
                        {"was", "be", "AUX", 3, "aux:pass"},
                        {"attacked", "attack", "VERB", 0, "root"},
                        {"by", "by", "ADP", 6, "case"},
                        {"Russian", "Russian", "ADJ", 6, "amod"},
                        {"forces", "force", "NOUN", 3, "obl:agent"},
                        {".", ".", "PUNCT", 3, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSMIL>UKRGOV:190");
  EXPECT_EQ(ev[0].source.text, "Russian forces");
}

TEST_F(CoderTest, CompoundSubjectsGiveBothDirections) {
  auto ev = Code(Parse("Obama and Putin discussed the crisis .",
                       {{"Obama", "Obama", "PROPN", 4, "nsubj"},
                        {"and", "and", "CCONJ", 3, "cc"},
                        {"Putin", "Putin", "PROPN", 1, "conj"},
                        {"discussed", "discuss", "VERB", 0, "root"},
                        {"the", "the", "DET", 6, "det"},
                        {"crisis", "crisis", "NOUN", 4, "obj"},
                        {".", ".", "PUNCT", 4, "punct"}}));
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(Dyad(ev[0]), "USAGOV>RUSGOV:040");
  EXPECT_EQ(Dyad(ev[1]), "RUSGOV>USAGOV:040");
  EXPECT_TRUE(ev[0].symmetric && ev[1].symmetric);
}

TEST_F(CoderTest, InvertedSpeechGivesAttributionAndRelativeDate) {
  auto ev = Code(Parse("Putin called Obama on Wednesday , said the Kremlin .",
                       {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                        {"called", "call", "VERB", 0, "root"},
                        {"Obama", "Obama", "PROPN", 2, "obj"},
                        {"on", "on", "ADP", 5, "case"},
                        {"Wednesday", "Wednesday", "PROPN", 2, "obl"},
                        {",", ",", "PUNCT", 7, "punct"},
                        {"said", "say", "VERB", 2, "parataxis"},
                        {"the", "the", "DET", 9, "det"},
                        {"Kremlin", "Kremlin", "PROPN", 7, "nsubj"},
                        {".", ".", "PUNCT", 2, "punct"}}));
  // "said" is attribution, not an event; a consultation is mutual.
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>USAGOV:040");
  EXPECT_EQ(Dyad(ev[1]), "USAGOV>RUSGOV:040");
  EXPECT_EQ(ev[0].attribution, "the Kremlin");
  EXPECT_EQ(ev[0].date, "2016-07-06");
}

TEST_F(CoderTest, ReportedSpeechHasContentAndAnInnerEvent) {
  auto ev =
      Code(Parse("Putin said that the US must encourage Syrian rebels to "
                 "disengage from Nusra .",
                 {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                  {"said", "say", "VERB", 0, "root"},
                  {"that", "that", "SCONJ", 7, "mark"},
                  {"the", "the", "DET", 5, "det"},
                  {"US", "US", "PROPN", 7, "nsubj"},
                  {"must", "must", "AUX", 7, "aux"},
                  {"encourage", "encourage", "VERB", 2, "ccomp"},
                  {"Syrian", "Syrian", "ADJ", 9, "amod"},
                  {"rebels", "rebel", "NOUN", 7, "obj"},
                  {"to", "to", "PART", 11, "mark"},
                  {"disengage", "disengage", "VERB", 7, "xcomp"},
                  {"from", "from", "ADP", 13, "case"},
                  {"Nusra", "Nusra", "PROPN", 11, "obl"},
                  {".", ".", "PUNCT", 2, "punct"}}));
  ASSERT_EQ(ev.size(), 3u);
  // What was said makes the statement a demand of the US.
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>USA:100");
  EXPECT_EQ(ev[0].content,
            "the US must encourage Syrian rebels to disengage from Nusra");
  // An appeal to disengage (0874) is one for de-escalation (0256).
  EXPECT_EQ(Dyad(ev[1]), "USA>SYRREB:0256");
  EXPECT_EQ(ev[1].parent, ev[0].id);
  EXPECT_EQ(ev[1].modality, "demanded");
  EXPECT_EQ(ev[1].content, "disengage from Nusra");
  EXPECT_EQ(Dyad(ev[2]), "SYRREB>SYRINS:0874");
  EXPECT_EQ(ev[2].parent, ev[1].id);
}

TEST_F(CoderTest, FrontedReportIsAttributionNotAnEvent) {
  // The parser made the speech verb the head of what it reports.
  auto ev = Code(Parse("Putin attacked Kyiv , the Kremlin said .",
                       {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                        {"attacked", "attack", "VERB", 7, "ccomp"},
                        {"Kyiv", "Kyiv", "PROPN", 2, "obj"},
                        {",", ",", "PUNCT", 2, "punct"},
                        {"the", "the", "DET", 6, "det"},
                        {"Kremlin", "Kremlin", "PROPN", 7, "nsubj"},
                        {"said", "say", "VERB", 0, "root"},
                        {".", ".", "PUNCT", 7, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>UKRGOV:190");
  EXPECT_EQ(ev[0].attribution, "the Kremlin");
  EXPECT_TRUE(ev[0].parent.empty());
}

TEST_F(CoderTest, TrailingSpeechVerbParsedAsAModifierIsAttribution) {
  auto ev = Code(Parse("Putin attacked Kyiv , the Kremlin said .",
                       {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                        {"attacked", "attack", "VERB", 0, "root"},
                        {"Kyiv", "Kyiv", "PROPN", 2, "obj"},
                        {",", ",", "PUNCT", 6, "punct"},
                        {"the", "the", "DET", 6, "det"},
                        {"Kremlin", "Kremlin", "PROPN", 2, "obl"},
                        {"said", "say", "VERB", 6, "acl"},
                        {".", ".", "PUNCT", 2, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>UKRGOV:190");
  EXPECT_EQ(ev[0].attribution, "the Kremlin");
}

TEST_F(CoderTest, SpeechAnnouncingOwnActionIsIntentOrThreat) {
  // "he" is the speaker; the announced attack makes the statement a threat
  // towards the attack's target.
  auto ev = Code(Parse("Putin said he would attack Kyiv .",
                       {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                        {"said", "say", "VERB", 0, "root"},
                        {"he", "he", "PRON", 5, "nsubj"},
                        {"would", "would", "AUX", 5, "aux"},
                        {"attack", "attack", "VERB", 2, "ccomp"},
                        {"Kyiv", "Kyiv", "PROPN", 5, "obj"},
                        {".", ".", "PUNCT", 2, "punct"}}));
  ASSERT_EQ(ev.size(), 2u);
  // A threat of force (138), made specific by the announced attack.
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>UKRGOV:138");
  EXPECT_EQ(ev[0].content, "he would attack Kyiv");
  EXPECT_EQ(Dyad(ev[1]), "RUSGOV>UKRGOV:190");
  EXPECT_EQ(ev[1].parent, ev[0].id);
  EXPECT_EQ(ev[1].modality, "hypothetical");
}

TEST_F(CoderTest, RefusalTakesTheTargetOfTheRefusedAct) {
  auto ev = Code(Parse("Putin refused to attack Kyiv .",
                       {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                        {"refused", "refuse", "VERB", 0, "root"},
                        {"to", "to", "PART", 4, "mark"},
                        {"attack", "attack", "VERB", 2, "xcomp"},
                        {"Kyiv", "Kyiv", "PROPN", 4, "obj"},
                        {".", ".", "PUNCT", 2, "punct"}}));
  // The refused attack did not happen: only the refusal is an event.
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>UKRGOV:120");
}

TEST_F(CoderTest, SidesThatAgreeToActIntendTo) {
  auto ev = Code(Parse("Putin and Obama agreed to act .",
                       {{"Putin", "Putin", "PROPN", 4, "nsubj"},
                        {"and", "and", "CCONJ", 3, "cc"},
                        {"Obama", "Obama", "PROPN", 1, "conj"},
                        {"agreed", "agree", "VERB", 0, "root"},
                        {"to", "to", "PART", 6, "mark"},
                        {"act", "act", "VERB", 4, "xcomp"},
                        {".", ".", "PUNCT", 4, "punct"}}));
  // "Agreed to do X" is an intent to each other (tests/gold/README.md, E5),
  // not a signed agreement.
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>USAGOV:030");
  EXPECT_EQ(Dyad(ev[1]), "USAGOV>RUSGOV:030");
  EXPECT_TRUE(ev[0].symmetric);
  EXPECT_EQ(ev[0].content, "act");
}

TEST_F(CoderTest, ActsWithoutATargetAreDroppedUnlessKept) {
  const ParsedSentence s = Parse("Putin attacked the convoy .",
                                 {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                                  {"attacked", "attack", "VERB", 0, "root"},
                                  {"the", "the", "DET", 4, "det"},
                                  {"convoy", "convoy", "NOUN", 2, "obj"},
                                  {".", ".", "PUNCT", 2, "punct"}});
  EXPECT_TRUE(Code(s).empty());
  Coder keep(lex_, book_, CoderOptions{.keep_targetless = true});
  std::vector<Event> ev = keep.CodeSentence(s, doc_, &coref_);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>-:190");
}

TEST_F(CoderTest, NegationAndTargetlessEvents) {
  auto ev = Code(Parse("Moscow has not commented on the plan .",
                       {{"Moscow", "Moscow", "PROPN", 4, "nsubj"},
                        {"has", "have", "AUX", 4, "aux"},
                        {"not", "not", "PART", 4, "advmod"},
                        {"commented", "comment", "VERB", 0, "root"},
                        {"on", "on", "ADP", 7, "case"},
                        {"the", "the", "DET", 7, "det"},
                        {"plan", "plan", "NOUN", 4, "obl"},
                        {".", ".", "PUNCT", 4, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>-:010");
  EXPECT_TRUE(ev[0].negated);
  EXPECT_LT(ev[0].confidence, 0.7);
}

TEST_F(CoderTest, NominalEventWithModifierSourceAndModality) {
  auto ev = Code(Parse("Russian strikes against Nusra would follow .",
                       {{"Russian", "Russian", "ADJ", 2, "amod"},
                        {"strikes", "strike", "NOUN", 6, "nsubj"},
                        {"against", "against", "ADP", 4, "case"},
                        {"Nusra", "Nusra", "PROPN", 2, "nmod"},
                        {"would", "would", "AUX", 6, "aux"},
                        {"follow", "follow", "VERB", 0, "root"},
                        {".", ".", "PUNCT", 6, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUS>SYRINS:195");
}

TEST_F(CoderTest, PronounsResolveToEarlierActors) {
  Code(Parse("Putin spoke .", {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                               {"spoke", "speak", "VERB", 0, "root"},
                               {".", ".", "PUNCT", 2, "punct"}}));
  auto ev = Code(
      Parse("He urged Obama to act .", {{"He", "he", "PRON", 2, "nsubj"},
                                        {"urged", "urge", "VERB", 0, "root"},
                                        {"Obama", "Obama", "PROPN", 2, "obj"},
                                        {"to", "to", "PART", 5, "mark"},
                                        {"act", "act", "VERB", 2, "xcomp"},
                                        {".", ".", "PUNCT", 2, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>USAGOV:020");
  EXPECT_EQ(ev[0].source.text, "He");
  EXPECT_LT(ev[0].confidence, 0.8);
}

TEST_F(CoderTest, HeIsTheFirstPersonOfTheLastSentence) {
  // Obama is the most recent person, but "he" continues with the subject.
  Code(Parse("Putin called Obama .", {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                                      {"called", "call", "VERB", 0, "root"},
                                      {"Obama", "Obama", "PROPN", 2, "obj"},
                                      {".", ".", "PUNCT", 2, "punct"}}));
  auto ev = Code(
      Parse("He attacked Kyiv .", {{"He", "he", "PRON", 2, "nsubj"},
                                   {"attacked", "attack", "VERB", 0, "root"},
                                   {"Kyiv", "Kyiv", "PROPN", 2, "obj"},
                                   {".", ".", "PUNCT", 2, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>UKRGOV:190");
}

TEST_F(CoderTest, AppealTakesTheSubCodeOfWhatItAsksFor) {
  // No inner event ("meet" has no pattern here): the complement's verb.
  auto ev = Code(Parse("Putin urged Obama to meet .",
                       {{"Putin", "Putin", "PROPN", 2, "nsubj"},
                        {"urged", "urge", "VERB", 0, "root"},
                        {"Obama", "Obama", "PROPN", 2, "obj"},
                        {"to", "to", "PART", 5, "mark"},
                        {"meet", "meet", "VERB", 2, "xcomp"},
                        {".", ".", "PUNCT", 2, "punct"}}));
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(Dyad(ev[0]), "RUSGOV>USAGOV:026");
}

TEST_F(CoderTest, DiscardsDropSportsSenses) {
  auto ev = Code(Parse("Brazil beat Argentina in the cup final .",
                       {{"Brazil", "Brazil", "PROPN", 2, "nsubj"},
                        {"beat", "beat", "VERB", 0, "root"},
                        {"Argentina", "Argentina", "PROPN", 2, "obj"},
                        {"in", "in", "ADP", 7, "case"},
                        {"the", "the", "DET", 7, "det"},
                        {"cup", "cup", "NOUN", 7, "compound"},
                        {"final", "final", "NOUN", 2, "obl"},
                        {".", ".", "PUNCT", 2, "punct"}}));
  EXPECT_TRUE(ev.empty());
  ASSERT_FALSE(trace_.empty());
  EXPECT_NE(trace_.back().find("discard sports"), std::string::npos);
}

TEST_F(CoderTest, UnknownProperNounsInSlotsAreReported) {
  std::vector<UnknownActor> unknown;
  auto ev = coder_.CodeSentence(
      Parse("Ruritania attacked Kyiv .",
            {{"Ruritania", "Ruritania", "PROPN", 2, "nsubj"},
             {"attacked", "attack", "VERB", 0, "root"},
             {"Kyiv", "Kyiv", "PROPN", 2, "obj"},
             {".", ".", "PUNCT", 2, "punct"}}),
      doc_, &coref_, nullptr, &unknown);
  EXPECT_TRUE(ev.empty());
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].text, "Ruritania");
  EXPECT_EQ(unknown[0].sentence, "Ruritania attacked Kyiv .");
}

TEST(MergeTest, DuplicatesBecomeMentions) {
  std::vector<Event> ev(3);
  for (Event& e : ev) {
    e.source.id = "USA";
    e.action.cameo = "010";
  }
  ev[2].action.cameo = "020";
  MergeDuplicates(&ev);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].mentions, 2);
}

TEST(PatternTest, ParsesTheDictionaryLanguage) {
  Pattern p;
  ASSERT_TRUE(ParsePattern("pull out of $T", false, &p).ok());
  EXPECT_EQ(p.particle, "out");
  EXPECT_EQ(p.target_prep, "of");
  Pattern q;
  ASSERT_TRUE(ParsePattern("impose sanction on $T", false, &q).ok());
  EXPECT_EQ(q.object, "sanction");
  EXPECT_EQ(q.target_prep, "on");
  Pattern r;
  ASSERT_TRUE(ParsePattern("urge $T to $C", false, &r).ok());
  EXPECT_TRUE(r.has_target);
  EXPECT_EQ(r.target_prep, "");
  EXPECT_EQ(r.content, Pattern::kInfinitive);
  Pattern bad;
  EXPECT_FALSE(ParsePattern("$T meet", false, &bad).ok());
  EXPECT_FALSE(ParsePattern("meet $X", false, &bad).ok());
}

}  // namespace
}  // namespace dipgraph

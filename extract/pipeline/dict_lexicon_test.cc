// The coder's lexicon over the shipped dictionaries: actor kinds and dated
// roles, patterns and discards (whole sentences: coded_*_test.cc).
#include "extract/pipeline/dict_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "extract/coder/coder.h"
#include "extract/coder/shipped_dict_fixture.h"
#include "extract/pipeline/syntax_analyzer.h"

namespace dipgraph {
namespace {

// The pattern of `patterns` written `text`; null (and a failure) if none.
const Pattern* Written(const std::vector<Pattern>& patterns,
                       std::string_view text) {
  auto it = std::find_if(patterns.begin(), patterns.end(),
                         [&](const Pattern& p) { return p.text == text; });
  EXPECT_NE(it, patterns.end()) << text;
  return it == patterns.end() ? nullptr : &*it;
}

TEST_F(DictLexiconTest, CountriesAgentsAndPeopleComeAsSeparateSpans) {
  ParsedSentence s = Words(
      {"Russian", "President", "Vladimir", "Putin", "met", "Syrian", "rebels"},
      {"Russian", "President", "Vladimir", "Putin", "meet", "Syrian", "rebel"});
  std::vector<ActorSpan> spans = lex_->FindActors(s, "2016-07-07");
  ASSERT_EQ(spans.size(), 5u);
  EXPECT_EQ(spans[0].kind, ActorSpan::kCountry);
  EXPECT_EQ(spans[0].actor.id, "RUS");
  EXPECT_EQ(spans[1].kind, ActorSpan::kAgent);
  EXPECT_EQ(spans[1].actor.role, "GOV");
  EXPECT_EQ(spans[2].kind, ActorSpan::kNamed);
  EXPECT_EQ(spans[2].actor.id, "RUSGOV");
  EXPECT_EQ(spans[2].first, 2);
  EXPECT_EQ(spans[2].last, 3);
  EXPECT_EQ(spans[3].actor.id, "SYR");
  EXPECT_EQ(spans[4].kind, ActorSpan::kAgent);
  EXPECT_EQ(spans[4].actor.role, "REB");
  EXPECT_NE(spans[4].entry.find("agents.dict:"), std::string::npos);
  ActorRef combined = lex_->Combine(spans[3].actor, spans[4].actor);
  EXPECT_EQ(combined.id, "SYRREB");
}

TEST_F(DictLexiconTest, LowerCaseWordsAreNotNames) {
  // "Struck" is the German minister Peter Struck; "struck" is a verb.
  ParsedSentence verb =
      Words({"bombers", "struck", "sites"}, {"bomber", "strike", "site"});
  for (const ActorSpan& sp : lex_->FindActors(verb, "2004-01-01"))
    EXPECT_NE(sp.kind, ActorSpan::kNamed) << sp.actor.id;
  ParsedSentence name = Words({"Struck", "said"}, {"Struck", "say"});
  std::vector<ActorSpan> spans = lex_->FindActors(name, "2004-01-01");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].actor.country, "DEU");
}

TEST_F(DictLexiconTest, PeopleResolveAtTheEventDate) {
  ParsedSentence s = Words({"Obama", "spoke"});
  EXPECT_EQ(lex_->FindActors(s, "2016-07-07").at(0).actor.id, "USAGOV");
  EXPECT_EQ(lex_->FindActors(s, "2020-06-01").at(0).actor.id, "USAELI");
  EXPECT_EQ(lex_->FindActors(s, "2007-06-01").at(0).actor.id, "USALEG");
}

TEST_F(DictLexiconTest, MetonymsAreGovernments) {
  ParsedSentence s = Words({"The", "Kremlin", "and", "the", "Pentagon"});
  std::vector<ActorSpan> spans = lex_->FindActors(s, "2016-07-07");
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].actor.id, "RUSGOV");
  EXPECT_EQ(spans[1].actor.id, "USAMIL");
}

TEST_F(DictLexiconTest, PatternsKeepShapeAndProvenance) {
  const Pattern* it = Written(lex_->VerbPatterns("urge"), "urge $T to $C");
  ASSERT_TRUE(it);
  EXPECT_EQ(it->code, "020");
  EXPECT_TRUE(it->has_target);
  EXPECT_EQ(it->content, Pattern::kInfinitive);
  EXPECT_TRUE(it->speech);
  EXPECT_NE(it->entry.find("02_appeals.dict:"), std::string::npos);
  EXPECT_TRUE(lex_->VerbPatterns("frobnicate").empty());
  EXPECT_FALSE(lex_->NounPatterns("talk").empty());
}

TEST_F(DictLexiconTest, CompoundNounsAndSpelledOutComplements) {
  const Pattern* peace =
      Written(lex_->NounPatterns("talk"), "peace talks with $T");
  ASSERT_TRUE(peace);
  EXPECT_EQ(peace->head, "talks");
  EXPECT_EQ(peace->modifiers, std::vector<std::string>{"peace"});
  EXPECT_EQ(peace->target_prep, "with");
  const Pattern* step =
      Written(lex_->VerbPatterns("urge"), "urge $T to step down");
  ASSERT_TRUE(step);
  EXPECT_EQ(step->content_lemma, "step");
  EXPECT_EQ(step->code, "025");
}

TEST_F(DictLexiconTest, DiscardsNeedTheirContext) {
  std::string why;
  ParsedSentence sport = Words(
      {"Brazil", "beat", "Argentina", "in", "the", "World", "Cup", "match"},
      {"Brazil", "beat", "Argentina", "in", "the", "World", "Cup", "match"});
  EXPECT_TRUE(lex_->Discard("beat", sport, &why));
  EXPECT_NE(why.find("sports"), std::string::npos);
  ParsedSentence war =
      Words({"Troops", "beat", "protesters"}, {"troop", "beat", "protester"});
  EXPECT_FALSE(lex_->Discard("beat", war, &why));
}

// Lemmas the tagger got wrong are repaired when the dictionary knows the
// right spelling, and only then.
TEST_F(DictLexiconTest, RepairsLemmasTheDictionaryKnows) {
  syntax::Sentence s;
  auto add = [&](const char* form, const char* lemma, const char* upos,
                 const char* xpos) {
    syntax::Token t;
    t.form = form;
    t.lemma = lemma;
    t.upos = upos;
    t.xpos = xpos;
    s.tokens.push_back(t);
  };
  add("mediated", "mediat", "VERB", "VBD");
  add("boycotted", "boycot", "VERB", "VBD");
  add("planes", "plane", "NOUN", "NNS");      // "plan" is a pattern head
  add("walked", "walk", "VERB", "VBD");       // no pattern either way
  add("Mediated", "mediat", "PROPN", "NNP");  // not a verb
  ASSERT_TRUE(dict_->IsVerbHead("mediate"));
  ASSERT_TRUE(dict_->IsVerbHead("boycott"));
  SyntaxAnalyzer::RepairLemmas(*dict_, &s);
  EXPECT_EQ(s.tokens[0].lemma, "mediate");
  EXPECT_EQ(s.tokens[1].lemma, "boycott");
  EXPECT_EQ(s.tokens[2].lemma, "plane");
  EXPECT_EQ(s.tokens[3].lemma, "walk");
  EXPECT_EQ(s.tokens[4].lemma, "mediat");
}

// A wire digest's paragraph opens with its own dateline: cut from the
// sentence; elsewhere a capitalized word and a dash stay.
TEST(SyntaxAnalyzerTest, CutsTheDatelineOfAParagraph) {
  const std::string text =
      "Iraq said it had repelled the attack.\n\n"
      "BAHRAIN - Iranian forces have renewed their assault on Iraqi lines.\n\n"
      "NATO - the alliance - met. US - Iraq talks began in NEW YORK.";
  std::vector<syntax::Sentence> sentences = syntax::Segment(text);
  ASSERT_GE(sentences.size(), 3u);
  for (syntax::Sentence& s : sentences)
    SyntaxAnalyzer::CutParagraphDateline(text, &s);
  EXPECT_EQ(sentences[0].text, "Iraq said it had repelled the attack.");
  EXPECT_EQ(sentences[1].text,
            "Iranian forces have renewed their assault on Iraqi lines.");
  EXPECT_EQ(sentences[1].tokens.front().form, "Iranian");
  EXPECT_EQ(text.substr(sentences[1].begin, sentences[1].text.size()),
            sentences[1].text);
  EXPECT_EQ(sentences[2].text, "NATO - the alliance - met.");
  EXPECT_EQ(sentences.back().tokens.front().form, "US");
}

}  // namespace
}  // namespace dipgraph

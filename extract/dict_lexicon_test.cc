// The coder's lexicon over the shipped dictionaries: actor kinds and dated
// roles, patterns, discards, and whole sentences coded from hand-written
// parses with the real dictionaries.
#include "extract/dict_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "extract/coder/coder.h"

namespace dipgraph {
namespace {

class DictLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<Codebook> book = Codebook::LoadDefault();
    ASSERT_TRUE(book.ok()) << book.status().ToString();
    book_ = new Codebook(std::move(*book));
    Result<dict::Dictionary> d =
        dict::Dictionary::LoadDefault(dict::KnownCodes(*book_));
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = new dict::Dictionary(std::move(*d));
    lex_ = new DictLexicon(*dict_);
  }
  static void TearDownTestSuite() {
    delete lex_;
    delete dict_;
    delete book_;
  }

  // A sentence from words and lemmas (no parse).
  static ParsedSentence Words(const std::vector<std::string>& words,
                              const std::vector<std::string>& lemmas = {}) {
    ParsedSentence s;
    for (size_t i = 0; i < words.size(); ++i) {
      ParsedToken t;
      t.text = words[i];
      t.lemma = i < lemmas.size() ? lemmas[i] : words[i];
      s.tokens.push_back(t);
    }
    return s;
  }

  static std::vector<Event> Code(const std::string& text,
                                 const std::string& conllu,
                                 const std::string& date) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    if (!s.ok()) return {};
    Coder coder(*lex_, *book_);
    DocumentContext ctx{DocInfo{"doc", "", "", date}, date};
    CorefState coref;
    return coder.CodeSentence(*s, ctx, &coref);
  }

  static Codebook* book_;
  static dict::Dictionary* dict_;
  static DictLexicon* lex_;
};
Codebook* DictLexiconTest::book_ = nullptr;
dict::Dictionary* DictLexiconTest::dict_ = nullptr;
DictLexicon* DictLexiconTest::lex_ = nullptr;

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
  const std::vector<Pattern>& urge = lex_->VerbPatterns("urge");
  auto it = std::find_if(urge.begin(), urge.end(), [](const Pattern& p) {
    return p.text == "urge $T to $C";
  });
  ASSERT_NE(it, urge.end());
  EXPECT_EQ(it->code, "020");
  EXPECT_TRUE(it->has_target);
  EXPECT_EQ(it->content, Pattern::kInfinitive);
  EXPECT_TRUE(it->speech);
  EXPECT_NE(it->entry.find("02_appeals.dict:"), std::string::npos);
  EXPECT_TRUE(lex_->VerbPatterns("frobnicate").empty());
  EXPECT_FALSE(lex_->NounPatterns("talk").empty());
}

TEST_F(DictLexiconTest, CompoundNounsAndSpelledOutComplements) {
  const std::vector<Pattern>& talks = lex_->NounPatterns("talk");
  auto peace = std::find_if(talks.begin(), talks.end(), [](const Pattern& p) {
    return p.text == "peace talks with $T";
  });
  ASSERT_NE(peace, talks.end());
  EXPECT_EQ(peace->head, "talks");
  EXPECT_EQ(peace->modifiers, std::vector<std::string>{"peace"});
  EXPECT_EQ(peace->target_prep, "with");
  const std::vector<Pattern>& urge = lex_->VerbPatterns("urge");
  auto step = std::find_if(urge.begin(), urge.end(), [](const Pattern& p) {
    return p.text == "urge $T to step down";
  });
  ASSERT_NE(step, urge.end());
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

// "Putin urged Obama to facilitate talks." with a hand-written UD parse:
// the shipped dictionaries code it as an appeal with its content.
TEST_F(DictLexiconTest, CodesAnAppealWithTheShippedDictionaries) {
  std::vector<Event> events =
      Code("Putin urged Obama to facilitate talks.",
           "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
           "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
           "3\tObama\tObama\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
           "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
           "5\tfacilitate\tfacilitate\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
           "6\ttalks\ttalk\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
           "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n",
           "2016-07-07");
  ASSERT_FALSE(events.empty());
  const Event& e = events.front();
  EXPECT_EQ(e.source.id, "RUSGOV");
  ASSERT_TRUE(e.target.has_value());
  EXPECT_EQ(e.target->id, "USAGOV");
  EXPECT_EQ(e.action.cameo, "020");
  EXPECT_NE(e.content.find("facilitate talks"), std::string::npos);
}

// A noun whose every pattern needs a modifier, seen without one, codes
// nothing (and does not crash).
TEST_F(DictLexiconTest, NounWithoutItsModifierCodesNothing) {
  std::string head;
  for (const dict::Pattern& p : dict_->nouns()) {
    Pattern c = DictLexicon::Convert(p, true);
    const std::vector<Pattern>& all = lex_->NounPatterns(c.head);
    if (!all.empty() &&
        std::all_of(all.begin(), all.end(),
                    [](const Pattern& q) { return !q.modifiers.empty(); })) {
      head = c.head;
      break;
    }
  }
  ASSERT_FALSE(head.empty()) << "no noun needs a modifier any more";
  std::vector<Event> events =
      Code("The " + head + " ended.",
           "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
           "2\t" +
               head + "\t" + head +
               "\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
               "3\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
               "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n",
           "2016-07-07");
  for (const Event& e : events) EXPECT_NE(e.action.text, head);
}

// The spelled-out complement wins over the general appeal.
TEST_F(DictLexiconTest, SpelledOutComplementPicksTheSpecificCode) {
  std::vector<Event> events =
      Code("Merkel urged Assad to step down.",
           "1\tMerkel\tMerkel\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
           "2\turged\turge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
           "3\tAssad\tAssad\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
           "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
           "5\tstep\tstep\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
           "6\tdown\tdown\tADP\tRP\t_\t5\tcompound:prt\t_\t_\n"
           "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n",
           "2012-02-01");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.front().source.id, "DEUGOV");
  EXPECT_EQ(events.front().target->id, "SYRGOV");
  EXPECT_EQ(events.front().action.cameo, "025");
}

}  // namespace
}  // namespace dipgraph

// The coder's lexicon over the shipped dictionaries: actor kinds and dated
// roles, patterns, discards, and whole sentences coded from hand-written
// parses with the real dictionaries.
#include "extract/dict_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

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

// Rows "form lemma upos head deprel" (heads 1-based, 0 = root) to CoNLL-U.
std::string Rows(const std::vector<std::string>& rows) {
  std::string out;
  int i = 0;
  for (const std::string& r : rows) {
    std::istringstream in(r);
    std::string form, lemma, upos, head, rel, xpos = "_";
    in >> form >> lemma >> upos >> head >> rel >> xpos;  // XPOS optional
    out += std::to_string(++i) + "\t" + form + "\t" + lemma + "\t" + upos +
           "\t" + xpos + "\t_\t" + head + "\t" + rel + "\t_\t_\n";
  }
  return out;
}

// "..., said the Kremlin" parsed as a conjunct: attribution, not an event.
TEST_F(DictLexiconTest, InvertedSpeechAsConjunctIsAttribution) {
  std::vector<Event> events =
      Code("Putin phoned Obama, said the Kremlin.",
           Rows({"Putin Putin PROPN 2 nsubj", "phoned phone VERB 0 root",
                 "Obama Obama PROPN 2 obj", ", , PUNCT 5 punct",
                 "said say VERB 2 conj", "the the DET 7 det",
                 "Kremlin Kremlin PROPN 5 obj", ". . PUNCT 2 punct"}),
           "2016-07-07");
  ASSERT_FALSE(events.empty());
  for (const Event& e : events) {  // a phone call counts both ways
    EXPECT_EQ(e.action.cameo, "041");
    EXPECT_EQ(e.attribution, "the Kremlin");
  }
}

// "talks between A and B", the names under a title that heads the phrase:
// each side with the other.
TEST_F(DictLexiconTest, NominalBetweenGivesBothDirections) {
  std::vector<Event> events = Code(
      "The conversation between Presidents Vladimir Putin and Barack Obama.",
      Rows({"The the DET 2 det", "conversation conversation NOUN 0 root",
            "between between ADP 4 case", "Presidents President PROPN 2 nmod",
            "Vladimir Vladimir PROPN 6 compound", "Putin Putin PROPN 4 nmod",
            "and and CCONJ 8 cc", "Barack Barack PROPN 6 conj",
            "Obama Obama PROPN 8 flat", ". . PUNCT 2 punct"}),
      "2016-07-07");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].source.id, "RUSGOV");
  EXPECT_EQ(events[0].target->id, "USAGOV");
  EXPECT_EQ(events[1].source.id, "USAGOV");
  EXPECT_EQ(events[1].target->id, "RUSGOV");
}

// "media reports" are reports: an agent noun that only modifies the head
// does not make the phrase an actor.
TEST_F(DictLexiconTest, AgentModifierDoesNotNameThePhrase) {
  std::vector<Event> events =
      Code("Moscow has not commented on media reports.",
           Rows({"Moscow Moscow PROPN 4 nsubj", "has have AUX 4 aux",
                 "not not PART 4 advmod", "commented comment VERB 0 root",
                 "on on ADP 7 case", "media media NOUN 7 compound",
                 "reports report NOUN 4 obl", ". . PUNCT 4 punct"}),
           "2016-07-07");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "RUSGOV");
  EXPECT_FALSE(events[0].target.has_value());
  EXPECT_TRUE(events[0].negated);
}

// A target phrase naming no actor takes its modifier's actor; an agent
// takes the country of the place it is in.
TEST_F(DictLexiconTest, TargetsFromModifiersAndPlaces) {
  std::vector<Event> welcome =
      Code("Germany welcomed the decision by Washington.",
           Rows({"Germany Germany PROPN 2 nsubj",
                 "welcomed welcome VERB 0 root", "the the DET 4 det",
                 "decision decision NOUN 2 obj", "by by ADP 6 case",
                 "Washington Washington PROPN 4 nmod", ". . PUNCT 2 punct"}),
           "2019-08-02");
  ASSERT_EQ(welcome.size(), 1u);
  EXPECT_EQ(welcome[0].target->id, "USAGOV");
  std::vector<Event> police =
      Code("Police in Moscow detained Navalny.",
           Rows({"Police police NOUN 4 nsubj", "in in ADP 3 case",
                 "Moscow Moscow PROPN 1 nmod", "detained detain VERB 0 root",
                 "Navalny Navalny PROPN 4 obj", ". . PUNCT 4 punct"}),
           "2021-01-17");
  ASSERT_FALSE(police.empty());
  EXPECT_EQ(police[0].source.id, "RUSCOP");
}

// A thing named by its country's adjective stands for the country.
TEST_F(DictLexiconTest, CountryAdjectiveTargets) {
  std::vector<Event> events =
      Code("Iran seized a British tanker.",
           Rows({"Iran Iran PROPN 2 nsubj", "seized seize VERB 0 root",
                 "a a DET 5 det", "British British ADJ 5 amod",
                 "tanker tanker NOUN 2 obj", ". . PUNCT 2 punct"}),
           "2019-07-19");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.id, "IRN");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->id, "GBR");
}

// A nominal event takes its date from its light verb's clause.
TEST_F(DictLexiconTest, NominalEventDatedByItsLightVerb) {
  std::vector<Event> events = Code(
      "Putin initiated the call with Obama on Wednesday.",
      Rows({"Putin Putin PROPN 2 nsubj", "initiated initiate VERB 0 root",
            "the the DET 4 det", "call call NOUN 2 obj", "with with ADP 6 case",
            "Obama Obama PROPN 4 nmod", "on on ADP 8 case",
            "Wednesday Wednesday PROPN 2 obl", ". . PUNCT 2 punct"}),
      "2016-07-07");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source.id, "RUSGOV");
  ASSERT_TRUE(events[0].target);
  EXPECT_EQ(events[0].target->id, "USAGOV");
  EXPECT_EQ(events[0].action.cameo, "041");
  EXPECT_EQ(events[0].date, "2016-07-06");
}

// Words a pattern spells out must be there: "declare $T persona non grata"
// does not code "declared a siege".
TEST_F(DictLexiconTest, SpelledOutWordsMustBePresent) {
  std::vector<Event> events =
      Code("Israel declared a siege on Gaza.",
           Rows({"Israel Israel PROPN 2 nsubj", "declared declare VERB 0 root",
                 "a a DET 4 det", "siege siege NOUN 2 obj", "on on ADP 6 case",
                 "Gaza Gaza PROPN 4 nmod", ". . PUNCT 2 punct"}),
           "2023-10-09");
  for (const Event& e : events)
    EXPECT_NE(e.action.cameo, "166") << e.action.pattern;
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
  // An appeal about talks: "Appeal to others to meet or negotiate".
  EXPECT_EQ(e.action.cameo, "026");
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

// A named object word beats a bare target slot, and whose the object is
// gives the target: "expel diplomat" (174) over "expel $T" (166).
TEST_F(DictLexiconTest, NamedObjectWordBeatsTargetSlot) {
  std::vector<Event> events =
      Code("Poland expelled four Russian diplomats.",
           Rows({"Poland Poland PROPN 2 nsubj", "expelled expel VERB 0 root",
                 "four four NUM 5 nummod", "Russian Russian ADJ 5 amod",
                 "diplomats diplomat NOUN 2 obj", ". . PUNCT 2 punct"}),
           "2018-03-26");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action.cameo, "174");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->country, "RUS");
}

// A treaty stands for the partner it is with; the pattern that spells out
// "treaty" wins over "withdraw from $T".
TEST_F(DictLexiconTest, TreatyPartnerIsTheTarget) {
  std::vector<Event> events =
      Code("The United States withdrew from the treaty with Russia.",
           Rows({"The the DET 3 det", "United United ADJ 3 amod",
                 "States State PROPN 4 nsubj", "withdrew withdraw VERB 0 root",
                 "from from ADP 7 case", "the the DET 7 det",
                 "treaty treaty NOUN 4 obl", "with with ADP 9 case",
                 "Russia Russia PROPN 7 nmod", ". . PUNCT 4 punct"}),
           "2019-08-02");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action.cameo, "166");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->id, "RUS");
}

// "to" followed by a noun in a pattern ("respond to request for comment")
// matches a prepositional phrase, not only an infinitive.
TEST_F(DictLexiconTest, ToBeforeANounIsAPreposition) {
  std::vector<Event> events = Code(
      "The Kremlin did not respond to a request for comment.",
      Rows({"The the DET 2 det", "Kremlin Kremlin PROPN 5 nsubj",
            "did do AUX 5 aux", "not not PART 5 advmod",
            "respond respond VERB 0 root", "to to ADP 8 case", "a a DET 8 det",
            "request request NOUN 5 obl", "for for ADP 10 case",
            "comment comment NOUN 8 nmod", ". . PUNCT 5 punct"}),
      "2016-07-07");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "RUSGOV");
  EXPECT_EQ(events[0].action.cameo, "010");
  EXPECT_TRUE(events[0].negated);
}

// An offensive has a direction ("against"), a clash has none; civilians
// without a country word are where it happened, not with the attacker.
TEST_F(DictLexiconTest, OffensivesHaveADirectionCiviliansAPlace) {
  std::vector<Event> offensive =
      Code("Turkey began an offensive against Syria.",
           Rows({"Turkey Turkey PROPN 2 nsubj", "began begin VERB 0 root",
                 "an a DET 4 det", "offensive offensive ADJ 2 obj",
                 "against against ADP 6 case", "Syria Syria PROPN 4 nmod",
                 ". . PUNCT 2 punct"}),
           "2019-10-09");
  ASSERT_EQ(offensive.size(), 1u);
  EXPECT_EQ(offensive[0].source.id, "TUR");
  EXPECT_EQ(offensive[0].target->id, "SYR");
  std::vector<Event> civilians =
      Code("Russian soldiers shot civilians in Bucha.",
           Rows({"Russian Russian ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
                 "shot shoot VERB 0 root", "civilians civilian NOUN 3 obj",
                 "in in ADP 6 case", "Bucha Bucha PROPN 3 obl",
                 ". . PUNCT 3 punct"}),
           "2022-04-03");
  ASSERT_EQ(civilians.size(), 1u);
  EXPECT_EQ(civilians[0].source.id, "RUSMIL");
  ASSERT_TRUE(civilians[0].target.has_value());
  EXPECT_EQ(civilians[0].target->id, "UKRCVL");
}

// "launched an incursion into Kursk" is one event (the light verb's 192),
// not that and the noun's 190 too; "whose leaders" are the antecedent's.
TEST_F(DictLexiconTest, RestatedNounsAndWhose) {
  std::vector<Event> incursion =
      Code("Ukraine launched an incursion into Kursk.",
           Rows({"Ukraine Ukraine PROPN 2 nsubj", "launched launch VERB 0 root",
                 "an a DET 4 det", "incursion incursion NOUN 2 obj",
                 "into into ADP 6 case", "Kursk Kursk PROPN 4 nmod",
                 ". . PUNCT 2 punct"}),
           "2024-08-10");
  ASSERT_EQ(incursion.size(), 1u);
  EXPECT_EQ(incursion[0].action.cameo, "192");
  EXPECT_EQ(incursion[0].target->id, "RUS");
  std::vector<Event> whose =
      Code("China warned Taiwan, whose leaders had hosted Pelosi.",
           Rows({"China China PROPN 2 nsubj", "warned warn VERB 0 root",
                 "Taiwan Taiwan PROPN 2 obj", ", , PUNCT 8 punct",
                 "whose whose PRON 6 nmod:poss", "leaders leader NOUN 8 nsubj",
                 "had have AUX 8 aux", "hosted host VERB 3 acl:relcl",
                 "Pelosi Pelosi PROPN 8 obj", ". . PUNCT 2 punct"}),
           "2022-08-04");
  bool hosted = false;
  for (const Event& e : whose)
    if (e.action.cameo == "043") {
      hosted = true;
      EXPECT_EQ(e.source.id, "TWNGOV");
    }
  EXPECT_TRUE(hosted);
}

// "…, the Russian defence ministry said." hung on the sentence as a
// relative clause of an apposition: an attribution, not a statement of its
// own, and the speaker is no second target.
TEST_F(DictLexiconTest, TrailingReportIsAttribution) {
  std::vector<Event> events = Code(
      "Turkey bought oil from Islamic State, the Russian defence ministry "
      "said.",
      Rows({"Turkey Turkey PROPN 2 nsubj", "bought buy VERB 0 root",
            "oil oil NOUN 2 obj", "from from ADP 6 case",
            "Islamic Islamic ADJ 6 amod", "State State PROPN 2 obl",
            ", , PUNCT 10 punct", "the the DET 10 det",
            "Russian Russian ADJ 10 amod", "defence defence NOUN 6 appos",
            "ministry Ministry PROPN 12 nsubj", "said say VERB 10 acl:relcl",
            ". . PUNCT 2 punct"}),
      "2015-12-02");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "TUR");
  EXPECT_EQ(events[0].target->id, "IMGMOSISI");
  EXPECT_EQ(events[0].attribution, "the Russian defence ministry");
}

// An intent with no coded act inside takes the other side its content
// names; "had to" is an obligation like "must"; "give up" is not "give".
TEST_F(DictLexiconTest, ContentNamesTheTargetHadToGiveUp) {
  std::vector<Event> offer =
      Code("Iran offered to help rebuild Syria.",
           Rows({"Iran Iran PROPN 2 nsubj", "offered offer VERB 0 root",
                 "to to PART 4 mark", "help help VERB 2 xcomp",
                 "rebuild rebuild VERB 4 xcomp", "Syria Syria PROPN 5 obj",
                 ". . PUNCT 2 punct"}),
           "2018-03-01");
  ASSERT_EQ(offer.size(), 1u);
  EXPECT_EQ(offer[0].action.root, "03");
  ASSERT_TRUE(offer[0].target.has_value());
  EXPECT_EQ(offer[0].target->id, "SYR");
  std::vector<Event> stress =
      Code("Obama stressed that Syria had to respect the truce.",
           Rows({"Obama Obama PROPN 2 nsubj", "stressed stress VERB 0 root",
                 "that that SCONJ 5 mark", "Syria Syria PROPN 5 nsubj",
                 "had have VERB 2 ccomp", "to to PART 7 mark",
                 "respect respect VERB 5 xcomp", "the the DET 9 det",
                 "truce truce NOUN 7 obj", ". . PUNCT 2 punct"}),
           "2016-07-07");
  ASSERT_FALSE(stress.empty());
  EXPECT_EQ(stress[0].action.root, "10");
  ASSERT_TRUE(stress[0].target.has_value());
  EXPECT_EQ(stress[0].target->id, "SYR");
  std::vector<Event> give_up =
      Code("Iran gave up Syria.",
           Rows({"Iran Iran PROPN 2 nsubj", "gave give VERB 0 root",
                 "up up ADP 2 compound:prt", "Syria Syria PROPN 2 obj",
                 ". . PUNCT 2 punct"}),
           "2018-03-01");
  for (const Event& e : give_up) EXPECT_NE(e.action.root, "07");
}

// The speaker of a trailing report hung on the last noun as an apposition
// is not another name of that noun: "leave Kherson, the Russian defence
// ministry announced" leaves Ukraine's city, not the ministry.
TEST_F(DictLexiconTest, ReportingApposIsNotTheObject) {
  std::vector<Event> events = Code(
      "Russian troops will leave Kherson, the Russian defence ministry "
      "announced.",
      Rows({"Russian Russian ADJ 2 amod", "troops troops NOUN 4 nsubj",
            "will will AUX 4 aux", "leave leave VERB 0 root",
            "Kherson Kherson PROPN 4 obj", ", , PUNCT 10 punct",
            "the the DET 10 det", "Russian Russian ADJ 10 amod",
            "defence defence NOUN 10 compound",
            "ministry ministry NOUN 5 appos", "announced announce VERB 10 acl",
            ". . PUNCT 4 punct"}),
      "2022-11-09");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "RUSMIL");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->id, "UKR");
  EXPECT_EQ(events[0].attribution, "the Russian defence ministry");
}

// Naming something with a word of blame is disapproval of whoever it
// belongs to ("called the US sanctions useless") or of whoever did it
// ("…, which Moscow called a provocation"); a phone call is no naming.
TEST_F(DictLexiconTest, NamingWithBlameIsDisapproval) {
  std::vector<Event> useless =
      Code("Putin called the US sanctions useless.",
           Rows({"Putin Putin PROPN 2 nsubj", "called call VERB 0 root",
                 "the the DET 5 det", "US US PROPN 5 compound",
                 "sanctions sanction NOUN 2 obj",
                 "useless useless ADV 2 advmod", ". . PUNCT 2 punct"}),
           "2017-09-05");
  bool blamed = false;
  for (const Event& e : useless)
    if (e.action.cameo == "111") {
      blamed = true;
      EXPECT_EQ(e.source.id, "RUSGOV");
      EXPECT_EQ(e.target->id, "USA");
    }
  EXPECT_TRUE(blamed);
  std::vector<Event> provocation = Code(
      "Ukraine launched an incursion into Kursk, which Moscow called a "
      "provocation.",
      Rows({"Ukraine Ukraine PROPN 2 nsubj", "launched launch VERB 0 root",
            "an a DET 4 det", "incursion incursion NOUN 2 obj",
            "into into ADP 6 case", "Kursk Kursk PROPN 2 obl",
            ", , PUNCT 10 punct", "which which PRON 10 nsubj",
            "Moscow Moscow PROPN 10 nsubj", "called call VERB 6 acl:relcl",
            "a a DET 12 det", "provocation provocation NOUN 10 obj",
            ". . PUNCT 2 punct"}),
      "2024-08-07");
  blamed = false;
  for (const Event& e : provocation)
    if (e.action.cameo == "111") {
      blamed = true;
      EXPECT_EQ(e.source.id, "RUSGOV");
      EXPECT_EQ(e.target->id, "UKR");
    }
  EXPECT_TRUE(blamed);
  std::vector<Event> phone =
      Code("Putin called Obama.",
           Rows({"Putin Putin PROPN 2 nsubj", "called call VERB 0 root",
                 "Obama Obama PROPN 2 obj", ". . PUNCT 2 punct"}),
           "2016-07-07");
  for (const Event& e : phone) EXPECT_NE(e.action.cameo, "111");
}

// "Washington announced new sanctions against Russia": the sanctions are
// the event, not a bare statement too; "Putin suspended Russia's
// participation": no event between Russia and itself.
TEST_F(DictLexiconTest, AnnouncedActsAndOwnState) {
  std::vector<Event> announced =
      Code("Washington announced new sanctions against Russia.",
           Rows({"Washington Washington PROPN 2 nsubj",
                 "announced announce VERB 0 root", "new new ADJ 4 amod",
                 "sanctions sanction NOUN 2 obj", "against against ADP 6 case",
                 "Russia Russia PROPN 4 nmod", ". . PUNCT 2 punct"}),
           "2022-02-22");
  ASSERT_EQ(announced.size(), 1u);
  EXPECT_EQ(announced[0].action.cameo.substr(0, 2), "16");
  EXPECT_EQ(announced[0].target->id, "RUS");
  std::vector<Event> own =
      Code("Putin suspended Russia's participation in the treaty.",
           Rows({"Putin Putin PROPN 2 nsubj", "suspended suspend VERB 0 root",
                 "Russia Russia PROPN 5 nmod:poss", "'s 's PART 3 case",
                 "participation participation NOUN 2 obj", "in in ADP 8 case",
                 "the the DET 8 det", "treaty treaty NOUN 5 nmod",
                 ". . PUNCT 2 punct"}),
           "2023-02-21");
  for (const Event& e : own) {
    if (e.target) {
      EXPECT_NE(e.target->id, "RUS");
    }
  }
}

// "struck by drones claimed by the Houthis": the drones are the Houthis',
// the claim is no statement, and drones make it an aerial attack (195);
// "militants backed by Iran" are backed by Iran (a passive participle).
TEST_F(DictLexiconTest, OwnersOfWeaponsAndPassiveParticiples) {
  std::vector<Event> struck = Code(
      "Saudi facilities were struck by drones claimed by the Houthis.",
      Rows({"Saudi Saudi ADJ 2 amod", "facilities facility NOUN 4 nsubj:pass",
            "were be AUX 4 aux:pass", "struck strike VERB 0 root",
            "by by ADP 6 case", "drones drone NOUN 4 obl:agent",
            "claimed claim VERB 6 acl VBN", "by by ADP 10 case",
            "the the DET 10 det", "Houthis Houthis PROPN 7 obl:agent",
            ". . PUNCT 4 punct"}),
      "2019-09-14");
  ASSERT_EQ(struck.size(), 1u);
  EXPECT_EQ(struck[0].source.id, "YEMREBHTH");
  EXPECT_EQ(struck[0].target->id, "SAU");
  EXPECT_EQ(struck[0].action.cameo, "195");
  std::vector<Event> backed =
      Code("Israel struck militants backed by Iran.",
           Rows({"Israel Israel PROPN 2 nsubj", "struck strike VERB 0 root",
                 "militants militant NOUN 2 obj", "backed back VERB 3 acl VBN",
                 "by by ADP 6 case", "Iran Iran PROPN 4 obl:agent",
                 ". . PUNCT 2 punct"}),
           "2024-01-29");
  bool backing = false;
  for (const Event& e : backed)
    if (e.action.root == "03") {
      backing = true;
      EXPECT_EQ(e.source.id, "IRN");
    }
  EXPECT_TRUE(backing);
}

// A description does not stand for a side its own sentence names: after
// "the government in Niamey" and then Macron, "The junta accused Paris" is
// Niger's junta, not France's.
TEST_F(DictLexiconTest, DescriptionsSkipSidesNamedInTheirSentence) {
  Coder coder(*lex_, *book_);
  DocumentContext ctx{DocInfo{"doc", "", "", "2023-12-22"}, "2023-12-22"};
  CorefState coref;
  auto code = [&](const std::string& text, const std::string& conllu) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok());
    return s.ok() ? coder.CodeSentence(*s, ctx, &coref) : std::vector<Event>{};
  };
  code("The government in Niamey demanded it.",
       Rows({"The the DET 2 det", "government government NOUN 5 nsubj",
             "in in ADP 4 case", "Niamey Niamey PROPN 2 nmod",
             "demanded demand VERB 0 root", "it it PRON 5 obj",
             ". . PUNCT 5 punct"}));
  code("Macron spoke.", Rows({"Macron Macron PROPN 2 nsubj",
                              "spoke speak VERB 0 root", ". . PUNCT 2 punct"}));
  std::vector<Event> events =
      code("The junta accused Paris.",
           Rows({"The the DET 2 det", "junta junta NOUN 3 nsubj",
                 "accused accuse VERB 0 root", "Paris Paris PROPN 3 obj",
                 ". . PUNCT 3 punct"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.country, "NER");
  EXPECT_EQ(events[0].target->id, "FRAGOV");
}

// The place of a meeting is its venue, not a side: "talks in Antalya".
TEST_F(DictLexiconTest, MeetingVenueIsNoSide) {
  std::vector<Event> events =
      Code("Lavrov held talks in Antalya.",
           Rows({"Lavrov Lavrov PROPN 2 nsubj", "held hold VERB 0 root",
                 "talks talk NOUN 2 obj", "in in ADP 5 case",
                 "Antalya Antalya PROPN 3 nmod", ". . PUNCT 2 punct"}),
           "2022-03-10");
  for (const Event& e : events) {
    if (e.target) {
      EXPECT_NE(e.target->country, "TUR");
    }
  }
}

// "Obama met Merkel in Berlin": consultations both ways and a visit by the
// side from abroad; "The United States, Britain and France struck …" with
// the first of the list misattached still has three sources.
TEST_F(DictLexiconTest, CapitalVisitsAndSubjectLists) {
  std::vector<Event> met =
      Code("Obama met Merkel in Berlin.",
           Rows({"Obama Obama PROPN 2 nsubj", "met meet VERB 0 root",
                 "Merkel Merkel PROPN 2 obj", "in in ADP 5 case",
                 "Berlin Berlin PROPN 2 obl", ". . PUNCT 2 punct"}),
           "2016-11-17");
  int visits = 0;
  for (const Event& e : met)
    if (e.action.cameo == "042") {
      ++visits;
      EXPECT_EQ(e.source.id, "USAGOV");
      EXPECT_EQ(e.target->id, "DEUGOV");
    }
  EXPECT_EQ(visits, 1);
  std::vector<Event> struck =
      Code("The United States, Britain and France struck Syria.",
           Rows({"The the DET 3 det", "United United ADJ 3 amod",
                 "States State PROPN 8 obl", ", , PUNCT 3 punct",
                 "Britain Britain PROPN 8 nsubj", "and and CCONJ 7 cc",
                 "France France PROPN 5 conj", "struck strike VERB 0 root",
                 "Syria Syria PROPN 8 obj", ". . PUNCT 8 punct"}),
           "2018-04-14");
  std::set<std::string> sources;
  for (const Event& e : struck) sources.insert(e.source.id);
  EXPECT_EQ(sources, (std::set<std::string>{"USA", "GBR", "FRA"}));
}

// Leaving a country ends a presence there (166); leaving a town is a
// military retreat (0874).
TEST_F(DictLexiconTest, LeavingACountryIsWithdrawal) {
  auto leave = [&](const std::string& place) {
    return Code(
        "French soldiers left " + place + ".",
        Rows({"French French ADJ 2 amod", "soldiers soldier NOUN 3 nsubj",
              "left leave VERB 0 root", place + " " + place + " PROPN 3 obj",
              ". . PUNCT 3 punct"}),
        "2023-12-22");
  };
  std::vector<Event> niger = leave("Niger");
  ASSERT_EQ(niger.size(), 1u);
  EXPECT_EQ(niger[0].action.cameo, "166");
  std::vector<Event> town = leave("Kherson");
  ASSERT_EQ(town.size(), 1u);
  EXPECT_EQ(town[0].action.cameo, "0874");
}

// "accused Russia of shelling a hospital": Russia shells (object control),
// reported; the accusation is of war crimes (1124) for force against a
// hospital, of aggression (1123) otherwise. A relative pronoun whose
// antecedent names no actor stands for the actor named just before it.
TEST_F(DictLexiconTest, AccusationsOfForce) {
  std::vector<Event> hospital =
      Code("Ukraine accused Russia of shelling a hospital.",
           Rows({"Ukraine Ukraine PROPN 2 nsubj", "accused accuse VERB 0 root",
                 "Russia Russia PROPN 2 obj", "of of SCONJ 5 mark",
                 "shelling shell VERB 2 advcl", "a a DET 7 det",
                 "hospital hospital NOUN 5 obj", ". . PUNCT 2 punct"}),
           "2022-03-10");
  ASSERT_FALSE(hospital.empty());
  EXPECT_EQ(hospital[0].action.cameo, "1124");
  EXPECT_EQ(hospital[0].target->id, "RUS");
  std::vector<Event> town =
      Code("Armenia accused Azerbaijan of shelling Stepanakert.",
           Rows({"Armenia Armenia PROPN 2 nsubj", "accused accuse VERB 0 root",
                 "Azerbaijan Azerbaijan PROPN 2 obj", "of of SCONJ 5 mark",
                 "shelling shell VERB 2 advcl",
                 "Stepanakert Stepanakert PROPN 5 obj", ". . PUNCT 2 punct"}),
           "2020-09-28");
  ASSERT_FALSE(town.empty());
  EXPECT_EQ(town[0].action.cameo, "1123");
  std::vector<Event> which = Code(
      "Washington suspended talks with Moscow, which it accused of lying.",
      Rows({"Washington Washington PROPN 2 nsubj",
            "suspended suspend VERB 0 root", "talks talk NOUN 2 obj",
            "with with ADP 5 case", "Moscow Moscow PROPN 3 nmod",
            ", , PUNCT 9 punct", "which which PRON 9 obj", "it it PRON 9 nsubj",
            "accused accuse VERB 3 acl:relcl", "of of SCONJ 11 mark",
            "lying lie VERB 9 advcl", ". . PUNCT 2 punct"}),
      "2016-10-03");
  bool accused = false;
  for (const Event& e : which)
    if (e.action.root == "11") {
      accused = true;
      EXPECT_EQ(e.source.id, "USAGOV");
      EXPECT_EQ(e.target->id, "RUSGOV");
    }
  EXPECT_TRUE(accused);
}

// A pattern's object of several words ("launch missile test") matches its
// last word with the others around it.
TEST_F(DictLexiconTest, MultiWordObjects) {
  std::vector<Event> events =
      Code("China held a welcome ceremony for Putin.",
           Rows({"China China PROPN 2 nsubj", "held hold VERB 0 root",
                 "a a DET 5 det", "welcome welcome NOUN 5 compound",
                 "ceremony ceremony NOUN 2 obj", "for for ADP 7 case",
                 "Putin Putin PROPN 5 nmod", ". . PUNCT 2 punct"}),
           "2024-05-16");
  bool hosted = false;
  for (const Event& e : events)
    hosted |= e.action.cameo == "043" && e.action.lemma == "hold";
  EXPECT_TRUE(hosted);
}

// "Macron visited Moscow for talks with Putin": a visit, and talks both
// ways that are consultations at home (040), not a third place (044).
TEST_F(DictLexiconTest, TalksOnAVisit) {
  std::vector<Event> events =
      Code("Macron visited Moscow for talks with Putin.",
           Rows({"Macron Macron PROPN 2 nsubj", "visited visit VERB 0 root",
                 "Moscow Moscow PROPN 2 obj", "for for ADP 5 case",
                 "talks talk NOUN 2 obl", "with with ADP 7 case",
                 "Putin Putin PROPN 2 obl", ". . PUNCT 2 punct"}),
           "2022-02-07");
  std::multiset<std::string> codes;
  for (const Event& e : events)
    codes.insert(e.source.id + ">" + e.target->id + ":" + e.action.cameo);
  EXPECT_EQ(codes.count("FRAGOV>RUSGOV:042"), 1u);
  EXPECT_EQ(codes.count("FRAGOV>RUSGOV:040"), 1u);
  EXPECT_EQ(codes.count("RUSGOV>FRAGOV:040"), 1u);
}

// "Russia and Ukraine signed …" makes them the pair that "the two
// delegations" in a later sentence stand for, whoever else was named.
TEST_F(DictLexiconTest, ThePairThatActedTogether) {
  Coder coder(*lex_, *book_);
  DocumentContext ctx{DocInfo{"doc", "", "", "2022-07-22"}, "2022-07-22"};
  CorefState coref;
  auto code = [&](const std::string& text, const std::string& conllu) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok());
    return s.ok() ? coder.CodeSentence(*s, ctx, &coref) : std::vector<Event>{};
  };
  code("Russia and Ukraine signed deals with Turkey.",
       Rows({"Russia Russia PROPN 4 nsubj", "and and CCONJ 3 cc",
             "Ukraine Ukraine PROPN 1 conj", "signed sign VERB 0 root",
             "deals deal NOUN 4 obj", "with with ADP 7 case",
             "Turkey Turkey PROPN 5 nmod", ". . PUNCT 4 punct"}));
  code("Guterres praised Erdogan.",
       Rows({"Guterres Guterres PROPN 2 nsubj", "praised praise VERB 0 root",
             "Erdogan Erdogan PROPN 2 obj", ". . PUNCT 2 punct"}));
  std::vector<Event> talks =
      code("Talks between the two delegations took place.",
           Rows({"Talks talk NOUN 6 nsubj", "between between ADP 5 case",
                 "the the DET 5 det", "two two NUM 5 nummod",
                 "delegations delegation NOUN 1 nmod", "took take VERB 0 root",
                 "place place NOUN 6 obj", ". . PUNCT 6 punct"}));
  std::set<std::string> sides;
  for (const Event& e : talks) sides.insert(e.source.country);
  EXPECT_EQ(sides, (std::set<std::string>{"RUS", "UKR"}));
}

// "…, the Kremlin said on Thursday." parsed as the main verb's clausal
// complement: attribution still, not the content of the main verb.
TEST_F(DictLexiconTest, TrailingReportWithItsDate) {
  std::vector<Event> events = Code(
      "Putin criticised Obama, the Kremlin said on Thursday.",
      Rows({"Putin Putin PROPN 2 nsubj", "criticised criticise VERB 0 root",
            "Obama Obama PROPN 2 obj", ", , PUNCT 7 punct", "the the DET 6 det",
            "Kremlin Kremlin PROPN 7 nsubj", "said say VERB 2 ccomp",
            "on on ADP 9 case", "Thursday Thursday PROPN 7 obl",
            ". . PUNCT 2 punct"}),
      "2016-07-07");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action.root, "11");
  EXPECT_EQ(events[0].attribution, "the Kremlin");
}

// "rejected the accusation" is aimed at whoever last accused someone in
// the document.
TEST_F(DictLexiconTest, RejectedAccusationIsTheAccusers) {
  Coder coder(*lex_, *book_);
  DocumentContext ctx{DocInfo{"doc", "", "", "2017-04-12"}, "2017-04-12"};
  CorefState coref;
  auto code = [&](const std::string& text, const std::string& conllu) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok());
    return s.ok() ? coder.CodeSentence(*s, ctx, &coref) : std::vector<Event>{};
  };
  code("Haley accused Moscow of lying.",
       Rows({"Haley Haley PROPN 2 nsubj", "accused accuse VERB 0 root",
             "Moscow Moscow PROPN 2 obj", "of of SCONJ 5 mark",
             "lying lie VERB 2 advcl", ". . PUNCT 2 punct"}));
  std::vector<Event> rejected =
      code("The Kremlin rejected the accusation.",
           Rows({"The the DET 2 det", "Kremlin Kremlin PROPN 3 nsubj",
                 "rejected reject VERB 0 root", "the the DET 5 det",
                 "accusation accusation NOUN 3 obj", ". . PUNCT 3 punct"}));
  ASSERT_EQ(rejected.size(), 1u);
  ASSERT_TRUE(rejected[0].target.has_value());
  EXPECT_EQ(rejected[0].target->country, "USA");
}

// What is blocked does not happen: no aid event inside "blocked a package
// of EU aid"; a country word before a title and a name is that person.
TEST_F(DictLexiconTest, BlockedActsAndTitledNames) {
  std::vector<Event> blocked =
      Code("Hungary blocked a package of EU aid for Ukraine.",
           Rows({"Hungary Hungary PROPN 2 nsubj", "blocked block VERB 0 root",
                 "a a DET 4 det", "package package NOUN 2 obj",
                 "of of ADP 7 case", "EU EU PROPN 7 compound",
                 "aid aid NOUN 4 nmod", "for for ADP 9 case",
                 "Ukraine Ukraine PROPN 7 nmod", ". . PUNCT 2 punct"}),
           "2024-03-14");
  for (const Event& e : blocked) EXPECT_NE(e.action.root, "07");
  std::vector<Event> met =
      Code("Netanyahu met US Secretary of State Antony Blinken.",
           Rows({"Netanyahu Netanyahu PROPN 2 nsubj", "met meet VERB 0 root",
                 "US US PROPN 2 obj",
                 "Secretary Secretary PROPN 2 obl:unmarked", "of of ADP 7 case",
                 "State State PROPN 7 compound", "Antony Antony PROPN 4 nmod",
                 "Blinken Blinken PROPN 7 flat", ". . PUNCT 2 punct"}),
           "2024-03-14");
  bool blinken = false;
  for (const Event& e : met)
    blinken |= e.target && e.target->id == "USAGOV" && e.source.id == "ISRGOV";
  EXPECT_TRUE(blinken);
}

// "told Netanyahu that Israel must protect civilians, the White House
// said" with the reported clause hung on the trailing "said": still a
// demand of the hearer with that content, attributed to the White House;
// artillery makes force 194.
TEST_F(DictLexiconTest, ContentHungOnTheTrailingReport) {
  std::vector<Event> events = Code(
      "Biden told Netanyahu that Israel must protect civilians, the White "
      "House said.",
      Rows({"Biden Biden PROPN 2 nsubj", "told tell VERB 0 root",
            "Netanyahu Netanyahu PROPN 2 iobj", "that that SCONJ 7 mark",
            "Israel Israel PROPN 7 nsubj", "must must AUX 7 aux",
            "protect protect VERB 13 ccomp", "civilians civilian NOUN 7 obj",
            ", , PUNCT 7 punct", "the the DET 12 det",
            "White White ADJ 12 amod", "House House PROPN 13 nsubj",
            "said say VERB 2 ccomp", ". . PUNCT 2 punct"}),
      "2023-10-20");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].action.root, "10");
  EXPECT_EQ(events[0].content, "Israel must protect civilians");
  EXPECT_EQ(events[0].attribution, "the White House");
  std::vector<Event> shelled = Code(
      "Israeli artillery struck Lebanon.",
      Rows({"Israeli Israeli ADJ 2 amod", "artillery artillery NOUN 3 nsubj",
            "struck strike VERB 0 root", "Lebanon Lebanon PROPN 3 obj",
            ". . PUNCT 3 punct"}),
      "2023-10-20");
  ASSERT_EQ(shelled.size(), 1u);
  EXPECT_EQ(shelled[0].action.cameo, "194");
}

// Only definite descriptions refer back: "the army" after the Israeli
// army is Israel's; "an army" is someone new.
TEST_F(DictLexiconTest, IndefiniteDescriptionsDoNotReferBack) {
  Coder coder(*lex_, *book_);
  DocumentContext ctx{DocInfo{"doc", "", "", "2023-10-20"}, "2023-10-20"};
  CorefState coref;
  auto code = [&](const std::string& text, const std::string& conllu) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok());
    return s.ok() ? coder.CodeSentence(*s, ctx, &coref) : std::vector<Event>{};
  };
  code("The IDF struck Gaza.",
       Rows({"The the DET 2 det", "IDF IDF PROPN 3 nsubj",
             "struck strike VERB 0 root", "Gaza Gaza PROPN 3 obj",
             ". . PUNCT 3 punct"}));
  auto criticised = [&](const std::string& det) {
    return code(
        det + " army criticised Cairo.",
        Rows(
            {det + " " + std::string(det == "The" ? "the" : "a") + " DET 2 det",
             "army army NOUN 3 nsubj", "criticised criticise VERB 0 root",
             "Cairo Cairo PROPN 3 obj", ". . PUNCT 3 punct"}));
  };
  std::vector<Event> definite = criticised("The");
  ASSERT_EQ(definite.size(), 1u);
  EXPECT_EQ(definite[0].source.country, "ISR");
  EXPECT_TRUE(criticised("An").empty());
}

// "threaten to strike $T" finds its target as the spelled-out verb's
// object and beats the labour sense "threaten to strike" (133).
TEST_F(DictLexiconTest, ThreatenToStrikeTarget) {
  std::vector<Event> events =
      Code("Iran threatened to strike US bases.",
           Rows({"Iran Iran PROPN 2 nsubj", "threatened threaten VERB 0 root",
                 "to to PART 4 mark", "strike strike VERB 2 xcomp",
                 "US US PROPN 6 compound", "bases base NOUN 4 obj",
                 ". . PUNCT 2 punct"}),
           "2020-01-05");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].action.cameo, "1384");
  EXPECT_EQ(events[0].target->id, "USA");
}

// "are due to meet" is a meeting to come (036); "told reporters": the press
// is the audience, not a target.
TEST_F(DictLexiconTest, DueToMeetAndToldReporters) {
  std::vector<Event> due =
      Code("Chinese and Philippine diplomats are due to meet.",
           Rows({"Chinese Chinese ADJ 4 amod", "and and CCONJ 3 cc",
                 "Philippine Philippine ADJ 1 conj",
                 "diplomats diplomat NOUN 6 nsubj", "are be AUX 6 cop",
                 "due due ADJ 0 root", "to to PART 8 mark",
                 "meet meet VERB 6 xcomp", ". . PUNCT 6 punct"}),
           "2025-06-02");
  ASSERT_FALSE(due.empty());
  for (const Event& e : due) {
    EXPECT_EQ(e.modality, "future");
    EXPECT_EQ(e.action.cameo, "036");
  }
  std::vector<Event> told =
      Code("Marcos told reporters that Manila would not back down.",
           Rows({"Marcos Marcos PROPN 2 nsubj", "told tell VERB 0 root",
                 "reporters reporter NOUN 2 obj", "that that SCONJ 8 mark",
                 "Manila Manila PROPN 8 nsubj", "would would AUX 8 aux",
                 "not not PART 8 advmod", "back back VERB 2 ccomp",
                 "down down ADP 8 compound:prt", ". . PUNCT 2 punct"}),
           "2025-06-02");
  for (const Event& e : told) {
    if (e.target) {
      EXPECT_NE(e.target->role, "MED");
    }
  }
}

// "approved military strikes against Iran": the strikes are hypothetical;
// "blamed the incident on Tehran": Tehran is blamed.
TEST_F(DictLexiconTest, ApprovedActsAndBlameOn) {
  std::vector<Event> approved =
      Code("Trump approved military strikes against Iran.",
           Rows({"Trump Trump PROPN 2 nsubj", "approved approve VERB 0 root",
                 "military military ADJ 4 amod", "strikes strike NOUN 2 obj",
                 "against against ADP 6 case", "Iran Iran PROPN 4 nmod",
                 ". . PUNCT 2 punct"}),
           "2019-06-21");
  bool strikes = false;
  for (const Event& e : approved)
    if (e.action.root == "19") {
      strikes = true;
      EXPECT_EQ(e.modality, "hypothetical");
    }
  EXPECT_TRUE(strikes);
  std::vector<Event> blamed =
      Code("Washington blamed the incident on Tehran.",
           Rows({"Washington Washington PROPN 2 nsubj",
                 "blamed blame VERB 0 root", "the the DET 4 det",
                 "incident incident NOUN 2 obj", "on on ADP 6 case",
                 "Tehran Tehran PROPN 2 obl", ". . PUNCT 2 punct"}),
           "2019-06-21");
  ASSERT_EQ(blamed.size(), 1u);
  EXPECT_EQ(blamed[0].target->id, "IRNGOV");
}

// "both sides" without an agent noun is the last pair too.
TEST_F(DictLexiconTest, BothSidesAreTheLastPair) {
  Coder coder(*lex_, *book_);
  DocumentContext ctx{DocInfo{"doc", "", "", "2019-06-21"}, "2019-06-21"};
  CorefState coref;
  auto code = [&](const std::string& text, const std::string& conllu) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok());
    return s.ok() ? coder.CodeSentence(*s, ctx, &coref) : std::vector<Event>{};
  };
  code("Washington blamed Tehran.",
       Rows({"Washington Washington PROPN 2 nsubj", "blamed blame VERB 0 root",
             "Tehran Tehran PROPN 2 obj", ". . PUNCT 2 punct"}));
  std::vector<Event> urged = code(
      "France urged both sides to talk.",
      Rows({"France France PROPN 2 nsubj", "urged urge VERB 0 root",
            "both both DET 4 det", "sides side NOUN 2 obj", "to to PART 6 mark",
            "talk talk VERB 2 xcomp", ". . PUNCT 2 punct"}));
  std::set<std::string> targets;
  for (const Event& e : urged) {
    if (e.action.root == "02" && e.target) targets.insert(e.target->country);
  }
  EXPECT_EQ(targets, (std::set<std::string>{"USA", "IRN"}));
}

// Mutual acts of a compound subject without a partner go both ways
// ("exchanged fire", "restored relations"); withdrawing from an
// organisation is 166.
TEST_F(DictLexiconTest, MutualActsAndLeavingABloc) {
  std::vector<Event> fire = Code(
      "India and Pakistan exchanged fire.",
      Rows({"India India PROPN 4 nsubj", "and and CCONJ 3 cc",
            "Pakistan Pakistan PROPN 1 conj", "exchanged exchange VERB 0 root",
            "fire fire NOUN 4 obj", ". . PUNCT 4 punct"}),
      "2024-02-10");
  std::set<std::string> dyads;
  for (const Event& e : fire)
    dyads.insert(e.source.id + ">" + (e.target ? e.target->id : "-") + ":" +
                 e.action.root);
  EXPECT_EQ(dyads, (std::set<std::string>{"IND>PAK:19", "PAK>IND:19"}));
  std::vector<Event> bloc =
      Code("Mali withdrew from ECOWAS.",
           Rows({"Mali Mali PROPN 2 nsubj", "withdrew withdraw VERB 0 root",
                 "from from ADP 4 case", "ECOWAS ECOWAS PROPN 2 obl",
                 ". . PUNCT 2 punct"}),
           "2024-01-28");
  ASSERT_EQ(bloc.size(), 1u);
  EXPECT_EQ(bloc[0].action.cameo, "166");
}

// A conjoined verb of the same speaker without a target of its own is
// aimed where the first was: "accused Azerbaijan … and vowed to respond".
TEST_F(DictLexiconTest, ConjoinedThreatTakesTheFirstTarget) {
  std::vector<Event> events =
      Code("Armenia accused Azerbaijan and vowed to respond.",
           Rows({"Armenia Armenia PROPN 2 nsubj", "accused accuse VERB 0 root",
                 "Azerbaijan Azerbaijan PROPN 2 obj", "and and CCONJ 5 cc",
                 "vowed vow VERB 2 conj", "to to PART 7 mark",
                 "respond respond VERB 5 xcomp", ". . PUNCT 2 punct"}),
           "2020-09-28");
  bool threat = false;
  for (const Event& e : events)
    if (e.action.root == "13") {
      threat = true;
      ASSERT_TRUE(e.target.has_value());
      EXPECT_EQ(e.target->id, "AZE");
    }
  EXPECT_TRUE(threat);
}

}  // namespace
}  // namespace dipgraph

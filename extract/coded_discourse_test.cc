// Whole sentences coded from hand-written parses with the shipped
// dictionaries, across clauses and circumstances: descriptions and pairs,
// venues and visits, withdrawals, accusations, reports and threats.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/dict_lexicon_fixture.h"

namespace dipgraph {
namespace {

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

// "Obama met Merkel in Berlin": consultations both ways and no more (the
// place says where they met, not who travelled: tests/gold/README.md, E3);
// "The United States, Britain and France struck …" with the first of the
// list misattached still has three sources.
TEST_F(DictLexiconTest, CapitalVisitsAndSubjectLists) {
  std::vector<Event> met =
      Code("Obama met Merkel in Berlin.",
           Rows({"Obama Obama PROPN 2 nsubj", "met meet VERB 0 root",
                 "Merkel Merkel PROPN 2 obj", "in in ADP 5 case",
                 "Berlin Berlin PROPN 2 obl", ". . PUNCT 2 punct"}),
           "2016-11-17");
  ASSERT_EQ(met.size(), 2u);
  for (const Event& e : met) EXPECT_EQ(e.action.cameo, "040");
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
// object and beats the labour sense "threaten to strike" (133); a
// country's bases are its military (tests/gold/README.md, A3).
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
  EXPECT_EQ(events[0].target->id, "USAMIL");
}

// "are due to meet" is a meeting to come (future); "told reporters": the press
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
  // A meeting to come is the meeting, future (tests/gold/README.md, S5).
  ASSERT_EQ(due.size(), 2u);
  for (const Event& e : due) {
    EXPECT_EQ(e.modality, "future");
    EXPECT_EQ(e.action.cameo, "040");
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

// What an accusation alleges is its content, not an act the coder asserts:
// "accused Russia of shelling a hospital" gives the accusation only.
TEST_F(DictLexiconTest, AllegedActsAreNotCoded) {
  std::vector<Event> events =
      Code("Ukraine accused Russia of shelling a hospital.",
           Rows({"Ukraine Ukraine PROPN 2 nsubj", "accused accuse VERB 0 root",
                 "Russia Russia PROPN 2 obj", "of of SCONJ 5 mark",
                 "shelling shell VERB 2 advcl", "a a DET 7 det",
                 "hospital hospital NOUN 5 obj", ". . PUNCT 2 punct"}),
           "2022-03-10");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "UKR");
  EXPECT_EQ(events[0].target->id, "RUS");
  EXPECT_EQ(events[0].action.cameo, "1124");
  EXPECT_EQ(events[0].content, "shelling a hospital");
  // An appeal's content is still coded, as demanded.
  std::vector<Event> appeal =
      Code("Putin urged Obama to meet Assad.",
           Rows({"Putin Putin PROPN 2 nsubj", "urged urge VERB 0 root",
                 "Obama Obama PROPN 2 obj", "to to PART 5 mark",
                 "meet meet VERB 2 xcomp", "Assad Assad PROPN 5 obj",
                 ". . PUNCT 2 punct"}),
           "2016-07-07");
  ASSERT_EQ(appeal.size(), 3u);  // the appeal and the meeting both ways
  EXPECT_EQ(appeal[1].modality, "demanded");
}

// A consultation held by phone is 041 whatever verb tells of it; a
// disapproval without a target actor is kept, like other verbal acts.
TEST_F(DictLexiconTest, ByPhoneAndTargetlessDisapproval) {
  std::vector<Event> call =
      Code("Obama and Putin discussed Syria by telephone.",
           Rows({"Obama Obama PROPN 4 nsubj", "and and CCONJ 3 cc",
                 "Putin Putin PROPN 1 conj", "discussed discuss VERB 0 root",
                 "Syria Syria PROPN 4 obj", "by by ADP 7 case",
                 "telephone telephone NOUN 4 obl", ". . PUNCT 4 punct"}),
           "2016-07-07");
  ASSERT_EQ(call.size(), 2u);
  for (const Event& e : call) EXPECT_EQ(e.action.cameo, "041");
  std::vector<Event> met =
      Code("Obama and Putin discussed Syria.",
           Rows({"Obama Obama PROPN 4 nsubj", "and and CCONJ 3 cc",
                 "Putin Putin PROPN 1 conj", "discussed discuss VERB 0 root",
                 "Syria Syria PROPN 4 obj", ". . PUNCT 4 punct"}),
           "2016-07-07");
  ASSERT_EQ(met.size(), 2u);
  EXPECT_EQ(met[0].action.cameo, "040");
  std::vector<Event> condemned =
      Code("The strike was condemned by the United Nations.",
           Rows({"The the DET 2 det", "strike strike NOUN 4 nsubj:pass",
                 "was be AUX 4 aux:pass", "condemned condemn VERB 0 root",
                 "by by ADP 8 case", "the the DET 8 det",
                 "United United PROPN 8 compound",
                 "Nations Nations PROPN 4 obl:agent", ". . PUNCT 4 punct"}),
           "2024-10-01");
  ASSERT_EQ(condemned.size(), 1u);
  EXPECT_EQ(condemned[0].source.id, "IGOUNO");
  EXPECT_FALSE(condemned[0].target.has_value());
  EXPECT_EQ(condemned[0].action.root, "11");
}

// A host's guest visits (042) only when the hosting is in the host's own
// country; welcomed at a summit abroad, the two meet at a third place (044)
// (tests/gold/README.md, E3).
TEST_F(DictLexiconTest, GuestsVisitOnlyAtTheHostsHome) {
  auto visits = [](const std::vector<Event>& events) {
    return std::count_if(events.begin(), events.end(), [](const Event& e) {
      return e.action.cameo == "042";
    });
  };
  std::vector<Event> home =
      Code("Putin hosted Assad in Sochi.",
           Rows({"Putin Putin PROPN 2 nsubj", "hosted host VERB 0 root",
                 "Assad Assad PROPN 2 obj", "in in ADP 5 case",
                 "Sochi Sochi PROPN 2 obl", ". . PUNCT 2 punct"}),
           "2017-11-22");
  EXPECT_EQ(visits(home), 1);
  std::vector<Event> abroad = Code(
      "Biden welcomed Zelenskiy at the summit in Tokyo.",
      Rows({"Biden Biden PROPN 2 nsubj", "welcomed welcome VERB 0 root",
            "Zelenskiy Zelenskiy PROPN 2 obj", "at at ADP 6 case",
            "the the DET 6 det", "summit summit NOUN 2 obl", "in in ADP 8 case",
            "Tokyo Tokyo PROPN 6 nmod", ". . PUNCT 2 punct"}),
      "2023-05-20");
  ASSERT_EQ(abroad.size(), 2u);
  for (const Event& e : abroad) EXPECT_EQ(e.action.cameo, "044");
  EXPECT_EQ(visits(abroad), 0);
}

// "urged Iran and the US to show restraint" with the infinitive parsed as
// an adverbial clause of the verb: still what is asked, and restraint is
// de-escalation (0256).
TEST_F(DictLexiconTest, AppealInfinitiveHungOnTheVerb) {
  std::vector<Event> events = Code(
      "France urged Iran and the United States to show restraint.",
      Rows({"France France PROPN 2 nsubj", "urged urge VERB 0 root",
            "Iran Iran PROPN 2 obj", "and and CCONJ 7 cc", "the the DET 7 det",
            "United United ADJ 7 amod", "States State PROPN 3 conj",
            "to to PART 9 mark", "show show VERB 2 advcl",
            "restraint restraint NOUN 9 obj", ". . PUNCT 2 punct"}),
      "2020-01-08");
  ASSERT_EQ(events.size(), 2u);
  for (const Event& e : events) {
    EXPECT_EQ(e.action.cameo, "0256");
    EXPECT_EQ(e.content, "show restraint");
  }
}

// The target of a conflict act on the last day of an office is still its
// holder: "Sudan's army ousted Omar al-Bashir" on 2019-04-11.
TEST_F(DictLexiconTest, OustedOnTheLastDayOfOffice) {
  const std::string rows =
      Rows({"Sudan Sudan PROPN 3 nmod:poss", "'s 's PART 1 case",
            "army army NOUN 4 nsubj", "ousted oust VERB 0 root",
            "Omar Omar PROPN 4 obj", "al-Bashir al-Bashir PROPN 5 flat",
            ". . PUNCT 4 punct"});
  const std::string text = "Sudan's army ousted Omar al-Bashir.";
  std::vector<Event> that_day = Code(text, rows, "2019-04-11");
  ASSERT_EQ(that_day.size(), 1u);
  EXPECT_EQ(that_day[0].target->id, "SDNGOV");
  std::vector<Event> later = Code(text, rows, "2019-06-01");
  ASSERT_EQ(later.size(), 1u);
  EXPECT_NE(later[0].target->id, "SDNGOV");
}

// A nominal demand or proposal has content too: the clause it takes
// ("Trump's demand that NATO allies pay more", "a proposal that would see
// Russian jets conduct strikes"); its acts are inner events and give the
// target.
TEST_F(DictLexiconTest, NominalContent) {
  std::vector<Event> events = Code(
      "Washington made a proposal that would see Russian jets strike "
      "al-Nusra.",
      Rows({"Washington Washington PROPN 2 nsubj", "made make VERB 0 root",
            "a a DET 4 det", "proposal proposal NOUN 2 obj",
            "that that PRON 7 nsubj", "would would AUX 7 aux",
            "see see VERB 4 acl:relcl", "Russian Russian ADJ 9 amod",
            "jets jet NOUN 7 obj", "strike strike VERB 7 xcomp",
            "al-Nusra al-Nusra PROPN 10 obj", ". . PUNCT 2 punct"}),
      "2016-07-07");
  const Event* proposal = nullptr;
  const Event* strike = nullptr;
  for (const Event& e : events) {
    if (e.action.root == "03") proposal = &e;
    if (e.action.root == "19") strike = &e;
  }
  ASSERT_NE(proposal, nullptr);
  EXPECT_EQ(proposal->source.id, "USAGOV");
  EXPECT_EQ(proposal->content, "Russian jets strike al-Nusra");
  ASSERT_TRUE(proposal->target.has_value());
  EXPECT_EQ(proposal->target->country, "RUS");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->parent, proposal->id);
}

// "any attack" names no act in particular: a warning about it threatens the
// side named, but no attack is coded.
TEST_F(DictLexiconTest, AnyAttackIsNoEvent) {
  std::vector<Event> events =
      Code("Kyiv warned that it would respond to any Russian attack.",
           Rows({"Kyiv Kyiv PROPN 2 nsubj", "warned warn VERB 0 root",
                 "that that SCONJ 6 mark", "it it PRON 6 nsubj",
                 "would would AUX 6 aux", "respond respond VERB 2 ccomp",
                 "to to ADP 10 case", "any any DET 10 det",
                 "Russian Russian ADJ 10 amod", "attack attack NOUN 6 obl",
                 ". . PUNCT 2 punct"}),
           "2023-07-20");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "UKRGOV");
  EXPECT_EQ(events[0].action.root, "13");
  EXPECT_EQ(events[0].target->id, "RUS");
}

// Praise without a target actor is kept, like other verbal acts; a city
// before an accord is its venue, not a side.
TEST_F(DictLexiconTest, TargetlessPraiseAndAccordVenues) {
  std::vector<Event> praise =
      Code("Japan welcomed the summit.",
           Rows({"Japan Japan PROPN 2 nsubj", "welcomed welcome VERB 0 root",
                 "the the DET 4 det", "summit summit NOUN 2 obj",
                 ". . PUNCT 2 punct"}),
           "2018-04-27");
  ASSERT_EQ(praise.size(), 1u);
  EXPECT_EQ(praise[0].source.id, "JPN");
  EXPECT_EQ(praise[0].action.root, "05");
  EXPECT_FALSE(praise[0].target.has_value());
  std::vector<Event> venue =
      Code("The Paris agreement took effect.",
           Rows({"The the DET 3 det", "Paris Paris PROPN 3 compound",
                 "agreement agreement NOUN 4 nsubj", "took take VERB 0 root",
                 "effect effect NOUN 4 obj", ". . PUNCT 4 punct"}),
           "2016-11-04");
  EXPECT_TRUE(venue.empty());
}

// A pledge is aimed at the side it is made for, also when that side hangs
// on a conjoined object ("weapons and training for Kyiv").
TEST_F(DictLexiconTest, PledgeForAConjoinedObject) {
  std::vector<Event> events =
      Code("The EU promised weapons and training for Kyiv.",
           Rows({"The the DET 2 det", "EU EU PROPN 3 nsubj",
                 "promised promise VERB 0 root", "weapons weapon NOUN 3 obj",
                 "and and CCONJ 6 cc", "training training NOUN 4 conj",
                 "for for ADP 8 case", "Kyiv Kyiv PROPN 6 nmod",
                 ". . PUNCT 3 punct"}),
           "2023-07-12");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "IGOEUREEC");
  ASSERT_TRUE(events[0].target.has_value());
  EXPECT_EQ(events[0].target->id, "UKRGOV");
  EXPECT_EQ(events[0].action.root, "03");
}

// A conjoined verb shares the date of the verb it is conjoined to.
TEST_F(DictLexiconTest, ConjoinedVerbsShareTheDate) {
  std::vector<Event> events =
      Code("On Tuesday Russia shelled Kharkiv and attacked Kyiv.",
           Rows({"On on ADP 2 case", "Tuesday Tuesday PROPN 4 obl",
                 "Russia Russia PROPN 4 nsubj", "shelled shell VERB 0 root",
                 "Kharkiv Kharkiv PROPN 4 obj", "and and CCONJ 7 cc",
                 "attacked attack VERB 4 conj", "Kyiv Kyiv PROPN 7 obj",
                 ". . PUNCT 4 punct"}),
           "2016-07-07");
  ASSERT_EQ(events.size(), 2u);
  for (const Event& e : events) EXPECT_EQ(e.date, "2016-07-05");
}

// A capital attacked is a place, its country; speaking, it is the
// government (tests/gold/README.md, A5).
TEST_F(DictLexiconTest, CapitalsAttackedArePlaces) {
  std::vector<Event> pounded =
      Code("Russia shelled Kyiv.",
           Rows({"Russia Russia PROPN 2 nsubj", "shelled shell VERB 0 root",
                 "Kyiv Kyiv PROPN 2 obj", ". . PUNCT 2 punct"}),
           "2022-10-10");
  ASSERT_EQ(pounded.size(), 1u);
  EXPECT_EQ(pounded[0].target->id, "UKR");
  EXPECT_EQ(pounded[0].target->name, "Ukraine");
  std::vector<Event> condemned =
      Code("Russia condemned Kyiv.",
           Rows({"Russia Russia PROPN 2 nsubj", "condemned condemn VERB 0 root",
                 "Kyiv Kyiv PROPN 2 obj", ". . PUNCT 2 punct"}),
           "2022-10-10");
  ASSERT_EQ(condemned.size(), 1u);
  EXPECT_EQ(condemned[0].target->id, "UKRGOV");
}

// A plural demonym names private people (tests/gold/README.md, A4), also
// behind a quantity ("dozens of"); a plural country name stays the state.
TEST_F(DictLexiconTest, PeopleByNationalityAndQuantities) {
  std::vector<Event> killed = Code(
      "Israeli troops killed dozens of Palestinians.",
      Rows({"Israeli Israeli ADJ 2 amod", "troops troop NOUN 3 nsubj",
            "killed kill VERB 0 root", "dozens dozen NOUN 3 obj",
            "of of ADP 6 case", "Palestinians Palestinian PROPN 4 nmod NNPS",
            ". . PUNCT 3 punct"}),
      "2018-05-14");
  ASSERT_EQ(killed.size(), 1u);
  EXPECT_EQ(killed[0].source.id, "ISRMIL");
  EXPECT_EQ(killed[0].target->id, "PSECVL");
  std::vector<Event> state = Code(
      "China accused the Philippines.",
      Rows({"China China PROPN 2 nsubj", "accused accuse VERB 0 root",
            "the the DET 4 det", "Philippines Philippines PROPN 2 obj NNPS",
            ". . PUNCT 2 punct"}),
      "2024-06-17");
  ASSERT_EQ(state.size(), 1u);
  EXPECT_EQ(state[0].target->id, "PHL");
}

// "US-backed fighters" are not American; "US-led forces" are.
TEST_F(DictLexiconTest, BackersAreNotTheCountry) {
  auto code = [&](const char* text, const char* participle) {
    return Code(
        text,
        Rows({"US US PROPN 4 compound", "- - PUNCT 1 punct",
              std::string(participle) + " " + participle + " VERB 4 amod",
              "forces force NOUN 5 nsubj", "attacked attack VERB 0 root",
              "Raqqa Raqqa PROPN 5 obj", ". . PUNCT 5 punct"}),
        "2017-06-10");
  };
  std::vector<Event> backed =
      code("US-backed forces attacked Raqqa.", "backed");
  for (const Event& e : backed) EXPECT_NE(e.source.country, "USA");
  std::vector<Event> led = code("US-led forces attacked Raqqa.", "led");
  ASSERT_EQ(led.size(), 1u);
  EXPECT_EQ(led[0].source.id, "USAMIL");
}

// A statement about the speaker's own act has no target of its own: the act
// has it (tests/gold/README.md, S2).
TEST_F(DictLexiconTest, StatementOfOwnActHasNoTarget) {
  std::vector<Event> events =
      Code("The ICC said it had issued an arrest warrant for Putin.",
           Rows({"The the DET 2 det", "ICC ICC PROPN 3 nsubj",
                 "said say VERB 0 root", "it it PRON 6 nsubj",
                 "had have AUX 6 aux", "issued issue VERB 3 ccomp",
                 "an a DET 9 det", "arrest arrest NOUN 9 compound",
                 "warrant warrant NOUN 6 obj", "for for ADP 11 case",
                 "Putin Putin PROPN 9 nmod", ". . PUNCT 3 punct"}),
           "2023-03-17");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].action.cameo, "010");
  EXPECT_FALSE(events[0].target.has_value());
  EXPECT_EQ(events[1].target->id, "RUSGOV");
  EXPECT_EQ(events[1].parent, events[0].id);
}

// A threat with an infinitive is one event, its act only content; acts in a
// condition are no events (tests/gold/README.md, S3 and E9).
TEST_F(DictLexiconTest, ThreatsAndConditionsAreOneEvent) {
  std::vector<Event> events =
      Code("Turkey threatened to strike Syrian troops if they attacked Idlib.",
           Rows({"Turkey Turkey PROPN 2 nsubj",
                 "threatened threaten VERB 0 root", "to to PART 4 mark",
                 "strike strike VERB 2 xcomp", "Syrian Syrian ADJ 6 amod",
                 "troops troop NOUN 4 obj", "if if SCONJ 9 mark",
                 "they they PRON 9 nsubj", "attacked attack VERB 4 advcl",
                 "Idlib Idlib PROPN 9 obj", ". . PUNCT 2 punct"}),
           "2020-02-05");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action.root, "13");
  EXPECT_EQ(events[0].target->id, "SYRMIL");
  EXPECT_NE(events[0].content.find("strike Syrian troops"), std::string::npos);
}

// Refusing to say or comment is declining comment (011), one event.
TEST_F(DictLexiconTest, RefusingToSayIsDecliningComment) {
  std::vector<Event> events = Code(
      "China refused to say how many soldiers died.",
      Rows({"China China PROPN 2 nsubj", "refused refuse VERB 0 root",
            "to to PART 4 mark", "say say VERB 2 xcomp", "how how ADV 6 advmod",
            "many many ADJ 7 amod", "soldiers soldier NOUN 8 nsubj",
            "died die VERB 4 ccomp", ". . PUNCT 2 punct"}),
      "2020-06-30");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action.cameo, "011");
  EXPECT_EQ(events[0].source.id, "CHN");
}

// A partner of strikes ("coordinated the strikes with Moscow") is not
// their target.
TEST_F(DictLexiconTest, StrikesWithAPartner) {
  std::vector<Event> events =
      Code("The Pentagon coordinated the strikes with Moscow.",
           Rows({"The the DET 2 det", "Pentagon Pentagon PROPN 3 nsubj",
                 "coordinated coordinate VERB 0 root", "the the DET 5 det",
                 "strikes strike NOUN 3 obj", "with with ADP 7 case",
                 "Moscow Moscow PROPN 5 nmod", ". . PUNCT 3 punct"}),
           "2015-10-01");
  for (const Event& e : events) EXPECT_NE(e.action.root, "19");
}

// Acts complete in themselves keep no target: "imposed martial law" (1724).
TEST_F(DictLexiconTest, MartialLawNeedsNoTarget) {
  std::vector<Event> events =
      Code("Ukraine imposed martial law.",
           Rows({"Ukraine Ukraine PROPN 2 nsubj", "imposed impose VERB 0 root",
                 "martial martial ADJ 4 amod", "law law NOUN 2 obj",
                 ". . PUNCT 2 punct"}),
           "2018-11-27");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action.cameo, "1724");
  EXPECT_FALSE(events[0].target.has_value());
}

// An agreement with a named partner is mutual (tests/gold/README.md, E1).
TEST_F(DictLexiconTest, AgreementsWithAPartnerAreMutual) {
  std::vector<Event> events = Code(
      "Israel signed accords with the UAE.",
      Rows({"Israel Israel PROPN 2 nsubj", "signed sign VERB 0 root",
            "accords accord NOUN 2 obj", "with with ADP 6 case",
            "the the DET 6 det", "UAE UAE PROPN 3 nmod", ". . PUNCT 2 punct"}),
      "2020-09-15");
  std::set<std::string> dyads;
  for (const Event& e : events)
    if (e.target) dyads.insert(e.source.id + ">" + e.target->id);
  EXPECT_TRUE(dyads.count("ISR>ARE"));
  EXPECT_TRUE(dyads.count("ARE>ISR"));
}

// Weapons that attack are their country's military (tests/gold/README.md,
// A3); a missile fired from a place is that place's.
TEST_F(DictLexiconTest, WeaponsAndWhereTheyCameFrom) {
  std::vector<Event> hit =
      Code("Iranian missiles hit two US bases.",
           Rows({"Iranian Iranian ADJ 2 amod", "missiles missile NOUN 3 nsubj",
                 "hit hit VERB 0 root", "two two NUM 6 nummod",
                 "US US PROPN 6 compound", "bases base NOUN 3 obj",
                 ". . PUNCT 3 punct"}),
           "2020-01-08");
  ASSERT_EQ(hit.size(), 1u);
  EXPECT_EQ(hit[0].source.id, "IRNMIL");
  std::vector<Event> intercepted =
      Code("A missile fired from Yemen was intercepted by Saudi air defences.",
           Rows({"A a DET 2 det", "missile missile NOUN 8 nsubj:pass",
                 "fired fire VERB 2 acl", "from from ADP 5 case",
                 "Yemen Yemen PROPN 3 obl", "was be AUX 8 aux:pass",
                 "by by ADP 11 case", "intercepted intercept VERB 0 root",
                 "Saudi Saudi ADJ 11 amod", "air air NOUN 11 compound",
                 "defences defence NOUN 8 obl:agent", ". . PUNCT 8 punct"}),
           "2017-11-04");
  ASSERT_EQ(intercepted.size(), 1u);
  EXPECT_EQ(intercepted[0].source.id, "SAUMIL");
  EXPECT_EQ(intercepted[0].target->id, "YEM");
}

// "his guest", "her counterpart": the other side named before; "the
// alliance": the last organisation of states named before.
TEST_F(DictLexiconTest, RelationalAndOrganisationDescriptions) {
  Coder coder(*lex_, *book_);
  DocumentContext ctx{DocInfo{"doc", "", "", "2017-11-22"}, "2017-11-22"};
  CorefState coref;
  auto code = [&](const std::string& text, const std::string& conllu) {
    Result<ParsedSentence> s = ParseConllu("# text = " + text + "\n" + conllu);
    EXPECT_TRUE(s.ok());
    return s.ok() ? coder.CodeSentence(*s, ctx, &coref) : std::vector<Event>{};
  };
  code("Putin hosted Assad.",
       Rows({"Putin Putin PROPN 2 nsubj", "hosted host VERB 0 root",
             "Assad Assad PROPN 2 obj", ". . PUNCT 2 punct"}));
  std::vector<Event> told =
      code("Putin thanked his guest.",
           Rows({"Putin Putin PROPN 2 nsubj", "thanked thank VERB 0 root",
                 "his his PRON 4 nmod:poss", "guest guest NOUN 2 obj",
                 ". . PUNCT 2 punct"}));
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].target->id, "SYRGOV");
  code("NATO met.", Rows({"NATO NATO PROPN 2 nsubj", "met meet VERB 0 root",
                          ". . PUNCT 2 punct"}));
  std::vector<Event> alliance =
      code("The alliance condemned Russia.",
           Rows({"The the DET 2 det", "alliance alliance NOUN 3 nsubj",
                 "condemned condemn VERB 0 root", "Russia Russia PROPN 3 obj",
                 ". . PUNCT 3 punct"}));
  ASSERT_EQ(alliance.size(), 1u);
  EXPECT_EQ(alliance[0].source.id, "IGOWSTNAT");
}

// "said Ukraine could not accept a ceasefire": a refusal of one's own act,
// made specific by the act (1246), one event.
TEST_F(DictLexiconTest, SayingOneWillNotIsARefusal) {
  std::vector<Event> events =
      Code("Zelenskiy said Ukraine could not accept a ceasefire.",
           Rows({"Zelenskiy Zelenskiy PROPN 2 nsubj", "said say VERB 0 root",
                 "Ukraine Ukraine PROPN 6 nsubj", "could could AUX 6 aux",
                 "not not PART 6 advmod", "accept accept VERB 2 ccomp",
                 "a a DET 8 det", "ceasefire ceasefire NOUN 6 obj",
                 ". . PUNCT 2 punct"}),
           "2025-02-28");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action.cameo, "1246");
}

// Rebels without a country word belong with the armed group the sentence
// names, not with the state that speaks of them.
TEST_F(DictLexiconTest, RebelsGoWithTheArmedGroupNamed) {
  std::vector<Event> events = Code(
      "Putin urged the rebels to leave areas held by al-Nusra.",
      Rows({"Putin Putin PROPN 2 nsubj", "urged urge VERB 0 root",
            "the the DET 4 det", "rebels rebel NOUN 2 obj", "to to PART 6 mark",
            "leave leave VERB 2 xcomp", "areas area NOUN 6 obj",
            "held hold VERB 7 acl", "by by ADP 10 case",
            "al-Nusra al-Nusra PROPN 8 obl:agent", ". . PUNCT 2 punct"}),
      "2016-07-07");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].target->id, "SYRREB");
}

// What kind of aid is asked for makes the appeal specific; the tone of a
// statement makes it optimistic (013) or pessimistic (012).
TEST_F(DictLexiconTest, AidKindAndTone) {
  std::vector<Event> appeal =
      Code("Kyiv urged its allies to deliver air defence systems.",
           Rows({"Kyiv Kyiv PROPN 2 nsubj", "urged urge VERB 0 root",
                 "its its PRON 4 nmod:poss", "allies ally NOUN 2 obj",
                 "to to PART 6 mark", "deliver deliver VERB 2 xcomp",
                 "air air NOUN 8 compound", "defence defence NOUN 9 compound",
                 "systems system NOUN 6 obj", ". . PUNCT 2 punct"}),
           "2024-11-20");
  ASSERT_FALSE(appeal.empty());
  EXPECT_EQ(appeal[0].action.cameo, "0232");
  std::vector<Event> tone =
      Code("Russia said progress had been made.",
           Rows({"Russia Russia PROPN 2 nsubj", "said say VERB 0 root",
                 "progress progress NOUN 6 nsubj:pass", "had have AUX 6 aux",
                 "been be AUX 6 aux:pass", "made make VERB 2 ccomp",
                 ". . PUNCT 2 punct"}),
           "2022-03-29");
  ASSERT_EQ(tone.size(), 1u);
  EXPECT_EQ(tone[0].action.cameo, "013");
}

// An accord that came of talks between two sides is theirs, both ways.
TEST_F(DictLexiconTest, AccordsThatCameOfTalks) {
  std::vector<Event> events =
      Code("Talks between Putin and Erdogan produced a deal.",
           Rows({"Talks talk NOUN 6 nsubj", "between between ADP 3 case",
                 "Putin Putin PROPN 1 nmod", "and and CCONJ 5 cc",
                 "Erdogan Erdogan PROPN 3 conj", "produced produce VERB 0 root",
                 "a a DET 8 det", "deal deal NOUN 6 obj", ". . PUNCT 6 punct"}),
           "2019-10-22");
  std::set<std::string> accords;
  for (const Event& e : events)
    if (e.action.cameo == "057")
      accords.insert(e.source.id + ">" + e.target->id);
  EXPECT_EQ(accords, (std::set<std::string>{"RUSGOV>TURGOV", "TURGOV>RUSGOV"}));
}

}  // namespace
}  // namespace dipgraph

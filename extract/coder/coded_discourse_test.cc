// Whole sentences coded from hand-written parses with the shipped
// dictionaries, across clauses and circumstances: descriptions and pairs,
// venues and visits, withdrawals, accusations, reports and threats.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/coder/shipped_dict_fixture.h"

namespace dipgraph {
namespace {

// "the government in Niamey" and then Macron, "The junta accused Paris" is
// Niger's junta, not France's.
TEST_F(DictLexiconTest, DescriptionsSkipSidesNamedInTheirSentence) {
  Document doc("2023-12-22");
  auto code = [&](const std::string& text, const std::string& conllu) {
    return doc.Sentence(text, conllu);
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
  Document doc("2022-07-22");
  auto code = [&](const std::string& text, const std::string& conllu) {
    return doc.Sentence(text, conllu);
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
  Document doc("2017-04-12");
  auto code = [&](const std::string& text, const std::string& conllu) {
    return doc.Sentence(text, conllu);
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
  Document doc("2023-10-20");
  auto code = [&](const std::string& text, const std::string& conllu) {
    return doc.Sentence(text, conllu);
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
  Document doc("2019-06-21");
  auto code = [&](const std::string& text, const std::string& conllu) {
    return doc.Sentence(text, conllu);
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

// Whole sentences coded from hand-written parses with the shipped
// dictionaries: each test is a rule of docs/coder.md on project-written
// news sentences.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/coder/shipped_dict_fixture.h"

namespace dipgraph {
namespace {

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

}  // namespace
}  // namespace dipgraph

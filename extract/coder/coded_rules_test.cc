// Sentences coded from hand-written parses with the shipped dictionaries,
// for the coding rules of the gold sets (tests/gold/README.md): what the
// text does not assert, mutual acts, places, people, weapons, speech and
// the refinements of codes by content.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "extract/coder/shipped_dict_fixture.h"

namespace dipgraph {
namespace {

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
  Document doc("2017-11-22");
  auto code = [&](const std::string& text, const std::string& conllu) {
    return doc.Sentence(text, conllu);
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

// "The US-led coalition … carrying out bombing campaigns to destroy the
// Islamic State group": the leading country's forces, aimed at what the
// purpose names; "repel the advances of both the US-trained rebel forces
// and the Syrian army": whose advances, the rebels with the army they are
// conjoined with ("both … and" is no pair of earlier sides).
TEST_F(DictLexiconTest, CoalitionsPurposesAndAdvances) {
  Document doc("2016-07-07");
  std::vector<Event> bombing = doc.Sentence(
      "The US-led coalition carried out bombing campaigns to destroy the "
      "Islamic State group.",
      Rows({"The the DET 5 det", "US US PROPN 4 obl:unmarked",
            "- - PUNCT 2 punct", "led lead VERB 5 amod",
            "coalition coalition NOUN 6 nsubj", "carried carry VERB 0 root",
            "out out ADP 6 compound:prt", "bombing bombing NOUN 9 compound",
            "campaigns campaign NOUN 6 obj", "to to PART 11 mark",
            "destroy destroy VERB 6 xcomp", "the the DET 15 det",
            "Islamic Islamic ADJ 14 amod", "State State PROPN 15 compound",
            "group group NOUN 11 obj", ". . PUNCT 6 punct"}));
  ASSERT_EQ(bombing.size(), 1u);
  EXPECT_EQ(bombing[0].source.id, "USAMIL");
  EXPECT_EQ(bombing[0].target->id, "IMGMOSISI");
  std::vector<Event> repel = doc.Sentence(
      "Islamic State repelled the advances of both the US-trained rebel "
      "forces and the Syrian army.",
      Rows({"Islamic Islamic ADJ 2 amod", "State State PROPN 3 nsubj",
            "repelled repel VERB 0 root", "the the DET 5 det",
            "advances advance NOUN 3 obj", "of of ADP 13 case",
            "both both CCONJ 13 cc:preconj", "the the DET 13 det",
            "US US PROPN 11 obl:unmarked", "- - PUNCT 9 punct",
            "trained train VERB 13 amod", "rebel rebel NOUN 13 compound",
            "forces force NOUN 5 nmod", "and and CCONJ 17 cc",
            "the the DET 17 det", "Syrian Syrian ADJ 17 amod",
            "army army NOUN 13 conj", ". . PUNCT 3 punct"}));
  std::set<std::string> targets;
  for (const Event& e : repel) targets.insert(e.target ? e.target->id : "-");
  EXPECT_EQ(targets, (std::set<std::string>{"SYRMIL", "SYRREB"}));
}

// "would pose a threat to Russia" names a danger: the warning is the event,
// not a threat by Ukraine.
TEST_F(DictLexiconTest, PosingAThreatIsNoThreat) {
  std::vector<Event> events = Code(
      "Moscow warned that Ukrainian membership would pose a threat to Russia.",
      Rows({"Moscow Moscow PROPN 2 nsubj", "warned warn VERB 0 root",
            "that that SCONJ 7 mark", "Ukrainian Ukrainian ADJ 5 amod",
            "membership membership NOUN 7 nsubj", "would would AUX 7 aux",
            "pose pose VERB 2 ccomp", "a a DET 9 det",
            "threat threat NOUN 7 obj", "to to ADP 11 case",
            "Russia Russia PROPN 9 nmod", ". . PUNCT 2 punct"}),
      "2023-07-12");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.id, "RUSGOV");
}

}  // namespace
}  // namespace dipgraph

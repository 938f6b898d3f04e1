// RepairFiniteVerb on hand-tagged sentences: what it retags and what it
// leaves alone.
#include <gtest/gtest.h>

#include "extract/syntax/tagger_model.h"

namespace dipgraph::syntax {
namespace {

// A sentence from "form/XPOS/lemma" triples; UPOS follows from XPOS.
Sentence Tagged(std::vector<std::array<const char*, 3>> rows) {
  Sentence s;
  for (auto [form, xpos, lemma] : rows) {
    Token t;
    t.form = form;
    t.xpos = xpos;
    t.lemma = lemma;
    const std::string x = xpos;
    t.upos = x.starts_with("VB")   ? "VERB"
             : x == "NNP"          ? "PROPN"
             : x.starts_with("NN") ? "NOUN"
                                   : "X";
    s.tokens.push_back(t);
  }
  return s;
}

TEST(RepairFiniteVerb, NewsMainVerbTaggedAsParticiple) {
  Sentence s = Tagged({{"Israel", "NNP", "Israel"},
                       {"signed", "VBN", "sign"},
                       {"accords", "NNS", "accord"},
                       {".", ".", "."}});
  RepairFiniteVerb(&s);
  EXPECT_EQ(s.tokens[1].xpos, "VBD");
  EXPECT_EQ(s.tokens[1].upos, "VERB");
}

TEST(RepairFiniteVerb, IrregularPastAfterANameIsAVerb) {
  // Another finite verb later does not matter for an irregular past form.
  Sentence s = Tagged({{"Trump", "NNP", "Trump"},
                       {"spoke", "NN", "spoke"},
                       {"with", "IN", "with"},
                       {"Putin", "NNP", "Putin"},
                       {"and", "CC", "and"},
                       {"agreed", "VBD", "agree"}});
  RepairFiniteVerb(&s);
  EXPECT_EQ(s.tokens[1].xpos, "VBD");
  EXPECT_EQ(s.tokens[1].lemma, "speak");
  // After a determiner it stays a noun.
  Sentence n = Tagged({{"the", "DT", "the"},
                       {"shot", "NN", "shot"},
                       {"missed", "VBD", "miss"}});
  RepairFiniteVerb(&n);
  EXPECT_EQ(n.tokens[1].xpos, "NN");
  // After a relative pronoun: "militants, who overran Mosul, seized …".
  Sentence r = Tagged({{"militants", "NNS", "militant"},
                       {",", ",", ","},
                       {"who", "WP", "who"},
                       {"overran", "IN", "overran"},
                       {"Mosul", "NNP", "Mosul"},
                       {"seized", "VBD", "seize"}});
  RepairFiniteVerb(&r);
  EXPECT_EQ(r.tokens[3].xpos, "VBD");
  EXPECT_EQ(r.tokens[3].lemma, "overrun");
  // "left" after a subject in a sentence without a finite verb is "leave".
  Sentence l = Tagged({{"Russian", "JJ", "Russian"},
                       {"troops", "NNS", "troops"},
                       {"left", "JJ", "left"},
                       {"Kherson", "NNP", "Kherson"}});
  RepairFiniteVerb(&l);
  EXPECT_EQ(l.tokens[2].xpos, "VBD");
  EXPECT_EQ(l.tokens[2].lemma, "leave");
  // "A drone hit a US base": a same-form past read as a noun.
  Sentence h = Tagged({{"A", "DT", "a"},
                       {"drone", "NN", "drone"},
                       {"hit", "NN", "hit"},
                       {"a", "DT", "a"},
                       {"base", "NN", "base"}});
  RepairFiniteVerb(&h);
  EXPECT_EQ(h.tokens[2].xpos, "VBD");
  EXPECT_EQ(h.tokens[2].lemma, "hit");
  // An irregular past after a common noun, before a noun phrase.
  Sentence a = Tagged({{"artillery", "NN", "artillery"},
                       {"struck", "NN", "struck"},
                       {"targets", "NNS", "target"}});
  RepairFiniteVerb(&a);
  EXPECT_EQ(a.tokens[1].xpos, "VBD");
  EXPECT_EQ(a.tokens[1].lemma, "strike");
  // "a US surveillance drone": a base-form "verb" after "a" and nouns.
  Sentence d = Tagged({{"shot", "VBD", "shoot"},
                       {"a", "DT", "a"},
                       {"US", "NNP", "US"},
                       {"drone", "VB", "drone"}});
  RepairNewsNouns(&d);
  EXPECT_EQ(d.tokens[3].xpos, "NN");
  EXPECT_EQ(d.tokens[3].upos, "NOUN");
  // "denied striking the convoy and blamed rebels": a second main verb;
  // but not when a finite verb follows ("and armed groups fled").
  Sentence c = Tagged({{"Moscow", "NNP", "Moscow"},
                       {"denied", "VBD", "deny"},
                       {"it", "PRP", "it"},
                       {"and", "CC", "and"},
                       {"blamed", "VBN", "blame"},
                       {"rebels", "NNS", "rebel"}});
  RepairNewsNouns(&c);
  EXPECT_EQ(c.tokens[4].xpos, "VBD");
  Sentence g = Tagged({{"Troops", "NNS", "troop"},
                       {"attacked", "VBD", "attack"},
                       {"and", "CC", "and"},
                       {"armed", "VBN", "arm"},
                       {"groups", "NNS", "group"},
                       {"fled", "VBD", "flee"}});
  RepairNewsNouns(&g);
  EXPECT_EQ(g.tokens[3].xpos, "VBN");
}

TEST(RepairFiniteVerb, ParticipleBeforeAnObjectAfterTheOpeningNounPhrase) {
  // The tagger made a later noun a finite verb ("ports" as VBZ).
  Sentence s = Tagged({{"Russia", "NNP", "Russia"},
                       {"and", "CC", "and"},
                       {"Ukraine", "NNP", "Ukraine"},
                       {"signed", "VBN", "sign"},
                       {"separate", "JJ", "separate"},
                       {"agreements", "NNS", "agreement"},
                       {"to", "TO", "to"},
                       {"reopen", "VB", "reopen"},
                       {"ports", "VBZ", "port"}});
  RepairFiniteVerb(&s);
  EXPECT_EQ(s.tokens[3].xpos, "VBD");
  // Followed by an adverb, it stays a participle.
  Sentence r = Tagged({{"Documents", "NNS", "document"},
                       {"seized", "VBN", "seize"},
                       {"there", "RB", "there"},
                       {"show", "VBP", "show"}});
  RepairFiniteVerb(&r);
  EXPECT_EQ(r.tokens[1].xpos, "VBN");
}

TEST(RepairFiniteVerb, LeavesRealParticiplesAlone) {
  // A finite verb elsewhere.
  Sentence a = Tagged({{"Documents", "NNS", "document"},
                       {"seized", "VBN", "seize"},
                       {"there", "RB", "there"},
                       {"show", "VBP", "show"},
                       {"plans", "NNS", "plan"}});
  RepairFiniteVerb(&a);
  EXPECT_EQ(a.tokens[1].xpos, "VBN");
  // A caption with a "by" agent.
  Sentence b = Tagged({{"Photo", "NN", "photo"},
                       {"taken", "VBN", "take"},
                       {"by", "IN", "by"},
                       {"Reuters", "NNP", "Reuters"}});
  RepairFiniteVerb(&b);
  EXPECT_EQ(b.tokens[1].xpos, "VBN");
  // After an auxiliary.
  Sentence c = Tagged({{"Talks", "NNS", "talk"},
                       {"having", "VBG", "have"},
                       {"ended", "VBN", "end"},
                       {"abruptly", "RB", "abruptly"}});
  RepairFiniteVerb(&c);
  EXPECT_EQ(c.tokens[2].xpos, "VBN");
  // No noun before it.
  Sentence d = Tagged({{"Highly", "RB", "highly"},
                       {"recommended", "VBN", "recommend"},
                       {".", ".", "."}});
  RepairFiniteVerb(&d);
  EXPECT_EQ(d.tokens[1].xpos, "VBN");
}

// An irregular past form that the tagger took for a base form still gets
// its verb's lemma ("The EU froze the assets"); a form the treebank's
// table knows keeps the table's lemma.
TEST(Lemmatize, IrregularPastTaggedAsBaseForm) {
  TaggerModel m;
  EXPECT_EQ(Lemmatize(m, "froze", "VERB", "VB", /*v2=*/true), "freeze");
  EXPECT_EQ(Lemmatize(m, "Fled", "VERB", "VBP", /*v2=*/true), "flee");
  EXPECT_EQ(Lemmatize(m, "froze", "VERB", "VB", /*v2=*/false), "froze");
  EXPECT_EQ(Lemmatize(m, "rebuked", "VERB", "VBD", /*v2=*/true), "rebuke");
  m.lemmas["saw\tVB"] = "saw";
  EXPECT_EQ(Lemmatize(m, "saw", "VERB", "VB", /*v2=*/true), "saw");
}

}  // namespace
}  // namespace dipgraph::syntax

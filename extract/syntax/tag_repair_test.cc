// RepairFiniteVerb on hand-tagged sentences: what it retags and what it
// leaves alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>

#include "extract/syntax/tagger_model.h"

namespace dipgraph::syntax {
namespace {

// A sentence from space-separated "form/XPOS/lemma" words; UPOS follows
// from XPOS.
Sentence Tagged(std::string_view words) {
  Sentence s;
  while (!words.empty()) {
    const size_t end = std::min(words.find(' '), words.size());
    const std::string_view w = words.substr(0, end);
    words.remove_prefix(std::min(end + 1, words.size()));
    const size_t a = w.find('/'), b = w.find('/', a + 1);
    Token t;
    t.form = w.substr(0, a);
    t.xpos = w.substr(a + 1, b - a - 1);
    t.lemma = w.substr(b + 1);
    const std::string& x = t.xpos;
    t.upos = x.starts_with("VB")   ? "VERB"
             : x == "NNP"          ? "PROPN"
             : x.starts_with("NN") ? "NOUN"
                                   : "X";
    s.tokens.push_back(t);
  }
  return s;
}

// A repair run on a tagged sentence, and what token `index` must be after
// it (a null lemma or UPOS is not checked).
struct RepairCase {
  const char* why;
  void (*repair)(Sentence*);
  const char* tagged;
  size_t index;
  const char* xpos;
  const char* lemma = nullptr;
  const char* upos = nullptr;
};

const RepairCase kRepairs[] = {
    // RepairFiniteVerb retags a news main verb tagged as a participle.
    {"main verb tagged VBN", RepairFiniteVerb,
     "Israel/NNP/Israel signed/VBN/sign accords/NNS/accord ././.", 1, "VBD",
     nullptr, "VERB"},
    // An irregular past after a name is a verb; another finite verb later
    // does not matter for an irregular past form.
    {"irregular past after a name", RepairFiniteVerb,
     "Trump/NNP/Trump spoke/NN/spoke with/IN/with Putin/NNP/Putin and/CC/and "
     "agreed/VBD/agree",
     1, "VBD", "speak"},
    {"after a determiner it stays a noun", RepairFiniteVerb,
     "the/DT/the shot/NN/shot missed/VBD/miss", 1, "NN"},
    {"after a relative pronoun: militants, who overran Mosul, seized",
     RepairFiniteVerb,
     "militants/NNS/militant ,/,/, who/WP/who overran/IN/overran "
     "Mosul/NNP/Mosul seized/VBD/seize",
     3, "VBD", "overrun"},
    {"'left' after a subject, no finite verb: 'leave'", RepairFiniteVerb,
     "Russian/JJ/Russian troops/NNS/troops left/JJ/left Kherson/NNP/Kherson", 2,
     "VBD", "leave"},
    {"'A drone hit a US base': a same-form past read as a noun",
     RepairFiniteVerb, "A/DT/a drone/NN/drone hit/NN/hit a/DT/a base/NN/base",
     2, "VBD", "hit"},
    {"irregular past after a common noun, before a noun phrase",
     RepairFiniteVerb,
     "artillery/NN/artillery struck/NN/struck targets/NNS/target", 1, "VBD",
     "strike"},
    // RepairNewsNouns.
    {"'a US surveillance drone': a base-form 'verb' after 'a' and nouns",
     RepairNewsNouns, "shot/VBD/shoot a/DT/a US/NNP/US drone/VB/drone", 3, "NN",
     nullptr, "NOUN"},
    {"'denied striking the convoy and blamed rebels': a second main verb",
     RepairNewsNouns,
     "Moscow/NNP/Moscow denied/VBD/deny it/PRP/it and/CC/and blamed/VBN/blame "
     "rebels/NNS/rebel",
     4, "VBD"},
    {"not when a finite verb follows ('and armed groups fled')",
     RepairNewsNouns,
     "Troops/NNS/troop attacked/VBD/attack and/CC/and armed/VBN/arm "
     "groups/NNS/group fled/VBD/flee",
     3, "VBN"},
    // A participle before an object after the opening noun phrase (the
    // tagger made a later noun a finite verb: "ports" as VBZ).
    {"participle before an object", RepairFiniteVerb,
     "Russia/NNP/Russia and/CC/and Ukraine/NNP/Ukraine signed/VBN/sign "
     "separate/JJ/separate agreements/NNS/agreement to/TO/to reopen/VB/reopen "
     "ports/VBZ/port",
     3, "VBD"},
    {"followed by an adverb, it stays a participle", RepairFiniteVerb,
     "Documents/NNS/document seized/VBN/seize there/RB/there show/VBP/show", 1,
     "VBN"},
    // Real participles are left alone.
    {"a finite verb elsewhere", RepairFiniteVerb,
     "Documents/NNS/document seized/VBN/seize there/RB/there show/VBP/show "
     "plans/NNS/plan",
     1, "VBN"},
    {"a caption with a 'by' agent", RepairFiniteVerb,
     "Photo/NN/photo taken/VBN/take by/IN/by Reuters/NNP/Reuters", 1, "VBN"},
    {"after an auxiliary", RepairFiniteVerb,
     "Talks/NNS/talk having/VBG/have ended/VBN/end abruptly/RB/abruptly", 2,
     "VBN"},
    {"no noun before it", RepairFiniteVerb,
     "Highly/RB/highly recommended/VBN/recommend ././.", 1, "VBN"},
};

TEST(TagRepair, RetagsWhatItMustAndLeavesTheRestAlone) {
  for (const RepairCase& c : kRepairs) {
    SCOPED_TRACE(c.why);
    Sentence s = Tagged(c.tagged);
    c.repair(&s);
    ASSERT_LT(c.index, s.tokens.size());
    const Token& t = s.tokens[c.index];
    EXPECT_EQ(t.xpos, c.xpos);
    if (c.lemma) {
      EXPECT_EQ(t.lemma, c.lemma);
    }
    if (c.upos) {
      EXPECT_EQ(t.upos, c.upos);
    }
  }
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

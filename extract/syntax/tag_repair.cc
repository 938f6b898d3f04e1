// Post-tagging repair of one systematic error of a tagger trained on web
// text when it reads news: the main verb of "Israel signed accords ..."
// tagged as a past participle (VBN), leaving the sentence without a finite
// verb, so the parser hangs the verb on the object as a modifier.
#include <string_view>

#include "extract/syntax/tagger_model.h"

namespace dipgraph::syntax {
namespace {

bool IsFinite(std::string_view xpos) {
  return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD";
}

bool IsSubjectHead(std::string_view xpos) {
  return xpos == "NN" || xpos == "NNS" || xpos == "NNP" || xpos == "NNPS" ||
         xpos == "PRP";
}

bool IsAuxiliaryLemma(std::string_view lemma) {
  return lemma == "be" || lemma == "have" || lemma == "get";
}

}  // namespace

void RepairFiniteVerb(Sentence* s) {
  std::vector<Token>& t = s->tokens;
  for (const Token& k : t)
    if (IsFinite(k.xpos)) return;
  bool auxiliary = false;
  for (size_t i = 1; i < t.size(); ++i) {
    if (IsAuxiliaryLemma(t[i - 1].lemma) && t[i - 1].upos != "NOUN")
      auxiliary = true;
    if (t[i].xpos != "VBN" || auxiliary) continue;
    size_t j = i - 1;
    while (j > 0 && t[j].xpos == "RB") --j;
    if (!IsSubjectHead(t[j].xpos)) continue;
    if (i + 1 < t.size()) {
      const std::string_view next = t[i + 1].form;
      if (next == "by" || next == "," || next == "from") continue;
    }
    t[i].xpos = "VBD";
    t[i].upos = "VERB";
    return;
  }
}

}  // namespace dipgraph::syntax

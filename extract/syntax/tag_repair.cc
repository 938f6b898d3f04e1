// Post-tagging repair of one systematic error of a tagger trained on web
// text when it reads news: the main verb of "Israel signed accords ..."
// tagged as a past participle (VBN), leaving the sentence without a finite
// verb, so the parser hangs the verb on the object as a modifier.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

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

// Irregular simple-past forms that the tagger, trained on web text, reads
// as nouns or adjectives at the head of a news sentence ("Iran shot down",
// "Obama spoke"). Simple past only: forms that are also the participle
// ("met", "held") are covered by the VBN rule.
constexpr std::pair<std::string_view, std::string_view> kIrregularPast[] = {
    {"ate", "eat"},
    {"became", "become"},
    {"began", "begin"},
    {"bit", "bite"},
    {"blew", "blow"},
    {"broke", "break"},
    {"chose", "choose"},
    {"came", "come"},
    {"drank", "drink"},
    {"drew", "draw"},
    {"drove", "drive"},
    {"fell", "fall"},
    {"flew", "fly"},
    {"forbade", "forbid"},
    {"forgot", "forget"},
    {"forgave", "forgive"},
    {"froze", "freeze"},
    {"gave", "give"},
    {"grew", "grow"},
    {"knew", "know"},
    {"overran", "overrun"},
    {"overtook", "overtake"},
    {"overthrew", "overthrow"},
    {"rang", "ring"},
    {"rode", "ride"},
    {"rose", "rise"},
    {"ran", "run"},
    {"sank", "sink"},
    {"sang", "sing"},
    {"saw", "see"},
    {"shook", "shake"},
    {"shot", "shoot"},
    {"shrank", "shrink"},
    {"slew", "slay"},
    {"spoke", "speak"},
    {"sprang", "spring"},
    {"stole", "steal"},
    {"strode", "stride"},
    {"struck", "strike"},
    {"swam", "swim"},
    {"swore", "swear"},
    {"threw", "throw"},
    {"took", "take"},
    {"tore", "tear"},
    {"undertook", "undertake"},
    {"underwent", "undergo"},
    {"went", "go"},
    {"withdrew", "withdraw"},
    {"woke", "wake"},
    {"wore", "wear"},
    {"wrote", "write"},
    {"fled", "flee"},
    {"fought", "fight"},
    {"led", "lead"},
    {"left", "leave"},
    {"met", "meet"},
    {"sent", "send"},
    {"held", "hold"},
    {"told", "tell"},
    {"sold", "sell"},
    {"sought", "seek"},
    {"won", "win"},
    {"brought", "bring"},
    {"bought", "buy"},
    {"built", "build"},
    {"caught", "catch"},
    {"taught", "teach"},
    {"thought", "think"},
    {"upheld", "uphold"},
    {"withheld", "withhold"},
    {"oversaw", "oversee"},
    {"foresaw", "foresee"},
    {"stood", "stand"},
    {"understood", "understand"},
    {"withstood", "withstand"},
    {"swept", "sweep"},
    {"kept", "keep"},
    {"paid", "pay"},
    {"laid", "lay"},
    {"meant", "mean"},
    {"dealt", "deal"},
    {"dug", "dig"},
    {"fed", "feed"},
    {"hid", "hide"},
    {"slid", "slide"},
};

}  // namespace

std::string_view PastLemma(std::string_view form) {
  std::string lower(form);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const auto& [past, lemma] : kIrregularPast)
    if (past == lower) return lemma;
  return {};
}

namespace {

// Verbs whose simple past is spelled like the base form.
bool IsSameFormPast(std::string_view form) {
  static constexpr std::string_view kSame[] = {
      "hit",   "cut",   "shut", "quit", "beat", "hurt", "spread", "cast",
      "burst", "split", "bid",  "put",  "set",  "let",  "shed"};
  std::string lower(form);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return std::find(std::begin(kSame), std::end(kSame), lower) !=
         std::end(kSame);
}

bool IsAuxiliaryLemma(std::string_view lemma) {
  return lemma == "be" || lemma == "have" || lemma == "get";
}

}  // namespace

void RepairNewsNouns(Sentence* s) {
  std::vector<Token>& t = s->tokens;
  // "Moscow denied striking the convoy and blamed rebels": a participle
  // right after "and", before a noun phrase, in a sentence whose finite
  // verb came before it and none after, is a second main verb.
  auto finite = [](const Token& k) {
    return k.xpos == "VBD" || k.xpos == "VBZ" || k.xpos == "VBP";
  };
  for (size_t i = 2; i + 1 < t.size(); ++i) {
    if (t[i].xpos != "VBN" || t[i - 1].xpos != "CC" || t[i - 1].form != "and")
      continue;
    const std::string_view next = t[i + 1].xpos;
    if (next != "NNS" && next != "NN" && next != "NNP" && next != "NNPS" &&
        next != "DT" && next != "PRP$" && next != "CD" && next != "JJ")
      continue;
    bool before = false, after = false;
    for (size_t k = 0; k + 1 < i; ++k) before |= finite(t[k]);
    for (size_t k = i + 1; k < t.size(); ++k) after |= finite(t[k]);
    if (!before || after) continue;
    t[i].xpos = "VBD";
    t[i].upos = "VERB";
  }
  // "shot down a US surveillance drone": after "a"/"an" and nouns or
  // adjectives only, a base-form "verb" is the noun the article begins
  // (a verb after a singular noun phrase would be VBZ or VBD).
  for (size_t i = 2; i < t.size(); ++i) {
    // (A past form cannot be a noun here unless it looks like none: "a US
    // official said" stays; "a US surveillance drone", tagged VBD, not.)
    const bool pastlike = t[i].form.ends_with("ed") ||
                          !PastLemma(t[i].form).empty() ||
                          IsSameFormPast(t[i].form);
    if (t[i].xpos != "VB" && t[i].xpos != "VBP" &&
        !(t[i].xpos == "VBD" && !pastlike))
      continue;
    size_t j = i - 1;
    while (j > 0 &&
           (t[j].xpos == "JJ" || t[j].xpos == "NN" || t[j].xpos == "NNP"))
      --j;
    if (j == i - 1) continue;
    std::string det = t[j].form;
    for (char& c : det)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (t[j].xpos != "DT" || (det != "a" && det != "an")) continue;
    t[i].xpos = "NN";
    t[i].upos = "NOUN";
  }
}

void RepairFiniteVerb(Sentence* s) {
  std::vector<Token>& t = s->tokens;

  // An irregular past form right after a name or a pronoun ("Trump spoke
  // with Putin … and agreed", "militants, who overran Mosul, …"), whatever
  // else the sentence holds.
  for (size_t i = 1; i < t.size(); ++i) {
    if (t[i].upos == "VERB" || t[i].upos == "AUX") continue;
    const std::string_view lemma = PastLemma(t[i].form);
    if (lemma.empty()) continue;
    size_t j = i - 1;
    while (j > 0 && t[j].xpos == "RB") --j;
    // After a common noun only when a noun phrase follows ("Israeli
    // artillery struck targets").
    const bool common = (t[j].xpos == "NN" || t[j].xpos == "NNS") &&
                        i + 1 < t.size() &&
                        (t[i + 1].xpos == "DT" || t[i + 1].xpos == "NNS" ||
                         t[i + 1].xpos == "NN" || t[i + 1].xpos == "NNP" ||
                         t[i + 1].xpos == "NNPS" || t[i + 1].xpos == "JJ" ||
                         t[i + 1].xpos == "CD" || t[i + 1].xpos == "PRP$");
    if (t[j].xpos != "NNP" && t[j].xpos != "NNPS" && t[j].xpos != "PRP" &&
        t[j].xpos != "WP" && t[j].xpos != "WDT" && !common)
      continue;
    t[i].xpos = "VBD";
    t[i].upos = "VERB";
    t[i].lemma = std::string(lemma);
  }
  // "Russia and Ukraine signed separate agreements …": a participle right
  // after the sentence's opening noun phrase and right before an object is
  // its main verb, whatever the tagger made of the words after it.
  for (size_t i = 1; i + 1 < t.size(); ++i) {
    const std::string_view x = t[i].xpos;
    if (IsFinite(x) || t[i].upos == "AUX") break;
    if (x != "VBN") {
      const bool in_np = x == "NNP" || x == "NNPS" || x == "NN" || x == "NNS" ||
                         x == "CC" || x == "DT" || x == "JJ" || x == "PRP$" ||
                         x == "POS" || x == "CD" || x == "HYPH";
      if (!in_np) break;
      continue;
    }
    const std::string_view prev = t[i - 1].xpos, next = t[i + 1].xpos;
    const bool object = next == "DT" || next == "JJ" || next == "NN" ||
                        next == "NNS" || next == "NNP" || next == "NNPS" ||
                        next == "CD" || next == "PRP$";
    if ((prev == "NNP" || prev == "NNPS" || prev == "NNS" || prev == "NN") &&
        object) {
      t[i].xpos = "VBD";
      t[i].upos = "VERB";
    }
    break;
  }
  for (const Token& k : t)
    if (IsFinite(k.xpos)) return;
  bool auxiliary = false;
  for (size_t i = 1; i < t.size(); ++i) {
    if (IsAuxiliaryLemma(t[i - 1].lemma) && t[i - 1].upos != "NOUN")
      auxiliary = true;
    const bool participle = t[i].xpos == "VBN";
    const bool irregular = !participle && t[i].upos != "VERB" &&
                           t[i].upos != "AUX" && !PastLemma(t[i].form).empty();
    // "A drone hit a US base": a past form spelled like the base, read as
    // a noun, before a noun phrase.
    const bool same_form = !participle && !irregular && t[i].upos == "NOUN" &&
                           i + 1 < t.size() && IsSameFormPast(t[i].form) &&
                           (t[i + 1].xpos == "DT" || t[i + 1].xpos == "PRP$" ||
                            t[i + 1].xpos == "CD" || t[i + 1].xpos == "NNP");
    if (same_form) {
      size_t j = i - 1;
      if (t[j].xpos == "NN" || t[j].xpos == "NNS" || t[j].xpos == "NNP" ||
          t[j].xpos == "NNPS") {
        t[i].xpos = "VBD";
        t[i].upos = "VERB";
        t[i].lemma = std::string(t[i].form);
        for (char& ch : t[i].lemma)
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        return;
      }
    }
    if ((!participle && !irregular) || auxiliary) continue;
    size_t j = i - 1;
    while (j > 0 && t[j].xpos == "RB") --j;
    if (!IsSubjectHead(t[j].xpos)) continue;
    if (participle && i + 1 < t.size()) {
      const std::string_view next = t[i + 1].form;
      if (next == "by" || next == "," || next == "from") continue;
    }
    t[i].xpos = "VBD";
    t[i].upos = "VERB";
    if (irregular) t[i].lemma = std::string(PastLemma(t[i].form));
    return;
  }
}

}  // namespace dipgraph::syntax

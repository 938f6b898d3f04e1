#include "extract/dict/pattern.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace dipgraph::dict {
namespace {

constexpr std::array<std::string_view, 35> kPrepositions = {
    "about",   "across",  "after",  "against",   "along",   "alongside",
    "among",   "around",  "at",     "before",    "behind",  "beyond",
    "between", "by",      "during", "for",       "from",    "in",
    "inside",  "into",    "near",   "of",        "on",      "onto",
    "out",     "outside", "over",   "regarding", "through", "to",
    "toward",  "towards", "under",  "upon",      "with"};
constexpr std::array<std::string_view, 14> kParticles = {
    "apart", "aside", "away", "back", "down",     "forward", "off",
    "on",    "out",   "over", "up",   "together", "in",      "through"};

bool IsWord(std::string_view w) {
  for (unsigned char c : w) {
    bool ok = (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c >= 0x80 ||
              (c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return !w.empty();
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

Status Bad(std::string_view text, std::string_view why) {
  return InvalidInput("bad pattern \"" + std::string(text) +
                      "\": " + std::string(why));
}

// Classifies the words after the head. A first word that is a particle is
// one unless a target follows it ("pull out of $T", but "call on $T"), or
// content after "on", "in" or "through" ("insist on $C").
Status Classify(std::string_view text, const std::vector<std::string>& words,
                std::vector<Pattern::Step>* steps) {
  bool seen_t = false, seen_c = false;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    bool next_slot = i + 1 < words.size() && words[i + 1][0] == '$';
    if (seen_c) return Bad(text, "$C must be last");
    if (w == "$T") {
      if (seen_t) return Bad(text, "$T twice");
      seen_t = true;
      steps->push_back({Pattern::Step::kTarget, w});
    } else if (w == "$C") {
      seen_c = true;
      steps->push_back({Pattern::Step::kContent, w});
    } else if (w[0] == '$') {
      return Bad(text, "unknown slot " + w + " (want $T or $C)");
    } else if (!IsWord(w)) {
      return Bad(text, "\"" + w + "\" is not a lower-case lemma");
    } else if (i == 1 && IsParticle(w) &&
               (!next_slot || (words[i + 1] == "$C" && w != "on" && w != "in" &&
                               w != "through"))) {
      // ("point out $C", "rule out $C": a particle before content too;
      // "insist on $C" keeps its preposition.)
      steps->push_back({Pattern::Step::kParticle, w});
    } else if (IsPreposition(w)) {
      steps->push_back({Pattern::Step::kPrep, w});
    } else {
      steps->push_back({Pattern::Step::kWord, w});
    }
  }
  return Status::Ok();
}

// Fills the summary fields of `p` from its steps.
void Summarise(Pattern* p) {
  using Step = Pattern::Step;
  const std::vector<Step>& s = p->steps;
  size_t i = 0;
  if (i < s.size() && s[i].kind == Step::kParticle) p->particle = s[i++].text;
  for (; i < s.size() && s[i].kind == Step::kWord; ++i)
    p->object += (p->object.empty() ? "" : " ") + s[i].text;
  size_t segment = 0;  // first step after the previous slot
  for (size_t j = 0; j < s.size(); ++j) {
    bool prep_before = j > 0 && s[j - 1].kind == Step::kPrep;
    if (s[j].kind == Step::kTarget) {
      p->has_target = true;
      p->target_prep = prep_before ? s[j - 1].text : "";
      segment = j + 1;
    } else if (s[j].kind == Step::kContent) {
      bool to = segment < j && s[segment].text == "to" &&
                s[segment].kind == Step::kPrep;
      p->content_prep = prep_before ? s[j - 1].text : to ? "to" : "";
      p->content = p->content_prep.empty()   ? Pattern::kClause
                   : p->content_prep == "to" ? Pattern::kInfinitive
                                             : Pattern::kPrepClause;
    }
  }
}

}  // namespace

bool IsPreposition(std::string_view word) {
  return std::find(kPrepositions.begin(), kPrepositions.end(), word) !=
         kPrepositions.end();
}

bool IsParticle(std::string_view word) {
  return std::find(kParticles.begin(), kParticles.end(), word) !=
         kParticles.end();
}

Result<Pattern> CompilePattern(std::string_view text) {
  std::vector<std::string> words = Words(text);
  Pattern p;
  p.text = std::string(text);
  if (words.empty()) return Bad(text, "empty");
  if (!IsWord(words[0])) return Bad(text, "must start with a lower-case lemma");
  p.head = words[0];
  RETURN_IF_ERROR(Classify(text, words, &p.steps));
  Summarise(&p);
  return p;
}

}  // namespace dipgraph::dict

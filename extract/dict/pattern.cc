#include "extract/dict/pattern.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace dipgraph::dict {
namespace {

constexpr std::array<std::string_view, 30> kPrepositions = {
    "about",  "across", "after",   "against", "among",     "at",
    "before", "behind", "between", "by",      "during",    "for",
    "from",   "in",     "inside",  "into",    "near",      "of",
    "on",     "onto",   "out",     "over",    "regarding", "through",
    "to",     "toward", "towards", "under",   "upon",      "with"};
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

// Fills particle/object from the words between the head and the first slot
// (or the end), and returns the preposition right before the slot, if any.
Status SplitLead(std::string_view text, const std::vector<std::string>& lead,
                 bool slot_follows, Pattern* p, std::string* prep) {
  size_t n = lead.size();
  if (slot_follows && n > 0 && IsPreposition(lead[n - 1])) {
    *prep = lead[n - 1];
    --n;
  }
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = lead[i];
    if (i == 0 && IsParticle(w)) {
      p->particle = w;
    } else if (p->object.empty() && !IsPreposition(w)) {
      p->object = w;
    } else if (IsParticle(w) && p->particle.empty()) {
      p->particle = w;
    } else if (!IsPreposition(w) && !p->object.empty()) {
      p->object += " " + w;  // a compound object: "extend olive branch"
    } else {
      return Bad(text, "cannot place \"" + w +
                           "\" (particle, object noun, "
                           "then one preposition before a slot)");
    }
  }
  return Status::Ok();
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
  std::vector<std::string> lead;
  bool seen_t = false, seen_c = false;
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "$T" || w == "$C") {
      if (seen_c) return Bad(text, "$C must be the last slot");
      std::string prep;
      RETURN_IF_ERROR(SplitLead(text, lead, true, &p, &prep));
      lead.clear();
      if (w == "$T") {
        if (seen_t) return Bad(text, "$T twice");
        seen_t = p.has_target = true;
        p.target_prep = prep;
      } else {
        seen_c = true;
        p.content_prep = prep;
        p.content = prep.empty()   ? Pattern::kClause
                    : prep == "to" ? Pattern::kInfinitive
                                   : Pattern::kPrepClause;
      }
    } else if (!w.empty() && w[0] == '$') {
      return Bad(text, "unknown slot " + w + " (want $T or $C)");
    } else if (!IsWord(w)) {
      return Bad(text, "\"" + w + "\" is not a lower-case lemma");
    } else if (seen_c) {
      return Bad(text, "words after $C");
    } else {
      lead.push_back(w);
    }
  }
  if (!seen_t && !seen_c) {
    std::string none;
    RETURN_IF_ERROR(SplitLead(text, lead, false, &p, &none));
  } else {
    p.rest = lead;
  }
  return p;
}

}  // namespace dipgraph::dict

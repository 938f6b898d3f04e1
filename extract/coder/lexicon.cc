#include "extract/coder/lexicon.h"

#include <sstream>

namespace dipgraph {
namespace {

bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPreps[] = {
      "with",    "on",    "against", "of",     "to",    "for",     "from",
      "at",      "in",    "into",    "over",   "about", "between", "toward",
      "towards", "upon",  "by",      "across", "among", "under",   "onto",
      "through", "after", "behind",  "within"};
  for (std::string_view p : kPreps)
    if (w == p) return true;
  return false;
}

}  // namespace

Status ParsePattern(std::string_view text, bool noun, Pattern* out) {
  std::istringstream in{std::string(text)};
  std::vector<std::string> words;
  std::string w;
  while (in >> w) words.push_back(w);
  if (words.empty() || words[0][0] == '$')
    return InvalidInput("pattern \"" + std::string(text) +
                        "\" needs a head word");
  out->head = words[0];
  out->text = std::string(text);
  for (size_t i = 1; i < words.size(); ++i) {
    const std::string& word = words[i];
    bool before_slot = i + 1 < words.size() && words[i + 1][0] == '$';
    if (word == "$T") {
      out->has_target = true;
    } else if (word == "$C") {
      std::string prev = i > 1 ? words[i - 1] : "";
      out->content = prev == "to"   ? Pattern::kInfinitive
                     : prev == "of" ? Pattern::kGerund
                                    : Pattern::kClause;
    } else if (word[0] == '$') {
      return InvalidInput("pattern \"" + std::string(text) +
                          "\": unknown slot " + word);
    } else if (before_slot && words[i + 1] == "$T" && IsPreposition(word)) {
      out->target_prep = word;
    } else if (before_slot && words[i + 1] == "$C") {
      // "to", "of", "that" before content: recorded by the content kind.
    } else if (!noun && out->particle.empty() && out->object.empty() &&
               (word == "out" || word == "up" || word == "down" ||
                word == "off" || word == "back" || word == "away" ||
                word == "over" || word == "forward" || word == "ahead" ||
                word == "in")) {
      out->particle = word;
    } else if (out->object.empty()) {
      out->object = word;
    } else {
      return InvalidInput("pattern \"" + std::string(text) +
                          "\": unexpected word \"" + word + "\"");
    }
  }
  return Status::Ok();
}

}  // namespace dipgraph

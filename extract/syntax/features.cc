// Tagger features (after Collins 2002 and Honnibal's averaged perceptron
// tagger): word, affixes, shape and a window of words and previous labels.
#include <string>

#include "extract/syntax/tagger_model.h"
#include "extract/syntax/text_util.h"

namespace dipgraph::syntax {
namespace {

std::string Shape(std::string_view w) {
  std::string out;
  for (char ch : w) {
    char c = 'x';
    if (ch >= 'A' && ch <= 'Z')
      c = 'X';
    else if (ch >= '0' && ch <= '9')
      c = 'd';
    else if (!(ch >= 'a' && ch <= 'z') && static_cast<unsigned char>(ch) < 0x80)
      c = ch;
    if (out.empty() || out.back() != c) out += c;
    if (out.size() >= 6) break;
  }
  return out;
}

std::string_view Suffix(std::string_view w, size_t n) {
  return w.size() > n ? w.substr(w.size() - n) : w;
}

uint64_t Feat(uint64_t tmpl, std::string_view a, std::string_view b = {}) {
  uint64_t h =
      Fnv1a(a, 14695981039346656037ull ^ (tmpl * 0x9E3779B97F4A7C15ull));
  return b.empty() ? h : Fnv1a(b, h ^ 0x1F);
}

}  // namespace

uint64_t Fnv1a(std::string_view s, uint64_t h) {
  for (char ch : s) {
    h ^= static_cast<unsigned char>(ch);
    h *= 1099511628211ull;
  }
  return h;
}

void ExtractFeatures(const std::vector<std::string>& lower,
                     const std::vector<std::string>& forms, size_t i, int prev,
                     int prev2, std::vector<uint64_t>* out) {
  out->clear();
  const std::string& w = lower[i];
  auto at = [&](long k) -> std::string_view {
    if (k < 0) return "<s>";
    if (k >= static_cast<long>(lower.size())) return "</s>";
    return lower[static_cast<size_t>(k)];
  };
  const long li = static_cast<long>(i);
  const std::string p1 = std::to_string(prev), p2 = std::to_string(prev2);
  out->push_back(Feat(1, "bias"));
  out->push_back(Feat(2, w));
  out->push_back(Feat(3, Suffix(w, 3)));
  out->push_back(Feat(4, Suffix(w, 2)));
  out->push_back(Feat(5, w.substr(0, 1)));
  out->push_back(Feat(6, Shape(forms[i])));
  out->push_back(Feat(7, p1));
  out->push_back(Feat(8, p1, p2));
  out->push_back(Feat(9, p1, w));
  out->push_back(Feat(10, at(li - 1)));
  out->push_back(Feat(11, Suffix(at(li - 1), 3)));
  out->push_back(Feat(12, at(li + 1)));
  out->push_back(Feat(13, Suffix(at(li + 1), 3)));
  out->push_back(Feat(14, at(li - 2)));
  out->push_back(Feat(15, at(li + 2)));
  out->push_back(Feat(16, Suffix(w, 4)));
  out->push_back(Feat(17, w, at(li + 1)));
  out->push_back(Feat(18, at(li - 1), w));
  out->push_back(Feat(19, i == 0 ? "first" : "mid", Shape(forms[i])));
  out->push_back(Feat(20, forms[i]));
  out->push_back(Feat(21, w.substr(0, 3)));
  out->push_back(Feat(22, Suffix(w, 1)));
  out->push_back(Feat(23, p1, at(li + 1)));
  out->push_back(Feat(24, p1, Suffix(w, 3)));
  out->push_back(Feat(25, at(li - 1), at(li + 1)));
  out->push_back(Feat(26, Suffix(w, 5)));
}

}  // namespace dipgraph::syntax

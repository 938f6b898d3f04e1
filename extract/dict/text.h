// Text normalisation and a small tokenizer for dictionary matching.
//
//   std::vector<Token> toks = Tokenize("The U.S. and al-Nusra Front");
//   std::string key = FoldToken("Erdoğan");        // "erdogan"
//
// FoldToken() is what makes matching case- and diacritic-insensitive:
// Unicode NFKD, combining marks stripped, case folded (utf8proc), periods
// removed ("U.S." -> "us") and typographic apostrophes made ASCII.
// ExactToken() does the same without case folding, for aliases that match
// only in capitals ("US", "DPR").
#ifndef DIPGRAPH_EXTRACT_DICT_TEXT_H_
#define DIPGRAPH_EXTRACT_DICT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dipgraph::dict {

struct Token {
  std::string_view text;  // a view into the tokenized string
  size_t begin = 0;       // byte offsets in that string
  size_t end = 0;
};

// Splits text into words and single punctuation marks. A word is a run of
// letters, digits, hyphens, apostrophes and inner periods ("U.S.", "al-Nusra",
// "O'Brien"); a possessive "'s" becomes its own token ("Russia" "'s"). A
// final period is kept only after a single letter ("U.S." keeps both).
std::vector<Token> Tokenize(std::string_view text);

// Case- and diacritic-folded form of one token (see top comment).
std::string FoldToken(std::string_view token);
// The same into `out` (replacing its contents), reusing its storage.
void FoldTokenInto(std::string_view token, std::string* out);
// Diacritics stripped and periods removed, case kept.
std::string ExactToken(std::string_view token);

// Splits a folded token at hyphens ("al-nusra" -> "al", "nusra"); empty parts
// are dropped.
void SplitHyphens(std::string_view folded, std::vector<std::string>* parts);

// True when `alias` has at most five letters and is written entirely in
// capitals ("US", "DPR") or is one word with a capital after a small letter
// ("LeT", "JuD"): such aliases match only as written.
bool IsCapitalsOnly(std::string_view alias);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_TEXT_H_

// Small UTF-8 helpers shared by the tokenizer and the sentence splitter.
#ifndef DIPGRAPH_EXTRACT_SYNTAX_TEXT_UTIL_H_
#define DIPGRAPH_EXTRACT_SYNTAX_TEXT_UTIL_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dipgraph::syntax {

// Decodes the code point at `pos`; `*len` gets its length in bytes. An
// invalid byte decodes as itself (a code point >= 0x80 that is no
// punctuation) with length 1, so offsets never go astray.
char32_t DecodeAt(std::string_view s, size_t pos, size_t* len);

bool IsSpaceCp(char32_t c);
// Punctuation and symbols, ASCII or the common typographic ones (curly
// quotes, dashes, ellipsis, guillemets, bullets).
bool IsPunctCp(char32_t c);
// Letters, digits and every other non-space, non-punctuation code point.
inline bool IsWordCp(char32_t c) { return !IsSpaceCp(c) && !IsPunctCp(c); }
inline bool IsDigitCp(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsUpperAscii(char32_t c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLowerAscii(char32_t c) { return c >= 'a' && c <= 'z'; }

std::string ToLowerAscii(std::string_view s);

}  // namespace dipgraph::syntax

#endif  // DIPGRAPH_EXTRACT_SYNTAX_TEXT_UTIL_H_

// Small text helpers shared by the stages.
//
//   AsciiLower("RUSGOV")      -> "rusgov"   (bytes >= 0x80 are kept as-is)
//   CsvField("a, \"b\"")      -> "\"a, \"\"b\"\"\""  (RFC 4180 quoting)
//   Utf8Length("é", 0)        -> 2; 0 at a byte that starts no valid sequence
#ifndef DIPGRAPH_COMMON_TEXT_H_
#define DIPGRAPH_COMMON_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dipgraph {

// Lower-cases ASCII letters only, whatever the locale; UTF-8 passes through.
std::string AsciiLower(std::string_view s);

// One CSV field: returned as-is unless it holds a comma, a quote or a line
// break, then quoted with inner quotes doubled (RFC 4180).
std::string CsvField(std::string_view s);

// The length of the valid UTF-8 sequence starting at s[i] (1–4), or 0 when
// none starts there (a stray continuation byte, a truncated, overlong or
// surrogate sequence, a code point past U+10FFFF). REQUIRES: i < s.size().
size_t Utf8Length(std::string_view s, size_t i);

// `s` with every byte that starts no valid UTF-8 sequence replaced by
// U+FFFD; `first_invalid`, when given, gets the offset of the first such
// byte (s.size() when there is none).
std::string ReplaceInvalidUtf8(std::string_view s,
                               size_t* first_invalid = nullptr);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_TEXT_H_

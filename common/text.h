// Small text helpers shared by the stages.
//
//   AsciiLower("RUSGOV")      -> "rusgov"   (bytes >= 0x80 are kept as-is)
//   TrimSpace(" a b\r\n")     -> "a b"
//   CsvField("a, \"b\"")      -> "\"a, \"\"b\"\"\""  (RFC 4180 quoting)
//   Utf8Length("é", 0)        -> 2; 0 at a byte that starts no valid sequence
//   EscapeHtml("<b>")         -> "&lt;b&gt;"
//   IsMonthOrDayName("may")   -> true
#ifndef DIPGRAPH_COMMON_TEXT_H_
#define DIPGRAPH_COMMON_TEXT_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace dipgraph {

// The English names of the months, January first, and of the days of the
// week, Sunday first, in lower case.
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
inline constexpr std::array<std::string_view, 7> kDayNames = {
    "sunday",   "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday"};

// Whether `lower`, a lower-case word, names a month or a day of the week.
bool IsMonthOrDayName(std::string_view lower);

// Lower-cases ASCII letters only, whatever the locale; UTF-8 passes through.
std::string AsciiLower(std::string_view s);

// `s` without leading and trailing spaces, tabs, carriage returns and line
// feeds (a view into `s`).
std::string_view TrimSpace(std::string_view s);

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

// Markup escaping, one routine for every output that embeds text in HTML,
// SVG, GraphML or GEXF.
enum class Markup {
  // HTML text and attribute values: & < > " ' (the quote as &#39;); other
  // bytes pass through.
  kHtml,
  // XML 1.0 text and attribute values: & < > " ' (the quote as &apos;), tab,
  // line feed and carriage return as character references (so attribute
  // values keep them), other control bytes dropped (XML 1.0 forbids them).
  kXml,
};
std::string EscapeMarkup(std::string_view text, Markup markup);
inline std::string EscapeHtml(std::string_view text) {
  return EscapeMarkup(text, Markup::kHtml);
}
inline std::string EscapeXml(std::string_view text) {
  return EscapeMarkup(text, Markup::kXml);
}

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_TEXT_H_

// Small text helpers shared by the stages.
//
//   AsciiLower("RUSGOV")      -> "rusgov"   (bytes >= 0x80 are kept as-is)
//   CsvField("a, \"b\"")      -> "\"a, \"\"b\"\"\""  (RFC 4180 quoting)
#ifndef DIPGRAPH_COMMON_TEXT_H_
#define DIPGRAPH_COMMON_TEXT_H_

#include <string>
#include <string_view>

namespace dipgraph {

// Lower-cases ASCII letters only, whatever the locale; UTF-8 passes through.
std::string AsciiLower(std::string_view s);

// One CSV field: returned as-is unless it holds a comma, a quote or a line
// break, then quoted with inner quotes doubled (RFC 4180).
std::string CsvField(std::string_view s);

}  // namespace dipgraph

#endif  // DIPGRAPH_COMMON_TEXT_H_

#include "common/text.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace dipgraph {

bool IsMonthOrDayName(std::string_view lower) {
  return std::find(kMonthNames.begin(), kMonthNames.end(), lower) !=
             kMonthNames.end() ||
         std::find(kDayNames.begin(), kDayNames.end(), lower) !=
             kDayNames.end();
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view TrimSpace(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  const size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos)
    return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string EscapeMarkup(std::string_view text, Markup markup) {
  const bool xml = markup == Markup::kXml;
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += xml ? "&apos;" : "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        if (xml)
          out += "&#" + std::to_string(static_cast<int>(c)) + ";";
        else
          out += c;
        break;
      default:
        if (!xml || static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

size_t Utf8Length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0)
    n = 2, min = 0x80;
  else if ((c & 0xF0) == 0xE0)
    n = 3, min = 0x800;
  else if ((c & 0xF8) == 0xF0)
    n = 4, min = 0x10000;
  else
    return 0;
  if (i + n > s.size()) return 0;
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

std::string ReplaceInvalidUtf8(std::string_view s, size_t* first_invalid) {
  std::string out;
  out.reserve(s.size());
  if (first_invalid != nullptr) *first_invalid = s.size();
  for (size_t i = 0; i < s.size();) {
    const size_t n = Utf8Length(s, i);
    if (n == 0) {
      if (first_invalid != nullptr && *first_invalid == s.size())
        *first_invalid = i;
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace dipgraph

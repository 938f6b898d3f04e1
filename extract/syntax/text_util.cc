#include "extract/syntax/text_util.h"

namespace dipgraph::syntax {

char32_t DecodeAt(std::string_view s, size_t pos, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  *len = 1;
  if (b0 < 0x80) return b0;
  size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (n == 0 || pos + n > s.size()) return 0x110000 + b0;  // invalid byte
  char32_t c = b0 & (0x7F >> n);
  for (size_t i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[pos + i]);
    if ((b & 0xC0) != 0x80) return 0x110000 + b0;
    c = (c << 6) | (b & 0x3F);
  }
  // Overlong forms ("\xC0\xA1" for '!'), surrogates and values past
  // U+10FFFF are invalid too: "Rus\xC0\xA1 ed" made Tokenize loop for ever,
  // growing memory (found by the conllu fuzz target).
  static constexpr char32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kLeast[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0x110000 + b0;
  *len = n;
  return c;
}

bool IsSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0xA0 || c == 0x2009 || c == 0x200A || c == 0x2002 ||
         c == 0x2003 || c == 0x202F || c == 0x3000 || c == 0xFEFF ||
         c == 0x200B;
}

bool IsPunctCp(char32_t c) {
  if (c < 0x80) {
    return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) ||
           (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
  }
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:  // curly quotes
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2012:  // dashes
    case 0x2026:
    case 0x00AB:
    case 0x00BB:
    case 0x2022:  // … « » •
    case 0x00A3:
    case 0x20AC:
    case 0x00A5:
    case 0x00A7:  // £ € ¥ §
    case 0x00B0:
    case 0x00A9:
    case 0x00AE:
    case 0x2122:  // ° © ® ™
    case 0x00B7:
    case 0x2032:
    case 0x2033:
    case 0x00BF:
    case 0x00A1:
      return true;
    default:
      return false;
  }
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

}  // namespace dipgraph::syntax

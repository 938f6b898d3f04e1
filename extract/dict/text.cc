#include "extract/dict/text.h"

#include <utf8proc.h>

#include <cstdlib>

namespace dipgraph::dict {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}
bool IsAsciiLetter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Non-ASCII code points that are punctuation rather than parts of words.
bool IsUnicodePunct(std::string_view s, size_t i, size_t* len) {
  static constexpr std::string_view kPunct[] = {
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x93", "\xE2\x80\x94",
      "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xA6", "\xC2\xA0"};
  for (std::string_view p : kPunct) {
    if (s.compare(i, p.size(), p) == 0) {
      *len = p.size();
      return true;
    }
  }
  return false;
}

// Length of the word starting at `i` (0 when s[i] starts no word).
size_t WordLength(std::string_view s, size_t i) {
  size_t j = i;
  size_t periods = 0;
  while (j < s.size()) {
    unsigned char c = s[j];
    size_t plen = 0;
    if (IsAsciiAlnum(c)) {
      ++j;
    } else if (c >= 0x80) {
      if (IsUnicodePunct(s, j, &plen)) break;
      ++j;
    } else if ((c == '-' || c == '\'' || c == '.') && j > i &&
               j + 1 < s.size() &&
               (IsAsciiAlnum(s[j + 1]) ||
                static_cast<unsigned char>(s[j + 1]) >= 0x80)) {
      if (c == '.') ++periods;
      ++j;
    } else {
      break;
    }
  }
  // A final period belongs to an abbreviation ("U.S.") or an initial ("J.").
  if (j < s.size() && s[j] == '.' && j > i &&
      (periods > 0 || (j - i == 1 && IsAsciiLetter(s[i]))))
    ++j;
  return j - i;
}

void PushWord(std::string_view s, size_t b, size_t e, std::vector<Token>* out) {
  for (std::string_view pos : {std::string_view("'s"), std::string_view("'S"),
                               std::string_view("\xE2\x80\x99s")}) {
    if (e - b > pos.size() && s.substr(e - pos.size(), pos.size()) == pos) {
      size_t m = e - pos.size();
      out->push_back({s.substr(b, m - b), b, m});
      out->push_back({s.substr(m, e - m), m, e});
      return;
    }
  }
  out->push_back({s.substr(b, e - b), b, e});
}

// Replaces typographic apostrophes and hyphens by ASCII, dotless i by i, and
// drops periods.
std::string Tidy(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '.') continue;
    if (s.compare(i, 3, "\xE2\x80\x99") == 0 ||
        s.compare(i, 3, "\xE2\x80\x98") == 0) {
      out += '\'';
      i += 2;
    } else if (s.compare(i, 3, "\xE2\x80\x90") == 0 ||
               s.compare(i, 3, "\xE2\x80\x91") == 0) {
      out += '-';
      i += 2;
    } else if (s.compare(i, 2, "\xC4\xB1") == 0) {
      out += 'i';
      i += 1;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string Utf8Map(std::string_view s, bool casefold) {
  int options = UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                UTF8PROC_STABLE;
  if (casefold) options |= UTF8PROC_CASEFOLD;
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                   static_cast<utf8proc_ssize_t>(s.size()), &mapped,
                   static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);  // invalid UTF-8: keep the bytes
  std::string out(reinterpret_cast<char*>(mapped), static_cast<size_t>(n));
  std::free(mapped);
  return out;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = text[i];
    size_t plen = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v') {
      ++i;
    } else if (c >= 0x80 && IsUnicodePunct(text, i, &plen)) {
      if (text.compare(i, 2, "\xC2\xA0") != 0)
        out.push_back({text.substr(i, plen), i, i + plen});
      i += plen;
    } else if (size_t n = WordLength(text, i); n > 0) {
      PushWord(text, i, i + n, &out);
      i += n;
    } else {
      out.push_back({text.substr(i, 1), i, i + 1});
      ++i;
    }
  }
  return out;
}

std::string FoldToken(std::string_view token) {
  std::string out;
  FoldTokenInto(token, &out);
  return out;
}

void FoldTokenInto(std::string_view token, std::string* out) {
  out->clear();
  if (!IsAscii(token)) {
    *out = Tidy(Utf8Map(token, /*casefold=*/true));
    return;
  }
  for (char c : token) {
    if (c == '.') continue;
    *out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
}

std::string ExactToken(std::string_view token) {
  if (IsAscii(token)) return Tidy(token);
  return Tidy(Utf8Map(token, /*casefold=*/false));
}

void SplitHyphens(std::string_view folded, std::vector<std::string>* parts) {
  size_t start = 0;
  while (start <= folded.size()) {
    size_t dash = folded.find('-', start);
    if (dash == std::string_view::npos) dash = folded.size();
    if (dash > start) parts->emplace_back(folded.substr(start, dash - start));
    start = dash + 1;
  }
}

bool IsCapitalsOnly(std::string_view alias) {
  std::string exact = ExactToken(alias);
  int letters = 0;
  bool lower = false, upper_after_lower = false, one_word = true;
  for (unsigned char c : exact) {
    if (c >= 'a' && c <= 'z') lower = true, ++letters;
    if (c >= 'A' && c <= 'Z') upper_after_lower |= lower, ++letters;
    if (c >= 0x80) return false;  // non-ASCII letters: treat as mixed case
    if (c == ' ' || c == '-') one_word = false;
  }
  // "US", "DPR"; also one-word "LeT", "JuD": a capital after a small letter
  // in a short alias marks an abbreviation that must not match "Let".
  return letters > 0 && letters <= 5 &&
         (!lower || (upper_after_lower && one_word));
}

}  // namespace dipgraph::dict

// EWT-style tokenizer. Text is cut at white space into chunks; a chunk is a
// URL or e-mail address (one token, minus outer punctuation) or a sequence of
// words and punctuation. Words keep internal periods (U.S., 3.5), digit
// separators (1,000  10:30  3/4) and apostrophes; they are then split at
// hyphens and before clitics (n't 's 'll 're 've 'd 'm), as EWT does.
#include <array>
#include <string_view>

#include "extract/syntax/syntax.h"
#include "extract/syntax/text_util.h"

namespace dipgraph::syntax {
namespace {

constexpr std::array<std::string_view, 56> kAbbreviations = {
    "mr",   "mrs", "ms",   "dr",     "gen", "sen",  "rep",  "gov",
    "lt",   "col", "sgt",  "capt",   "maj", "prof", "rev",  "st",
    "jan",  "feb", "mar",  "apr",    "aug", "sept", "sep",  "oct",
    "nov",  "dec", "inc",  "corp",   "ltd", "co",   "no",   "vs",
    "etc",  "jr",  "sr",   "mt",     "ft",  "dept", "univ", "ave",
    "blvd", "adm", "cmdr", "approx", "est", "fig",  "pres", "govt"};

// Prefixes EWT keeps attached to what follows the hyphen.
constexpr std::array<std::string_view, 24> kHyphenPrefixes = {
    "e",    "x",    "t",     "a",    "non", "pre",   "anti",  "re",
    "mid",  "post", "co",    "over", "pro", "multi", "ex",    "sub",
    "semi", "neo",  "cross", "vice", "un",  "micro", "intra", "counter"};

// Contractions written without an apostrophe, split as EWT does.
struct Contraction {
  std::string_view word;
  size_t split;  // length of the first part
};
constexpr std::array<Contraction, 18> kBareContractions = {{{"dont", 2},
                                                            {"cant", 2},
                                                            {"doesnt", 4},
                                                            {"didnt", 3},
                                                            {"isnt", 2},
                                                            {"wasnt", 3},
                                                            {"wouldnt", 5},
                                                            {"couldnt", 5},
                                                            {"shouldnt", 6},
                                                            {"havent", 4},
                                                            {"hasnt", 3},
                                                            {"arent", 3},
                                                            {"werent", 4},
                                                            {"im", 1},
                                                            {"ive", 1},
                                                            {"thats", 4},
                                                            {"cannot", 3},
                                                            {"outta", 3}}};

constexpr std::array<std::string_view, 14> kEmoticons = {
    ":-)", ":)", ":-(", ":(", ";-)", ";)", ":D",
    ":P",  ":p", "(:",  "^^", ":-D", ":/", "<3"};

bool IsAbbreviation(std::string_view word) {
  const std::string lower = ToLowerAscii(word);
  for (std::string_view a : kAbbreviations)
    if (lower == a) return true;
  // Initials ("F") and dotted abbreviations ("U.S", "e.g").
  if (word.size() == 1 && IsUpperAscii(static_cast<unsigned char>(word[0])))
    return true;
  return word.find('.') != std::string_view::npos &&
         !IsDigitCp(static_cast<unsigned char>(word.back()));
}

char32_t CpAt(std::string_view s, size_t pos) {
  size_t len = 0;
  return pos < s.size() ? DecodeAt(s, pos, &len) : 0;
}

bool IsApostrophe(std::string_view s, size_t pos, size_t* len) {
  if (s[pos] == '\'') {
    *len = 1;
    return true;
  }
  return DecodeAt(s, pos, len) == 0x2019;
}

// Length of a joiner at `pos` that keeps a word going, or 0.
size_t JoinerLength(std::string_view s, size_t pos, size_t word_begin) {
  size_t len = 1;
  const char ch = s[pos];
  bool ok = false;
  if (ch == '.' || ch == '-' || ch == '&' || ch == '_') {
    ok = true;
  } else if (ch == ',' || ch == ':' || ch == '/') {
    ok = pos > word_begin && IsDigitCp(static_cast<unsigned char>(s[pos - 1]));
    ok = ok && pos + 1 < s.size() &&
         IsDigitCp(static_cast<unsigned char>(s[pos + 1]));
  } else if (IsApostrophe(s, pos, &len)) {
    ok = true;
  }
  if (!ok || pos + len >= s.size()) return 0;
  return IsWordCp(CpAt(s, pos + len)) ? len : 0;
}

// Length of a clitic that ends `word`, or 0.
size_t CliticLength(std::string_view word) {
  const std::string lower = ToLowerAscii(word);
  static constexpr std::array<std::string_view, 14> kClitics = {
      "n't",
      "n\xE2\x80\x99t",
      "'s",
      "\xE2\x80\x99s",
      "'ll",
      "\xE2\x80\x99ll",
      "'re",
      "\xE2\x80\x99re",
      "'ve",
      "\xE2\x80\x99ve",
      "'d",
      "\xE2\x80\x99"
      "d",
      "'m",
      "\xE2\x80\x99m"};
  for (std::string_view c : kClitics) {
    if (lower.size() > c.size() && lower.ends_with(c)) return c.size();
  }
  return 0;
}

void EmitWordPart(std::string_view s, size_t b, size_t e,
                  std::vector<Span>* out) {
  const std::string_view word = s.substr(b, e - b);
  const std::string lower = ToLowerAscii(word);
  for (const Contraction& c : kBareContractions) {
    if (lower != c.word) continue;
    out->push_back({b, b + c.split});
    out->push_back({b + c.split, e});
    return;
  }
  if (lower == "gonna" || lower == "wanna" || lower == "gotta") {
    out->push_back({b, b + 3});
    out->push_back({b + 3, e});
    return;
  }
  const size_t clitic = CliticLength(word);
  const bool plural_of_number = clitic == 2 && IsDigitCp(CpAt(word, 0));
  if (clitic > 0 && !plural_of_number) {
    out->push_back({b, e - clitic});
    out->push_back({e - clitic, e});
    return;
  }
  out->push_back({b, e});
}

bool KeepHyphen(std::string_view s, size_t seg_begin, size_t hyphen) {
  // Phone numbers, dates and ranges written with digits stay whole.
  if (IsDigitCp(CpAt(s, seg_begin)) && hyphen + 1 < s.size() &&
      IsWordCp(CpAt(s, hyphen + 1)) && !IsLowerAscii(CpAt(s, hyphen + 1)))
    return true;
  const std::string lower =
      ToLowerAscii(s.substr(seg_begin, hyphen - seg_begin));
  for (std::string_view p : kHyphenPrefixes)
    if (lower == p) return true;
  return false;
}

// Splits a word [b, e) at hyphens and before clitics.
void EmitWord(std::string_view s, size_t b, size_t e, std::vector<Span>* out) {
  size_t seg = b;
  for (size_t i = b; i < e; ++i) {
    if (s[i] != '-' || i == b || KeepHyphen(s, seg, i)) continue;
    EmitWordPart(s, seg, i, out);
    out->push_back({i, i + 1});
    seg = i + 1;
  }
  if (seg < e) EmitWordPart(s, seg, e, out);
}

size_t ScanWord(std::string_view s, size_t i, size_t e) {
  const size_t begin = i;
  while (i < e) {
    size_t len = 0;
    const char32_t c = DecodeAt(s, i, &len);
    if (IsWordCp(c)) {
      i += len;
      continue;
    }
    const size_t j = i < e ? JoinerLength(s.substr(0, e), i, begin) : 0;
    if (j == 0) break;
    i += j;
  }
  // A period that ends an abbreviation belongs to it.
  if (i < e && s[i] == '.' && (i + 1 >= e || s[i + 1] != '.') &&
      IsAbbreviation(s.substr(begin, i - begin)))
    ++i;
  return i;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return ToLowerAscii(s.substr(0, prefix.size())) == prefix;
}

bool IsUrlOrEmail(std::string_view w) {
  if (StartsWith(w, "http://") || StartsWith(w, "https://") ||
      StartsWith(w, "www.") || StartsWith(w, "ftp://"))
    return true;
  const size_t at = w.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  const size_t dot = w.find('.', at);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size();
}

bool IsOpeningPunct(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' ||
         c == '<' || c == 0x201C || c == 0x2018 || c == 0xAB;
}

bool IsClosingPunct(char32_t c) {
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' ||
         c == '>' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == 0x201D || c == 0x2019 || c == 0xBB;
}

// Emits [b, e) as a URL or e-mail with its outer punctuation; false if it
// is none.
bool EmitUrl(std::string_view s, size_t b, size_t e, std::vector<Span>* out) {
  size_t mb = b, me = e, len = 0;
  while (mb < me && IsOpeningPunct(DecodeAt(s, mb, &len))) mb += len;
  while (me > mb) {
    size_t k = me - 1;
    while (k > mb && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    if (!IsClosingPunct(DecodeAt(s, k, &len))) break;
    me = k;
  }
  if (mb >= me || !IsUrlOrEmail(s.substr(mb, me - mb))) return false;
  for (size_t i = b; i < mb; i += len) {
    DecodeAt(s, i, &len);
    out->push_back({i, i + len});
  }
  out->push_back({mb, me});
  for (size_t i = me; i < e; i += len) {
    DecodeAt(s, i, &len);
    out->push_back({i, i + len});
  }
  return true;
}

size_t RunOf(std::string_view s, size_t i, size_t e, std::string_view chars) {
  while (i < e && chars.find(s[i]) != std::string_view::npos) ++i;
  return i;
}

// Length of an emoticon at `i` that ends the chunk or precedes punctuation.
size_t EmoticonLength(std::string_view s, size_t i, size_t e) {
  for (std::string_view emo : kEmoticons) {
    if (s.substr(i, e - i).starts_with(emo) &&
        (i + emo.size() == e || !IsWordCp(CpAt(s, i + emo.size()))))
      return emo.size();
  }
  return 0;
}

void TokenizeChunk(std::string_view s, size_t b, size_t e,
                   std::vector<Span>* out) {
  if (EmitUrl(s, b, e, out)) return;
  size_t i = b;
  while (i < e) {
    size_t len = 0;
    const char32_t c = DecodeAt(s, i, &len);
    size_t j = i + len;
    if (const size_t emo = EmoticonLength(s, i, e); emo > 0) {
      out->push_back({i, i + emo});
      i += emo;
      continue;
    }
    // A year written '68 or '90s.
    if (c == '\'' && IsDigitCp(CpAt(s, j)) && IsDigitCp(CpAt(s, j + 1))) {
      j = ScanWord(s, j, e);
      out->push_back({i, j});
      i = j;
      continue;
    }
    if (IsWordCp(c)) {
      j = ScanWord(s, i, e);
      EmitWord(s, i, j, out);
      i = j;
      continue;
    }
    if (c == '.' || c == '?' || c == '!') j = RunOf(s, i, e, ".?!");
    if (c < 0x80 && std::string_view("-*_=~#^+").find(static_cast<char>(c)) !=
                        std::string_view::npos)
      j = RunOf(s, i, e, std::string(1, static_cast<char>(c)));
    out->push_back({i, j});
    i = j;
  }
}

}  // namespace

std::vector<Span> Tokenize(std::string_view text) {
  std::vector<Span> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 0;
    if (IsSpaceCp(DecodeAt(text, i, &len))) {
      i += len;
      continue;
    }
    size_t j = i;
    while (j < text.size() && !IsSpaceCp(DecodeAt(text, j, &len))) j += len;
    TokenizeChunk(text, i, j, &out);
    i = j;
  }
  return out;
}

}  // namespace dipgraph::syntax

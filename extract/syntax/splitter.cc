// Sentence splitter over tokens. A sentence ends after . ! ? or an ellipsis
// (plus any closing quotes and brackets) when the next token starts like a
// sentence (capital, digit, opening quote); after an abbreviation that can
// end a sentence (U.S., Inc.) only before a typical sentence opener; always
// at a blank line; and at a line break after a short line without final
// punctuation that starts a paragraph (headlines, captions, datelines kept
// with the text on the same line).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "extract/syntax/syntax.h"
#include "extract/syntax/text_util.h"

namespace dipgraph::syntax {
namespace {

constexpr size_t kMaxHeadlineTokens = 20;

std::string_view TokenText(std::string_view text, const Span& t) {
  return text.substr(t.begin, t.end - t.begin);
}

bool IsTerminal(std::string_view tok) {
  if (tok.empty()) return false;
  if (tok == "\xE2\x80\xA6") return true;  // …
  for (char ch : tok)
    if (ch != '.' && ch != '!' && ch != '?') return false;
  return true;
}

bool IsCloser(std::string_view tok) {
  return tok == "\"" || tok == "'" || tok == ")" || tok == "]" ||
         tok == "\xE2\x80\x9D" || tok == "\xE2\x80\x99" || tok == "}";
}

bool StartsSentence(std::string_view tok) {
  size_t len = 0;
  const char32_t c = DecodeAt(tok, 0, &len);
  if (IsUpperAscii(c) || IsDigitCp(c)) return true;
  return tok == "\"" || tok == "\xE2\x80\x9C" || tok == "(" || tok == "'" ||
         tok == "\xE2\x80\x98" || tok == "-" || tok == "--" ||
         tok == "\xE2\x80\x94" || (c >= 0xC0 && c < 0x110000 && len > 1);
}

// An abbreviation ending in "." that may also end a sentence.
bool IsFinalAbbreviation(std::string_view tok) {
  static constexpr std::array<std::string_view, 10> kFinal = {
      "U.S.", "Inc.", "Corp.", "Ltd.", "Co.",
      "etc.", "U.K.", "U.N.",  "a.m.", "p.m."};
  for (std::string_view a : kFinal)
    if (tok == a) return true;
  return false;
}

bool IsOpenerWord(std::string_view tok) {
  static constexpr std::array<std::string_view, 16> kOpeners = {
      "He", "She",  "It",   "They", "The", "We",    "I",   "But",
      "In", "This", "That", "A",    "And", "There", "His", "Their"};
  for (std::string_view w : kOpeners)
    if (tok == w) return true;
  return false;
}

size_t CountNewlines(std::string_view text, size_t b, size_t e) {
  size_t n = 0;
  for (size_t i = b; i < e; ++i) n += text[i] == '\n';
  return n;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Span>& tokens)
      : text_(text), tokens_(tokens) {}

  std::vector<TokenRange> Run() {
    std::vector<TokenRange> out;
    size_t first = 0;
    size_t line_start = 0;   // first token of the current line
    bool para_start = true;  // the current line starts a paragraph
    for (size_t i = 0; i + 1 < tokens_.size(); ++i) {
      const size_t gap =
          CountNewlines(text_, tokens_[i].end, tokens_[i + 1].begin);
      bool cut = gap >= 2 || EndsAt(i);
      if (!cut && gap == 1 && para_start &&
          i + 1 - line_start <= kMaxHeadlineTokens && !IsTerminal(Tok(i)) &&
          !IsCloser(Tok(i)))
        cut = StartsSentence(Tok(i + 1));
      if (cut) {
        out.push_back({first, i + 1});
        first = i + 1;
      }
      if (gap >= 1) {
        para_start = gap >= 2 || (cut && para_start);
        line_start = i + 1;
      }
    }
    if (first < tokens_.size()) out.push_back({first, tokens_.size()});
    return out;
  }

 private:
  std::string_view Tok(size_t i) const { return TokenText(text_, tokens_[i]); }

  // Whether a sentence ends after token i (punctuation rules only).
  bool EndsAt(size_t i) const {
    const size_t next = i + 1;
    if (next >= tokens_.size()) return false;
    if (IsCloser(Tok(i))) {
      // Back up over closers to the terminal punctuation.
      size_t k = i;
      while (k > 0 && IsCloser(Tok(k))) --k;
      if (!IsTerminal(Tok(k)) && !Tok(k).ends_with('.')) return false;
      if (IsCloser(Tok(next))) return false;
      return StartsSentence(Tok(next)) && !IsOpenQuoteContext(k, i);
    }
    if (IsTerminal(Tok(i))) {
      if (IsCloser(Tok(next))) return false;
      return StartsSentence(Tok(next));
    }
    if (IsFinalAbbreviation(Tok(i))) return IsOpenerWord(Tok(next));
    return false;
  }

  // A quote right after terminal punctuation that opens the next sentence
  // rather than closing this one: `said. "Then` has a space before it.
  bool IsOpenQuoteContext(size_t terminal, size_t last_closer) const {
    return last_closer == terminal + 1 &&
           tokens_[terminal].end < tokens_[terminal + 1].begin;
  }

  std::string_view text_;
  const std::vector<Span>& tokens_;
};

}  // namespace

std::vector<TokenRange> SplitSentences(std::string_view text,
                                       const std::vector<Span>& tokens) {
  return Splitter(text, tokens).Run();
}

Segmenter::Segmenter(std::string_view text, size_t max_tokens)
    : text_(text),
      max_tokens_(max_tokens == 0 ? 1 : max_tokens),
      tokens_(Tokenize(text)),
      ranges_(SplitSentences(text, tokens_)) {
  for (const TokenRange& r : ranges_) long_ += r.last - r.first > max_tokens_;
  if (!ranges_.empty()) piece_ = ranges_[0].first;
}

bool Segmenter::Next(size_t count, std::vector<Sentence>* out) {
  size_t added = 0;
  while (added < count && range_ < ranges_.size()) {
    const TokenRange& r = ranges_[range_];
    if (piece_ >= r.last) {  // the range is done
      if (++range_ < ranges_.size()) piece_ = ranges_[range_].first;
      continue;
    }
    const size_t b = piece_;
    const size_t e = std::min(r.last, b + max_tokens_);
    Sentence s;
    s.begin = tokens_[b].begin;
    s.end = tokens_[e - 1].end;
    s.text = std::string(text_.substr(s.begin, s.end - s.begin));
    s.tokens.reserve(e - b);
    for (size_t i = b; i < e; ++i) {
      Token t;
      t.begin = tokens_[i].begin;
      t.end = tokens_[i].end;
      t.form = std::string(TokenText(text_, tokens_[i]));
      s.tokens.push_back(std::move(t));
    }
    out->push_back(std::move(s));
    ++added;
    piece_ = e;
  }
  return added > 0;
}

std::vector<Sentence> Segment(std::string_view text, size_t max_tokens,
                              size_t* long_sentences) {
  Segmenter segmenter(text, max_tokens);
  std::vector<Sentence> out;
  while (segmenter.Next(SIZE_MAX, &out)) {
  }
  if (long_sentences) *long_sentences += segmenter.long_sentences();
  return out;
}

}  // namespace dipgraph::syntax

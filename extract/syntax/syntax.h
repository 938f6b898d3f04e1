// The syntax layer: raw UTF-8 news text in, sentences of tokens out.
//
//   std::vector<syntax::Sentence> doc = syntax::Segment(text);
//   for (const syntax::Sentence& s : doc)
//     for (const syntax::Token& t : s.tokens)
//       use(t.form, t.begin, t.end);   // byte offsets into `text`
//
// Segment() splits sentences (news conventions: abbreviations, initials,
// decimals, ellipses, closing quotes, headlines on their own lines, paragraph
// breaks) and tokenizes them following UD English EWT (n't, 's, 'll, hyphens,
// numbers, URLs, e-mail, curly quotes, dashes). Every token and sentence keeps
// byte offsets into the original text. Invalid UTF-8 bytes are kept as they
// are and treated as letters: offsets stay exact, nothing is replaced.
//
// Tagging, lemmas and dependencies (upos, xpos, lemma, head, deprel) are left
// empty by this layer for now; ReadConllu/WriteConllu carry them.
#ifndef DIPGRAPH_EXTRACT_SYNTAX_SYNTAX_H_
#define DIPGRAPH_EXTRACT_SYNTAX_SYNTAX_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace dipgraph::syntax {

struct Token {
  std::string form;
  size_t begin = 0;  // byte offsets into the text given to Segment/Tokenize
  size_t end = 0;
  std::string lemma;
  std::string upos;
  std::string xpos;
  int head = -1;  // 0 = root, 1-based index of the head, -1 = unknown
  std::string deprel;
};

struct Sentence {
  size_t begin = 0;  // byte offsets of the sentence in the text
  size_t end = 0;
  std::string text;
  std::string id;
  bool new_paragraph = false;  // CoNLL-U "# newpar" or "# newdoc" before it
  std::vector<Token> tokens;
};

struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Span&) const = default;
};

// Tokens of `text` as byte spans (offsets relative to `text`).
std::vector<Span> Tokenize(std::string_view text);

// Sentence spans over `text` given its tokens (as returned by Tokenize).
// Each sentence is a half-open range [first, last) of token indices.
struct TokenRange {
  size_t first = 0;
  size_t last = 0;
};
std::vector<TokenRange> SplitSentences(std::string_view text,
                                       const std::vector<Span>& tokens);

// Tokenize + SplitSentences; sentences longer than `max_tokens` are cut into
// pieces of at most `max_tokens` tokens and counted in `*long_sentences`.
std::vector<Sentence> Segment(std::string_view text, size_t max_tokens = 250,
                              size_t* long_sentences = nullptr);

// CoNLL-U. Multiword-token lines and empty nodes are skipped on reading (the
// words are kept); token offsets are found by locating each word in the
// sentence's `# text` line when there is one. Errors are "file:line: ...".
Result<std::vector<Sentence>> ParseConllu(std::string_view content,
                                          std::string_view file_name);
// Writes `# sent_id`, `# text` and one line per token with
// TokenRange=begin:end in MISC.
std::string FormatConllu(const std::vector<Sentence>& sentences);

// Figures of `dipgraph eval parse`. Tokenization is scored from each gold
// sentence's `# text`: a system token counts when its byte span equals a
// gold word's span. Sentence splitting is scored on the sentences' texts
// joined by spaces, paragraphs by blank lines, by span.
struct ParseScores {
  size_t sentences = 0;
  size_t gold_tokens = 0;
  size_t system_tokens = 0;
  size_t matched_tokens = 0;
  size_t gold_sentences = 0;
  size_t system_sentences = 0;
  size_t matched_sentences = 0;
  double TokenF1() const;
  double SentenceF1() const;
};
ParseScores EvaluateSegmentation(const std::vector<Sentence>& gold);

}  // namespace dipgraph::syntax

#endif  // DIPGRAPH_EXTRACT_SYNTAX_SYNTAX_H_

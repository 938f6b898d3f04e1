// A dependency-parsed sentence as the coder sees it (Universal Dependencies
// relations; heads are 0-based token indexes, -1 for the root).
#ifndef DIPGRAPH_EXTRACT_CODER_PARSED_H_
#define DIPGRAPH_EXTRACT_CODER_PARSED_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace dipgraph {

struct ParsedToken {
  std::string text, lemma, upos, xpos, deprel;
  int head = -1;
  int64_t start = 0, end = 0;  // byte offsets into the document
};

struct ParsedSentence {
  int64_t index = 0;           // sentence index in the document
  int64_t start = 0, end = 0;  // byte offsets into the document
  std::string text;
  std::vector<ParsedToken> tokens;

  // Indexes of the tokens whose head is `i`, in order.
  std::vector<int> Children(int i) const;
  // Children of `i` with this relation (subtypes match their base when
  // `rel` has no colon: "nsubj" matches "nsubj:pass" only if exact is false).
  std::vector<int> Children(int i, std::string_view rel,
                            bool exact = true) const;
  // The first and last token of the subtree of `i`.
  std::pair<int, int> Span(int i) const;
  // Text of tokens [first, last] as written in the sentence.
  std::string SpanText(int first, int last) const;
};

// Reads one sentence in CoNLL-U (for tests and `explain`); comments and
// multiword token lines are skipped; `# text =` fills text.
Result<ParsedSentence> ParseConllu(std::string_view conllu);

}  // namespace dipgraph

#endif  // DIPGRAPH_EXTRACT_CODER_PARSED_H_

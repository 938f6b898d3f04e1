// The arc-hybrid configuration and its features, shared by parsing and
// training (internal to the syntax layer).
#ifndef DIPGRAPH_EXTRACT_SYNTAX_PARSER_STATE_H_
#define DIPGRAPH_EXTRACT_SYNTAX_PARSER_STATE_H_

#include <array>
#include <cstdint>
#include <vector>

#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {

// Per-token hashes of the sentence; index 0 is the artificial root.
struct ParserInput {
  std::vector<uint64_t> word, tag, upos, lemma;
  int n = 0;  // tokens, 1..n
};
ParserInput MakeParserInput(const Sentence& s);

// Stack (bottom = root 0), buffer front `b` (n + 1 = empty), arcs so far
// with the children each token has gathered.
struct ParserState {
  explicit ParserState(int n);

  int n;
  int b = 1;
  std::vector<int> stack;
  std::vector<int> head, label;
  std::vector<int> left1, left2, right1, right2;  // nearest-to-edge children
  std::vector<uint8_t> nleft, nright;
  std::vector<uint64_t> left_set, right_set;  // label bit sets

  bool Terminal() const { return b > n && stack.size() == 1; }
  int S(size_t k) const {  // k-th from the top of the stack, -1 if none
    return k < stack.size() ? stack[stack.size() - 1 - k] : -1;
  }
  int B(int k) const { return b + k <= n ? b + k : -1; }
  bool CanShift() const { return b <= n; }
  bool CanLeft() const { return stack.size() >= 2 && b <= n; }
  // RIGHT-ARC onto the root only as the very last transition (one root).
  bool CanRight() const {
    return stack.size() > 2 || (stack.size() == 2 && b > n);
  }
  // Is class `cls` valid here? A left arc never takes the root label
  // `root`; the arc onto the root always does (when `root` < `labels`,
  // the number of labels).
  bool Allowed(int cls, int root, int labels) const {
    if (cls == 0) return CanShift();
    const int l = (cls - 1) / 2;
    if (cls % 2 == 1) return CanLeft() && l != root;
    return CanRight() && (root >= labels || (l == root) == (stack.size() == 2));
  }
  // Applies class `cls` (0 shift, 1 + 2l left, 2 + 2l right). REQUIRES: valid.
  void Apply(int cls);
  void AddArc(int h, int d, int l);

  // What the label-free features read: equal keys, equal features.
  using Key = std::array<int, 17>;
  Key StructureKey() const;
};

// Feature hashes of the configuration (114 templates). When `labelled` is
// set, the 22 templates that read relation labels go there instead (the
// others depend only on StructureKey()), and `out` may be null to skip the
// others.
void ParserFeatures(const ParserInput& in, const ParserState& st,
                    std::vector<uint64_t>* out,
                    std::vector<uint64_t>* labelled = nullptr);

}  // namespace dipgraph::syntax

#endif  // DIPGRAPH_EXTRACT_SYNTAX_PARSER_STATE_H_

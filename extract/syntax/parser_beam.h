// Beam search over arc-hybrid configurations, shared by parsing and global
// training (internal to the syntax layer).
//
//   Beam beam(n, width, classes, root, labels);
//   while (!beam.Terminal()) beam.Step(score);  // see Step()
//   const ParserState& best = beam.items()[0].state;
//
// Every item of a beam has made the same number of transitions (arc-hybrid
// parses n tokens in exactly 2n), so items are compared on their summed
// class scores.
#ifndef DIPGRAPH_EXTRACT_SYNTAX_PARSER_BEAM_H_
#define DIPGRAPH_EXTRACT_SYNTAX_PARSER_BEAM_H_

#include <algorithm>
#include <cstddef>
#include <vector>

#include "extract/syntax/parser_state.h"

namespace dipgraph::syntax {

struct BeamItem {
  explicit BeamItem(int n) : state(n) {}
  ParserState state;
  float score = 0;
  int parent = -1;   // index of the item it came from in the previous beam
  int cls = -1;      // the class applied to it
  bool gold = true;  // (training) every class so far was the gold one
};

class Beam {
 public:
  // `root` is the index of the root label, `labels` the number of labels.
  Beam(int n, size_t width, size_t classes, int root, int labels)
      : width_(std::max<size_t>(width, 1)),
        stride_((classes + 7) / 8 * 8),
        root_(root),
        labels_(labels),
        items_(width_, BeamItem(n)),
        next_(width_, BeamItem(n)),
        scores_(width_ * stride_),
        structural_(width_ * stride_),
        keys_(width_) {
    cands_.reserve(width_);
  }

  bool Terminal() const { return items_[0].state.Terminal(); }
  // The items, best first.
  const BeamItem* begin() const { return items_.data(); }
  const BeamItem* end() const { return items_.data() + size_; }
  const BeamItem& operator[](size_t i) const { return items_[i]; }
  size_t size() const { return size_; }

  // Expands every item by each valid class and keeps the `width` best.
  // `score(const ParserState&, float* structural, float* labelled)` adds
  // the class scores of the label-free features to `structural` unless it
  // is null (items with equal StructureKey() share them), and those of the
  // label features to `labelled`; both are zeroed, classes rounded up to a
  // multiple of 8 floats. `gold_cls` is the gold class of this step when
  // training (-1 otherwise) and keeps BeamItem::gold. REQUIRES: !Terminal().
  template <typename Scorer>
  void Step(const Scorer& score, int gold_cls = -1) {
    cands_.clear();
    std::fill(scores_.begin(), scores_.begin() + size_ * stride_, 0.0f);
    for (size_t i = 0; i < size_; ++i) {
      const ParserState& st = items_[i].state;
      float* row = scores_.data() + i * stride_;
      float* structural = structural_.data() + i * stride_;
      keys_[i] = st.StructureKey();
      size_t same = 0;
      while (same < i && keys_[same] != keys_[i]) ++same;
      if (same < i) {
        std::copy(structural_.data() + same * stride_,
                  structural_.data() + (same + 1) * stride_, structural);
        score(st, nullptr, row);
      } else {
        std::fill(structural, structural + stride_, 0.0f);
        score(st, structural, row);
      }
      for (size_t c = 0; c < stride_; ++c) row[c] += structural[c];
      // The classes ParserState::Allowed() lets through, in ascending order.
      const float base = items_[i].score;
      const int item = static_cast<int>(i);
      if (st.CanShift()) Offer({base + row[0], item, 0});
      const bool left = st.CanLeft(), right = st.CanRight();
      const bool onto_root = st.stack.size() == 2;
      for (int l = 0; l < labels_; ++l) {
        if (left && l != root_) Offer({base + row[1 + 2 * l], item, 1 + 2 * l});
        if (right && (root_ >= labels_ || (l == root_) == onto_root))
          Offer({base + row[2 + 2 * l], item, 2 + 2 * l});
      }
    }
    const size_t k = cands_.size();
    for (size_t j = 0; j < k; ++j) {
      const Candidate& c = cands_[j];
      const BeamItem& from = items_[size_t(c.item)];
      BeamItem& to = next_[j];
      to.state = from.state;
      to.state.Apply(c.cls);
      to.score = c.score;
      to.parent = c.item;
      to.cls = c.cls;
      to.gold = from.gold && c.cls == gold_cls;
    }
    items_.swap(next_);
    size_ = k;
  }

  // The class scores the last Step() gave item `i` of the beam before it.
  const float* PreviousScores(size_t i) const {
    return scores_.data() + i * stride_;
  }

 private:
  struct Candidate {
    float score;
    int item;
    int cls;
  };

  // Keeps cands_ the `width_` best candidates offered so far, best first;
  // of equal scores the one offered first (lower item, then class) wins.
  void Offer(const Candidate& c) {
    size_t at = cands_.size();
    if (at == width_ && !(c.score > cands_.back().score)) return;
    while (at > 0 && cands_[at - 1].score < c.score) --at;
    if (at == width_) return;  // NaN
    if (cands_.size() < width_) cands_.emplace_back();
    for (size_t j = cands_.size() - 1; j > at; --j) cands_[j] = cands_[j - 1];
    cands_[at] = c;
  }

  size_t width_, stride_;
  int root_, labels_;
  std::vector<BeamItem> items_, next_;
  size_t size_ = 1;
  std::vector<float> scores_, structural_;  // items × stride_
  std::vector<ParserState::Key> keys_;
  std::vector<Candidate> cands_;
};

}  // namespace dipgraph::syntax

#endif  // DIPGRAPH_EXTRACT_SYNTAX_PARSER_BEAM_H_

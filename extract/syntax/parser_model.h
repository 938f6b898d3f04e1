// Internals of the dependency parser (see syntax.h for the API).
//
// An arc-hybrid transition parser (Kuhlmann et al. 2011) scored by an
// averaged perceptron over Zhang & Nivre (2011)-style features. Greedy
// (beam 1): trained with the dynamic oracle of Goldberg & Nivre (2013), with
// exploration. Beam search (beam > 1): trained globally with max-violation
// updates (Huang et al. 2012) against the static oracle's transitions.
// Transitions are joint with labels: class 0 is SHIFT, 1 + 2l is LEFT-ARC
// with label l, 2 + 2l is RIGHT-ARC with label l.
#ifndef DIPGRAPH_EXTRACT_SYNTAX_PARSER_MODEL_H_
#define DIPGRAPH_EXTRACT_SYNTAX_PARSER_MODEL_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {

// Feature keys are hashes cut to 48 bits: with a few million features,
// collisions are still improbable (about 0.01 expected among 2 M keys),
// and the sorted keys of a model file differ by about 4 bytes' worth.
constexpr uint64_t kFeatureKeyMask = (uint64_t{1} << 48) - 1;

struct ClassWeight {
  uint16_t cls;
  float weight;
};

// Feature hash -> weights of the classes it votes for, in an open-addressing
// table (linear probing; key 0 marks an empty slot, so keys are never 0).
// Rows with many classes are stored dense, so that summing them vectorizes;
// rows of one weight (or two that are exact in half precision, as model
// files store them) inside their slot; the others as (class, weight) pairs.
class FeatureTable {
 public:
  // Adds a row. REQUIRES: a key not added before, classes < `classes` given
  // to Finish(), which must come before lookups.
  void Add(uint64_t key, const ClassWeight* begin, const ClassWeight* end);
  // Optional, before the Add()s: sizes the table for `rows` rows so that
  // they go straight into it (no copy: a lower peak of memory on loading).
  void Reserve(size_t classes, size_t rows);
  void Finish(size_t classes);
  // Adds the weights of every key in `keys` to `scores`, which must hold
  // stride() floats. Prefetches the slots first, so the misses overlap.
  void Score(const std::vector<uint64_t>& keys, float* scores) const;
  size_t stride() const { return stride_; }
  size_t rows() const { return rows_; }
  size_t weights() const;
  // Keys in ascending order with their nonzero weights (for saving).
  std::vector<std::pair<uint64_t, std::vector<ClassWeight>>> SortedRows() const;

 private:
  static constexpr uint32_t kDense = 0xFFFFFFFF;
  static constexpr uint32_t kInline = 0x80000000;
  static constexpr uint32_t kInline2 = 0x40000000;
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0;  // into weights_, or the dense row when count is
    uint32_t count = 0;  // kDense, or the weight's bits when count is
                         // kInline | class, or two half-precision weights
                         // when it is kInline2 | class << 8 | class
  };
  static float InlineWeight(const Slot& s);
  void Insert(uint64_t key, const ClassWeight* row, uint32_t count);
  size_t Home(uint64_t key) const;
  const Slot* Find(uint64_t key) const;
  std::vector<ClassWeight> RowOf(const Slot& s) const;

  std::vector<Slot> pending_;  // rows added since the last Finish()
  std::vector<ClassWeight> pending_weights_;
  // mask_ + 1 slots, in huge pages where the system offers them. Shared by
  // copies: a table does not change after Finish().
  std::shared_ptr<Slot[]> slots_;
  std::vector<ClassWeight> weights_;
  std::vector<float> dense_;  // rows of stride_ floats
  size_t stride_ = 0;
  size_t rows_ = 0;
  size_t inline_rows_ = 0;
  size_t reserved_ = 0;  // rows Add() may still put straight in
  uint64_t mask_ = 0;
  int shift_ = 44;
};

// IEEE half precision, as weights are stored in model files: rounded to
// nearest, magnitudes beyond 65504 clamped to it.
uint16_t FloatToHalf(float f);
inline float HalfToFloat(uint16_t h) {
  const uint32_t exponent = (h >> 10) & 0x1F, mantissa = h & 0x3FF;
  float out;
  if (exponent == 0) {  // subnormal (or zero)
    out = static_cast<float>(mantissa) / 16777216.0f;
  } else {
    const uint32_t x = ((exponent + 112) << 23) | (mantissa << 13);
    std::memcpy(&out, &x, sizeof out);
  }
  return (h & 0x8000) ? -out : out;
}

struct ParserInput;
struct ParserState;

class ParserModel {
 public:
  std::vector<std::string> labels;  // UD deprels with subtypes
  FeatureTable table;
  int beam = 1;  // beam width at parse time; 1 = greedy

  bool empty() const { return labels.empty(); }
  size_t classes() const { return 1 + 2 * labels.size(); }
  // Index of the "root" label (labels.size() when there is none).
  int root() const;
  // Fills head and deprel with a beam of `width` (0: `beam`). REQUIRES: the
  // tokens are tagged.
  void Parse(Sentence* s, int width = 0) const;

 private:
  void ParseGreedy(const ParserInput& in, ParserState* st) const;
  void ParseBeam(const ParserInput& in, int width, ParserState* st) const;
};

struct ParserTrainOptions {
  int epochs = 15;
  // 1: greedy, dynamic oracle; > 1: beam search of this width, trained
  // globally (max-violation).
  int beam = 1;
  // The width the model parses with, dev figures included (0: `beam`; at
  // most `beam`, so that a greedy parser stays greedy).
  int parse_beam = 0;
  uint64_t seed = 20240601;
  double explore = 0.9;  // follow a wrong prediction with this chance
  int explore_from = 1;  // ... from this epoch on (0-based)
  bool skip_nonprojective = false;  // else lift them to projective trees
  // Averaged weights below this are dropped from the model: 1.0 keeps about
  // 30 % of the weights (and the dev LAS within 0.2 points).
  float min_weight = 1.0f;
  std::function<void(size_t, size_t)> progress;
  // Called once with a line about the training trees.
  std::function<void(const std::string&)> log;
  // Called after each epoch with its dev UAS and LAS (percent).
  std::function<void(int, double, double)> epoch_done;
};

// Trains on `train` (tagged: gold or predicted tags), picks the epoch with
// the best LAS on `dev` (tagged as at run time). `*figures` gets the dev
// scores of the chosen epoch.
ParserModel TrainParser(const std::vector<Sentence>& train,
                        const std::vector<Sentence>& dev,
                        const ParserTrainOptions& options,
                        std::string* figures);

// Makes a gold tree projective by lifting the shortest non-projective arc to
// the head's head until none is left. Heads are 0 (root) or 1-based.
// Returns the number of arcs lifted.
int Projectivize(std::vector<int>* heads);

}  // namespace dipgraph::syntax

#endif  // DIPGRAPH_EXTRACT_SYNTAX_PARSER_MODEL_H_

// Arc-hybrid parsing (greedy or beam): configuration, features, weight
// table.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "extract/syntax/parser_beam.h"
#include "extract/syntax/parser_model.h"
#include "extract/syntax/parser_state.h"
#include "extract/syntax/tagger_model.h"
#include "extract/syntax/text_util.h"

namespace dipgraph::syntax {
namespace {

constexpr uint64_t kNone = 0x6e6f6e65;  // "none": no such token
constexpr uint64_t kRoot = 0x726f6f74;  // the artificial root

inline uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 29);
}

// Digits folded to 0 so that numbers share statistics.
uint64_t WordHash(std::string_view form) {
  std::string w = ToLowerAscii(form);
  for (char& c : w)
    if (c >= '1' && c <= '9') c = '0';
  return Fnv1a(w);
}

// Collects feature hashes into `out`; with a null `out`, skips them.
class Emitter {
 public:
  explicit Emitter(std::vector<uint64_t>* out) : out_(out) {
    if (out_) out_->clear();
  }
  // Writes to `other` when it is set, else to `out`.
  Emitter(std::vector<uint64_t>* out, std::vector<uint64_t>* other)
      : Emitter(other ? other : out) {}
  void operator()(uint64_t t, uint64_t a) {
    if (out_) Put(Mix(t, a));
  }
  void operator()(uint64_t t, uint64_t a, uint64_t b) {
    if (out_) Put(Mix(Mix(t, a), b));
  }
  void operator()(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
    if (out_) Put(Mix(Mix(Mix(t, a), b), c));
  }

 private:
  void Put(uint64_t h) {
    h &= kFeatureKeyMask;
    out_->push_back(h ? h : 1);
  }
  std::vector<uint64_t>* out_;
};

// `count` zeroed objects of trivial type T, 2 MB-aligned and advised to
// use transparent huge pages on Linux.
template <typename T>
std::shared_ptr<T[]> HugeArray(size_t count) {
  constexpr size_t kHuge = size_t{2} << 20;
  const size_t bytes =
      std::max<size_t>(kHuge, (count * sizeof(T) + kHuge - 1) / kHuge * kHuge);
  void* p = std::aligned_alloc(kHuge, bytes);
  if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  madvise(p, bytes, MADV_HUGEPAGE);
#endif
  std::memset(p, 0, bytes);
  return std::shared_ptr<T[]>(static_cast<T*>(p), [](T* q) { std::free(q); });
}

}  // namespace

ParserInput MakeParserInput(const Sentence& s) {
  ParserInput in;
  in.n = static_cast<int>(s.tokens.size());
  const size_t size = s.tokens.size() + 1;
  in.word.assign(size, kRoot);
  in.tag.assign(size, kRoot);
  in.upos.assign(size, kRoot);
  in.lemma.assign(size, kRoot);
  for (size_t i = 1; i < size; ++i) {
    const Token& t = s.tokens[i - 1];
    in.word[i] = WordHash(t.form);
    in.tag[i] = Fnv1a(t.xpos);
    in.upos[i] = Fnv1a(t.upos, 77);
    in.lemma[i] = Fnv1a(ToLowerAscii(t.lemma), 99);
  }
  return in;
}

ParserState::ParserState(int tokens)
    : n(tokens),
      head(static_cast<size_t>(tokens) + 1, -1),
      label(static_cast<size_t>(tokens) + 1, -1),
      left1(static_cast<size_t>(tokens) + 1, -1),
      left2(static_cast<size_t>(tokens) + 1, -1),
      right1(static_cast<size_t>(tokens) + 1, -1),
      right2(static_cast<size_t>(tokens) + 1, -1),
      nleft(static_cast<size_t>(tokens) + 1, 0),
      nright(static_cast<size_t>(tokens) + 1, 0),
      left_set(static_cast<size_t>(tokens) + 1, 0),
      right_set(static_cast<size_t>(tokens) + 1, 0) {
  stack.reserve(static_cast<size_t>(tokens) + 1);
  stack.push_back(0);
}

void ParserState::AddArc(int h, int d, int l) {
  const auto hi = static_cast<size_t>(h);
  head[static_cast<size_t>(d)] = h;
  label[static_cast<size_t>(d)] = l;
  const uint64_t bit = uint64_t{1} << (l & 63);
  if (d < h) {
    if (left1[hi] < 0 || d < left1[hi]) {
      left2[hi] = left1[hi];
      left1[hi] = d;
    } else if (left2[hi] < 0 || d < left2[hi]) {
      left2[hi] = d;
    }
    nleft[hi] = static_cast<uint8_t>(std::min(nleft[hi] + 1, 255));
    left_set[hi] |= bit;
  } else {
    if (right1[hi] < 0 || d > right1[hi]) {
      right2[hi] = right1[hi];
      right1[hi] = d;
    } else if (right2[hi] < 0 || d > right2[hi]) {
      right2[hi] = d;
    }
    nright[hi] = static_cast<uint8_t>(std::min(nright[hi] + 1, 255));
    right_set[hi] |= bit;
  }
}

void ParserState::Apply(int cls) {
  if (cls == 0) {
    stack.push_back(b++);
    return;
  }
  const int l = (cls - 1) / 2;
  const int s0 = stack.back();
  stack.pop_back();
  if (cls % 2 == 1)
    AddArc(b, s0, l);
  else
    AddArc(stack.back(), s0, l);
}

ParserState::Key ParserState::StructureKey() const {
  const int s0 = S(0), s1 = S(1);
  const auto at = [](const auto& v, int i) {
    return i < 0 ? -1 : int(v[size_t(i)]);
  };
  return {s0,
          s1,
          S(2),
          b,
          at(left1, s0),
          at(left2, s0),
          at(right1, s0),
          at(right2, s0),
          at(left1, s1),
          at(right1, s1),
          at(left1, b <= n ? b : -1),
          at(left2, b <= n ? b : -1),
          at(nleft, s0),
          at(nright, s0),
          at(nleft, b <= n ? b : -1),
          at(nleft, s1),
          at(nright, s1)};
}

void ParserFeatures(const ParserInput& in, const ParserState& st,
                    std::vector<uint64_t>* out,
                    std::vector<uint64_t>* labelled) {
  Emitter f(out), g(out, labelled);
  auto W = [&](int i) { return i < 0 ? kNone : in.word[size_t(i)]; };
  auto P = [&](int i) { return i < 0 ? kNone : in.tag[size_t(i)]; };
  auto U = [&](int i) { return i < 0 ? kNone : in.upos[size_t(i)]; };
  auto L = [&](int i) { return i < 0 ? kNone : in.lemma[size_t(i)]; };
  auto Lab = [&](int i) -> uint64_t {
    return i < 0 ? kNone : uint64_t(st.label[size_t(i)]) + 1;
  };
  auto Ch = [&](const std::vector<int>& v, int i) {
    return i < 0 ? -1 : v[size_t(i)];
  };
  auto Val = [&](const std::vector<uint8_t>& v, int i) -> uint64_t {
    return i < 0 ? kNone : v[size_t(i)];
  };
  auto Set = [&](const std::vector<uint64_t>& v, int i) {
    return i < 0 ? kNone : v[size_t(i)];
  };
  const int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
  const int b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
  const int s0l = Ch(st.left1, s0), s0l2 = Ch(st.left2, s0);
  const int s0r = Ch(st.right1, s0), s0r2 = Ch(st.right2, s0);
  const int s1l = Ch(st.left1, s1), s1r = Ch(st.right1, s1);
  const int b0l = Ch(st.left1, b0), b0l2 = Ch(st.left2, b0);
  const uint64_t d = (s0 > 0 && b0 > 0) ? uint64_t(std::min(b0 - s0, 6)) : 0;
  const uint64_t d10 = (s1 > 0) ? uint64_t(std::min(s0 - s1, 6)) : 0;
  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1);
  const uint64_t b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1);
  uint64_t t = 0;
  f(++t, 1);  // bias
  // Single words.
  f(++t, s0w), f(++t, s0p), f(++t, s0w, s0p), f(++t, L(s0)), f(++t, U(s0));
  f(++t, s1w), f(++t, s1p), f(++t, s1w, s1p), f(++t, L(s1));
  f(++t, W(s2)), f(++t, P(s2));
  f(++t, b0w), f(++t, b0p), f(++t, b0w, b0p), f(++t, L(b0)), f(++t, U(b0));
  f(++t, b1w), f(++t, b1p), f(++t, b1w, b1p);
  f(++t, W(b2)), f(++t, P(b2));
  // Pairs.
  f(++t, s0w * 31 + s0p, b0w, b0p), f(++t, s0w, s0p, b0w),
      f(++t, s0w, b0w, b0p);
  f(++t, s0w, s0p, b0p), f(++t, s0p, b0w, b0p), f(++t, s0w, b0w);
  f(++t, s0p, b0p), f(++t, b0p, b1p), f(++t, L(s0), L(b0));
  f(++t, s1w * 31 + s1p, s0w, s0p), f(++t, s1w, s0w), f(++t, s1p, s0p);
  f(++t, s1p, s0w), f(++t, s1w, s0p), f(++t, L(s1), L(s0));
  f(++t, U(s1), U(s0)), f(++t, U(s0), U(b0)), f(++t, s1w, b0w);
  f(++t, s1p, b0p);
  // Triples.
  f(++t, b0p, b1p, P(b2)), f(++t, s0p, b0p, b1p), f(++t, s1p, s0p, b0p);
  f(++t, s0p, P(s0l), b0p), f(++t, s0p, P(s0r), b0p);
  f(++t, s0p, b0p, P(b0l)), f(++t, P(s2), s1p, s0p);
  f(++t, s1p, P(s1r), s0p), f(++t, s1p, s0p, P(s0l));
  f(++t, s1p, s0p, P(s0r)), f(++t, s1p, P(s1l), s0p);
  f(++t, s0w, b0p, b1p), f(++t, s1p, s0w, b0p);
  // Distance.
  f(++t, s0w, d), f(++t, s0p, d), f(++t, b0w, d), f(++t, b0p, d);
  f(++t, s0w, b0w, d), f(++t, s0p, b0p, d);
  f(++t, s1p, s0p, d10), f(++t, s1w, s0w, d10), f(++t, s1p, s0w, d10);
  f(++t, s1w, s0p, d10);
  // Valency.
  f(++t, s0w, Val(st.nright, s0)), f(++t, s0p, Val(st.nright, s0));
  f(++t, s0w, Val(st.nleft, s0)), f(++t, s0p, Val(st.nleft, s0));
  f(++t, b0w, Val(st.nleft, b0)), f(++t, b0p, Val(st.nleft, b0));
  f(++t, s1w, Val(st.nright, s1)), f(++t, s1p, Val(st.nright, s1));
  f(++t, s1p, Val(st.nleft, s1));
  // Children.
  f(++t, W(s0l)), f(++t, P(s0l)), g(++t, Lab(s0l));
  f(++t, W(s0r)), f(++t, P(s0r)), g(++t, Lab(s0r));
  f(++t, W(b0l)), f(++t, P(b0l)), g(++t, Lab(b0l));
  f(++t, W(s1l)), f(++t, P(s1l)), g(++t, Lab(s1l));
  f(++t, W(s1r)), f(++t, P(s1r)), g(++t, Lab(s1r));
  f(++t, W(s0l2)), f(++t, P(s0l2)), g(++t, Lab(s0l2));
  f(++t, W(s0r2)), f(++t, P(s0r2)), g(++t, Lab(s0r2));
  f(++t, W(b0l2)), f(++t, P(b0l2)), g(++t, Lab(b0l2));
  f(++t, s0p, P(s0l), P(s0l2)), f(++t, s0p, P(s0r), P(s0r2));
  f(++t, b0p, P(b0l), P(b0l2)), g(++t, s1p, P(s1r), Lab(s1r));
  g(++t, s0p, Lab(s0l), Lab(s0l2)), g(++t, s0p, Lab(s0r), Lab(s0r2));
  g(++t, b0p, Lab(b0l), Lab(b0l2));
  // Label sets.
  g(++t, s0w, Set(st.right_set, s0)), g(++t, s0p, Set(st.right_set, s0));
  g(++t, s0w, Set(st.left_set, s0)), g(++t, s0p, Set(st.left_set, s0));
  g(++t, b0w, Set(st.left_set, b0)), g(++t, b0p, Set(st.left_set, b0));
  g(++t, s1p, Set(st.right_set, s1)), g(++t, s1p, Set(st.left_set, s1));
  g(++t, s1p, s0p, Set(st.left_set, s0));
  g(++t, s0p, b0p, Set(st.left_set, b0));
}

void FeatureTable::Add(uint64_t key, const ClassWeight* begin,
                       const ClassWeight* end) {
  if (rows_ < reserved_) {  // straight into the table
    Insert(key, begin, static_cast<uint32_t>(end - begin));
    return;
  }
  Slot slot;
  slot.key = key;
  slot.begin = static_cast<uint32_t>(pending_weights_.size());
  slot.count = static_cast<uint32_t>(end - begin);
  pending_weights_.insert(pending_weights_.end(), begin, end);
  pending_.push_back(slot);
}

void FeatureTable::Reserve(size_t classes, size_t rows) {
  stride_ = (classes + 7) / 8 * 8;
  weights_.clear();
  dense_.clear();
  rows_ = 0;
  inline_rows_ = 0;
  size_t cap = 16;
  int bits = 4;
  while (cap < rows + rows / 4) cap *= 2, ++bits;  // load factor <= 0.8
  mask_ = cap - 1;
  shift_ = 48 - std::min(bits, 48);
  slots_ = HugeArray<Slot>(cap);
  reserved_ = rows;
}

void FeatureTable::Insert(uint64_t key, const ClassWeight* row,
                          uint32_t count) {
  // A dense row costs stride_ floats and sums in stride_ / 8 vector adds.
  const size_t dense_from = std::max<size_t>(8, stride_ / 4);
  Slot slot;
  slot.key = key;
  const auto exact_half = [](float w) {
    return HalfToFloat(FloatToHalf(w)) == w;
  };
  if (count == 1) {  // most rows: no second cache miss
    slot.count = kInline | row[0].cls;
    std::memcpy(&slot.begin, &row[0].weight, sizeof slot.begin);
    ++inline_rows_;
  } else if (count == 2 && row[0].cls < 256 && row[1].cls < 256 &&
             exact_half(row[0].weight) && exact_half(row[1].weight)) {
    slot.count = kInline2 | uint32_t{row[0].cls} << 8 | row[1].cls;
    slot.begin =
        FloatToHalf(row[0].weight) | uint32_t{FloatToHalf(row[1].weight)} << 16;
    inline_rows_ += 2;
  } else if (count >= dense_from) {
    slot.begin = static_cast<uint32_t>(dense_.size() / stride_);
    slot.count = kDense;
    dense_.resize(dense_.size() + stride_, 0.0f);
    float* d = dense_.data() + size_t(slot.begin) * stride_;
    for (uint32_t k = 0; k < count; ++k) d[row[k].cls] = row[k].weight;
  } else {
    slot.begin = static_cast<uint32_t>(weights_.size());
    slot.count = count;
    weights_.insert(weights_.end(), row, row + count);
  }
  size_t at = Home(key);
  while (slots_[at].key != 0) at = (at + 1) & mask_;
  slots_[at] = slot;
  ++rows_;
}

uint16_t FloatToHalf(float f) {
  uint32_t x;
  std::memcpy(&x, &f, sizeof x);
  const auto sign = static_cast<uint16_t>((x >> 16) & 0x8000);
  x &= 0x7FFFFFFF;
  if (x >= 0x477FF000) return sign | 0x7BFF;  // >= 65520 or NaN: 65504
  if (x < 0x38800000) {  // under 2^-14: a subnormal, in units of 2^-24
    float a;
    std::memcpy(&a, &x, sizeof a);
    return sign | static_cast<uint16_t>(std::lrint(a * 16777216.0f));
  }
  uint32_t h = (x - 0x38000000) >> 13;  // exponent rebiased, 10-bit mantissa
  const uint32_t rest = x & 0x1FFF;
  if (rest > 0x1000 || (rest == 0x1000 && (h & 1))) ++h;  // to nearest even
  return sign | static_cast<uint16_t>(h);
}

// The top bits of the (48-bit) key: keys added in ascending order then fill
// the table front to back (a fast load), and feature hashes are uniform.
size_t FeatureTable::Home(uint64_t key) const {
  return static_cast<size_t>((key & kFeatureKeyMask) >> shift_);
}

std::vector<ClassWeight> FeatureTable::RowOf(const Slot& s) const {
  std::vector<ClassWeight> row;
  if (s.count != kDense && (s.count & kInline))
    return {{static_cast<uint16_t>(s.count & 0xFFFF), InlineWeight(s)}};
  if (s.count != kDense && (s.count & kInline2))
    return {{static_cast<uint16_t>((s.count >> 8) & 0xFF),
             HalfToFloat(static_cast<uint16_t>(s.begin))},
            {static_cast<uint16_t>(s.count & 0xFF),
             HalfToFloat(static_cast<uint16_t>(s.begin >> 16))}};
  if (s.count != kDense)
    return {weights_.begin() + s.begin, weights_.begin() + s.begin + s.count};
  const float* d = dense_.data() + size_t(s.begin) * stride_;
  for (size_t c = 0; c < stride_; ++c)
    if (d[c] != 0) row.push_back({static_cast<uint16_t>(c), d[c]});
  return row;
}

float FeatureTable::InlineWeight(const Slot& s) {
  float w;
  std::memcpy(&w, &s.begin, sizeof w);
  return w;
}

void FeatureTable::Finish(size_t classes) {
  reserved_ = 0;  // from here on, Add() collects rows
  if (pending_.empty() && slots_ && stride_ == (classes + 7) / 8 * 8)
    return;  // built by Add()s after Reserve()
  // Rows already in the table join the pending ones (rare: tables are built
  // in one go).
  for (size_t i = 0; slots_ && i <= mask_; ++i) {
    if (slots_[i].key == 0) continue;
    const std::vector<ClassWeight> row = RowOf(slots_[i]);
    Add(slots_[i].key, row.data(), row.data() + row.size());
  }
  std::vector<Slot> pending = std::move(pending_);
  const std::vector<ClassWeight> weights = std::move(pending_weights_);
  pending_ = {};
  pending_weights_ = {};
  std::sort(pending.begin(), pending.end(),
            [](const Slot& a, const Slot& b) { return a.key < b.key; });
  Reserve(classes, pending.size());
  reserved_ = 0;
  for (const Slot& p : pending)
    Insert(p.key, weights.data() + p.begin, p.count);
}

size_t FeatureTable::weights() const {
  size_t n = weights_.size() + inline_rows_;
  for (float w : dense_) n += w != 0;
  return n;
}

const FeatureTable::Slot* FeatureTable::Find(uint64_t key) const {
  if (!slots_) return nullptr;
  for (size_t s = Home(key);; s = (s + 1) & mask_) {
    if (slots_[s].key == key) return &slots_[s];
    if (slots_[s].key == 0) return nullptr;
  }
}

// Also compiled for AVX2, picked at load time where the CPU has it: the
// dense rows then sum 8 floats at a time.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void FeatureTable::Score(const std::vector<uint64_t>& keys,
                         float* scores) const {
  if (!slots_) return;
  // Three passes so that cache misses overlap: slots, then rows, then sums.
  // Rows of one or two weights are in their slot.
  constexpr size_t kBatch = 128;
  const Slot* found[kBatch];
  const size_t stride = stride_;
  for (size_t from = 0; from < keys.size(); from += kBatch) {
    const size_t to = std::min(keys.size(), from + kBatch);
    size_t n = 0;
    for (size_t i = from; i < to; ++i)
      __builtin_prefetch(&slots_[Home(keys[i])]);
    for (size_t i = from; i < to; ++i) {
      const Slot* s = Find(keys[i]);
      if (!s) continue;
      const uint32_t c = s->count;
      if (c != kDense && (c & kInline)) {
        scores[c & 0xFFFF] += InlineWeight(*s);
      } else if (c != kDense && (c & kInline2)) {
        scores[(c >> 8) & 0xFF] += HalfToFloat(static_cast<uint16_t>(s->begin));
        scores[c & 0xFF] += HalfToFloat(static_cast<uint16_t>(s->begin >> 16));
      } else {
        __builtin_prefetch(
            c == kDense
                ? static_cast<const void*>(dense_.data() + s->begin * stride)
                : static_cast<const void*>(weights_.data() + s->begin));
        found[n++] = s;
      }
    }
    for (size_t k = 0; k < n; ++k) {
      const Slot* s = found[k];
      if (s->count == kDense) {
        const float* __restrict d = dense_.data() + size_t(s->begin) * stride;
        float* __restrict out = scores;
        for (size_t c = 0; c < stride; ++c) out[c] += d[c];
      } else {
        const ClassWeight* w = weights_.data() + s->begin;
        for (uint32_t i = 0; i < s->count; ++i) scores[w[i].cls] += w[i].weight;
      }
    }
  }
}

std::vector<std::pair<uint64_t, std::vector<ClassWeight>>>
FeatureTable::SortedRows() const {
  std::vector<std::pair<uint64_t, std::vector<ClassWeight>>> out;
  for (size_t i = 0; slots_ && i <= mask_; ++i)
    if (const Slot& s = slots_[i]; s.key != 0) out.push_back({s.key, RowOf(s)});
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

int ParserModel::root() const {
  return static_cast<int>(std::find(labels.begin(), labels.end(), "root") -
                          labels.begin());
}

void ParserModel::ParseGreedy(const ParserInput& in, ParserState* st) const {
  std::vector<uint64_t> feats;
  std::vector<float> score(classes() + 8);
  const int root_label = root();
  const int nlabels = static_cast<int>(labels.size());
  while (!st->Terminal()) {
    ParserFeatures(in, *st, &feats);
    std::fill(score.begin(), score.end(), 0.0f);
    table.Score(feats, score.data());
    int best = -1;
    float best_score = -std::numeric_limits<float>::infinity();
    for (int cls = 0; cls < static_cast<int>(classes()); ++cls) {
      if (st->Allowed(cls, root_label, nlabels) &&
          score[size_t(cls)] > best_score)
        best = cls, best_score = score[size_t(cls)];
    }
    if (best < 0) best = st->CanShift() ? 0 : 2 + 2 * root_label;  // NaNs
    st->Apply(best);
  }
}

void ParserModel::ParseBeam(const ParserInput& in, int width,
                            ParserState* st) const {
  Beam b(in.n, static_cast<size_t>(width), classes(), root(),
         static_cast<int>(labels.size()));
  std::vector<uint64_t> feats, labelled;
  const auto score = [&](const ParserState& state, float* structural,
                         float* out) {
    ParserFeatures(in, state, structural ? &feats : nullptr, &labelled);
    if (structural) table.Score(feats, structural);
    table.Score(labelled, out);
  };
  while (!b.Terminal()) b.Step(score);
  *st = b[0].state;
}

void ParserModel::Parse(Sentence* s, int width) const {
  if (empty() || s->tokens.empty()) return;
  const ParserInput in = MakeParserInput(*s);
  ParserState st(in.n);
  if (width <= 0) width = beam;
  if (width > 1)
    ParseBeam(in, width, &st);
  else
    ParseGreedy(in, &st);
  for (int i = 1; i <= in.n; ++i) {
    Token& t = s->tokens[size_t(i - 1)];
    t.head = st.head[size_t(i)];
    const int l = st.label[size_t(i)];
    t.deprel = l >= 0 && l < static_cast<int>(labels.size()) ? labels[size_t(l)]
                                                             : "dep";
  }
}

}  // namespace dipgraph::syntax

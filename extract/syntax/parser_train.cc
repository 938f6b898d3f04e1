// Training the arc-hybrid parser: averaged perceptron, dynamic oracle
// (Goldberg & Nivre 2013) with exploration, model selection on dev LAS.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>

#include "extract/syntax/parser_beam.h"
#include "extract/syntax/parser_model.h"
#include "extract/syntax/parser_state.h"

namespace dipgraph::syntax {
namespace {

// Perceptron weights while training; the average is w - u / clock
// (Daumé's trick), so an update touches only the weights it changes.
// Rows live in one arena, found through an open-addressing table (key 0
// marks an empty slot; feature hashes are never 0), so that a lookup costs
// about two cache misses, and those of one state's features overlap.
class Weights {
 public:
  explicit Weights(size_t classes) : classes_(classes) { Rehash(1 << 20); }

  void Score(const std::vector<uint64_t>& feats,
             std::vector<float>* score) const {
    score->assign(classes_, 0.0f);
    Score(feats, score->data());
  }

  // Adds the class scores to `score` (classes() floats).
  void Score(const std::vector<uint64_t>& feats, float* score) const {
    for (uint64_t f : feats) __builtin_prefetch(&slots_[Home(f)]);
    found_.clear();
    for (uint64_t f : feats) {
      const Slot* s = Find(f);
      if (!s || s->size == 0) continue;
      __builtin_prefetch(&cells_[s->begin]);
      found_.push_back(s);
    }
    for (const Slot* s : found_) {
      const Cell* c = &cells_[s->begin];
      for (uint32_t i = 0; i < s->size; ++i) score[c[i].cls] += c[i].w;
    }
  }

  void Add(const std::vector<uint64_t>& feats, int cls, float delta) {
    for (uint64_t f : feats) Bump(Insert(f), cls, delta);
  }

  void Update(const std::vector<uint64_t>& feats, int good, int bad) {
    for (uint64_t f : feats) {
      Slot* s = Insert(f);
      Bump(s, good, 1.0f);
      Bump(s, bad, -1.0f);
    }
  }

  void Tick() { ++clock_; }
  size_t classes() const { return classes_; }

  // Averaged weights with |w| >= min_weight, rows sorted by key.
  FeatureTable Export(float min_weight) const {
    std::vector<const Slot*> keys;
    for (const Slot& s : slots_)
      if (s.key != 0) keys.push_back(&s);
    std::sort(keys.begin(), keys.end(),
              [](const Slot* a, const Slot* b) { return a->key < b->key; });
    FeatureTable table;
    std::vector<ClassWeight> row;
    const double c = static_cast<double>(std::max<uint64_t>(clock_, 1));
    for (const Slot* s : keys) {
      row.clear();
      for (uint32_t i = 0; i < s->size; ++i) {
        const Cell& cell = cells_[s->begin + i];
        const double w = cell.w - cell.u / c;
        // Rounded as the model file stores it, so that the dev figures
        // are those of the saved model.
        if (std::abs(w) >= min_weight)
          row.push_back(
              {cell.cls, HalfToFloat(FloatToHalf(static_cast<float>(w)))});
      }
      std::erase_if(row, [](const ClassWeight& cw) { return cw.weight == 0; });
      if (row.empty()) continue;
      std::sort(row.begin(), row.end(),
                [](const ClassWeight& a, const ClassWeight& b) {
                  return a.cls < b.cls;
                });
      table.Add(s->key, row.data(), row.data() + row.size());
    }
    table.Finish(classes_);
    return table;
  }

 private:
  struct Cell {
    uint16_t cls;
    float w;
    double u;
  };
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0;  // into cells_
    uint16_t size = 0, capacity = 0;
  };

  size_t Home(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask_;
  }
  const Slot* Find(uint64_t key) const {
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return &slots_[i];
      if (slots_[i].key == 0) return nullptr;
    }
  }
  Slot* Insert(uint64_t key) {
    if (2 * (used_ + 1) > slots_.size()) Rehash(2 * slots_.size());
    size_t i = Home(key);
    while (slots_[i].key != key && slots_[i].key != 0) i = (i + 1) & mask_;
    if (slots_[i].key == 0) slots_[i].key = key, ++used_;
    return &slots_[i];
  }
  void Rehash(size_t size) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = Home(s.key);
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  void Bump(Slot* s, int cls, float delta) {
    Cell* c = cells_.data() + s->begin;
    for (uint32_t i = 0; i < s->size; ++i) {
      if (c[i].cls == cls) {
        c[i].w += delta;
        c[i].u += static_cast<double>(clock_) * delta;
        return;
      }
    }
    if (s->size == s->capacity) {  // move the row to the end, twice as big
      const uint16_t cap = static_cast<uint16_t>(
          std::min<size_t>(std::max<size_t>(2 * s->capacity, 2), classes_));
      const auto begin = static_cast<uint32_t>(cells_.size());
      cells_.resize(cells_.size() + cap);
      std::copy(cells_.begin() + s->begin, cells_.begin() + s->begin + s->size,
                cells_.begin() + begin);
      s->begin = begin;
      s->capacity = cap;
    }
    cells_[s->begin + s->size++] = {static_cast<uint16_t>(cls), delta,
                                    static_cast<double>(clock_) * delta};
  }

  size_t classes_;
  uint64_t clock_ = 1;
  std::vector<Slot> slots_;
  size_t mask_ = 0, used_ = 0;
  std::vector<Cell> cells_;
  mutable std::vector<const Slot*> found_;
};

struct GoldTree {
  std::vector<int> head, label;  // index 0 unused (root)
};

// Costs of SHIFT, LEFT and RIGHT (unlabelled): gold arcs they make
// unreachable. `gold` must be projective.
void MoveCosts(const ParserState& st, const GoldTree& gold, int costs[3]) {
  const int s0 = st.S(0), s1 = st.S(1), b = st.b, n = st.n;
  auto head = [&](int i) { return gold.head[size_t(i)]; };
  costs[0] = costs[1] = costs[2] = std::numeric_limits<int>::max();
  if (st.CanShift()) {
    int c = 0;
    for (int d : st.stack) {
      if (d > 0 && head(d) == b) ++c;
      if (d != s0 && head(b) == d) ++c;
    }
    costs[0] = c;
  }
  int buffer_children = 0;
  if (s0 > 0)
    for (int d = b; d <= n; ++d) buffer_children += head(d) == s0;
  if (st.CanLeft()) {
    const int h = head(s0);
    costs[1] = buffer_children + (h != b && (h == s1 || h > b));
  }
  if (st.CanRight()) costs[2] = buffer_children + (head(s0) >= b);
}

int ClassCost(int cls, const ParserState& st, const GoldTree& gold,
              const int moves[3]) {
  if (cls == 0) return moves[0];
  const int move = cls % 2 == 1 ? 1 : 2;
  if (moves[move] == std::numeric_limits<int>::max()) return moves[move];
  const int s0 = st.S(0);
  const int h = move == 1 ? st.b : st.S(1);
  const int l = (cls - 1) / 2;
  return moves[move] +
         (gold.head[size_t(s0)] == h && gold.label[size_t(s0)] != l);
}

struct Example {
  ParserInput input;
  GoldTree gold;
};

class ParserTrainer {
 public:
  ParserTrainer(const ParserModel& shape, const ParserTrainOptions& options)
      : labels_(shape.labels.size()),
        root_(static_cast<int>(
            std::find(shape.labels.begin(), shape.labels.end(), "root") -
            shape.labels.begin())),
        options_(options),
        weights_(shape.classes()),
        rng_(options.seed) {}

  void TrainSentence(const Example& ex, int epoch) {
    ParserState st(ex.input.n);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    while (!st.Terminal()) {
      ParserFeatures(ex.input, st, &feats_);
      weights_.Score(feats_, &score_);
      int moves[3];
      MoveCosts(st, ex.gold, moves);
      int pred = -1, gold = -1, min_cost = std::numeric_limits<int>::max();
      int pred_cost = 0;
      for (int cls = 0; cls < static_cast<int>(score_.size()); ++cls) {
        if (!Allowed(st, cls)) continue;
        const int cost = ClassCost(cls, st, ex.gold, moves);
        if (cost == std::numeric_limits<int>::max()) continue;
        if (pred < 0 || score_[size_t(cls)] > score_[size_t(pred)])
          pred = cls, pred_cost = cost;
        if (cost < min_cost ||
            (cost == min_cost && score_[size_t(cls)] > score_[size_t(gold)]))
          gold = cls, min_cost = cost;
      }
      weights_.Tick();
      int next = gold;
      if (pred_cost > min_cost) {
        weights_.Update(feats_, gold, pred);
        if (epoch >= options_.explore_from && coin(rng_) < options_.explore)
          next = pred;
      } else {
        next = pred;
      }
      st.Apply(next);
    }
  }

  // Global training (Huang et al. 2012): beam search next to the gold
  // transitions; at the step where the best item beats the gold prefix by
  // the most, the gold prefix's features are rewarded and the best item's
  // penalised.
  void TrainSentenceBeam(const Example& ex) {
    const std::vector<int> gold = GoldSequence(ex);
    const size_t steps = gold.size();
    Beam beam(ex.input.n, static_cast<size_t>(options_.beam),
              weights_.classes(), root_, static_cast<int>(labels_));
    const auto score = [&](const ParserState& st, float* structural,
                           float* out) {
      ParserFeatures(ex.input, st, structural ? &feats_ : nullptr, &labelled_);
      if (structural) weights_.Score(feats_, structural);
      weights_.Score(labelled_, out);
    };
    ParserState gold_state(ex.input.n);
    const size_t stride = (weights_.classes() + 7) / 8 * 8;
    score_.assign(2 * stride, 0.0f);
    float gold_score = 0, max_violation = 0;
    size_t worst = steps;  // step of the max violation (steps: none)
    history_.resize(steps);
    for (size_t t = 0; t < steps; ++t) {
      size_t in_beam = 0;  // the gold item's index, if it is in the beam
      while (in_beam < beam.size() && !beam[in_beam].gold) ++in_beam;
      const bool gold_in_beam = in_beam < beam.size();
      beam.Step(score, gold[t]);
      if (gold_in_beam) {  // its scores are known
        gold_score += beam.PreviousScores(in_beam)[size_t(gold[t])];
      } else {
        std::fill(score_.begin(), score_.end(), 0.0f);
        score(gold_state, score_.data(), score_.data() + stride);
        gold_score +=
            score_[size_t(gold[t])] + score_[stride + size_t(gold[t])];
      }
      gold_state.Apply(gold[t]);
      history_[t].clear();
      for (const BeamItem& it : beam)
        history_[t].push_back({it.parent, it.cls});
      const float violation = beam[0].score - gold_score;
      if (!beam[0].gold && violation >= max_violation)
        max_violation = violation, worst = t;
    }
    weights_.Tick();
    if (worst == steps) return;
    // The best item's classes up to `worst`.
    std::vector<int> pred(worst + 1);
    for (int t = static_cast<int>(worst), i = 0; t >= 0; --t) {
      pred[size_t(t)] = history_[size_t(t)][size_t(i)].second;
      i = history_[size_t(t)][size_t(i)].first;
    }
    ParserState g(ex.input.n), p(ex.input.n);
    bool diverged = false;  // before, both states and classes are the same
    for (size_t t = 0; t <= worst; ++t) {
      diverged |= gold[t] != pred[t];
      if (diverged) {
        ParserFeatures(ex.input, g, &feats_);
        weights_.Add(feats_, gold[t], 1.0f);
        ParserFeatures(ex.input, p, &feats_);
        weights_.Add(feats_, pred[t], -1.0f);
      }
      g.Apply(gold[t]);
      p.Apply(pred[t]);
    }
  }

  FeatureTable Export() const { return weights_.Export(options_.min_weight); }

 private:
  bool Allowed(const ParserState& st, int cls) const {
    return st.Allowed(cls, root_, static_cast<int>(labels_));
  }

  // The static oracle: the zero-cost classes, arcs before SHIFT. REQUIRES:
  // a projective gold tree.
  std::vector<int> GoldSequence(const Example& ex) const {
    std::vector<int> out;
    ParserState st(ex.input.n);
    const int classes = static_cast<int>(weights_.classes());
    while (!st.Terminal()) {
      int moves[3];
      MoveCosts(st, ex.gold, moves);
      int pick = -1;
      for (int k = 1; k <= classes && pick < 0; ++k) {
        const int cls = k % classes;  // 1, 2, ..., classes - 1, then 0
        if (Allowed(st, cls) && ClassCost(cls, st, ex.gold, moves) == 0)
          pick = cls;
      }
      if (pick < 0) pick = st.CanShift() ? 0 : 2 + 2 * root_;
      out.push_back(pick);
      st.Apply(pick);
    }
    return out;
  }

  size_t labels_;
  int root_;
  const ParserTrainOptions& options_;
  Weights weights_;
  std::mt19937_64 rng_;
  std::vector<uint64_t> feats_, labelled_;
  std::vector<float> score_;
  std::vector<std::vector<std::pair<int, int>>> history_;  // parent, class
};

// UD's object control ("persuade him to leave": him is obj, leave xcomp).
// EWT has about 75 training trees that call that object iobj ("ask him to
// ..."); they are trained as obj so the controller of an xcomp is found
// one way. Returns the number of relabelled tokens.
int HarmonizeControl(const std::map<std::string, int>& ids, GoldTree* g) {
  const auto id = [&](const char* name) {
    auto it = ids.find(name);
    return it == ids.end() ? -2 : it->second;
  };
  const int iobj = id("iobj"), obj = id("obj"), xcomp = id("xcomp");
  if (iobj < 0 || obj < 0 || xcomp < 0) return 0;
  int changed = 0;
  for (size_t d = 1; d < g->head.size(); ++d) {
    if (g->label[d] != iobj) continue;
    bool has_xcomp = false, has_obj = false;
    for (size_t k = 1; k < g->head.size(); ++k) {
      if (g->head[k] != g->head[d]) continue;
      has_xcomp |= g->label[k] == xcomp;
      has_obj |= g->label[k] == obj;
    }
    if (has_xcomp && !has_obj) g->label[d] = obj, ++changed;
  }
  return changed;
}

std::vector<Example> MakeExamples(const std::vector<Sentence>& train,
                                  const std::map<std::string, int>& ids,
                                  const ParserTrainOptions& options) {
  std::vector<Example> out;
  size_t nonprojective = 0, lifted_arcs = 0, control = 0;
  for (const Sentence& s : train) {
    if (s.tokens.empty()) continue;
    GoldTree g;
    g.head.push_back(-1);
    g.label.push_back(-1);
    bool ok = true;
    for (const Token& t : s.tokens) {
      ok = ok && t.head >= 0 && t.head <= static_cast<int>(s.tokens.size());
      g.head.push_back(t.head);
      g.label.push_back(ids.at(t.deprel));
    }
    if (!ok) continue;
    control += static_cast<size_t>(HarmonizeControl(ids, &g));
    std::vector<int> heads(g.head.begin() + 1, g.head.end());
    const int lifted = Projectivize(&heads);
    if (lifted < 0) continue;
    nonprojective += lifted > 0;
    lifted_arcs += static_cast<size_t>(lifted);
    if (lifted > 0 && options.skip_nonprojective) continue;
    std::copy(heads.begin(), heads.end(), g.head.begin() + 1);
    out.push_back({MakeParserInput(s), std::move(g)});
  }
  if (options.log)
    options.log("parser: " + std::to_string(out.size()) + " training trees; " +
                std::to_string(nonprojective) + " non-projective " +
                (options.skip_nonprojective
                     ? std::string("(skipped)")
                     : "(" + std::to_string(lifted_arcs) + " arcs lifted)") +
                "; " + std::to_string(control) + " iobj+xcomp trained as obj");
  return out;
}

// Is `a` an ancestor of (or equal to) `d`? Heads are 1-based, 0 = root.
bool Dominates(const std::vector<int>& heads, int a, int d) {
  for (size_t steps = 0; steps <= heads.size(); ++steps) {
    if (d == a) return true;
    if (d == 0) return false;
    d = heads[size_t(d - 1)];
  }
  return false;  // cycle
}

}  // namespace

int Projectivize(std::vector<int>* heads) {
  const int n = static_cast<int>(heads->size());
  for (int d = 1; d <= n; ++d)
    if (!Dominates(*heads, 0, d)) return -1;  // not a tree
  int lifted = 0;
  while (true) {
    int best = -1, best_len = n + 1;
    for (int d = 1; d <= n; ++d) {
      const int h = (*heads)[size_t(d - 1)];
      const int len = std::abs(h - d);
      if (h == 0 || len >= best_len) continue;
      for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k) {
        if (!Dominates(*heads, h, k)) {
          best = d, best_len = len;
          break;
        }
      }
    }
    if (best < 0) return lifted;
    int& h = (*heads)[size_t(best - 1)];
    h = (*heads)[size_t(h - 1)];
    ++lifted;
  }
}

ParserModel TrainParser(const std::vector<Sentence>& train,
                        const std::vector<Sentence>& dev,
                        const ParserTrainOptions& options,
                        std::string* figures) {
  ParserModel model;
  const int train_beam = std::max(options.beam, 1);
  model.beam = options.parse_beam > 0 ? std::min(options.parse_beam, train_beam)
                                      : train_beam;
  std::map<std::string, int> ids;
  for (const Sentence& s : train)
    for (const Token& t : s.tokens) ids.emplace(t.deprel, 0);
  for (auto& [label, id] : ids) {
    id = static_cast<int>(model.labels.size());
    model.labels.push_back(label);
  }
  const std::vector<Example> examples = MakeExamples(train, ids, options);
  ParserTrainer trainer(model, options);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  double best = -1;
  ParserModel best_model;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i)
      std::swap(order[i - 1], order[rng() % i]);
    size_t done = 0;
    for (size_t k : order) {
      if (options.beam > 1)
        trainer.TrainSentenceBeam(examples[k]);
      else
        trainer.TrainSentence(examples[k], epoch);
      if (options.progress) options.progress(++done, order.size());
    }
    model.table = trainer.Export();
    size_t tokens = 0, uas = 0, las = 0;
    for (const Sentence& g : dev) {
      Sentence s = g;
      model.Parse(&s);
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        ++tokens;
        const bool head = s.tokens[i].head == g.tokens[i].head;
        uas += head;
        las += head && s.tokens[i].deprel == g.tokens[i].deprel;
      }
    }
    const double u = tokens ? 100.0 * double(uas) / double(tokens) : 0;
    const double l = tokens ? 100.0 * double(las) / double(tokens) : 0;
    if (options.epoch_done) options.epoch_done(epoch + 1, u, l);
    if (l > best || dev.empty()) {
      best = l;
      best_model = model;
      char line[160];
      std::snprintf(line, sizeof line,
                    "dev UAS %.2f\ndev LAS %.2f\nparser epoch %d of %d\n", u, l,
                    epoch + 1, options.epochs);
      *figures = line;
    }
  }
  return best_model;
}

}  // namespace dipgraph::syntax

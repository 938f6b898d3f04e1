// Training the arc-hybrid parser: averaged perceptron, dynamic oracle
// (Goldberg & Nivre 2013) with exploration, model selection on dev LAS.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <unordered_map>

#include "extract/syntax/parser_model.h"
#include "extract/syntax/parser_state.h"

namespace dipgraph::syntax {
namespace {

// Perceptron weights while training; the average is w - u / clock
// (Daumé's trick), so an update touches only the weights it changes.
class Weights {
 public:
  explicit Weights(size_t classes) : classes_(classes) {
    index_.reserve(1 << 20);
  }

  void Score(const std::vector<uint64_t>& feats,
             std::vector<float>* score) const {
    score->assign(classes_, 0.0f);
    for (uint64_t f : feats) {
      auto it = index_.find(f);
      if (it == index_.end()) continue;
      for (const Cell& c : rows_[it->second]) (*score)[c.cls] += c.w;
    }
  }

  void Update(const std::vector<uint64_t>& feats, int good, int bad) {
    for (uint64_t f : feats) {
      auto [it, fresh] = index_.try_emplace(f, rows_.size());
      if (fresh) rows_.emplace_back();
      Bump(&rows_[it->second], good, 1.0f);
      Bump(&rows_[it->second], bad, -1.0f);
    }
  }

  void Tick() { ++clock_; }

  // Averaged weights with |w| >= min_weight, rows sorted by key.
  FeatureTable Export(float min_weight) const {
    std::vector<std::pair<uint64_t, uint32_t>> keys(index_.begin(),
                                                    index_.end());
    std::sort(keys.begin(), keys.end());
    FeatureTable table;
    std::vector<ClassWeight> row;
    const double c = static_cast<double>(std::max<uint64_t>(clock_, 1));
    for (const auto& [key, index] : keys) {
      row.clear();
      for (const Cell& cell : rows_[index]) {
        const double w = cell.w - cell.u / c;
        if (std::abs(w) >= min_weight)
          row.push_back({cell.cls, static_cast<float>(w)});
      }
      if (row.empty()) continue;
      std::sort(row.begin(), row.end(),
                [](const ClassWeight& a, const ClassWeight& b) {
                  return a.cls < b.cls;
                });
      table.Add(key, row.data(), row.data() + row.size());
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

  void Bump(std::vector<Cell>* row, int cls, float delta) {
    for (Cell& c : *row) {
      if (c.cls == cls) {
        c.w += delta;
        c.u += static_cast<double>(clock_) * delta;
        return;
      }
    }
    row->push_back({static_cast<uint16_t>(cls), delta,
                    static_cast<double>(clock_) * delta});
  }

  size_t classes_;
  uint64_t clock_ = 1;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Cell>> rows_;
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

  FeatureTable Export() const { return weights_.Export(options_.min_weight); }

 private:
  bool Allowed(const ParserState& st, int cls) const {
    if (cls == 0) return st.CanShift();
    const int l = (cls - 1) / 2;
    if (cls % 2 == 1) return st.CanLeft() && l != root_;
    return st.CanRight() && (l == root_) == (st.stack.size() == 2);
  }

  size_t labels_;
  int root_;
  const ParserTrainOptions& options_;
  Weights weights_;
  std::mt19937_64 rng_;
  std::vector<uint64_t> feats_;
  std::vector<float> score_;
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

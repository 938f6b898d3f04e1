// Greedy left-to-right averaged-perceptron tagger over joint UPOS+XPOS
// labels, with a tag dictionary for frequent unambiguous words.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

#include "extract/syntax/tagger_model.h"
#include "extract/syntax/text_util.h"

namespace dipgraph::syntax {
namespace {

std::vector<std::string> Lowered(const Sentence& s) {
  std::vector<std::string> out;
  for (const Token& t : s.tokens) out.push_back(ToLowerAscii(t.form));
  return out;
}

std::vector<std::string> Forms(const Sentence& s) {
  std::vector<std::string> out;
  for (const Token& t : s.tokens) out.push_back(t.form);
  return out;
}

// Perceptron weights while training, with lazy averaging.
class Trainer {
 public:
  explicit Trainer(size_t labels) : labels_(labels) {}

  int Predict(const std::vector<uint64_t>& feats, bool averaged) const {
    std::vector<double> score(labels_, 0.0);
    for (uint64_t f : feats) {
      auto it = index_.find(f);
      if (it == index_.end()) continue;
      for (const Cell& c : cells_[it->second])
        score[c.label] += averaged ? Average(c) : c.w;
    }
    return static_cast<int>(std::max_element(score.begin(), score.end()) -
                            score.begin());
  }

  void Update(const std::vector<uint64_t>& feats, int gold, int guess) {
    ++clock_;
    if (gold == guess) return;
    for (uint64_t f : feats) {
      auto [it, fresh] = index_.try_emplace(f, cells_.size());
      if (fresh) cells_.emplace_back();
      Bump(&cells_[it->second], gold, 1.0f);
      Bump(&cells_[it->second], guess, -1.0f);
    }
  }

  void Tick() { ++clock_; }

  // Averaged weights, pruned of near-zero ones.
  void Export(TaggerModel* m) const {
    std::vector<uint64_t> keys;
    for (const auto& [k, v] : index_) keys.push_back(k);
    std::sort(keys.begin(), keys.end());
    m->rows.clear();
    m->weights.clear();
    for (uint64_t k : keys) {
      const uint32_t begin = static_cast<uint32_t>(m->weights.size());
      for (const Cell& c : cells_[index_.at(k)]) {
        const double w = Average(c);
        if (std::abs(w) >= 1e-3)
          m->weights.push_back({c.label, static_cast<float>(w)});
      }
      const uint32_t end = static_cast<uint32_t>(m->weights.size());
      if (end > begin) m->rows[k] = {begin, end};
    }
    m->BuildTable();
  }

 private:
  struct Weight {
    uint16_t label;
    float w = 0;
    double total = 0;
    uint64_t stamp = 0;
  };
  using Cell = Weight;

  double Average(const Cell& c) const {
    const double total = c.total + c.w * static_cast<double>(clock_ - c.stamp);
    return clock_ ? total / static_cast<double>(clock_) : c.w;
  }

  void Bump(std::vector<Cell>* row, int label, float delta) {
    auto it = std::find_if(row->begin(), row->end(),
                           [&](const Cell& c) { return c.label == label; });
    if (it == row->end()) {
      row->push_back({static_cast<uint16_t>(label), 0, 0, clock_});
      it = row->end() - 1;
    }
    it->total += it->w * static_cast<double>(clock_ - it->stamp);
    it->stamp = clock_;
    it->w += delta;
  }

  size_t labels_;
  uint64_t clock_ = 0;
  std::unordered_map<uint64_t, size_t> index_;
  std::vector<std::vector<Cell>> cells_;
};

std::map<std::string, uint16_t> LabelIds(const std::vector<Sentence>& train,
                                         TaggerModel* m) {
  std::map<std::string, uint16_t> ids;
  for (const Sentence& s : train)
    for (const Token& t : s.tokens) ids.emplace(t.upos + "\t" + t.xpos, 0);
  for (auto& [label, id] : ids) {
    id = static_cast<uint16_t>(m->labels.size());
    m->labels.push_back(label);
  }
  return ids;
}

void BuildDictionaries(const std::vector<Sentence>& train,
                       const std::map<std::string, uint16_t>& ids,
                       TaggerModel* m) {
  std::map<std::string, std::map<uint16_t, int>> tags;
  std::map<std::string, std::map<std::string, int>> lemmas;
  for (const Sentence& s : train) {
    for (const Token& t : s.tokens) {
      const std::string lower = ToLowerAscii(t.form);
      ++tags[lower][ids.at(t.upos + "\t" + t.xpos)];
      ++lemmas[lower + "\t" + t.xpos][t.lemma];
    }
  }
  for (const auto& [word, counts] : tags) {
    int total = 0, best = 0;
    uint16_t label = 0;
    for (const auto& [l, n] : counts) {
      total += n;
      if (n > best) best = n, label = l;
    }
    if (total >= 20 && best >= total * 0.99) m->tag_dict[word] = label;
  }
  for (const auto& [key, counts] : lemmas) {
    const auto best = std::max_element(
        counts.begin(), counts.end(),
        [](const auto& a, const auto& b) { return a.second < b.second; });
    m->lemmas[key] = best->first;
  }
}

void TagWith(const TaggerModel& m, const Trainer* trainer, Sentence* s) {
  const std::vector<std::string> lower = Lowered(*s), forms = Forms(*s);
  std::vector<uint64_t> feats;
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < s->tokens.size(); ++i) {
    int label = -1;
    if (auto it = m.tag_dict.find(lower[i]); it != m.tag_dict.end()) {
      label = it->second;
    } else {
      ExtractFeatures(lower, forms, i, prev, prev2, &feats);
      label = trainer ? trainer->Predict(feats, true) : -1;
      if (!trainer) {
        std::vector<float> score(std::max(m.labels.size(), m.table.stride()),
                                 0.0f);
        m.table.Score(feats, score.data());
        const auto end = score.begin() + static_cast<long>(m.labels.size());
        label = static_cast<int>(std::max_element(score.begin(), end) -
                                 score.begin());
      }
    }
    const std::string& l = m.labels[static_cast<size_t>(label)];
    Token& t = s->tokens[i];
    t.upos = l.substr(0, l.find('\t'));
    t.xpos = l.substr(l.find('\t') + 1);
    t.lemma = Lemmatize(m, t.form, t.upos, t.xpos);
    prev2 = prev;
    prev = label;
  }
}

void TrainEpoch(const std::vector<Sentence>& train,
                const std::vector<size_t>& order,
                const std::map<std::string, uint16_t>& ids,
                const TaggerModel& m, const TrainOptions& options,
                Trainer* trainer) {
  std::vector<uint64_t> feats;
  size_t done = 0;
  for (size_t n : order) {
    const Sentence& s = train[n];
    const std::vector<std::string> lower = Lowered(s), forms = Forms(s);
    int prev = -1, prev2 = -1;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const int gold = ids.at(s.tokens[i].upos + "\t" + s.tokens[i].xpos);
      int guess = gold;
      if (!m.tag_dict.contains(lower[i])) {
        ExtractFeatures(lower, forms, i, prev, prev2, &feats);
        guess = trainer->Predict(feats, false);
        trainer->Update(feats, gold, guess);
      } else {
        trainer->Tick();
      }
      prev2 = prev;
      prev = guess;
    }
    if (options.progress) options.progress("", ++done, order.size());
  }
}

}  // namespace

// Raw tags: what training sees (jackknifing, dev selection), so that
// `dipgraph train` reproduces the shipped model; Model::Tag and
// Model::Annotate add the repair of tag_repair.cc for use.
void TaggerModel::Tag(Sentence* s) const { TagWith(*this, nullptr, s); }

void TaggerModel::BuildTable() {
  table = FeatureTable();
  std::vector<ClassWeight> row;
  for (const auto& [key, range] : rows) {
    row.clear();
    for (uint32_t k = range.first; k < range.second; ++k)
      row.push_back({weights[k].label, weights[k].weight});
    if (key != 0) table.Add(key, row.data(), row.data() + row.size());
  }
  table.Finish(labels.size());
}
void Model::Parse(Sentence* sentence) const {
  impl_->parser.Parse(sentence, beam_);
}
void Model::Annotate(Sentence* sentence) const {
  impl_->Tag(sentence);
  RepairFiniteVerb(sentence);
  RefineLemmas(*impl_, sentence);
  impl_->parser.Parse(sentence, beam_);
}
int Model::parser_beam() const {
  return beam_ > 0 ? beam_ : impl_->parser.beam;
}
bool Model::has_parser() const { return !impl_->parser.empty(); }

Model::Model(std::shared_ptr<const TaggerModel> impl)
    : impl_(std::move(impl)) {}
void Model::Tag(Sentence* sentence) const {
  impl_->Tag(sentence);
  RepairFiniteVerb(sentence);
  RefineLemmas(*impl_, sentence);
}
const std::string& Model::figures() const { return impl_->figures; }

namespace {

// Scores `model` on gold-tokenized sentences, with the tag repair (as the
// program runs) or without it (as training selects epochs).
TagScores ScoreModel(const Model& model, const TaggerModel& tagger,
                     const std::vector<Sentence>& gold, bool repair) {
  TagScores scores;
  for (const Sentence& g : gold) {
    Sentence s = g;
    if (repair) {
      model.Annotate(&s);
    } else {
      tagger.Tag(&s);
      model.Parse(&s);
    }
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token &t = s.tokens[i], &gt = g.tokens[i];
      ++scores.tokens;
      scores.upos += t.upos == gt.upos;
      scores.xpos += t.xpos == gt.xpos;
      scores.lemma += t.lemma == gt.lemma;
      scores.uas += t.head == gt.head;
      scores.las += t.head == gt.head && t.deprel == gt.deprel;
    }
  }
  return scores;
}

}  // namespace

TagScores EvaluateTagging(const Model& model,
                          const std::vector<Sentence>& gold) {
  return ScoreModel(model, model.tagger(), gold, /*repair=*/true);
}

namespace {

// The tagger alone, with the epoch of best UPOS on `dev`.
TaggerModel TrainTagger(const std::vector<Sentence>& train,
                        const std::vector<Sentence>& dev,
                        const TrainOptions& options, const std::string& stage) {
  auto m = std::make_shared<TaggerModel>();
  const std::map<std::string, uint16_t> ids = LabelIds(train, m.get());
  BuildDictionaries(train, ids, m.get());
  Trainer trainer(m->labels.size());
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  double best = -1;
  TaggerModel best_model;
  TrainOptions inner = options;
  if (options.progress)
    inner.progress = [&](const std::string&, size_t done, size_t total) {
      options.progress(stage, done, total);
    };
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i)
      std::swap(order[i - 1], order[rng() % i]);
    TrainEpoch(train, order, ids, *m, inner, &trainer);
    trainer.Export(m.get());
    const TagScores sc = ScoreModel(Model(m), *m, dev, /*repair=*/false);
    const double upos = sc.tokens ? double(sc.upos) / double(sc.tokens) : 0;
    if (options.log)
      options.log(stage + " epoch " + std::to_string(epoch + 1) +
                  ": dev UPOS " + std::to_string(upos * 100));
    if (upos > best) {
      best = upos;
      best_model = *m;
      best_model.figures =
          "dev UPOS " + std::to_string(upos * 100) + "\ndev XPOS " +
          std::to_string(double(sc.xpos) * 100 /
                         double(std::max<size_t>(1, sc.tokens))) +
          "\nepoch " + std::to_string(epoch + 1) + "\n";
    }
  }
  return best_model;
}

// The tagger (trained on all of `train`) and, when options.jackknife >= 2,
// `train` tagged by taggers that did not see the sentences (jackknifing:
// fold f is tagged by a tagger trained on the other folds). The taggers are
// independent and deterministic, so they are trained on two threads without
// changing the result; with jackknifing, progress is not reported.
TaggerModel TrainTaggers(const std::vector<Sentence>& train,
                         const std::vector<Sentence>& dev,
                         const TrainOptions& options,
                         std::vector<Sentence>* jackknifed) {
  const size_t k = options.jackknife >= 2 && jackknifed
                       ? static_cast<size_t>(options.jackknife)
                       : 0;
  std::mutex log_mutex;
  TrainOptions quiet = options;
  if (k > 0) quiet.progress = nullptr;  // one thread may report
  if (options.log)
    quiet.log = [&](const std::string& line) {
      std::lock_guard<std::mutex> lock(log_mutex);
      options.log(line);
    };
  TaggerModel main;
  std::vector<TaggerModel> folds(k);
  std::atomic<size_t> next{0};
  const auto work = [&] {
    for (size_t task; (task = next++) <= k;) {
      if (task == 0) {
        main = TrainTagger(train, dev, quiet, "tagger");
        continue;
      }
      const size_t fold = task - 1;
      std::vector<Sentence> rest;
      for (size_t i = 0; i < train.size(); ++i)
        if (i % k != fold) rest.push_back(train[i]);
      folds[fold] = TrainTagger(rest, dev, quiet,
                                "jackknife " + std::to_string(fold + 1));
    }
  };
  std::thread helper(work);
  work();
  helper.join();
  if (jackknifed) {
    *jackknifed = train;
    for (size_t fold = 0; fold < k; ++fold)
      for (size_t i = fold; i < jackknifed->size(); i += k)
        folds[fold].Tag(&(*jackknifed)[i]);  // heads and deprels stay gold
  }
  return main;
}

}  // namespace

Result<Model> TrainModel(const std::vector<Sentence>& train,
                         const std::vector<Sentence>& dev,
                         const TrainOptions& options) {
  if (train.empty()) return InvalidInput("no training sentences");
  std::vector<Sentence> parser_train;
  auto tagger = std::make_shared<TaggerModel>(TrainTaggers(
      train, dev, options,
      options.parser_epochs > 0 && options.jackknife >= 2 ? &parser_train
                                                          : nullptr));
  if (options.parser_epochs > 0) {
    std::vector<Sentence> tagged_dev = dev;
    for (Sentence& s : tagged_dev) tagger->Tag(&s);
    if (options.jackknife < 2) parser_train = train;
    ParserTrainOptions po;
    po.epochs = options.parser_epochs;
    po.beam = options.parser_beam;
    po.parse_beam = options.parser_parse_beam;
    po.seed = options.seed;
    po.skip_nonprojective = options.skip_nonprojective;
    if (options.progress)
      po.progress = [&](size_t done, size_t total) {
        options.progress("parser", done, total);
      };
    po.log = options.log;
    po.epoch_done = [&](int epoch, double uas, double las) {
      if (options.log)
        options.log("parser epoch " + std::to_string(epoch) + ": dev UAS " +
                    std::to_string(uas) + ", LAS " + std::to_string(las));
    };
    std::string figures;
    tagger->parser = TrainParser(parser_train, tagged_dev, po, &figures);
    tagger->figures += figures;
  }
  if (options.test) {
    const TagScores sc =
        ScoreModel(Model(tagger), *tagger, *options.test, /*repair=*/false);
    const double n = static_cast<double>(std::max<size_t>(1, sc.tokens));
    char line[200];
    std::snprintf(line, sizeof line,
                  "test UPOS %.2f\ntest UAS %.2f\ntest LAS %.2f\n",
                  100.0 * double(sc.upos) / n, 100.0 * double(sc.uas) / n,
                  100.0 * double(sc.las) / n);
    tagger->figures += line;
  }
  return Model(std::move(tagger));
}

}  // namespace dipgraph::syntax

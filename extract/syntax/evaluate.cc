// Scores of the tokenizer and sentence splitter against gold CoNLL-U.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {
namespace {

double F1(size_t gold, size_t system, size_t matched) {
  if (gold + system == 0) return 1.0;
  return 2.0 * static_cast<double>(matched) /
         static_cast<double>(gold + system);
}

size_t CountMatches(const std::vector<Span>& gold,
                    const std::vector<Span>& system) {
  std::set<std::pair<size_t, size_t>> g;
  for (const Span& s : gold) g.insert({s.begin, s.end});
  size_t n = 0;
  for (const Span& s : system) n += g.count({s.begin, s.end});
  return n;
}

void ScoreTokens(const Sentence& s, ParseScores* out) {
  std::vector<Span> gold;
  for (const Token& t : s.tokens)
    if (t.end > t.begin) gold.push_back({t.begin, t.end});
  const std::vector<Span> system = Tokenize(s.text);
  out->gold_tokens += s.tokens.size();
  out->system_tokens += system.size();
  out->matched_tokens += CountMatches(gold, system);
}

void ScoreSentences(const std::vector<Sentence>& gold, ParseScores* out) {
  std::string text;
  std::vector<Span> gold_spans;
  for (const Sentence& s : gold) {
    if (!text.empty()) text += s.new_paragraph ? "\n\n" : " ";
    gold_spans.push_back({text.size(), text.size() + s.text.size()});
    text += s.text;
  }
  const std::vector<Span> tokens = Tokenize(text);
  std::vector<Span> system;
  for (const TokenRange& r : SplitSentences(text, tokens))
    system.push_back({tokens[r.first].begin, tokens[r.last - 1].end});
  out->gold_sentences = gold_spans.size();
  out->system_sentences = system.size();
  out->matched_sentences = CountMatches(gold_spans, system);
}

Sentence TaggedFromText(const Model& model, const std::string& text) {
  Sentence s;
  s.text = text;
  for (const Span& sp : Tokenize(text)) {
    Token t;
    t.begin = sp.begin;
    t.end = sp.end;
    t.form = text.substr(sp.begin, sp.end - sp.begin);
    s.tokens.push_back(std::move(t));
  }
  model.Annotate(&s);
  return s;
}

}  // namespace

TagScores EvaluateTaggingRaw(const Model& model,
                             const std::vector<Sentence>& gold) {
  TagScores scores;
  size_t total = 0;
  for (const Sentence& g : gold) {
    const Sentence s = TaggedFromText(model, g.text);
    total += g.tokens.size() + s.tokens.size();
    std::map<std::pair<size_t, size_t>, const Token*> by_span;
    for (const Token& t : g.tokens) by_span[{t.begin, t.end}] = &t;
    // The span of a head (0 = root: an empty span no word has).
    auto head_span = [](const Sentence& x, int head) {
      if (head <= 0 || head > static_cast<int>(x.tokens.size()))
        return std::pair<size_t, size_t>{SIZE_MAX, SIZE_MAX};
      const Token& h = x.tokens[static_cast<size_t>(head - 1)];
      return std::pair<size_t, size_t>{h.begin, h.end};
    };
    for (const Token& t : s.tokens) {
      auto it = by_span.find({t.begin, t.end});
      if (it == by_span.end()) continue;
      const Token& gt = *it->second;
      scores.upos += t.upos == gt.upos;
      scores.xpos += t.xpos == gt.xpos;
      scores.lemma += t.lemma == gt.lemma;
      const bool head = head_span(s, t.head) == head_span(g, gt.head);
      scores.uas += head;
      scores.las += head && t.deprel == gt.deprel;
    }
  }
  scores.tokens = total / 2;
  return scores;
}

double ParseScores::TokenF1() const {
  return F1(gold_tokens, system_tokens, matched_tokens);
}

double ParseScores::SentenceF1() const {
  return F1(gold_sentences, system_sentences, matched_sentences);
}

ParseScores EvaluateSegmentation(const std::vector<Sentence>& gold) {
  ParseScores scores;
  scores.sentences = gold.size();
  for (const Sentence& s : gold) ScoreTokens(s, &scores);
  ScoreSentences(gold, &scores);
  return scores;
}

}  // namespace dipgraph::syntax

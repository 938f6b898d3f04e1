// Structure-aware: the event coder on any well-formed dependency tree. The
// fuzz bytes choose the words (actor names, inflected pattern verbs and
// their words, function words, punctuation), their tags and relations, and
// the tree (every token has one head; no cycles; now and then several
// roots), for one to three sentences coded in a row with one coreference
// state. A better or worse parser model gives other trees, and the coder
// must never fail on any of them.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "extract/coder/coder.h"
#include "fuzz/english.h"
#include "fuzz/fuzz_engine.h"
#include "fuzz/fuzz_util.h"

namespace {

using dipgraph::fuzz::Choices;
namespace en = dipgraph::fuzz::english;

struct Word {
  std::string text, lemma, upos, xpos;
};

const std::vector<Word>& Words() {
  static const std::vector<Word> words = [] {
    std::vector<Word> out;
    const en::Vocabulary& v = en::Vocab();
    auto lower = [](std::string s) {
      for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      return s;
    };
    auto split = [&](const std::string& phrase, const char* upos,
                     const char* xpos) {
      size_t pos = 0;
      while (pos < phrase.size()) {
        size_t end = phrase.find(' ', pos);
        if (end == std::string::npos) end = phrase.size();
        std::string w = phrase.substr(pos, end - pos);
        if (!w.empty() && w[0] != '$') out.push_back({w, lower(w), upos, xpos});
        pos = end + 1;
      }
    };
    // Every 7th actor name keeps the vocabulary small enough to hit.
    for (size_t i = 0; i < v.actors.size(); i += 7)
      split(v.actors[i], "PROPN", "NNP");
    for (size_t i = 0; i < v.agents.size(); i += 3)
      split(v.agents[i], "NOUN", "NNS");
    for (const std::string& a : v.adjectives) split(a, "ADJ", "JJ");
    for (size_t i = 0; i < v.verbs.size(); i += 5) {
      const std::string& p = v.verbs[i];
      const std::string head = p.substr(0, p.find(' '));
      out.push_back({en::Inflect(head, en::kPast), head, "VERB", "VBD"});
      out.push_back({head, head, "VERB", "VB"});
      out.push_back({en::Inflect(head, en::kGerund), head, "VERB", "VBG"});
      if (p.size() > head.size()) split(p.substr(head.size() + 1), "ADP", "IN");
    }
    for (size_t i = 0; i < v.nouns.size(); i += 5) {
      const std::string& p = v.nouns[i];
      const std::string head = p.substr(0, p.find(' '));
      out.push_back({head, head, "NOUN", "NN"});
    }
    const Word function[] = {{"said", "say", "VERB", "VBD"},
                             {"that", "that", "SCONJ", "IN"},
                             {"to", "to", "PART", "TO"},
                             {"by", "by", "ADP", "IN"},
                             {"and", "and", "CCONJ", "CC"},
                             {"or", "or", "CCONJ", "CC"},
                             {"not", "not", "PART", "RB"},
                             {"will", "will", "AUX", "MD"},
                             {"must", "must", "AUX", "MD"},
                             {"would", "would", "AUX", "MD"},
                             {"was", "be", "AUX", "VBD"},
                             {"has", "have", "AUX", "VBZ"},
                             {"who", "who", "PRON", "WP"},
                             {"which", "which", "PRON", "WDT"},
                             {"he", "he", "PRON", "PRP"},
                             {"it", "it", "PRON", "PRP"},
                             {"they", "they", "PRON", "PRP"},
                             {"the", "the", "DET", "DT"},
                             {"both", "both", "DET", "DT"},
                             {"sides", "side", "NOUN", "NNS"},
                             {"\"", "\"", "PUNCT", "``"},
                             {",", ",", "PUNCT", ","},
                             {".", ".", "PUNCT", "."},
                             {"Wednesday", "Wednesday", "PROPN", "NNP"},
                             {"on", "on", "ADP", "IN"},
                             {"with", "with", "ADP", "IN"},
                             {"against", "against", "ADP", "IN"},
                             {"of", "of", "ADP", "IN"},
                             {"leader", "leader", "NOUN", "NN"},
                             {"talks", "talk", "NOUN", "NNS"}};
    for (const Word& w : function) out.push_back(w);
    return out;
  }();
  return words;
}

const std::vector<std::string> kUpos = {
    "NOUN",  "PROPN", "VERB",  "AUX", "ADJ", "ADP", "PRON", "DET", "PART",
    "CCONJ", "SCONJ", "PUNCT", "NUM", "ADV", "X",   "SYM",  "INTJ"};
const std::vector<std::string> kRelations = {
    "root",         "nsubj",      "nsubj:pass",  "obj",      "iobj",
    "obl",          "obl:agent",  "obl:tmod",    "ccomp",    "xcomp",
    "advcl",        "acl",        "acl:relcl",   "amod",     "nmod",
    "nmod:poss",    "compound",   "conj",        "cc",       "mark",
    "case",         "det",        "aux",         "aux:pass", "cop",
    "advmod",       "punct",      "parataxis",   "appos",    "flat",
    "nummod",       "expl",       "csubj",       "dep",      "fixed",
    "compound:prt", "det:predet", "nsubj:outer", "list",     "vocative"};

dipgraph::ParsedSentence Tree(Choices& c, int64_t index, int64_t* offset) {
  const std::vector<Word>& words = Words();
  dipgraph::ParsedSentence s;
  s.index = index;
  s.start = *offset;
  const size_t n = 1 + c.Below(24);
  // Words and tags.
  for (size_t i = 0; i < n; ++i) {
    const Word& w = c.Pick(words);
    dipgraph::ParsedToken t;
    t.text = w.text;
    t.lemma = w.lemma;
    const bool retag = c.Below(8) == 0;
    t.upos = retag ? c.Pick(kUpos) : w.upos;
    t.xpos = w.xpos;
    if (!s.text.empty()) s.text += ' ';
    t.start = s.start + static_cast<int64_t>(s.text.size());
    s.text += t.text;
    t.end = s.start + static_cast<int64_t>(s.text.size());
    s.tokens.push_back(std::move(t));
  }
  s.end = s.start + static_cast<int64_t>(s.text.size());
  *offset = s.end + 1;
  // A tree: tokens are attached in a chosen order, each to one placed
  // before it, so there is no cycle.
  std::vector<int> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = static_cast<int>(i);
  for (size_t i = n; i > 1; --i) std::swap(order[i - 1], order[c.Below(i)]);
  for (size_t k = 0; k < n; ++k) {
    dipgraph::ParsedToken& t = s.tokens[order[k]];
    if (k == 0 || c.Below(32) == 0) {
      t.head = -1;
      t.deprel = "root";
    } else {
      t.head = order[c.Below(k)];
      t.deprel = c.Pick(kRelations);
      if (t.deprel == "root") t.deprel = "dep";
    }
  }
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)Words();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const dipgraph::fuzz::Engine& engine = dipgraph::fuzz::SharedEngine();
  static const dipgraph::Coder coder(*engine.lexicon, engine.codebook);
  Choices c(data, size);
  dipgraph::fuzz::DocumentCoding doc;
  std::vector<dipgraph::Event> events;
  int64_t offset = 0;
  const size_t sentences = 1 + c.Below(3);
  for (size_t i = 0; i < sentences; ++i) {
    const dipgraph::ParsedSentence s =
        Tree(c, static_cast<int64_t>(i), &offset);
    for (dipgraph::Event& e : doc.Code(coder, s))
      events.push_back(std::move(e));
  }
  dipgraph::MergeDuplicates(&events);
  for (const dipgraph::Event& e : events) dipgraph::fuzz::TrapOnInvalid(e);
  return 0;
}

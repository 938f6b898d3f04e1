// Internals of the tagger and lemmatizer model (see syntax.h for the API).
#ifndef DIPGRAPH_EXTRACT_SYNTAX_TAGGER_MODEL_H_
#define DIPGRAPH_EXTRACT_SYNTAX_TAGGER_MODEL_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/syntax/parser_model.h"
#include "extract/syntax/syntax.h"

namespace dipgraph::syntax {

// Label ids index `labels`, each "UPOS\tXPOS".
struct LabelWeight {
  uint16_t label;
  float weight;
};

class TaggerModel {
 public:
  std::vector<std::string> labels;
  // Feature hash -> [begin, end) into `weights`.
  std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> rows;
  std::vector<LabelWeight> weights;
  // The same weights in the parser's table, for tagging (fewer cache
  // misses); BuildTable() makes it from `rows` and `weights`.
  FeatureTable table;
  void BuildTable();
  // Lower-cased frequent, unambiguous words -> label.
  std::unordered_map<std::string, uint16_t> tag_dict;
  // "lower form\tXPOS" -> lemma, learned from the treebank.
  std::map<std::string, std::string> lemmas;
  std::string figures;
  // The dependency parser; empty when the model has none.
  ParserModel parser;

  void Tag(Sentence* s) const;
};

// Feature hashes of token i given the two previous labels (-1 = none).
void ExtractFeatures(const std::vector<std::string>& lower,
                     const std::vector<std::string>& forms, size_t i, int prev,
                     int prev2, std::vector<uint64_t>* out);

// The lemma of an irregular simple-past form ("fled" -> "flee"), "" when
// the form is not one (tag_repair.cc).
std::string_view PastLemma(std::string_view form);

// Lemma for a form with its tags: the exception table, else suffix rules.
// `v2` adds the rules of 2026-11-25 (irregular past forms, -aged/-unged
// stems, defeat(ed)); training uses the first rules, so that `dipgraph
// train` reproduces the shipped model, and RefineLemmas applies v2 to the
// verbs of a tagged sentence when the model is used.
std::string Lemmatize(const TaggerModel& m, std::string_view form,
                      std::string_view upos, std::string_view xpos,
                      bool v2 = false);
void RefineLemmas(const TaggerModel& m, Sentence* s);

uint64_t Fnv1a(std::string_view s, uint64_t h = 14695981039346656037ull);
// The model file's checksum (see model_io.cc).
uint64_t PayloadChecksum(std::string_view payload);

}  // namespace dipgraph::syntax

#endif  // DIPGRAPH_EXTRACT_SYNTAX_TAGGER_MODEL_H_

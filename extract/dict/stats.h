// Counts over a loaded dictionary, for `dipgraph dict stats`.
#ifndef DIPGRAPH_EXTRACT_DICT_STATS_H_
#define DIPGRAPH_EXTRACT_DICT_STATS_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"

namespace dipgraph::dict {

struct RootCoverage {
  int covered = 0;  // codes of this root with a verb or noun pattern
  int total = 0;    // codes of this root in the codebook
};

struct DictStats {
  size_t files = 0, actors = 0, aliases = 0, people = 0, roles = 0, agents = 0,
         agent_nouns = 0, verb_patterns = 0, noun_patterns = 0, discards = 0;
  size_t codes_covered = 0;
  std::map<std::string, RootCoverage> roots;  // "01" .. "20"
};

DictStats ComputeStats(const Dictionary& dict, const Codebook& book);
nlohmann::json StatsToJson(const DictStats& stats);
std::string StatsToTable(const DictStats& stats);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_STATS_H_

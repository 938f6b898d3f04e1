// Counts over a loaded dictionary, for `dipgraph dict stats`: entries, CAMEO
// codes with patterns, and how much of each decade since 1945 the people's
// dated roles cover for four offices of every sovereign state.
#ifndef DIPGRAPH_EXTRACT_DICT_STATS_H_
#define DIPGRAPH_EXTRACT_DICT_STATS_H_

#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"

namespace dipgraph::dict {

struct RootCoverage {
  int covered = 0;  // codes of this root with a verb or noun pattern
  int total = 0;    // codes of this root in the codebook
};

// The offices coverage counts, in this order.
// kAnyGovernment is not read from titles: any dated role whose code is the
// country + GOV (untitled roles too, as all of the PETRARCH2 layer's).
enum Office {
  kHeadOfState,
  kHeadOfGovernment,
  kForeign,
  kDefence,
  kAnyGovernment
};
inline constexpr std::array<const char*, 5> kOfficeNames = {
    "head_of_state", "head_of_government", "foreign_minister",
    "defence_minister", "any_government_role"};

// The offices a role title names: a bit per Office. The title is read in
// parts (split at ", " and " and "); a part counts when it starts with an
// office's name ("President", "Prime Minister", "Foreign Minister",
// "Secretary of Defense" ...), after "Acting", "Interim", "Caretaker",
// "Transitional" or "Provisional". A president counts as head of state and
// of government (presidential systems; the title cannot tell).
unsigned OfficesOfTitle(std::string_view title);

struct DecadeCoverage {
  std::string decade;      // "1940s" (from 1945) .. "2020s"
  int64_t state_days = 0;  // days each sovereign state existed, summed
  std::array<int64_t, kOfficeNames.size()>
      covered{};  // state-days with an office-holder
};

struct DictStats {
  size_t files = 0, actors = 0, aliases = 0, people = 0, roles = 0, agents = 0,
         agent_nouns = 0, verb_patterns = 0, noun_patterns = 0, discards = 0,
         honorifics = 0;
  size_t codes_covered = 0;
  std::map<std::string, RootCoverage> roots;  // "01" .. "20"
  LayerStats layer;
  size_t states = 0;           // sovereign states counted by the coverage
  std::string coverage_until;  // last day counted ("2026-11-25")
  std::vector<DecadeCoverage> decades;
};

// The last day coverage counts: the day the dictionaries were last checked
// (open-ended roles are "still in office" on it).
inline constexpr Day kCoverageUntil = 20261125;

DictStats ComputeStats(const Dictionary& dict, const Codebook& book);
nlohmann::json StatsToJson(const DictStats& stats);
std::string StatsToTable(const DictStats& stats);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_STATS_H_

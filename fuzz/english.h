// English words for the structure-aware fuzz targets: the shipped
// dictionaries' actor names, agent nouns and patterns, and verb inflection.
#ifndef DIPGRAPH_FUZZ_ENGLISH_H_
#define DIPGRAPH_FUZZ_ENGLISH_H_

#include <string>
#include <vector>

namespace dipgraph::fuzz::english {

struct Vocabulary {
  std::vector<std::string> actors;      // names and aliases as written
  std::vector<std::string> agents;      // "rebels", "leader", "air forces"
  std::vector<std::string> adjectives;  // "Syrian", "Russian"
  std::vector<std::string> verbs;       // verb patterns: "urge $T to $C"
  std::vector<std::string> nouns;       // noun patterns: "talks with $T"
};

// From the shared engine's dictionaries; built once.
const Vocabulary& Vocab();

enum Form { kBase, kPast, kThird, kGerund, kParticiple };

// An inflected verb: regular rules plus the irregular verbs of news.
std::string Inflect(const std::string& lemma, Form form);

// Every word capitalised ("vladimir putin" -> "Vladimir Putin").
std::string Capitalised(std::string s);

}  // namespace dipgraph::fuzz::english

#endif  // DIPGRAPH_FUZZ_ENGLISH_H_

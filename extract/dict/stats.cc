#include "extract/dict/stats.h"

#include <set>
#include <sstream>

namespace dipgraph::dict {

DictStats ComputeStats(const Dictionary& dict, const Codebook& book) {
  DictStats s;
  s.files = dict.files().size();
  s.actors = dict.actors().size();
  s.aliases = dict.alias_count();
  s.people = dict.people().size();
  for (const PersonEntry& p : dict.people()) s.roles += p.roles.size();
  s.agents = dict.agents().size();
  for (const AgentEntry& a : dict.agents()) s.agent_nouns += a.nouns.size();
  s.verb_patterns = dict.verbs().size();
  s.noun_patterns = dict.nouns().size();
  s.discards = dict.discards().size();
  std::set<std::string> covered;
  for (const auto* list : {&dict.verbs(), &dict.nouns()})
    for (const Pattern& p : *list) covered.insert(p.code);
  for (const auto& [code, c] : book.codes()) {
    RootCoverage& r = s.roots[c.root];
    ++r.total;
    if (covered.count(code)) {
      ++r.covered;
      ++s.codes_covered;
    }
  }
  return s;
}

nlohmann::json StatsToJson(const DictStats& s) {
  nlohmann::json roots = nlohmann::json::object();
  for (const auto& [root, r] : s.roots)
    roots[root] = {{"covered", r.covered}, {"total", r.total}};
  return {{"files", s.files},
          {"actors", s.actors},
          {"aliases", s.aliases},
          {"people", s.people},
          {"roles", s.roles},
          {"agents", s.agents},
          {"agent_nouns", s.agent_nouns},
          {"verb_patterns", s.verb_patterns},
          {"noun_patterns", s.noun_patterns},
          {"discards", s.discards},
          {"cameo_codes_covered", s.codes_covered},
          {"cameo_roots", roots}};
}

std::string StatsToTable(const DictStats& s) {
  std::ostringstream out;
  auto row = [&](const char* name, size_t n) {
    out << name << std::string(16 - std::string(name).size(), ' ') << n << "\n";
  };
  row("files", s.files);
  row("actors", s.actors);
  row("aliases", s.aliases);
  row("people", s.people);
  row("roles", s.roles);
  row("agents", s.agents);
  row("agent nouns", s.agent_nouns);
  row("verb patterns", s.verb_patterns);
  row("noun patterns", s.noun_patterns);
  row("discards", s.discards);
  row("CAMEO covered", s.codes_covered);
  out << "CAMEO codes with patterns, per root:\n";
  for (const auto& [root, r] : s.roots)
    out << "  " << root << "  " << r.covered << "/" << r.total << "\n";
  return out.str();
}

}  // namespace dipgraph::dict

#include "extract/dict/actor_names.h"

#include "common/files.h"
#include "extract/dict/dictionary.h"

namespace dipgraph::dict {

Result<std::vector<std::pair<std::string, std::string>>> LoadActorNames(
    const std::string& path) {
  ASSIGN_OR_RETURN(
      Dictionary d,
      Dictionary::Load(path.empty() ? DataPath("dict/dipgraph.dict") : path,
                       {}));
  std::vector<std::pair<std::string, std::string>> out;
  for (const ActorEntry& a : d.actors())
    if (!a.metonym && !a.place && !a.adjective)
      out.emplace_back(a.code, a.name);
  return out;
}

}  // namespace dipgraph::dict

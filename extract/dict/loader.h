// Internal: reads dictionary files into a Dictionary (see dictionary.h).
#ifndef DIPGRAPH_EXTRACT_DICT_LOADER_H_
#define DIPGRAPH_EXTRACT_DICT_LOADER_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/dict/dictionary.h"

namespace dipgraph::dict {

class Loader {
 public:
  Loader(Dictionary* dict, const KnownCode* known_code,
         std::vector<Status>* errors)
      : dict_(dict), known_code_(known_code), errors_(errors) {}

  // Reads `path` (and its includes). `from` is where it was included, for
  // the error when it cannot be read.
  void ReadFile(const std::string& path, const Where* from);
  // Adds the layer entries beneath the project's own, builds the surname
  // and head-lemma indexes; call once after the last ReadFile().
  void Finish();

 private:
  void Line(std::string_view line, const Where& where);
  void Error(const Where& where, std::string_view message);
  void Actor(const std::vector<std::string>& f, const Where& where);
  void Person(const std::vector<std::string>& f, const Where& where);
  void Agent(const std::vector<std::string>& f, const Where& where);
  void Event(const std::vector<std::string>& f, const Where& where, bool verb);
  void Discard(const std::vector<std::string>& f, const Where& where);
  void Honorific(std::string_view rest, const Where& where);
  bool ActorKey(const std::string& kv, const Where& where, ActorEntry* a);
  bool ParseRange(std::string_view range, std::string_view what,
                  const Where& where, Day* from, Day* to);
  bool ParseRole(std::string_view text, const Where& where, Role* role);
  // Adds a parsed entry: claims its aliases and puts it in the matcher.
  void AddActor(ActorEntry a);
  void AddPerson(PersonEntry p);
  // The layer entries that our own entries leave room for.
  void MergeLayer();
  void IndexSurnames();
  // An actor's alias: several codes may share it when their entries' dates
  // do not overlap (at most one undated); an error otherwise.
  void ClaimActorAlias(std::string_view alias, const ActorEntry& a);
  void CheckOverlaps(const PersonEntry& person);
  void ClaimAlias(std::string_view alias, const std::string& owner,
                  const Where& where);
  bool CheckActorCode(std::string_view code, const Where& where);

  Dictionary* dict_;
  const KnownCode* known_code_;
  std::vector<Status>* errors_;
  std::set<std::string> seen_files_;
  int layer_depth_ = 0;  // > 0 while reading an @layer file
  std::vector<ActorEntry> staged_actors_;
  std::vector<PersonEntry> staged_people_;
  struct Claim {
    std::string code;
    Day from, to;
    bool dated;
  };
  std::map<std::string, std::vector<Claim>, std::less<>> actor_claims_;
};

// Splits at " | " and trims each field.
std::vector<std::string> SplitFields(std::string_view text);
// Splits at ';', trims items and drops empty ones.
std::vector<std::string> SplitList(std::string_view text);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_LOADER_H_

// Internal: reads dictionary files into a Dictionary (see dictionary.h).
#ifndef DIPGRAPH_EXTRACT_DICT_LOADER_H_
#define DIPGRAPH_EXTRACT_DICT_LOADER_H_

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
  // Builds the head-lemma indexes; call once after the last ReadFile().
  void Finish();

 private:
  void Line(std::string_view line, const Where& where);
  void Error(const Where& where, std::string_view message);
  void Actor(const std::vector<std::string>& f, const Where& where);
  void Person(const std::vector<std::string>& f, const Where& where);
  void Agent(const std::vector<std::string>& f, const Where& where);
  void Event(const std::vector<std::string>& f, const Where& where, bool verb);
  void Discard(const std::vector<std::string>& f, const Where& where);
  bool ParseRole(std::string_view text, const Where& where, Role* role);
  void CheckOverlaps(const PersonEntry& person);
  void ClaimAlias(std::string_view alias, const std::string& owner,
                  const Where& where);
  bool CheckActorCode(std::string_view code, const Where& where);

  Dictionary* dict_;
  const KnownCode* known_code_;
  std::vector<Status>* errors_;
  std::set<std::string> seen_files_;
};

// Splits at " | " and trims each field.
std::vector<std::string> SplitFields(std::string_view text);
// Splits at ';', trims items and drops empty ones.
std::vector<std::string> SplitList(std::string_view text);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_LOADER_H_

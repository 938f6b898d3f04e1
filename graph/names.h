// Display names of actors, countries and network nodes: the one place that
// decides what a picture, a table, an export or a report calls an actor.
//
//   ASSIGN_OR_RETURN(Names names, Names::LoadDefault());  // countries.tsv
//   for (const auto& [code, name] : dictionary_names)      // "IGOUNO", ...
//     names.AddActorName(code, name);
//   names.Country("SUN");        // "Soviet Union"
//   names.ActorCode("RUSGOV");   // "Russia (government)"
//   names.ActorCode("IGOUNO");   // "United Nations" (from the dictionary)
//   ApplyNames(names, &network); // every node label, at the network's level
//
// Naming rules (docs/graph.md, "Names"):
// - a country, region or international prefix by data/cameo/countries.tsv;
// - a code made of a country and role codes by both: "Russia (government)",
//   "Syria (rebels)", "United States (military, intelligence)"; an unknown
//   country (---) gives "Rebels (country unknown)";
// - any other code by its dictionary name ("United Nations", "Nusra Front"),
//   else by the longest named prefix and its roles ("Nusra Front (military)"),
//   else by its parts ("Non-governmental organisations (human rights)");
// - a person by their name; a node at country level by its country's name.
// Unknown codes keep their code, so nothing is ever unnamed.
#ifndef DIPGRAPH_GRAPH_NAMES_H_
#define DIPGRAPH_GRAPH_NAMES_H_

#include <map>
#include <string>
#include <string_view>

#include "common/event.h"
#include "common/status.h"
#include "graph/graph.h"

namespace dipgraph {

class Names {
 public:
  // No table: lookups fall back to codes (and to role names).
  Names() = default;

  // data/cameo/countries.tsv of DataDir().
  static Result<Names> LoadDefault();
  // A country table: "code<TAB>name<TAB>kind" lines, '#' comments. Errors
  // name the file and line.
  static Result<Names> Load(const std::string& path);
  static Result<Names> Parse(std::string_view text, std::string_view file);

  // A name the dictionaries give an actor code (not a metonym or a place:
  // "United Nations" for IGOUNO, not "New York"). The first name given for a
  // code is kept.
  void AddActorName(std::string_view code, std::string_view name);

  // The name of a country, region or international prefix ("Russia",
  // "Soviet Union", "Intergovernmental organisations"); "" when unknown.
  std::string Country(std::string_view code) const;
  // The name of an actor code (rules above); the code itself when nothing
  // is known about it.
  std::string ActorCode(std::string_view code) const;
  // An event's actor: a person's name, else the name of its code, else the
  // text as written.
  std::string Of(const Actor& actor) const;
  // A node's label at `level`: the country's name, the code's name, or the
  // person's name.
  std::string ForNode(const Node& node, Level level) const;

  size_t country_count() const { return countries_.size(); }

  // The actor type of the event record that a role code stands for
  // ("GOV" -> "government", "REB" -> "armed_group"); "other" when none.
  static std::string_view TypeOfRole(std::string_view role);

 private:
  // The name of the role code "GOV" ("government"); "" when unknown.
  static std::string_view Role(std::string_view code);
  std::string Composed(std::string_view code) const;

  std::map<std::string, std::string, std::less<>> countries_;
  std::map<std::string, std::string, std::less<>> actors_;
};

// Sets every node's label to names.ForNode(node, network->level). At actor
// level, a node typed "person" (most of its events name an office-holder)
// takes the type of its role code instead: the node is the institution.
void ApplyNames(const Names& names, Network* network);

}  // namespace dipgraph

#endif  // DIPGRAPH_GRAPH_NAMES_H_

// dipgraph's dictionaries: actors, people with dated roles, agents, verb and
// noun event patterns and discards, read from the plain-text format of
// docs/dictionaries.md.
//
//   ASSIGN_OR_RETURN(Codebook book, Codebook::LoadDefault());
//   ASSIGN_OR_RETURN(dict::Dictionary d,
//                    dict::Dictionary::LoadDefault(dict::KnownCodes(book)));
//   ASSIGN_OR_RETURN(dict::Day day, dict::ParseDay("2016-07-07"));
//   std::vector<dict::Token> toks = dict::Tokenize(sentence);
//   for (const dict::FoundActor& a : d.FindActors(dict::Texts(toks), day))
//     ... a.actor.code ("RUSGOV"), a.actor.name, a.actor.title, *a.where ...
//
// Loading reports every problem as "file:line: message" (LoadAll), so that
// `dipgraph dict check` can list them all at once. Event patterns are compiled
// (pattern.h) and indexed by their head lemma for the event coder.
#ifndef DIPGRAPH_EXTRACT_DICT_DICTIONARY_H_
#define DIPGRAPH_EXTRACT_DICT_DICTIONARY_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "extract/dict/codebook.h"
#include "extract/dict/date.h"
#include "extract/dict/matcher.h"
#include "extract/dict/pattern.h"
#include "extract/dict/text.h"

namespace dipgraph::dict {

// Whether a CAMEO event code exists.
using KnownCode = std::function<bool(std::string_view)>;
// The codes of `book`. REQUIRES: `book` outlives the returned function.
inline KnownCode KnownCodes(const Codebook& book) {
  return [&book](std::string_view code) { return book.Find(code) != nullptr; };
}

// Where an entry was read.
struct Where {
  std::string file;
  int line = 0;
  std::string ToString() const { return file + ":" + std::to_string(line); }
};

struct ActorEntry {
  std::string code;  // RUSGOV
  std::string name;  // canonical name, also an alias
  std::vector<std::string> aliases;
  std::string type, country, role;
  bool metonym = false;
  bool adjective = false;  // a country adjective/demonym ("Syrian")
  // A city standing for its government ("Kyiv said"), which as the place
  // attacked or taken is its country ("Russia struck Kyiv").
  bool place = false;
  // from=/to=: the days this entry stands for its code (FROM inclusive, TO
  // exclusive), for names whose meaning changed ("Moscow" was the Soviet
  // government before 1991-12-26). Undated entries hold on every day.
  Day from = kOpenStart;
  Day to = kOpenEnd;
  bool dated = false;
  // sovereign=FROM..TO on a state's name entry: the days it was a sovereign
  // state, counted by `dict stats` coverage; sovereign=no: a territory.
  Day sovereign_from = kOpenStart;
  Day sovereign_to = kOpenEnd;
  bool sovereign = true;
  bool sovereign_given = false;  // the entry has a sovereign= key
  bool Covers(Day day) const { return !dated || (from <= day && day < to); }
  Where where;
};

struct Role {
  std::string code;       // USAGOV
  Day from = kOpenStart;  // inclusive
  Day to = kOpenEnd;      // exclusive
  bool dated = true;      // false: the fallback for days no dated role covers
  std::string title;      // "President"
};

struct PersonEntry {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<Role> roles;
  Where where;
};

struct AgentEntry {
  std::string role;  // GOV, MIL, REB, ...
  std::vector<std::string> nouns;
  std::string type;
  Where where;
};

// What the `@layer` files gave and what was shadowed by the project's own
// entries (see docs/dictionaries.md, "Layers").
struct LayerStats {
  size_t people = 0, actors = 0;  // read from layer files
  size_t people_shadowed = 0;     // dropped: one of ours has the name
  size_t roles_added = 0;      // offices of shadowed entries ours lacked, added
  size_t people_titles = 0;    // dropped: a name or alias is an agent noun
  size_t actors_dropped = 0;   // dropped: every alias was ours
  size_t aliases_dropped = 0;  // aliases dropped: an actor/agent of ours
};

struct DiscardEntry {
  std::string domain;
  std::vector<std::string> lemmas;  // "*" drops every event
  std::vector<std::string> contexts;
  Where where;
};

// An actor as of one day.
struct Resolution {
  std::string code;     // RUSGOV, SYRREB, ---REB
  std::string name;     // "Vladimir Putin", "Kremlin", "Syrian rebels"
  std::string title;    // the person's role title on that day, else ""
  std::string country;  // first three letters of the code
  std::string role;     // the rest of the code
  std::string type;     // actor type of the event record
};

// An actor found in a token sequence.
struct FoundActor {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  Resolution actor;
  // The entry that matched (the agent's, for agents); points into the
  // Dictionary, valid while it lives.
  const Where* where = nullptr;
  // "actor", "person", "agent", "country+agent", "title+person" (an
  // honorific and a surname: "Chancellor Kohl", "Mrs May") or
  // "surname+person" (a bare surname of a person in office: "Reagan").
  const char* kind = "";
  // The person entry, for "person" hits; points into the Dictionary.
  const PersonEntry* person = nullptr;
};

class Dictionary {
 public:
  // Loads `path` and its @includes. Any error fails the load; the Status
  // names the first one and how many there are.
  // `known_code` says which CAMEO codes exist (see KnownCodes()); empty:
  // any code is accepted.
  static Result<Dictionary> Load(const std::string& path,
                                 const KnownCode& known_code);
  // Loads what can be loaded and appends every error to `errors`.
  static Dictionary LoadAll(const std::string& path,
                            const KnownCode& known_code,
                            std::vector<Status>* errors);
  // data/dict/dipgraph.dict.
  static Result<Dictionary> LoadDefault(const KnownCode& known_code);

  // Actors, people and agents in `tokens`, longest match first; a country
  // (or its adjective) directly followed by an agent is combined ("Syrian
  // rebels" -> SYRREB) unless `combine_agents` is false; then the country
  // and the agent come as two spans (the event coder combines them itself,
  // also across conjunctions: "Russian and US air forces"). An honorific
  // followed by the surname of a person in office on `day` that no alias
  // matches is that person ("Mrs May", "Chancellor Kohl"); so is a bare
  // capitalized surname of a person in office ("Reagan said" in 1987). Names
  // whose entries are dated (from=/to=) resolve to the entry of `day`.
  std::vector<FoundActor> FindActors(
      const std::vector<std::string_view>& tokens, Day day,
      const std::vector<std::string_view>* lemmas = nullptr,
      bool combine_agents = true) const;

  // A person's code, name and title on `day`: the dated role covering the
  // day, else the undated fallback role, else the nearest role's country +
  // ELI.
  static Resolution ResolvePerson(const PersonEntry& person, Day day);
  static Resolution ResolveActor(const ActorEntry& actor);
  // True when `person` holds a dated role on `day` that is not an elite
  // (…ELI) role: the person is in office.
  static bool InOffice(const PersonEntry& person, Day day);
  // Country + agent: "Syrian" + "rebels" -> SYRREB. `country` must be a state
  // (or adjective) entry; nullptr gives the unknown country "---".
  static Resolution CombineAgent(const ActorEntry* country,
                                 const AgentEntry& agent);

  // Compiled event patterns whose head lemma is `lemma`.
  std::vector<const Pattern*> VerbPatterns(std::string_view lemma) const;
  std::vector<const Pattern*> NounPatterns(std::string_view lemma) const;
  // Whether some verb (noun) pattern has head `lemma`.
  bool IsVerbHead(std::string_view lemma) const {
    return verb_index_.find(lemma) != verb_index_.end();
  }
  bool IsNounHead(std::string_view lemma) const {
    return noun_index_.find(lemma) != noun_index_.end();
  }

  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<PersonEntry>& people() const { return people_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const std::vector<Pattern>& verbs() const { return verbs_; }
  const std::vector<Pattern>& nouns() const { return nouns_; }
  const std::vector<DiscardEntry>& discards() const { return discards_; }
  const std::vector<std::string>& files() const { return files_; }
  const Matcher& matcher() const { return matcher_; }
  const LayerStats& layer_stats() const { return layer_stats_; }
  const std::vector<std::string>& honorifics() const { return honorifics_; }
  // Distinct alias keys of actors and people (agents' nouns not counted).
  size_t alias_count() const;

 private:
  friend class Loader;
  // Payloads stored in the matcher: kind in the low 2 bits, index above.
  enum PayloadKind { kActorHit = 0, kPersonHit = 1, kAgentHit = 2 };
  std::optional<FoundActor> Found(const MatchSpan& span, Day day) const;
  // The actor entry of `payloads` for `day`: the dated entry covering it,
  // else the undated one, else the nearest dated one; nullptr when there is
  // no actor payload or none passes `want`.
  const ActorEntry* PickActor(
      const std::vector<int>& payloads, Day day,
      const std::function<bool(const ActorEntry&)>& want) const;
  // "Mr" + "Gorbachev" at token `i`: the title+person hit, if any. After a
  // royal title ("Prince Charles", "King Hussein") the word is a given
  // name: only a person whose name begins with it, or has it as a one-word
  // alias, is that person (`royal`).
  std::optional<FoundActor> TitledPerson(
      const std::vector<std::string_view>& tokens, size_t i, Day day,
      bool royal = false) const;
  void AddTitledPeople(const std::vector<std::string_view>& tokens, Day day,
                       std::vector<FoundActor>* out) const;
  // A capitalized word alone (no capitalized neighbour, not a month or
  // weekday) that no entry matched and that is the surname of a person in
  // office on `day`: that person ("Reagan said" in 1987).
  void AddBareSurnames(const std::vector<std::string_view>& tokens, Day day,
                       std::vector<FoundActor>* out) const;

  std::vector<ActorEntry> actors_;
  std::vector<PersonEntry> people_;
  std::vector<AgentEntry> agents_;
  std::vector<Pattern> verbs_, nouns_;
  std::vector<DiscardEntry> discards_;
  std::vector<std::string> files_;  // in reading order
  std::map<std::string, std::vector<int>, std::less<>> verb_index_, noun_index_;
  // Alias key -> owner ("actor CODE" or "person NAME") and where first seen.
  std::map<std::string, std::pair<std::string, Where>, std::less<>>
      alias_owner_;
  Matcher matcher_;
  // Honorifics ("Mr", "Chancellor") and every person's surname (the last
  // word of the name and one-word aliases; payload: person index).
  Matcher titles_, surnames_;
  std::vector<std::string> honorifics_;
  LayerStats layer_stats_;
};

// The texts of tokens, for the matcher.
std::vector<std::string_view> Texts(const std::vector<Token>& tokens);

}  // namespace dipgraph::dict

#endif  // DIPGRAPH_EXTRACT_DICT_DICTIONARY_H_

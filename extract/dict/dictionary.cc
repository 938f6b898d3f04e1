#include "extract/dict/dictionary.h"

#include <cstdlib>

#include "common/files.h"
#include "extract/dict/loader.h"

namespace dipgraph::dict {

Dictionary Dictionary::LoadAll(const std::string& path,
                               const KnownCode& known_code,
                               std::vector<Status>* errors) {
  Dictionary d;
  Loader loader(&d, &known_code, errors);
  loader.ReadFile(path, nullptr);
  loader.Finish();
  return d;
}

Result<Dictionary> Dictionary::Load(const std::string& path,
                                    const KnownCode& known_code) {
  std::vector<Status> errors;
  Dictionary d = LoadAll(path, known_code, &errors);
  if (errors.empty()) return d;
  std::string more = errors.size() == 1
                         ? ""
                         : " (and " + std::to_string(errors.size() - 1) +
                               " more errors; run `dipgraph dict check`)";
  return Status(errors[0].code(), errors[0].message() + more);
}

Result<Dictionary> Dictionary::LoadDefault(const KnownCode& known_code) {
  return Load(DataPath("dict/dipgraph.dict"), known_code);
}

size_t Dictionary::alias_count() const {
  size_t n = 0;
  for (const auto& [key, owner] : alias_owner_)
    if (key[0] != '\x02') ++n;
  return n;
}

Resolution Dictionary::ResolveActor(const ActorEntry& a) {
  return {a.code, a.name, "", a.country, a.role, a.type};
}

Resolution Dictionary::ResolvePerson(const PersonEntry& p, Day day) {
  auto make = [&](const std::string& code, const std::string& title) {
    return Resolution{code,           p.name,  title, code.substr(0, 3),
                      code.substr(3), "person"};
  };
  for (const Role& r : p.roles)
    if (r.dated && r.from <= day && day < r.to) return make(r.code, r.title);
  for (const Role& r : p.roles)
    if (!r.dated) return make(r.code, r.title);
  // Nearest dated role: its country, as an elite.
  const Role* nearest = &p.roles.front();
  int64_t best = -1;
  int64_t d = DayNumber(day);
  for (const Role& r : p.roles) {
    int64_t dist =
        d < DayNumber(r.from) ? DayNumber(r.from) - d : d - DayNumber(r.to) + 1;
    if (best < 0 || dist < best) {
      best = dist;
      nearest = &r;
    }
  }
  return make(nearest->code.substr(0, 3) + "ELI", "");
}

Resolution Dictionary::CombineAgent(const ActorEntry* country,
                                    const AgentEntry& agent) {
  std::string c = country ? country->country : "---";
  std::string noun = agent.nouns.empty() ? agent.role : agent.nouns.front();
  std::string name = country ? country->name + " " + noun : noun;
  return {c + agent.role, name, "", c, agent.role, agent.type};
}

std::optional<FoundActor> Dictionary::Found(const MatchSpan& span,
                                            Day day) const {
  // Prefer actors and people over agents on the same words.
  for (int kind : {kActorHit, kPersonHit, kAgentHit}) {
    for (int payload : *span.payloads) {
      if ((payload & 3) != kind) continue;
      size_t i = static_cast<size_t>(payload >> 2);
      FoundActor f;
      f.begin = span.begin;
      f.end = span.end;
      if (kind == kActorHit) {
        f.actor = ResolveActor(actors_[i]);
        f.where = &actors_[i].where;
        f.kind = "actor";
      } else if (kind == kPersonHit) {
        // A shared alias: prefer the person with a role on the day.
        for (int other : *span.payloads) {
          if ((other & 3) != kPersonHit) continue;
          const PersonEntry& p = people_[static_cast<size_t>(other >> 2)];
          bool covers =
              std::any_of(p.roles.begin(), p.roles.end(), [&](const Role& r) {
                return r.dated && r.from <= day && day < r.to;
              });
          if (covers) {
            i = static_cast<size_t>(other >> 2);
            break;
          }
        }
        f.actor = ResolvePerson(people_[i], day);
        f.where = &people_[i].where;
        f.person = &people_[i];
        f.kind = "person";
      } else {
        f.actor = CombineAgent(nullptr, agents_[i]);
        f.where = &agents_[i].where;
        f.kind = "agent";
      }
      return f;
    }
  }
  return std::nullopt;
}

namespace {

// The country entry of an actor match that can take an agent, or nullptr.
const ActorEntry* CountryOf(const std::vector<ActorEntry>& actors,
                            const MatchSpan& span) {
  for (int payload : *span.payloads) {
    if ((payload & 3) != 0) continue;
    const ActorEntry& a = actors[static_cast<size_t>(payload >> 2)];
    if (a.type == "state" && a.role.empty()) return &a;
  }
  return nullptr;
}

const AgentEntry* AgentOf(const std::vector<AgentEntry>& agents,
                          const MatchSpan& span) {
  for (int payload : *span.payloads)
    if ((payload & 3) == 2) return &agents[static_cast<size_t>(payload >> 2)];
  return nullptr;
}

}  // namespace

std::vector<FoundActor> Dictionary::FindActors(
    const std::vector<std::string_view>& tokens, Day day,
    const std::vector<std::string_view>* lemmas, bool combine_agents) const {
  std::vector<MatchSpan> spans = matcher_.FindAll(tokens, lemmas);
  std::vector<FoundActor> out;
  out.reserve(spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    const ActorEntry* country = CountryOf(actors_, spans[i]);
    const AgentEntry* agent = combine_agents && i + 1 < spans.size() &&
                                      spans[i + 1].begin == spans[i].end
                                  ? AgentOf(agents_, spans[i + 1])
                                  : nullptr;
    std::optional<FoundActor> f;
    if (country && agent) {
      f = FoundActor{spans[i].begin, spans[i + 1].end,
                     CombineAgent(country, *agent), &agent->where,
                     "country+agent"};
      ++i;
    } else {
      f = Found(spans[i], day);
    }
    if (!f) continue;
    // "the Russian leader", "the rebels": the article belongs to the actor.
    size_t floor = out.empty() ? 0 : out.back().end;
    if (f->begin > floor && FoldToken(tokens[f->begin - 1]) == "the")
      --f->begin;
    out.push_back(std::move(*f));
  }
  return out;
}

std::vector<const Pattern*> Dictionary::VerbPatterns(
    std::string_view lemma) const {
  std::vector<const Pattern*> out;
  if (auto it = verb_index_.find(lemma); it != verb_index_.end())
    for (int i : it->second) out.push_back(&verbs_[static_cast<size_t>(i)]);
  return out;
}

std::vector<const Pattern*> Dictionary::NounPatterns(
    std::string_view lemma) const {
  std::vector<const Pattern*> out;
  if (auto it = noun_index_.find(lemma); it != noun_index_.end())
    for (int i : it->second) out.push_back(&nouns_[static_cast<size_t>(i)]);
  return out;
}

std::vector<std::string_view> Texts(const std::vector<Token>& tokens) {
  std::vector<std::string_view> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}

}  // namespace dipgraph::dict

#include "extract/dict/dictionary.h"

#include <algorithm>
#include <cstdlib>

#include "common/files.h"
#include "common/text.h"
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

bool Dictionary::InOffice(const PersonEntry& p, Day day) {
  return std::any_of(p.roles.begin(), p.roles.end(), [&](const Role& r) {
    return r.dated && r.from <= day && day < r.to &&
           !(r.code.size() >= 6 && r.code.ends_with("ELI"));
  });
}

const ActorEntry* Dictionary::PickActor(
    const std::vector<int>& payloads, Day day,
    const std::function<bool(const ActorEntry&)>& want) const {
  const ActorEntry *undated = nullptr, *nearest = nullptr;
  int64_t best = -1, d = DayNumber(day);
  for (int payload : payloads) {
    if ((payload & 3) != kActorHit) continue;
    const ActorEntry& a = actors_[static_cast<size_t>(payload >> 2)];
    if (!want(a)) continue;
    if (!a.dated) {
      if (!undated) undated = &a;
      continue;
    }
    if (a.Covers(day)) return &a;
    int64_t dist =
        day < a.from ? DayNumber(a.from) - d : d - DayNumber(a.to) + 1;
    if (best < 0 || dist < best) best = dist, nearest = &a;
  }
  return undated ? undated : nearest;
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
        const ActorEntry* a = PickActor(*span.payloads, day,
                                        [](const ActorEntry&) { return true; });
        f.actor = ResolveActor(*a);
        f.where = &a->where;
        f.kind = "actor";
      } else if (kind == kPersonHit) {
        // A shared alias: prefer the person in office on the day, then one
        // with any role on the day (an elite), then the first listed.
        bool found = false;
        for (bool office : {true, false}) {
          for (int other : *span.payloads) {
            if ((other & 3) != kPersonHit) continue;
            const PersonEntry& p = people_[static_cast<size_t>(other >> 2)];
            bool covers =
                office
                    ? InOffice(p, day)
                    : std::any_of(
                          p.roles.begin(), p.roles.end(), [&](const Role& r) {
                            return r.dated && r.from <= day && day < r.to;
                          });
            if (covers) {
              i = static_cast<size_t>(other >> 2);
              found = true;
              break;
            }
          }
          if (found) break;
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
    const ActorEntry* country =
        PickActor(*spans[i].payloads, day, [](const ActorEntry& a) {
          return a.type == "state" && a.role.empty();
        });
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
  AddTitledPeople(tokens, day, &out);
  AddBareSurnames(tokens, day, &out);
  return out;
}

std::optional<FoundActor> Dictionary::TitledPerson(
    const std::vector<std::string_view>& tokens, size_t i, Day day,
    bool royal) const {
  // "The foreign secretary said": a surname is written with a capital.
  if (i >= tokens.size() || tokens[i].empty() ||
      (tokens[i][0] >= 'a' && tokens[i][0] <= 'z'))
    return std::nullopt;
  const std::vector<int>* payloads = nullptr;
  size_t end = surnames_.MatchAt(tokens, i, &payloads);
  if (end == i) return std::nullopt;
  for (int index : *payloads) {
    const PersonEntry& p = people_[static_cast<size_t>(index)];
    if (!InOffice(p, day)) continue;
    if (royal) {
      // ("Prince Charles" is not Eugenia Charles of Dominica.)
      const std::string word = FoldToken(tokens[i]);
      const std::string name = FoldToken(p.name);
      bool given = end == i + 1 && name.starts_with(word + " ");
      for (const std::string& a : p.aliases) given |= FoldToken(a) == word;
      if (!given) continue;
    }
    FoundActor f;
    f.end = end;
    f.actor = ResolvePerson(p, day);
    f.where = &p.where;
    f.person = &p;
    f.kind = "title+person";
    return f;
  }
  return std::nullopt;
}

void Dictionary::AddTitledPeople(const std::vector<std::string_view>& tokens,
                                 Day day, std::vector<FoundActor>* out) const {
  if (honorifics_.empty()) return;
  for (const MatchSpan& t : titles_.FindAll(tokens)) {
    if (t.end >= tokens.size()) continue;
    // A name the aliases already found stays as it was found.
    bool named =
        std::any_of(out->begin(), out->end(), [&](const FoundActor& f) {
          return std::string_view(f.kind) != "agent" && f.begin < t.end + 1 &&
                 t.end < f.end;
        });
    if (named) continue;
    bool royal = false;
    for (size_t k = t.begin; k < t.end; ++k) {
      const std::string w = FoldToken(tokens[k]);
      royal |= w == "king" || w == "queen" || w == "prince" ||
               w == "princess" || w == "emir" || w == "sheikh" || w == "sultan";
    }
    std::optional<FoundActor> f = TitledPerson(tokens, t.end, day, royal);
    if (!f) continue;
    f->begin = t.begin;
    if (f->begin > 0 && FoldToken(tokens[f->begin - 1]) == "the") --f->begin;
    std::erase_if(*out, [&](const FoundActor& o) {
      return o.begin < f->end && f->begin < o.end;
    });
    auto pos = std::find_if(out->begin(), out->end(), [&](const FoundActor& o) {
      return o.begin >= f->end;
    });
    out->insert(pos, std::move(*f));
  }
}

namespace {

bool Capitalized(std::string_view t) {
  return !t.empty() && t[0] >= 'A' && t[0] <= 'Z' &&
         !(t.size() > 1 && t[1] >= 'A' && t[1] <= 'Z');
}

// Capitalized words that are surnames of office-holders but far more often
// dates ("in May", "on Monday").
bool DateWord(std::string_view t) { return IsMonthOrDayName(FoldToken(t)); }

// The patterns of `all` that `index` files under `lemma`.
std::vector<const Pattern*> Indexed(
    const std::map<std::string, std::vector<int>, std::less<>>& index,
    const std::vector<Pattern>& all, std::string_view lemma) {
  std::vector<const Pattern*> out;
  if (auto it = index.find(lemma); it != index.end())
    for (int i : it->second) out.push_back(&all[static_cast<size_t>(i)]);
  return out;
}

}  // namespace

void Dictionary::AddBareSurnames(const std::vector<std::string_view>& tokens,
                                 Day day, std::vector<FoundActor>* out) const {
  for (size_t i = 0; i < tokens.size(); ++i) {
    // A capitalized word standing alone: not part of a longer name (no
    // capitalized word next to it), not a date word, not found already.
    if (!Capitalized(tokens[i]) || DateWord(tokens[i])) continue;
    if (i > 0 && Capitalized(tokens[i - 1])) continue;
    // The end of a hyphenated name ("Kilroy-Silk", split by the tokenizer).
    if (i > 1 && tokens[i - 1] == "-" && Capitalized(tokens[i - 2])) continue;
    if (i + 1 < tokens.size() && Capitalized(tokens[i + 1])) continue;
    bool found = std::any_of(
        out->begin(), out->end(),
        [&](const FoundActor& f) { return f.begin <= i && i < f.end; });
    if (found) continue;
    std::optional<FoundActor> f = TitledPerson(tokens, i, day);
    if (!f || f->end != i + 1) continue;
    f->begin = i;
    f->kind = "surname+person";
    auto pos = std::find_if(out->begin(), out->end(),
                            [&](const FoundActor& o) { return o.begin > i; });
    out->insert(pos, std::move(*f));
  }
}

std::vector<const Pattern*> Dictionary::VerbPatterns(
    std::string_view lemma) const {
  return Indexed(verb_index_, verbs_, lemma);
}

std::vector<const Pattern*> Dictionary::NounPatterns(
    std::string_view lemma) const {
  return Indexed(noun_index_, nouns_, lemma);
}

std::vector<std::string_view> Texts(const std::vector<Token>& tokens) {
  std::vector<std::string_view> out;
  out.reserve(tokens.size());
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}

}  // namespace dipgraph::dict

#include "extract/dict/loader.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <sstream>

#include "common/event.h"
#include "common/files.h"
#include "common/text.h"
#include "extract/dict/text.h"

namespace dipgraph::dict {
namespace {

// "actor needs 4 fields: CODE | Name | aliases | keys (3 given)": the
// message for a line of `kind` whose fields `f` do not fit `layout`.
std::string NeedsFields(std::string_view kind, std::string_view layout,
                        const std::vector<std::string>& f) {
  const size_t want =
      static_cast<size_t>(std::count(layout.begin(), layout.end(), '|') + 1);
  return std::string(kind) + " needs " + std::to_string(want) +
         " fields: " + std::string(layout) + " (" + std::to_string(f.size()) +
         " given)";
}

std::vector<std::string> SplitOn(std::string_view text, char sep,
                                 bool keep_empty) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t pos = text.find(sep, start);
    std::string_view item = TrimSpace(text.substr(
        start,
        pos == std::string_view::npos ? std::string_view::npos : pos - start));
    if (keep_empty || !item.empty()) out.emplace_back(item);
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::vector<std::string> Whitespace(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool IsActorType(std::string_view type) {
  for (std::string_view t : kActorTypes)
    if (t == type) return true;
  return false;
}

bool IsCodeChars(std::string_view code) {
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
      return false;
  return !code.empty();
}

std::string RangeText(const Role& r) {
  return (r.from == kOpenStart ? "" : FormatDay(r.from)) + ".." +
         (r.to == kOpenEnd ? "" : FormatDay(r.to));
}

}  // namespace

std::vector<std::string> SplitFields(std::string_view text) {
  return SplitOn(text, '|', /*keep_empty=*/true);
}

std::vector<std::string> SplitList(std::string_view text) {
  return SplitOn(text, ';', /*keep_empty=*/false);
}

void Loader::Error(const Where& where, std::string_view message) {
  errors_->push_back(InputError(where.file, where.line, message));
}

void Loader::ReadFile(const std::string& path, const Where* from) {
  std::error_code ec;
  std::string canonical =
      std::filesystem::weakly_canonical(std::filesystem::path(path), ec)
          .string();
  if (ec) canonical = path;
  if (!seen_files_.insert(canonical).second) return;
  Result<std::string> text = dipgraph::ReadFile(path);
  if (!text.ok()) {
    std::string msg =
        "cannot read dictionary " + path + ": " + text.status().message();
    if (from)
      Error(*from, msg);
    else
      errors_->push_back(IoError(msg));
    return;
  }
  dict_->files_.push_back(path);
  std::string_view rest = *text;
  Where where{path, 0};
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest =
        nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++where.line;
    Line(line, where);
  }
}

void Loader::Line(std::string_view line, const Where& where) {
  if (size_t hash = line.find('#'); hash != std::string_view::npos) {
    std::string_view comment = line.substr(hash);
    line = line.substr(0, hash);
    // "... Title # approx; CODE FROM.. Title" loses the rest of the entry.
    if (!TrimSpace(line).empty() &&
        comment.find_first_of(";|") != std::string_view::npos)
      Error(where, "the comment \"" + std::string(TrimSpace(comment)) +
                       "\" hides the rest of the entry (a # comment runs "
                       "to the end of the line)");
  }
  line = TrimSpace(line);
  if (line.empty()) return;
  size_t space = line.find_first_of(" \t");
  std::string_view kind = line.substr(0, space);
  std::string_view rest = space == std::string_view::npos
                              ? std::string_view()
                              : TrimSpace(line.substr(space));
  if (kind == "@include" || kind == "@layer") {
    if (rest.empty()) return Error(where, std::string(kind) + " needs a path");
    std::filesystem::path p =
        std::filesystem::path(where.file).parent_path() / std::string(rest);
    bool layer = kind == "@layer";
    layer_depth_ += layer;
    ReadFile(p.lexically_normal().string(), &where);
    layer_depth_ -= layer;
    return;
  }
  if (kind == "honorific") return Honorific(rest, where);
  std::vector<std::string> f = SplitFields(rest);
  if (kind == "actor") return Actor(f, where);
  if (kind == "person") return Person(f, where);
  if (kind == "agent") return Agent(f, where);
  if (kind == "verb") return Event(f, where, /*verb=*/true);
  if (kind == "noun") return Event(f, where, /*verb=*/false);
  if (kind == "discard") return Discard(f, where);
  Error(where, "unknown entry kind \"" + std::string(kind) +
                   "\" (want actor, person, agent, honorific, verb, noun, "
                   "discard, @include or @layer)");
}

bool Loader::CheckActorCode(std::string_view code, const Where& where) {
  if (IsCodeChars(code) && code.size() >= 3 && code.size() % 3 == 0)
    return true;
  Error(where, "bad actor code \"" + std::string(code) +
                   "\" (want upper-case letters in groups of three: RUS, "
                   "RUSGOV, IGOUNO)");
  return false;
}

void Loader::ClaimAlias(std::string_view alias, const std::string& owner,
                        const Where& where) {
  std::string key = Matcher::Key(alias);
  if (key.empty()) return Error(where, "empty alias");
  auto [it, fresh] = dict_->alias_owner_.try_emplace(key, owner, where);
  // People may share a surname ("Assad"): the one in office on the day wins.
  bool people = owner.rfind("person ", 0) == 0 &&
                it->second.first.rfind("person ", 0) == 0;
  if (!fresh && it->second.first != owner && !people) {
    Error(where, "alias \"" + std::string(alias) + "\" already belongs to " +
                     it->second.first + " (" + it->second.second.ToString() +
                     ")");
  }
}

void Loader::ClaimActorAlias(std::string_view alias, const ActorEntry& a) {
  std::string key = Matcher::Key(alias);
  if (key.empty()) return Error(a.where, "empty alias");
  std::string owner = "actor " + a.code;
  auto [it, fresh] = dict_->alias_owner_.try_emplace(key, owner, a.where);
  std::vector<Claim>& claims = actor_claims_[key];
  if (!fresh && it->second.first != owner) {
    // Another code has the alias: allowed when the dates keep them apart.
    bool other_actor = it->second.first.rfind("actor ", 0) == 0;
    bool clash = !other_actor;
    for (const Claim& c : claims) {
      if (c.code == a.code) continue;
      if (!c.dated && !a.dated) clash = true;
      if (c.dated && a.dated && c.from < a.to && a.from < c.to) clash = true;
    }
    if (clash)
      return Error(a.where, "alias \"" + std::string(alias) +
                                "\" already belongs to " + it->second.first +
                                " (" + it->second.second.ToString() +
                                (other_actor ? "; entries of different codes "
                                               "may share an alias only with "
                                               "from=/to= dates that do not "
                                               "overlap)"
                                             : ")"));
  }
  claims.push_back({a.code, a.from, a.to, a.dated});
}

bool Loader::ParseRange(std::string_view range, std::string_view what,
                        const Where& where, Day* from, Day* to) {
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    Error(where, "bad date range \"" + std::string(range) + "\" in " +
                     std::string(what) + " (want FROM..TO)");
    return false;
  }
  std::string_view a = range.substr(0, dots), b = range.substr(dots + 2);
  for (auto [part, out] : {std::pair{a, from}, {b, to}}) {
    if (part.empty()) continue;
    Result<Day> d = ParseDay(part);
    if (!d.ok()) {
      Error(where, d.status().message() + " in " + std::string(what));
      return false;
    }
    *out = *d;
  }
  if (*from >= *to) {
    Error(where, "bad date range " + std::string(range) +
                     ": FROM must be before TO (TO is exclusive)");
    return false;
  }
  return true;
}

// One key=value of an actor entry; false (and an error) when unknown.
bool Loader::ActorKey(const std::string& kv, const Where& where,
                      ActorEntry* a) {
  size_t eq = kv.find('=');
  std::string key = kv.substr(0, eq);
  std::string value = eq == std::string::npos ? "" : kv.substr(eq + 1);
  if (key == "type") {
    a->type = value;
    if (!IsActorType(value))
      Error(where, "unknown actor type \"" + value + "\"");
    return true;
  }
  if (key == "country" && value.size() == 3 && IsCodeChars(value)) {
    a->country = value;
    return true;
  }
  if (key == "role" && IsCodeChars(value)) {
    a->role = value;
    return true;
  }
  if ((key == "metonym" || key == "adjective" || key == "place") &&
      (value == "yes" || value == "no")) {
    (key == "metonym" ? a->metonym
     : key == "place" ? a->place
                      : a->adjective) = value == "yes";
    return true;
  }
  if (key == "from" || key == "to") {
    Result<Day> d = ParseDay(value);
    if (!d.ok()) {
      Error(where, d.status().message() + " in " + kv);
      return true;
    }
    (key == "from" ? a->from : a->to) = *d;
    a->dated = true;
    return true;
  }
  if (key == "sovereign") {
    a->sovereign_given = true;
    if (value == "no") {
      a->sovereign = false;
      return true;
    }
    ParseRange(value, kv, where, &a->sovereign_from, &a->sovereign_to);
    return true;
  }
  Error(where, "unknown key or bad value \"" + kv +
                   "\" (keys: type, country, role, metonym=yes, "
                   "adjective=yes, place=yes, from=DATE, to=DATE, "
                   "sovereign=FROM..TO|no)");
  return false;
}

void Loader::Actor(const std::vector<std::string>& f, const Where& where) {
  if (f.size() != 4)
    return Error(where,
                 NeedsFields("actor", "CODE | Name | aliases | keys", f));
  ActorEntry a;
  a.code = f[0];
  a.name = f[1];
  a.aliases = SplitList(f[2]);
  a.where = where;
  if (!CheckActorCode(a.code, where)) return;
  if (a.name.empty()) return Error(where, "actor without a name");
  a.country = a.code.substr(0, 3);
  a.role = a.code.substr(3);
  for (const std::string& kv : Whitespace(f[3])) ActorKey(kv, where, &a);
  if (a.type.empty()) Error(where, "actor " + a.code + " has no type=");
  if (a.dated && a.from >= a.to)
    return Error(where, "bad dates of " + a.code +
                            ": from= must be before to= (to= is exclusive)");
  if (layer_depth_ > 0) {
    staged_actors_.push_back(std::move(a));
    return;
  }
  AddActor(std::move(a));
}

void Loader::AddActor(ActorEntry a) {
  int payload =
      static_cast<int>(dict_->actors_.size()) << 2 | Dictionary::kActorHit;
  ClaimActorAlias(a.name, a);
  dict_->matcher_.Add(a.name, payload);
  for (const std::string& alias : a.aliases) {
    ClaimActorAlias(alias, a);
    dict_->matcher_.Add(alias, payload);
  }
  dict_->actors_.push_back(std::move(a));
}

bool Loader::ParseRole(std::string_view text, const Where& where, Role* role) {
  std::vector<std::string> w = Whitespace(text);
  if (w.empty()) return false;
  role->code = w[0];
  if (!CheckActorCode(role->code, where)) return false;
  size_t title_from = 1;
  if (w.size() > 1 && w[1].find("..") != std::string::npos) {
    title_from = 2;
    if (!ParseRange(w[1], "role \"" + std::string(text) + "\"", where,
                    &role->from, &role->to))
      return false;
  } else {
    role->dated = false;
  }
  for (size_t i = title_from; i < w.size(); ++i)
    role->title += (role->title.empty() ? "" : " ") + w[i];
  return true;
}

void Loader::CheckOverlaps(const PersonEntry& p) {
  int fallbacks = 0;
  for (size_t i = 0; i < p.roles.size(); ++i) {
    const Role& a = p.roles[i];
    if (!a.dated && ++fallbacks == 2)
      Error(p.where, p.name + " has more than one undated (fallback) role");
    for (size_t j = i + 1; j < p.roles.size() && a.dated; ++j) {
      const Role& b = p.roles[j];
      if (!b.dated || a.code != b.code || a.title != b.title) continue;
      if (a.from < b.to && b.from < a.to)
        Error(p.where, "overlapping roles of " + p.name + ": " + a.code + " " +
                           RangeText(a) + " and " + RangeText(b) +
                           " (TO is exclusive; one office held twice at once)");
    }
  }
}

void Loader::Person(const std::vector<std::string>& f, const Where& where) {
  if (f.size() != 3)
    return Error(where, NeedsFields("person", "Name | aliases | roles", f));
  PersonEntry p;
  p.name = f[0];
  p.aliases = SplitList(f[1]);
  p.where = where;
  if (p.name.empty()) return Error(where, "person without a name");
  std::vector<std::string> roles = SplitList(f[2]);
  if (roles.empty()) return Error(where, p.name + " has no role");
  for (const std::string& r : roles) {
    Role role;
    if (ParseRole(r, where, &role)) p.roles.push_back(std::move(role));
  }
  if (p.roles.empty()) return;  // each bad role was reported
  CheckOverlaps(p);
  if (layer_depth_ > 0) {
    staged_people_.push_back(std::move(p));
    return;
  }
  AddPerson(std::move(p));
}

void Loader::AddPerson(PersonEntry p) {
  const Where& where = p.where;
  std::string owner = "person " + p.name;
  int payload =
      static_cast<int>(dict_->people_.size()) << 2 | Dictionary::kPersonHit;
  ClaimAlias(p.name, owner, where);
  dict_->matcher_.Add(p.name, payload);
  for (const std::string& alias : p.aliases) {
    ClaimAlias(alias, owner, where);
    dict_->matcher_.Add(alias, payload);
  }
  dict_->people_.push_back(std::move(p));
}

void Loader::Agent(const std::vector<std::string>& f, const Where& where) {
  if (f.size() != 3)
    return Error(where, NeedsFields("agent", "ROLE | nouns | type=...", f));
  AgentEntry a;
  a.role = f[0];
  a.nouns = SplitList(f[1]);
  a.where = where;
  if (!CheckActorCode(a.role, where)) return;
  for (const std::string& kv : Whitespace(f[2])) {
    if (kv.rfind("type=", 0) == 0 && IsActorType(kv.substr(5)))
      a.type = kv.substr(5);
    else
      Error(where,
            "unknown key or bad value \"" + kv + "\" (agent keys: type)");
  }
  if (a.type.empty()) Error(where, "agent " + a.role + " has no type=");
  if (a.nouns.empty()) return Error(where, "agent without nouns");
  int payload =
      static_cast<int>(dict_->agents_.size()) << 2 | Dictionary::kAgentHit;
  for (const std::string& n : a.nouns) {
    std::string key = "\x02" + Matcher::Key(n);
    auto [it, fresh] =
        dict_->alias_owner_.try_emplace(key, "agent " + a.role, where);
    if (!fresh && it->second.first != "agent " + a.role)
      Error(where, "agent noun \"" + n + "\" already belongs to " +
                       it->second.first + " (" + it->second.second.ToString() +
                       ")");
    dict_->matcher_.Add(n, payload);
  }
  dict_->agents_.push_back(std::move(a));
}

void Loader::Event(const std::vector<std::string>& f, const Where& where,
                   bool verb) {
  const char* kind = verb ? "verb" : "noun";
  if (f.size() < 2 || f.size() > 3)
    return Error(where, std::string(kind) +
                            " needs 2 or 3 fields: CODE | patterns | flags");
  if (*known_code_ && !(*known_code_)(f[0]))
    return Error(where, "unknown CAMEO code \"" + f[0] + "\"");
  bool speech = false, symmetric = false, negative = false;
  if (f.size() == 3) {
    for (const std::string& item : SplitList(f[2])) {
      for (const std::string& flag : Whitespace(item)) {
        if (flag == "speech")
          speech = true;
        else if (flag == "symmetric")
          symmetric = true;
        else if (flag == "negative")
          negative = true;
        else
          Error(where, "unknown flag \"" + flag +
                           "\" (want speech, symmetric, negative)");
      }
    }
  }
  std::vector<std::string> patterns = SplitList(f[1]);
  if (patterns.empty())
    return Error(where, std::string(kind) + " without patterns");
  for (const std::string& text : patterns) {
    Result<Pattern> p = CompilePattern(text);
    if (!p.ok()) {
      Error(where, p.status().message());
      continue;
    }
    p->code = f[0];
    p->speech = speech;
    p->symmetric = symmetric;
    p->negative = negative;
    p->where = where.ToString();
    (verb ? dict_->verbs_ : dict_->nouns_).push_back(std::move(*p));
  }
}

void Loader::Discard(const std::vector<std::string>& f, const Where& where) {
  if (f.size() != 3)
    return Error(where, "discard needs 3 fields: DOMAIN | lemmas | contexts");
  DiscardEntry d{f[0], SplitList(f[1]), SplitList(f[2]), where};
  if (d.domain.empty() || d.lemmas.empty() || d.contexts.empty())
    return Error(where, "discard needs a domain, lemmas and contexts");
  dict_->discards_.push_back(std::move(d));
}

void Loader::Honorific(std::string_view rest, const Where& where) {
  std::vector<std::string> words = SplitList(rest);
  if (words.empty() || rest.find('|') != std::string_view::npos)
    return Error(where, "honorific needs one list: honorific Mr; Mrs; Dr");
  for (const std::string& w : words) {
    dict_->titles_.Add(w, 0);
    dict_->honorifics_.push_back(w);
  }
}

namespace {

// Name keys that identify a person: the name and multi-word aliases.
std::vector<std::string> IdentityKeys(const PersonEntry& p) {
  std::vector<std::string> keys{Matcher::Key(p.name)};
  for (const std::string& a : p.aliases) {
    std::string k = Matcher::Key(a);
    if (k.find(' ') != std::string::npos) keys.push_back(std::move(k));
  }
  return keys;
}

}  // namespace

void Loader::MergeLayer() {
  LayerStats& st = dict_->layer_stats_;
  st.people = staged_people_.size();
  st.actors = staged_actors_.size();
  std::map<std::string, size_t> ours;  // identity key -> our person
  for (size_t i = 0; i < dict_->people_.size(); ++i)
    for (std::string& k : IdentityKeys(dict_->people_[i]))
      ours.emplace(std::move(k), i);
  // The owner of an alias, also when it differs only by a leading "the"
  // ("The Islamic State" is our "Islamic State"); nullptr when none.
  auto owner_of = [&](const std::string& alias) -> const std::string* {
    std::string key = Matcher::Key(alias);
    auto it = dict_->alias_owner_.find(key);
    if (it == dict_->alias_owner_.end() && key.rfind("the ", 0) == 0)
      it = dict_->alias_owner_.find(key.substr(4));
    return it == dict_->alias_owner_.end() ? nullptr : &it->second.first;
  };
  auto taken = [&](const std::string& alias, const std::string& owner) {
    const std::string* o = owner_of(alias);
    return o && *o != owner;
  };
  // A generic role noun of ours ("Secretary of State", "prime minister").
  auto agent_noun = [&](const std::string& alias) {
    return dict_->alias_owner_.count("\x02" + Matcher::Key(alias)) > 0;
  };
  for (PersonEntry& p : staged_people_) {
    // A "person" named or aliased by a title is an office, not a person
    // (PETRARCH's "US Secretary of State"): the agents code titles.
    if (agent_noun(p.name) ||
        std::any_of(p.aliases.begin(), p.aliases.end(), agent_noun)) {
      ++st.people_titles;
      continue;
    }
    std::vector<std::string> keys = IdentityKeys(p);
    std::string owner = "person " + p.name;
    bool shadowed =
        taken(p.name, owner) && owner_of(p.name)->rfind("person ", 0) != 0;
    size_t same = SIZE_MAX;  // ours, the same person
    for (const std::string& k : keys)
      if (auto it = ours.find(k); it != ours.end()) {
        shadowed = true;
        if (same == SIZE_MAX) same = it->second;
      }
    if (shadowed) {
      ++st.people_shadowed;
      // The offices of the layer's entry that ours leaves out: a dated
      // role that is no elite (...ELI) role and overlaps none of ours
      // ("Jacques Chirac": our entry had the presidency only, the layer
      // the premiership of 1986-88 too).
      if (same != SIZE_MAX) {
        PersonEntry& mine = dict_->people_[same];
        for (const Role& r : p.roles) {
          if (!r.dated || r.code.size() < 6 || r.code.ends_with("ELI"))
            continue;
          bool overlaps = false;
          for (const Role& m : mine.roles)
            overlaps = overlaps || (m.dated && r.from < m.to && m.from < r.to);
          if (overlaps) continue;
          mine.roles.push_back(r);
          ++st.roles_added;
        }
      }
      continue;
    }
    std::vector<std::string> kept;
    for (std::string& a : p.aliases) {
      const std::string* o = owner_of(a);
      if (o && o->rfind("person ", 0) != 0)
        ++st.aliases_dropped;
      else
        kept.push_back(std::move(a));
    }
    p.aliases = std::move(kept);
    AddPerson(std::move(p));
  }
  // An actor's alias that is anyone's already is dropped, even one of the
  // same code: ours keep their keys (metonym=, place=, dates).
  auto claimed = [&](const std::string& alias) {
    return owner_of(alias) != nullptr || agent_noun(alias);
  };
  for (ActorEntry& a : staged_actors_) {
    std::vector<std::string> kept;
    for (std::string& alias : a.aliases) {
      if (claimed(alias))
        ++st.aliases_dropped;
      else
        kept.push_back(std::move(alias));
    }
    if (claimed(a.name)) {
      if (kept.empty()) {
        ++st.actors_dropped;
        continue;
      }
      ++st.aliases_dropped;
      a.name = kept.front();
      kept.erase(kept.begin());
    }
    a.aliases = std::move(kept);
    AddActor(std::move(a));
  }
  staged_people_.clear();
  staged_actors_.clear();
}

namespace {

// Countries whose people are named family name first ("President Park",
// "Premier Li", "Mr Lee"): their first word is a surname too.
bool FamilyNameFirst(std::string_view code) {
  static constexpr std::string_view kCountries[] = {"CHN", "TWN", "HKG", "MAC",
                                                    "KOR", "PRK", "KHM", "SGP"};
  for (std::string_view c : kCountries)
    if (code.substr(0, 3) == c) return true;
  return false;
}

// English words a sentence can open with that are also family names in
// the dictionaries ("It Sam Heng", "In Visa Um", "So Gari"): never taken
// for a bare surname ("It said …" is no Cambodian minister).
bool EnglishWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a", "an", "the", "in", "on", "at", "to", "of", "by", "as", "is", "it",
      "its", "so", "no", "not", "or", "and", "but", "if", "he", "she", "we",
      "us", "me", "my", "you", "be", "do", "go", "up", "am", "all", "any",
      "can", "for", "from", "has", "had", "her", "him", "his", "how", "now",
      "one", "our", "out", "too", "two", "who", "why", "yet", "then", "than",
      "that", "this", "they", "them", "what", "when", "will", "with", "also",
      "only", "over", "some", "such", "very", "just", "here", "there",
      // Prepositions and conjunctions that open sentences ("During a
      // question and answer session, Mr Blair said" is no Lloyd During).
      "during", "after", "before", "under", "since", "while", "although",
      "despite", "about", "into", "against", "without", "through", "among",
      "because", "though", "where", "which", "upon", "until", "unless",
      "whether"};
  const std::string low = FoldToken(w);
  return std::find(std::begin(kWords), std::end(kWords), low) !=
         std::end(kWords);
}

}  // namespace

void Loader::IndexSurnames() {
  // Generational suffixes and regnal numbers: "Baudouin I" is not "I".
  static constexpr std::string_view kSuffixes[] = {
      "jr", "sr", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii"};
  for (size_t i = 0; i < dict_->people_.size(); ++i) {
    const PersonEntry& p = dict_->people_[i];
    int payload = static_cast<int>(i);
    std::vector<Token> toks = Tokenize(p.name);
    while (toks.size() > 1 &&
           std::find(std::begin(kSuffixes), std::end(kSuffixes),
                     FoldToken(toks.back().text)) != std::end(kSuffixes))
      toks.pop_back();
    if (toks.size() > 1 && toks.back().text == ",") toks.pop_back();
    // (A one-letter word is an initial or a pronoun, never a surname.)
    if (!toks.empty() && toks.back().text.size() > 1 &&
        !EnglishWord(toks.back().text))
      dict_->surnames_.Add(toks.back().text, payload);
    if (toks.size() > 1 && toks.front().text.size() > 1 &&
        !EnglishWord(toks.front().text) &&
        std::any_of(p.roles.begin(), p.roles.end(),
                    [](const Role& r) { return FamilyNameFirst(r.code); }))
      dict_->surnames_.Add(toks.front().text, payload);
    for (const std::string& a : p.aliases)
      if (Tokenize(a).size() == 1) dict_->surnames_.Add(a, payload);
  }
}

void Loader::Finish() {
  MergeLayer();
  IndexSurnames();
  for (size_t i = 0; i < dict_->verbs_.size(); ++i)
    dict_->verb_index_[dict_->verbs_[i].head].push_back(static_cast<int>(i));
  for (size_t i = 0; i < dict_->nouns_.size(); ++i)
    dict_->noun_index_[dict_->nouns_[i].head].push_back(static_cast<int>(i));
}

}  // namespace dipgraph::dict

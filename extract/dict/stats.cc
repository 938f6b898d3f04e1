#include "extract/dict/stats.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <utility>

namespace dipgraph::dict {

namespace {

bool StartsWithWord(std::string_view text, std::string_view word) {
  if (text.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) !=
        std::tolower(static_cast<unsigned char>(word[i])))
      return false;
  return text.size() == word.size() ||
         !std::isalpha(static_cast<unsigned char>(text[word.size()]));
}

// Office names by Office, as titles start (lower case compare).
struct OfficeName {
  Office office;
  std::string_view name;
};
constexpr OfficeName kOffices[] = {
    {kHeadOfState, "President"},
    {kHeadOfState, "King"},
    {kHeadOfState, "Queen"},
    {kHeadOfState, "Emir"},
    {kHeadOfState, "Amir"},
    {kHeadOfState, "Sultan"},
    {kHeadOfState, "Supreme Leader"},
    {kHeadOfState, "Head of State"},
    {kHeadOfState, "Chairman of the Presidium"},
    {kHeadOfState, "Chairman of the Presidency"},
    {kHeadOfState, "Chairman of the State Council"},
    {kHeadOfState, "Chairman of the Council of State"},
    {kHeadOfState, "Governor-General"},
    {kHeadOfState, "Grand Duke"},
    {kHeadOfState, "Monarch"},
    {kHeadOfState, "Emperor"},
    {kHeadOfState, "Shah"},
    {kHeadOfState, "Captain Regent"},
    {kHeadOfState, "Co-Prince"},
    {kHeadOfState, "Federal President"},
    {kHeadOfGovernment, "Prime Minister"},
    {kHeadOfGovernment, "Premier"},
    {kHeadOfGovernment, "Chancellor"},
    {kHeadOfGovernment, "Federal Chancellor"},
    {kHeadOfGovernment, "Taoiseach"},
    {kHeadOfGovernment, "Head of Government"},
    {kHeadOfGovernment, "Chairman of the Council of Ministers"},
    {kHeadOfGovernment, "President of the Government"},
    {kForeign, "Foreign Minister"},
    {kForeign, "Foreign Secretary"},
    {kForeign, "Minister of Foreign Affairs"},
    {kForeign, "Minister for Foreign Affairs"},
    {kForeign, "Secretary of State"},
    {kForeign, "Secretary of State for Foreign"},
    {kDefence, "Secretary of State for Defence"},
    {kForeign, "Minister of External Affairs"},
    {kForeign, "External Affairs Minister"},
    {kForeign, "Minister of Foreign Relations"},
    {kDefence, "Defence Minister"},
    {kDefence, "Defense Minister"},
    {kDefence, "Defence Secretary"},
    {kDefence, "Secretary of Defense"},
    {kDefence, "Minister of Defence"},
    {kDefence, "Minister of Defense"},
    {kDefence, "Minister for Defence"},
    {kDefence, "Minister of National Defence"},
    {kDefence, "Minister of National Defense"},
    {kDefence, "Armed Forces Minister"},
    {kDefence, "Minister of the Armed Forces"},
    {kDefence, "Minister of War"},
    {kDefence, "War Minister"},
};

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

}  // namespace

unsigned OfficesOfTitle(std::string_view title) {
  unsigned bits = 0;
  // Parts: split at ", ", " and ", "; " and " then ".
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= title.size(); ++i) {
    size_t skip = 0;
    if (i == title.size()) {
      skip = 1;
    } else if (title[i] == ',' || title[i] == ';' || title[i] == '(') {
      skip = 1;
    } else if (title.substr(i).starts_with(" and ")) {
      skip = 5;
    }
    if (!skip) continue;
    parts.push_back(title.substr(start, i - start));
    start = i + skip;
    i = start - 1;
  }
  static constexpr std::string_view kPrefixes[] = {
      "then ",        "acting ", "interim ", "caretaker ", "transitional ",
      "provisional ", "also ",   "and ",     "de facto "};
  for (std::string_view part : parts) {
    part = TrimLeft(part);
    for (bool again = true; again;) {
      again = false;
      for (std::string_view p : kPrefixes)
        if (StartsWithWord(part, p.substr(0, p.size() - 1))) {
          part = TrimLeft(part.substr(p.size() - 1));
          again = true;
        }
    }
    // The longest office name the part starts with.
    const OfficeName* best = nullptr;
    for (const OfficeName& o : kOffices)
      if (StartsWithWord(part, o.name) &&
          (!best || o.name.size() > best->name.size()))
        best = &o;
    if (!best) continue;
    bits |= 1u << best->office;
    // A president also heads the government: the title cannot tell a
    // presidential system from a parliamentary one.
    if (best->name == "President") bits |= 1u << kHeadOfGovernment;
  }
  return bits;
}

namespace {

using Span = std::pair<int64_t, int64_t>;  // day numbers, [first, last)

// Sorts and merges overlapping spans.
std::vector<Span> Merge(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (!out.empty() && s.first <= out.back().second)
      out.back().second = std::max(out.back().second, s.second);
    else
      out.push_back(s);
  }
  return out;
}

int64_t Overlap(const Span& a, const Span& b) {
  return std::max<int64_t>(
      0, std::min(a.second, b.second) - std::max(a.first, b.first));
}

// The sovereign states' spans, clipped to 1945-01-01 .. the coverage day:
// state entries (no role, not adjectives) without sovereign=no; an entry
// with sovereign=FROM..TO gives its days, one without the whole range.
std::map<std::string, std::vector<Span>> StateSpans(const Dictionary& dict,
                                                    Span range) {
  std::map<std::string, std::vector<Span>> given, open;
  std::set<std::string> territories;
  for (const ActorEntry& a : dict.actors()) {
    if (a.type != "state" || !a.role.empty() || a.adjective ||
        a.code.size() != 3)
      continue;
    if (a.sovereign_given && !a.sovereign) {
      territories.insert(a.code);
    } else if (a.sovereign_given) {
      given[a.code].push_back(
          {std::max(range.first,
                    DayNumber(std::max(a.sovereign_from, 19450101))),
           std::min(range.second, a.sovereign_to == kOpenEnd
                                      ? range.second
                                      : DayNumber(a.sovereign_to))});
    } else {
      open[a.code] = {range};
    }
  }
  for (auto& [code, spans] : open)
    if (!given.count(code)) given[code] = spans;
  for (const std::string& t : territories) given.erase(t);
  for (auto& [code, spans] : given) {
    std::erase_if(spans, [](const Span& s) { return s.first >= s.second; });
    spans = Merge(std::move(spans));
  }
  std::erase_if(given, [](const auto& kv) { return kv.second.empty(); });
  return given;
}

void ComputeCoverage(const Dictionary& dict, DictStats* s) {
  const Span range{DayNumber(19450101), DayNumber(kCoverageUntil) + 1};
  std::map<std::string, std::vector<Span>> states = StateSpans(dict, range);
  s->states = states.size();
  s->coverage_until = FormatDay(kCoverageUntil);
  // (country, office) -> spans of dated roles.
  std::map<std::pair<std::string, int>, std::vector<Span>> held;
  for (const PersonEntry& p : dict.people()) {
    for (const Role& r : p.roles) {
      if (!r.dated || r.code.size() < 3) continue;
      unsigned bits = OfficesOfTitle(r.title);
      if (r.code.compare(3, 3, "GOV") == 0) bits |= 1u << kAnyGovernment;
      Span span{std::max(range.first, DayNumber(std::max(r.from, 19450101))),
                std::min(range.second,
                         r.to == kOpenEnd ? range.second : DayNumber(r.to))};
      if (span.first >= span.second) continue;
      for (int o = 0; o < static_cast<int>(kOfficeNames.size()); ++o)
        if (bits & (1u << o)) held[{r.code.substr(0, 3), o}].push_back(span);
    }
  }
  for (auto& [key, spans] : held) spans = Merge(std::move(spans));
  for (int year = 1940; year <= 2020; year += 10) {
    DecadeCoverage d;
    d.decade = std::to_string(year) + "s";
    Span decade{std::max(range.first, DayNumber(year * 10000 + 101)),
                std::min(range.second, DayNumber((year + 10) * 10000 + 101))};
    for (const auto& [code, spans] : states) {
      for (const Span& alive : spans) {
        Span part{std::max(alive.first, decade.first),
                  std::min(alive.second, decade.second)};
        if (part.first >= part.second) continue;
        d.state_days += part.second - part.first;
        for (int o = 0; o < static_cast<int>(kOfficeNames.size()); ++o) {
          auto it = held.find({code, o});
          if (it == held.end()) continue;
          for (const Span& h : it->second) d.covered[o] += Overlap(h, part);
        }
      }
    }
    s->decades.push_back(std::move(d));
  }
}

}  // namespace

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
  s.honorifics = dict.honorifics().size();
  s.layer = dict.layer_stats();
  ComputeCoverage(dict, &s);
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

namespace {

double Share(int64_t part, int64_t whole) {
  return whole ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

nlohmann::json CoverageToJson(const DictStats& s) {
  nlohmann::json decades = nlohmann::json::array();
  for (const DecadeCoverage& d : s.decades) {
    nlohmann::json row = {{"decade", d.decade}, {"state_days", d.state_days}};
    for (size_t o = 0; o < kOfficeNames.size(); ++o)
      row[kOfficeNames[o]] =
          std::round(Share(d.covered[o], d.state_days) * 1000) / 1000;
    decades.push_back(std::move(row));
  }
  return {{"states", s.states},
          {"until", s.coverage_until},
          {"decades", std::move(decades)}};
}

}  // namespace

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
          {"honorifics", s.honorifics},
          {"layer",
           {{"people", s.layer.people},
            {"people_shadowed", s.layer.people_shadowed},
            {"roles_added", s.layer.roles_added},
            {"people_titles", s.layer.people_titles},
            {"actors", s.layer.actors},
            {"actors_dropped", s.layer.actors_dropped},
            {"aliases_dropped", s.layer.aliases_dropped}}},
          {"cameo_codes_covered", s.codes_covered},
          {"cameo_roots", roots},
          {"coverage", CoverageToJson(s)}};
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
  out << "layer: " << s.layer.people << " people read, "
      << s.layer.people_shadowed << " shadowed by ours (" << s.layer.roles_added
      << " of their offices added to ours), " << s.layer.people_titles
      << " titles dropped; " << s.layer.actors << " actors read, "
      << s.layer.actors_dropped << " dropped; " << s.layer.aliases_dropped
      << " aliases dropped\n";
  out << "Office-holder coverage: share of the days each of " << s.states
      << " sovereign states\nexisted (1945 to " << s.coverage_until
      << ") with a dated holder of the office\n";
  out << "  decade  head of state  head of gov.  foreign min.  defence min."
         "  any GOV role\n";
  for (const DecadeCoverage& d : s.decades) {
    out << "  " << d.decade;
    for (size_t o = 0; o < kOfficeNames.size(); ++o) {
      char cell[32];
      std::snprintf(cell, sizeof cell, "  %11.1f%%",
                    100 * Share(d.covered[o], d.state_days));
      out << cell;
    }
    out << "\n";
  }
  return out.str();
}

}  // namespace dipgraph::dict

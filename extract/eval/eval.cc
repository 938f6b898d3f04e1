#include "extract/eval/eval.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace dipgraph {
namespace {

std::string Country(const std::string& code) { return code.substr(0, 3); }

// Each level's key (in JSON) and its name (in the table).
struct LevelText {
  EvalLevel level;
  const char* key;
  const char* name;
};
constexpr LevelText kLevelTexts[] = {
    {EvalLevel::kCountry, "country",
     "country (source country, target country, root)"},
    {EvalLevel::kActor, "actor", "actor (source code, target code, root)"},
    {EvalLevel::kName, "name", "name (actor level, and the people's names)"},
    {EvalLevel::kCode, "code", "code (source code, target code, full code)"},
    {EvalLevel::kPlover, "plover", "plover (source country, PLOVER type)"},
};

const LevelText& TextOf(EvalLevel l) {
  for (const LevelText& t : kLevelTexts)
    if (t.level == l) return t;
  return kLevelTexts[0];  // unreachable: every level has a row
}

const char* LevelName(EvalLevel l) { return TextOf(l).name; }
const char* LevelKey(EvalLevel l) { return TextOf(l).key; }

// A string member of `j` that may be missing or null.
std::string OptionalString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? std::string()
                                        : it->get<std::string>();
}

// The words of a name, lower-case, without punctuation.
std::vector<std::string> NameWords(const std::string& name) {
  std::vector<std::string> words(1);
  for (char c : name) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80)
      words.back() += static_cast<char>(std::tolower(u));
    else if (c != '\'' && !words.back().empty())
      words.emplace_back();
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// The name level: pairs each gold event with the first unpaired found event
// that agrees at the actor level and in the names the gold gives.
void MatchNames(const GoldItem& item, const std::vector<Event>& got,
                Score* score) {
  std::vector<bool> used(got.size(), false);
  for (const GoldEvent& g : item.events) {
    const std::string key =
        EvalKey(g.source, g.target, g.code, EvalLevel::kActor);
    bool hit = false;
    for (size_t j = 0; j < got.size() && !hit; ++j) {
      const Event& e = got[j];
      if (used[j] || EvalKey(e.source.id, e.target ? e.target->id : "",
                             e.action.cameo, EvalLevel::kActor) != key)
        continue;
      if (!g.source_name.empty() && !NameAgrees(g.source_name, e.source.name))
        continue;
      if (!g.target_name.empty() &&
          (!e.target || !NameAgrees(g.target_name, e.target->name)))
        continue;
      used[j] = hit = true;
    }
    ++(hit ? score->tp : score->fn);
  }
  for (bool u : used) score->fp += !u;
}

Result<GoldEvent> ReadGoldEvent(const nlohmann::json& j) {
  if (!j.is_object())
    return InvalidInput("an expected event must be an object");
  GoldEvent g;
  try {
    g.source = j.at("source").get<std::string>();
    if (j.contains("target") && !j["target"].is_null())
      g.target = j["target"].get<std::string>();
    g.code = j.at("code").get<std::string>();
    g.source_name = OptionalString(j, "source_name");
    g.target_name = OptionalString(j, "target_name");
    g.plover = OptionalString(j, "plover");
    g.negated = j.value("negated", false);
    g.modality = j.value("modality", std::string("asserted"));
    g.reported = j.value("reported", false);
    g.content = j.value("content", std::string());
  } catch (const nlohmann::json::exception& e) {
    return InvalidInput(std::string("expected event: ") + e.what());
  }
  return g;
}

// Multiset matching of keys: counts true positives, and lists the rest.
void Match(std::vector<std::string> gold, std::vector<std::string> found,
           const std::string& item, Score* score,
           std::vector<std::string>* misses,
           std::vector<std::string>* false_events) {
  std::sort(gold.begin(), gold.end());
  std::sort(found.begin(), found.end());
  size_t i = 0, j = 0;
  while (i < gold.size() || j < found.size()) {
    if (j == found.size() || (i < gold.size() && gold[i] < found[j])) {
      ++score->fn;
      if (misses) misses->push_back(item + ": " + gold[i]);
      ++i;
    } else if (i == gold.size() || found[j] < gold[i]) {
      ++score->fp;
      if (false_events) false_events->push_back(item + ": " + found[j]);
      ++j;
    } else {
      ++score->tp;
      ++i, ++j;
    }
  }
}

// Pairs each gold event with the first unpaired found event of the same
// code-level key and counts where their attributes agree.
void ScoreAttributes(const GoldItem& item, const std::vector<Event>& got,
                     std::map<std::string, AttributeScore>* out) {
  std::vector<bool> used(got.size(), false);
  auto count = [&](const char* name, bool ok) {
    AttributeScore& a = (*out)[name];
    ++a.checked;
    a.correct += ok;
  };
  for (const GoldEvent& g : item.events) {
    const std::string key =
        EvalKey(g.source, g.target, g.code, EvalLevel::kCode);
    for (size_t j = 0; j < got.size(); ++j) {
      const Event& e = got[j];
      if (used[j] || EvalKey(e.source.id, e.target ? e.target->id : "",
                             e.action.cameo, EvalLevel::kCode) != key)
        continue;
      used[j] = true;
      count("negated", e.negated == g.negated);
      count("modality", e.modality == g.modality);
      count("reported", !e.parent.empty() == g.reported);
      if (!g.content.empty())
        count("content", e.content.find(g.content) != std::string::npos);
      if (!item.event_date.empty()) count("date", e.date == item.event_date);
      break;
    }
  }
}

}  // namespace

std::string EvalKey(const std::string& source, const std::string& target,
                    const std::string& code, EvalLevel level) {
  switch (level) {
    case EvalLevel::kCountry:
      return Country(source) + ">" + (target.empty() ? "-" : Country(target)) +
             ":" + code.substr(0, 2);
    case EvalLevel::kActor:
    case EvalLevel::kName:
      return source + ">" + (target.empty() ? "-" : target) + ":" +
             code.substr(0, 2);
    case EvalLevel::kCode:
      return source + ">" + (target.empty() ? "-" : target) + ":" + code;
    case EvalLevel::kPlover:  // `code` is the PLOVER type
      return Country(source) + ":" + code;
  }
  return "";
}

Result<std::vector<GoldItem>> ReadGold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(path + ": cannot open file");
  std::vector<GoldItem> items;
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
      return InputError(path, n, "not a JSON object");
    GoldItem item;
    item.id = j.value("id", "line" + std::to_string(n));
    try {
      item.phenomenon = OptionalString(j, "phenomenon");
      item.date = OptionalString(j, "date");
      item.event_date = OptionalString(j, "event_date");
      item.collection = OptionalString(j, "collection");
    } catch (const nlohmann::json::exception&) {
      return InputError(path, n,
                        "\"phenomenon\", \"date\", \"event_date\" and "
                        "\"collection\" must be strings");
    }
    if (j.contains("article")) {
      // A sentence of a real-news article, by its byte offsets.
      if (!j["article"].is_string() || !j.contains("start") ||
          !j["start"].is_number_integer() || !j.contains("end") ||
          !j["end"].is_number_integer())
        return InputError(path, n,
                          "a real-news item needs \"article\" (a string), "
                          "\"start\" and \"end\" (byte offsets)");
      item.article = j["article"].get<std::string>();
      item.start = j["start"].get<int64_t>();
      item.end = j["end"].get<int64_t>();
      if (item.phenomenon.empty()) item.phenomenon = item.collection;
      if (item.start < 0 || item.end <= item.start)
        return InputError(path, n, "\"start\" must be below \"end\"");
    } else if (!j.contains("text") || !j["text"].is_string()) {
      return InputError(path, n, "field \"text\" (a string) is required");
    } else {
      item.text = j["text"].get<std::string>();
    }
    if (!j.contains("events") || !j["events"].is_array())
      return InputError(path, n, "field \"events\" (an array) is required");
    for (const auto& ev : j["events"]) {
      Result<GoldEvent> g = ReadGoldEvent(ev);
      if (!g.ok()) return InputError(path, n, g.status().message());
      item.events.push_back(std::move(*g));
    }
    items.push_back(std::move(item));
  }
  return items;
}

bool NameAgrees(const std::string& gold_name, const std::string& found_name) {
  const std::vector<std::string> g = NameWords(gold_name);
  if (g.empty()) return true;
  for (const std::string& w : NameWords(found_name))
    if (w == g.back()) return true;
  return false;
}

std::vector<Event> EventsOfSentence(const GoldItem& item,
                                    const std::vector<Event>& events) {
  std::vector<Event> out;
  for (const Event& e : events) {
    const int64_t a = std::max(e.sentence.start, item.start);
    const int64_t b = std::min(e.sentence.end, item.end);
    if (2 * (b - a) > e.sentence.end - e.sentence.start) out.push_back(e);
  }
  return out;
}

EvalReport ScoreEvents(const std::vector<GoldItem>& gold,
                       const std::vector<std::vector<Event>>& found) {
  EvalReport r;
  // The PLOVER level only where the gold gives PLOVER types.
  bool plover = false;
  for (const GoldItem& item : gold)
    for (const GoldEvent& e : item.events) plover |= !e.plover.empty();
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldItem& item = gold[i];
    const std::vector<Event>& got =
        i < found.size() ? found[i] : std::vector<Event>{};
    ++r.items;
    if (item.events.empty()) {
      ++r.empty_items;
      r.empty_items_clean += got.empty();
    } else {
      ++r.event_items;
      Score hit;
      std::vector<std::string> g, f;
      for (const GoldEvent& e : item.events)
        g.push_back(EvalKey(e.source, e.target, e.code, EvalLevel::kCountry));
      for (const Event& e : got)
        f.push_back(EvalKey(e.source.id, e.target ? e.target->id : "",
                            e.action.cameo, EvalLevel::kCountry));
      Match(g, f, item.id, &hit, nullptr, nullptr);
      r.event_items_hit += hit.tp > 0;
    }
    MatchNames(item, got, &r.levels[EvalLevel::kName]);
    if (plover) {
      std::vector<std::string> g, f;
      for (const GoldEvent& e : item.events)
        if (!e.plover.empty()) g.push_back(Country(e.source) + ":" + e.plover);
      for (const Event& e : got)
        if (!e.action.plover.empty())
          f.push_back(Country(e.source.id) + ":" + e.action.plover);
      Match(g, f, item.id, &r.levels[EvalLevel::kPlover], nullptr, nullptr);
    }
    for (EvalLevel level :
         {EvalLevel::kCountry, EvalLevel::kActor, EvalLevel::kCode}) {
      std::vector<std::string> g, f;
      for (const GoldEvent& e : item.events)
        g.push_back(EvalKey(e.source, e.target, e.code, level));
      for (const Event& e : got)
        f.push_back(EvalKey(e.source.id, e.target ? e.target->id : "",
                            e.action.cameo, level));
      const bool detail = level == EvalLevel::kCode;
      if (detail) ScoreAttributes(item, got, &r.attributes);
      Match(g, f, item.id, &r.levels[level], detail ? &r.misses : nullptr,
            detail ? &r.false_events : nullptr);
      if (detail && !item.phenomenon.empty())
        Match(g, f, item.id, &r.by_phenomenon[item.phenomenon], nullptr,
              nullptr);
    }
  }
  return r;
}

nlohmann::ordered_json EvalReport::ToJson() const {
  nlohmann::ordered_json j;
  j["items"] = items;
  j["no_event_items"] = empty_items;
  j["no_event_items_clean"] = empty_items_clean;
  j["event_items"] = event_items;
  j["event_items_hit"] = event_items_hit;
  for (const auto& [level, s] : levels) {
    j["levels"][LevelKey(level)] = {{"precision", s.precision()},
                                    {"recall", s.recall()},
                                    {"f1", s.f1()},
                                    {"tp", s.tp},
                                    {"fp", s.fp},
                                    {"fn", s.fn}};
  }
  for (const auto& [name, s] : by_phenomenon)
    j["phenomena"][name] = {
        {"precision", s.precision()}, {"recall", s.recall()}, {"f1", s.f1()}};
  for (const auto& [name, a] : attributes)
    j["attributes"][name] = {{"checked", a.checked},
                             {"correct", a.correct},
                             {"accuracy", a.accuracy()}};
  j["misses"] = misses;
  j["false_events"] = false_events;
  return j;
}

std::string EvalReport::ToText(size_t max_listed) const {
  std::ostringstream out;
  char buf[200];
  out << "items " << items << " (" << empty_items << " with no event, "
      << empty_items_clean << " of them coded with none)\n";
  out << "items with events where at least one event is right (country "
         "level): "
      << event_items_hit << " of " << event_items << "\n\n";
  out << "level                                               P      R     "
         "F1\n";
  for (const auto& [level, s] : levels) {
    std::snprintf(buf, sizeof buf, "%-48s %6.3f %6.3f %6.3f\n",
                  LevelName(level), s.precision(), s.recall(), s.f1());
    out << buf;
  }
  out << "\nphenomenon (code level)                             P      R     "
         "F1\n";
  for (const auto& [name, s] : by_phenomenon) {
    std::snprintf(buf, sizeof buf, "%-48s %6.3f %6.3f %6.3f\n", name.c_str(),
                  s.precision(), s.recall(), s.f1());
    out << buf;
  }
  out << "\nattributes of events matched at the code level     right  of    "
         "acc\n";
  for (const auto& [name, a] : attributes) {
    std::snprintf(buf, sizeof buf, "%-48s %6lld %4lld %6.3f\n", name.c_str(),
                  static_cast<long long>(a.correct),
                  static_cast<long long>(a.checked), a.accuracy());
    out << buf;
  }
  auto list = [&](const char* title, const std::vector<std::string>& v) {
    out << "\n" << title << " (" << v.size() << ")\n";
    for (size_t i = 0; i < v.size() && i < max_listed; ++i)
      out << "  " << v[i] << "\n";
    if (v.size() > max_listed) out << "  …\n";
  };
  list("missed", misses);
  list("false events", false_events);
  return out.str();
}

}  // namespace dipgraph

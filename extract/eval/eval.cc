#include "extract/eval/eval.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace dipgraph {
namespace {

std::string Country(const std::string& code) { return code.substr(0, 3); }

const char* LevelName(EvalLevel l) {
  switch (l) {
    case EvalLevel::kCountry:
      return "country (source country, target country, root)";
    case EvalLevel::kActor:
      return "actor (source code, target code, root)";
    case EvalLevel::kCode:
      return "code (source code, target code, full code)";
  }
  return "";
}

const char* LevelKey(EvalLevel l) {
  switch (l) {
    case EvalLevel::kCountry:
      return "country";
    case EvalLevel::kActor:
      return "actor";
    case EvalLevel::kCode:
      return "code";
  }
  return "";
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
      return source + ">" + (target.empty() ? "-" : target) + ":" +
             code.substr(0, 2);
    case EvalLevel::kCode:
      return source + ">" + (target.empty() ? "-" : target) + ":" + code;
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
    item.phenomenon = j.value("phenomenon", std::string());
    item.date = j.value("date", std::string());
    item.event_date = j.value("event_date", std::string());
    if (!j.contains("text") || !j["text"].is_string())
      return InputError(path, n, "field \"text\" (a string) is required");
    item.text = j["text"].get<std::string>();
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

EvalReport ScoreEvents(const std::vector<GoldItem>& gold,
                       const std::vector<std::vector<Event>>& found) {
  EvalReport r;
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldItem& item = gold[i];
    const std::vector<Event>& got =
        i < found.size() ? found[i] : std::vector<Event>{};
    ++r.items;
    if (item.events.empty()) {
      ++r.empty_items;
      r.empty_items_clean += got.empty();
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
      << empty_items_clean << " of them coded with none)\n\n";
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

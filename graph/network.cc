// Actor patterns, level and mode names, and BuildNetwork over events in
// memory. The builder itself (filters, node keys, dyad aggregation, ego
// networks, top N) is in network_build.cc; metrics are in metrics.cc.
#include <cctype>

#include "common/text.h"
#include "graph/filter.h"
#include "graph/graph.h"

namespace dipgraph {

bool GlobMatch(std::string_view pattern, std::string_view text) {
  std::string p = AsciiLower(pattern), t = AsciiLower(text);
  size_t pi = 0, ti = 0, star = std::string::npos, mark = 0;
  while (ti < t.size()) {
    if (pi < p.size() && p[pi] == t[ti]) {
      ++pi, ++ti;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++, mark = ti;
    } else if (star != std::string::npos) {
      pi = star + 1, ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

bool ActorPatternMatches(std::string_view pattern, std::string_view name) {
  if (GlobMatch(pattern, name)) return true;
  if (pattern.find('*') != std::string_view::npos || pattern.empty())
    return false;
  // A plain word matches a whole word of the name: "Putin", "Kremlin".
  std::string p = AsciiLower(pattern), n = AsciiLower(name);
  for (size_t at = n.find(p); at != std::string::npos; at = n.find(p, at + 1)) {
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(n[at - 1]));
    size_t end = at + p.size();
    bool right =
        end == n.size() || !std::isalnum(static_cast<unsigned char>(n[end]));
    if (left && right) return true;
  }
  return false;
}

Result<Level> ParseLevel(std::string_view name) {
  if (name == "person") return Level::kPerson;
  if (name == "actor") return Level::kActor;
  if (name == "country") return Level::kCountry;
  return UsageError("unknown level \"" + std::string(name) +
                    "\" (use person, actor or country)");
}

Result<BetweennessMode> ParseBetweennessMode(std::string_view name) {
  if (name == "auto") return BetweennessMode::kAuto;
  if (name == "exact") return BetweennessMode::kExact;
  if (name == "sampled") return BetweennessMode::kSampled;
  if (name == "off") return BetweennessMode::kOff;
  return UsageError("unknown betweenness \"" + std::string(name) +
                    "\" (use auto, exact, sampled or off)");
}

const char* LevelName(Level level) {
  switch (level) {
    case Level::kPerson:
      return "person";
    case Level::kActor:
      return "actor";
    case Level::kCountry:
      return "country";
  }
  return "actor";
}

Result<Network> BuildNetwork(const std::vector<Event>& events,
                             const NetworkOptions& o) {
  NetworkBuilder builder(o);
  for (const Event& e : events) builder.Add(e);
  return builder.Finish();
}

}  // namespace dipgraph

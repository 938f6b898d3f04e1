#include "bench/event_generator.h"

#include <cmath>
#include <random>
#include <string>

namespace dipgraph::bench {
namespace {

constexpr const char* kCountries[] = {"USA", "RUS", "CHN", "UKR", "SYR", "IRN",
                                      "ISR", "TUR", "GBR", "FRA", "DEU", "PRK",
                                      "KOR", "JPN", "IND", "PAK", "SAU", "EGY",
                                      "IRQ", "AFG", "NGA", "ETH", "SDN", "VEN"};
constexpr const char* kRoles[] = {"",    "GOV", "MIL", "REB",
                                  "OPP", "LEG", "MED", "CVL"};
constexpr const char* kCodes[] = {"010",  "010", "010", "020", "036",  "040",
                                  "040",  "042", "043", "046", "051",  "057",
                                  "0312", "111", "112", "120", "130",  "163",
                                  "173",  "190", "193", "195", "0234", "1041"};

}  // namespace

std::vector<Event> GenerateEvents(int64_t count, int actors, uint64_t seed) {
  std::mt19937_64 rng(seed);
  // Zipf weights 1/rank over the actor list.
  std::vector<double> weights(actors);
  for (int i = 0; i < actors; ++i) weights[i] = 1.0 / (i + 1);
  std::discrete_distribution<int> pick(weights.begin(), weights.end());
  std::uniform_int_distribution<int> code(0, std::size(kCodes) - 1);
  std::uniform_int_distribution<int> day(0, 729);
  std::vector<Actor> pool;
  for (int i = 0; i < actors; ++i) {
    std::string country = kCountries[i % std::size(kCountries)];
    std::string role = kRoles[(i / std::size(kCountries)) % std::size(kRoles)];
    std::string id = country + role;
    if (i >= static_cast<int>(std::size(kCountries) * std::size(kRoles)))
      id += "X" + std::to_string(i);
    pool.push_back({id, id, id + " name", country, role,
                    role.empty() ? "state" : "government"});
  }
  std::vector<Event> events;
  events.reserve(count);
  for (int64_t k = 0; k < count; ++k) {
    Event e;
    int s = pick(rng), t = pick(rng);
    if (s == t) t = (t + 1) % actors;
    e.id = "g" + std::to_string(k / 10) + "-" + std::to_string(k % 10) + "-0";
    e.doc.id = "g" + std::to_string(k / 10);
    int d = day(rng);
    char date[48];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", 2016 + d / 365,
                  1 + (d % 365) / 31, 1 + (d % 365) % 28);
    e.date = date;
    e.source = pool[s];
    e.target = pool[t];
    e.action.cameo = kCodes[code(rng)];
    e.action.root = e.action.cameo.substr(0, 2);
    int root = std::stoi(e.action.root);
    e.action.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    e.action.goldstein = root <= 8 ? 3.0 : -5.0;
    e.action.label = "label";
    events.push_back(std::move(e));
  }
  return events;
}

}  // namespace dipgraph::bench

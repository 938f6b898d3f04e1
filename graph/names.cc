#include "graph/names.h"

#include <array>
#include <utility>
#include <vector>

#include "common/files.h"

namespace dipgraph {
namespace {

// CAMEO role (sector) codes and the ones dipgraph's dictionaries add
// (docs/dictionaries.md, "Actor codes"), as short lower-case names.
constexpr std::array<std::pair<std::string_view, std::string_view>, 37> kRoles =
    {{{"AGR", "agriculture"},  {"BUS", "business"},
      {"CHR", "Christian"},    {"COP", "police"},
      {"CRM", "criminals"},    {"CVL", "civilians"},
      {"DEV", "development"},  {"EDU", "education"},
      {"ELI", "elites"},       {"ENV", "environment"},
      {"GOV", "government"},   {"HLH", "health"},
      {"HRI", "human rights"}, {"IGO", "organisation"},
      {"INS", "insurgents"},   {"JEW", "Jewish"},
      {"JUD", "judiciary"},    {"LAB", "labour"},
      {"LEG", "legislature"},  {"MED", "media"},
      {"MIL", "military"},     {"MOD", "moderates"},
      {"MOS", "Muslim"},       {"NGO", "non-governmental"},
      {"OPP", "opposition"},   {"PTY", "party"},
      {"RAD", "radicals"},     {"REB", "rebels"},
      {"REF", "refugees"},     {"REL", "religious"},
      {"SEP", "separatists"},  {"SHI", "Shia"},
      {"SPY", "intelligence"}, {"SUN", "Sunni"},
      {"UAF", "armed groups"}, {"UIS", "unidentified"},
      {"BUD", "Buddhist"}}};

std::vector<std::string_view> Chunks(std::string_view code) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < code.size(); i += 3) out.push_back(code.substr(i, 3));
  return out;
}

// "Rebels" from "rebels".
std::string Capitalized(std::string_view text) {
  std::string out(text);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// Role names of `chunks`, joined with ", "; "" when one is not a role.
std::string RoleList(const std::vector<std::string_view>& chunks,
                     std::string_view (*role)(std::string_view)) {
  std::string out;
  for (std::string_view c : chunks) {
    std::string_view name = role(c);
    if (name.empty()) return "";
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace

std::string_view Names::Role(std::string_view code) {
  for (const auto& [c, name] : kRoles)
    if (c == code) return name;
  return "";
}

Result<Names> Names::LoadDefault() {
  return Load(DataPath("cameo/countries.tsv"));
}

Result<Names> Names::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  return Parse(text, path);
}

Result<Names> Names::Parse(std::string_view text, std::string_view file) {
  Names names;
  int line_no = 0;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? "" : text.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::string where = std::string(file) + ":" + std::to_string(line_no);
    size_t tab1 = line.find('\t');
    size_t tab2 =
        tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos)
      return InvalidInput(where + ": want code<TAB>name<TAB>kind");
    std::string_view code = line.substr(0, tab1);
    std::string_view name = line.substr(tab1 + 1, tab2 - tab1 - 1);
    if (code.size() != 3 || name.empty())
      return InvalidInput(where + ": want a 3-letter code and a name, not \"" +
                          std::string(line) + "\"");
    if (!names.countries_.emplace(code, name).second)
      return InvalidInput(where + ": code " + std::string(code) +
                          " is listed twice");
  }
  return names;
}

void Names::AddActorName(std::string_view code, std::string_view name) {
  if (!code.empty() && !name.empty()) actors_.emplace(code, name);
}

std::string Names::Country(std::string_view code) const {
  auto it = countries_.find(code);
  return it == countries_.end() ? "" : it->second;
}

std::string Names::ActorCode(std::string_view code) const {
  if (code.size() <= 3) {
    std::string country = Country(code);
    if (!country.empty()) return country;
    auto it = actors_.find(code);
    return it != actors_.end() ? it->second : std::string(code);
  }
  std::vector<std::string_view> chunks = Chunks(code);
  std::string country = Country(chunks[0]);
  std::string roles = RoleList({chunks.begin() + 1, chunks.end()}, Role);
  bool international = chunks[0] == "IGO" || chunks[0] == "NGO" ||
                       chunks[0] == "IMG" || chunks[0] == "MNC";
  if (!roles.empty() && !international) {
    if (chunks[0] == "---") return Capitalized(roles) + " (country unknown)";
    if (!country.empty()) return country + " (" + roles + ")";
  }
  auto it = actors_.find(code);
  if (it != actors_.end()) return it->second;
  return Composed(code);
}

// A code no rule above names: its longest named prefix and the roles after
// it, else its country or prefix with the names of the other parts.
std::string Names::Composed(std::string_view code) const {
  std::vector<std::string_view> chunks = Chunks(code);
  for (size_t n = chunks.size() - 1; n >= 2; --n) {
    auto it = actors_.find(code.substr(0, 3 * n));
    if (it == actors_.end()) continue;
    std::string roles = RoleList({chunks.begin() + n, chunks.end()}, Role);
    if (!roles.empty()) return it->second + " (" + roles + ")";
  }
  std::string head = Country(chunks[0]);
  if (head.empty()) return std::string(code);
  std::string parts;
  for (size_t i = 1; i < chunks.size(); ++i) {
    std::string_view part = Role(chunks[i]);
    std::string name = part.empty() ? Country(chunks[i]) : std::string(part);
    if (name.empty() || chunks[i].size() != 3) return std::string(code);
    parts += (parts.empty() ? "" : ", ") + name;
  }
  return head + " (" + parts + ")";
}

std::string Names::Of(const Actor& actor) const {
  if (actor.type == "person" && !actor.name.empty()) return actor.name;
  if (!actor.id.empty()) return ActorCode(actor.id);
  return actor.name.empty() ? actor.text : actor.name;
}

std::string Names::ForNode(const Node& node, Level level) const {
  switch (level) {
    case Level::kCountry: {
      std::string country = Country(node.id);
      return country.empty() ? ActorCode(node.id) : country;
    }
    case Level::kPerson:
      if (node.type == "person") return node.id;
      break;
    case Level::kActor:
      break;
  }
  return ActorCode(node.id);
}

std::string_view Names::TypeOfRole(std::string_view role) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {"GOV", "government"},  {"MIL", "military"},    {"SPY", "government"},
      {"COP", "police"},      {"REB", "armed_group"}, {"INS", "armed_group"},
      {"UAF", "armed_group"}, {"SEP", "armed_group"}, {"PTY", "party"},
      {"OPP", "party"},       {"LEG", "legislature"}, {"JUD", "judiciary"},
      {"MED", "media"},       {"CVL", "civilian"},    {"BUS", "business"},
      {"REL", "religious"}};
  for (const auto& [code, type] : kTypes)
    if (code == role) return type;
  return "other";
}

void ApplyNames(const Names& names, Network* network) {
  for (Node& node : network->nodes) {
    node.label = names.ForNode(node, network->level);
    // At actor level a node is the institution, even when most of its
    // events name a person holding it (RUSGOV: "Vladimir Putin").
    if (network->level == Level::kActor && node.type == "person")
      node.type = std::string(Names::TypeOfRole(
          node.id.size() >= 6 ? std::string_view(node.id).substr(3, 3)
                              : std::string_view()));
  }
}

}  // namespace dipgraph

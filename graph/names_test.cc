// Tests of display names (graph/names.h) and of the shipped country table
// data/cameo/countries.tsv.
#include "graph/names.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace dipgraph {
namespace {

Names Shipped() {
  Result<Names> names = Names::Load(std::string(DIPGRAPH_SOURCE_DIR) +
                                    "/data/cameo/countries.tsv");
  EXPECT_TRUE(names.ok()) << names.status().ToString();
  Names out = names.ok() ? *names : Names();
  out.AddActorName("IGOUNO", "United Nations");
  out.AddActorName("SYRINSNUS", "Nusra Front");
  out.AddActorName("IMGMOSALQ", "al-Qaeda");
  return out;
}

// A row of the tables below: an input and what it must give.
struct Case {
  const char* in;
  const char* want;
};

TEST(NamesTest, CountriesAndActorCodes) {
  Names names = Shipped();
  // Countries, including former states and groups.
  const Case countries[] = {
      {"CHE", "Switzerland"},
      {"MMR", "Myanmar"},
      {"RWA", "Rwanda"},
      {"UKR", "Ukraine"},
      {"THA", "Thailand"},
      {"KEN", "Kenya"},
      {"IRL", "Ireland"},
      {"BIH", "Bosnia and Herzegovina"},
      {"HUN", "Hungary"},
      {"PSE", "Palestine"},
      {"KOR", "South Korea"},
      {"PRK", "North Korea"},
      {"SUN", "Soviet Union"},
      {"USR", "Soviet Union"},
      {"YUG", "Yugoslavia"},
      {"CSK", "Czechoslovakia"},
      {"DDR", "East Germany"},
      {"XKX", "Kosovo"},
      {"IGO", "Intergovernmental organisations"},
      {"IMG", "International militarized groups"},
  };
  for (const Case& c : countries)
    EXPECT_EQ(names.Country(c.in), c.want) << c.in;
  EXPECT_EQ(names.Country("QQQ"), "");
  const Case actors[] = {
      {"RUS", "Russia"},
      {"RUSGOV", "Russia (government)"},
      {"KORGOV", "South Korea (government)"},
      {"PRKGOV", "North Korea (government)"},
      {"USAMILSPY", "United States (military, intelligence)"},
      {"---REB", "Rebels (country unknown)"},
      {"IGOUNO", "United Nations"},
      {"SYRINSNUS", "Nusra Front"},
      {"SYRINSNUSMIL", "Nusra Front (military)"},
      {"NGOHRI", "Non-governmental organisations (human rights)"},
      {"IMGMOSALQ", "al-Qaeda"},
      {"QQQGOV", "QQQGOV"},  // unknown country: the code
      {"ZZ", "ZZ"},
  };
  for (const Case& c : actors) EXPECT_EQ(names.ActorCode(c.in), c.want) << c.in;
}

TEST(NamesTest, EventActorsAndNodes) {
  Names names = Shipped();
  Actor putin{"Putin", "RUSGOV", "Vladimir Putin", "RUS", "GOV", "person"};
  Actor kremlin{"the Kremlin", "RUSGOV", "Kremlin", "RUS", "GOV", "government"};
  EXPECT_EQ(names.Of(putin), "Vladimir Putin");
  EXPECT_EQ(names.Of(kremlin), "Russia (government)");  // not its wording
  Node node;
  node.id = "CHE";
  node.label = "Geneva";  // what the first actor's text said
  EXPECT_EQ(names.ForNode(node, Level::kCountry), "Switzerland");
  node.id = "RUSGOV";
  EXPECT_EQ(names.ForNode(node, Level::kActor), "Russia (government)");
  node.id = "Vladimir Putin";
  node.type = "person";
  EXPECT_EQ(names.ForNode(node, Level::kPerson), "Vladimir Putin");

  Network net;
  net.level = Level::kActor;
  Node gov;
  gov.id = "RUSGOV";
  gov.label = "Vladimir Putin";
  gov.type = "person";
  net.nodes.push_back(gov);
  Node usa;
  usa.id = "USAGOV";
  net.nodes.push_back(usa);
  Edge e;
  e.source = 0;
  e.target = 1;
  e.events = 2;
  net.edges.push_back(e);
  ApplyNames(names, &net);
  EXPECT_EQ(net.nodes[0].label, "Russia (government)");
  EXPECT_EQ(net.nodes[0].type, "government");
  // `dipgraph graph` prints the names, codes beside them.
  std::string table = NetworkTable(net, 5);
  EXPECT_NE(table.find("Russia (government) > United States (government)"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("Russia (government)              RUSGOV"),
            std::string::npos)
      << table;
}

TEST(NamesTest, BadTablesNameFileAndLine) {
  const Case cases[] = {
      {"# c\nRUS\tRussia\n", "t.tsv:2: want code<TAB>name<TAB>kind"},
      {"RUSS\tRussia\tiso\n", "t.tsv:1: want a 3-letter code"},
      {"RUS\t\tiso\n", "t.tsv:1: want a 3-letter code"},
      {"RUS\tRussia\tiso\nRUS\tRussland\tiso\n",
       "t.tsv:2: code RUS is listed twice"},
  };
  for (const Case& c : cases) {
    Result<Names> r = Names::Parse(c.in, "t.tsv");
    ASSERT_FALSE(r.ok()) << c.in;
    EXPECT_NE(r.status().ToString().find(c.want), std::string::npos)
        << r.status().ToString();
  }
}

// The country codes a dictionary line names: the first three letters of an
// actor code ("actor USAGOV | ..."), every "country=XXX" key, and on person
// lines every country+role code ("USAGOV", "RUSMIL").
bool IsWordChar(const std::string& s, size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  return std::isalnum(c) || c == '_';
}
// A word boundary before s[i], as regex \b.
bool Boundary(const std::string& s, size_t i) {
  return (i > 0 && IsWordChar(s, i - 1)) != IsWordChar(s, i);
}
bool CodeAt(const std::string& s, size_t i) {
  if (i + 3 > s.size()) return false;
  for (size_t k = i; k < i + 3; ++k)
    if (!((s[k] >= 'A' && s[k] <= 'Z') || s[k] == '-')) return false;
  return true;
}
std::vector<std::string> CountryCodesOf(const std::string& line) {
  std::vector<std::string> codes;
  auto space = [&](size_t i) {
    return i < line.size() && std::isspace(static_cast<unsigned char>(line[i]));
  };
  if (line.rfind("actor", 0) == 0 && space(5)) {
    size_t i = 5;
    while (space(i)) ++i;
    size_t start = i;
    if (CodeAt(line, i)) {
      i += 3;
      while (i < line.size() && ((line[i] >= 'A' && line[i] <= 'Z') ||
                                 (line[i] >= '0' && line[i] <= '9')))
        ++i;
      while (space(i)) ++i;
      if (i < line.size() && line[i] == '|')
        codes.push_back(line.substr(start, 3));
    }
  }
  const std::string key = "country=";
  for (size_t at = line.find(key); at != std::string::npos;
       at = line.find(key, at + 1)) {
    size_t i = at + key.size();
    if (Boundary(line, at) && CodeAt(line, i) && Boundary(line, i + 3))
      codes.push_back(line.substr(i, 3));
  }
  if (line.rfind("person", 0) == 0) {
    static const char* kRoles[] = {"GOV", "MIL", "ELI", "OPP", "LEG", "JUD"};
    for (size_t i = 0; i + 6 <= line.size(); ++i) {
      if (!Boundary(line, i) || !CodeAt(line, i) || !Boundary(line, i + 6))
        continue;
      for (const char* role : kRoles)
        if (line.compare(i + 3, 3, role) == 0) {
          codes.push_back(line.substr(i, 3));
          break;
        }
    }
  }
  return codes;
}

// Every country prefix and country= key of the shipped dictionaries, and
// every country an office-holder's role names, has a name in the table.
TEST(NamesTest, EveryDictionaryCountryHasAName) {
  Names names = Shipped();
  EXPECT_GT(names.country_count(), 300u);
  std::set<std::string> missing;
  size_t checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::string(DIPGRAPH_SOURCE_DIR) + "/data/dict")) {
    if (entry.path().extension() != ".dict") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> codes = CountryCodesOf(line);
      for (const std::string& c : codes) {
        ++checked;
        if (names.Country(c).empty()) missing.insert(c);
      }
    }
  }
  EXPECT_GT(checked, 3000u);
  std::string list;
  for (const std::string& c : missing) list += c + " ";
  EXPECT_TRUE(missing.empty()) << "no name for: " << list;
}

}  // namespace
}  // namespace dipgraph

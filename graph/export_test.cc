#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/graph.h"

namespace dipgraph {
namespace {

Network Sample() {
  std::vector<Event> events;
  auto add = [&](std::string id, Actor s, Actor t, std::string code, int quad,
                 std::string date) {
    Event e;
    e.id = std::move(id);
    e.doc.id = "d";
    e.date = std::move(date);
    e.source = std::move(s);
    e.target = std::move(t);
    e.action.cameo = std::move(code);
    e.action.root = e.action.cameo.substr(0, 2);
    e.action.quad_class = quad;
    e.action.label = "Label <&> \"quoted\"";
    events.push_back(std::move(e));
  };
  Actor hostile{"x",   "BADACT", "<img src=x onerror=alert(1)> & \"co\",\nnew",
                "XXX", "",       "armed_group"};
  Actor rus{"Russia", "RUS", "Russia", "RUS", "", "state"};
  Actor usa{"US", "USA", "United States", "USA", "", "state"};
  add("a", rus, usa, "036", 1, "2016-07-06");
  add("b", usa, rus, "111", 3, "2016-07-07");
  add("c", hostile, usa, "190", 4, "2016-07-08");
  add("d", rus, usa, "036", 1, "2016-07-09");
  return *BuildNetwork(events, {});
}

bool XmlWellFormed(const std::string& xml) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0)
    return true;  // checked below
  auto path = std::filesystem::temp_directory_path() /
              ("export-" + std::to_string(::getpid()) + ".xml");
  std::ofstream(path) << xml;
  int rc = std::system(
      ("xmllint --noout " + path.string() + " 2>/dev/null").c_str());
  std::filesystem::remove(path);
  return rc == 0;
}

TEST(ExportTest, GraphMlIsWellFormedWithTypedKeys) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "xmllint not installed (scripts/install-deps installs it)";
  std::string g = ToGraphMl(Sample());
  EXPECT_TRUE(XmlWellFormed(g));
  EXPECT_NE(g.find("attr.name=\"pagerank\" attr.type=\"double\""),
            std::string::npos);
  EXPECT_NE(g.find("attr.name=\"events\" attr.type=\"int\""),
            std::string::npos);
  EXPECT_EQ(g.find("<img"), std::string::npos);  // escaped
  EXPECT_NE(g.find("&lt;img src=x"), std::string::npos);
}

TEST(ExportTest, GexfHasSpellsPerActiveDay) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "xmllint not installed";
  std::string g = ToGexf(Sample());
  EXPECT_TRUE(XmlWellFormed(g));
  EXPECT_NE(g.find("version=\"1.3\""), std::string::npos);
  EXPECT_NE(g.find("mode=\"dynamic\" timeformat=\"date\""), std::string::npos);
  EXPECT_NE(g.find("<spell start=\"2016-07-06\" end=\"2016-07-06\"/><spell "
                   "start=\"2016-07-09\" end=\"2016-07-09\"/>"),
            std::string::npos);
}

TEST(ExportTest, JsonFormsParse) {
  Network n = Sample();
  auto cy = nlohmann::json::parse(ToCytoscape(n));
  EXPECT_EQ(cy["elements"]["nodes"].size(), n.nodes.size());
  EXPECT_EQ(cy["elements"]["edges"].size(), n.edges.size());
  EXPECT_EQ(cy["elements"]["edges"][0]["data"]["source"],
            n.nodes[n.edges[0].source].id);
  auto d3 = nlohmann::json::parse(ToD3(n));
  EXPECT_EQ(d3["links"].size(), n.edges.size());
  EXPECT_TRUE(d3["directed"].get<bool>());
}

// Parses one CSV record (RFC 4180) from `in`; false at the end.
bool ReadCsv(std::istream& in, std::vector<std::string>* fields) {
  fields->clear();
  std::string field;
  bool quoted = false, any = false;
  char c;
  while (in.get(c)) {
    any = true;
    if (quoted) {
      if (c == '"') {
        if (in.peek() == '"')
          field += static_cast<char>(in.get());
        else
          quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields->push_back(field);
      field.clear();
    } else if (c == '\n') {
      break;
    } else {
      field += c;
    }
  }
  if (!any) return false;
  fields->push_back(field);
  return true;
}

TEST(ExportTest, Neo4jCsvParsesBack) {
  Network n = Sample();
  std::istringstream nodes(ToNeo4jNodes(n)), rels(ToNeo4jRelationships(n));
  std::vector<std::string> f;
  ASSERT_TRUE(ReadCsv(nodes, &f));
  EXPECT_EQ(f[0], "id:ID");
  size_t columns = f.size();
  size_t rows = 0;
  bool hostile = false;
  while (ReadCsv(nodes, &f)) {
    EXPECT_EQ(f.size(), columns);
    hostile |= f[1] == "<img src=x onerror=alert(1)> & \"co\",\nnew";
    ++rows;
  }
  EXPECT_EQ(rows, n.nodes.size());
  EXPECT_TRUE(hostile);
  ASSERT_TRUE(ReadCsv(rels, &f));
  EXPECT_EQ(f[0], ":START_ID");
  rows = 0;
  while (ReadCsv(rels, &f)) ++rows;
  EXPECT_EQ(rows, n.edges.size());
}

TEST(ExportTest, Deterministic) {
  EXPECT_EQ(ToGexf(Sample()), ToGexf(Sample()));
  EXPECT_EQ(ToGraphMl(Sample()), ToGraphMl(Sample()));
}

}  // namespace
}  // namespace dipgraph

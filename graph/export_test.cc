#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/graph.h"
#include "graph/test_event.h"

namespace dipgraph {
namespace {

Network Sample() {
  std::vector<Event> events;
  auto add = [&](std::string id, Actor s, Actor t, std::string code, int quad,
                 std::string date) {
    Event e = TestEvent(std::move(id), std::move(date), std::move(s),
                        std::move(t), std::move(code));
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

bool HaveXmllint() {
  return std::system("command -v xmllint >/dev/null 2>&1") == 0;
}

// Validates `xml` against the project's schema tests/schemas/<xsd> with
// xmllint; its messages go to *errors. REQUIRES: HaveXmllint().
bool XmlValid(const std::string& xml, const std::string& xsd,
              std::string* errors) {
  auto base = std::filesystem::temp_directory_path() /
              ("export-" + std::to_string(::getpid()));
  std::string path = base.string() + ".xml", log = base.string() + ".log";
  std::ofstream(path) << xml;
  int rc = std::system(("xmllint --noout --nonet --schema " DIPGRAPH_SOURCE_DIR
                        "/tests/schemas/" +
                        xsd + " " + path + " 2>" + log)
                           .c_str());
  std::ostringstream text;
  text << std::ifstream(log).rdbuf();
  *errors = text.str();
  std::filesystem::remove(path);
  std::filesystem::remove(log);
  return rc == 0;
}

TEST(ExportTest, GraphMlIsValidWithTypedKeys) {
  if (!HaveXmllint())
    GTEST_SKIP() << "xmllint not installed (scripts/install-deps installs it)";
  std::string g = ToGraphMl(Sample()), errors;
  EXPECT_TRUE(XmlValid(g, "graphml.xsd", &errors)) << errors;
  EXPECT_NE(g.find("attr.name=\"pagerank\" attr.type=\"double\""),
            std::string::npos);
  EXPECT_NE(g.find("attr.name=\"events\" attr.type=\"int\""),
            std::string::npos);
  EXPECT_EQ(g.find("<img"), std::string::npos);  // escaped
  EXPECT_NE(g.find("&lt;img src=x"), std::string::npos);
}

// Undoes GraphMlId's _xHHHH_ escapes (UTF-8 out).
std::string DecodeId(const std::string& id) {
  std::string out;
  for (size_t i = 0; i < id.size();) {
    size_t end = id.find('_', i + 2);
    if (id.compare(i, 2, "_x") == 0 && end != std::string::npos &&
        (end - i - 2 == 4 || end - i - 2 == 8)) {
      auto c = static_cast<char32_t>(
          std::stoul(id.substr(i + 2, end - i - 2), nullptr, 16));
      if (c < 0x80) {
        out += static_cast<char>(c);
      } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | c >> 6);
        out += static_cast<char>(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | c >> 12);
        out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | c >> 18);
        out += static_cast<char>(0x80 | (c >> 12 & 0x3F));
        out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
      }
      i = end + 1;
    } else {
      out += id[i++];
    }
  }
  return out;
}

// GraphML ids are NMTOKENs: a person-level key like "Barack Obama" was
// written as-is and failed the schema.
TEST(ExportTest, GraphMlIdsAreNmTokens) {
  if (!HaveXmllint()) GTEST_SKIP() << "xmllint not installed";
  const std::vector<std::string> keys = {
      "Barack Obama", "Recep Tayyip Erdo\u011fan",
      "\u041c\u043e\u0441\u043a\u0432\u0430 \u5317\u4eac", "Kim_Jong_Un",
      "a_xb_x0020_", "<img src=x> & \"co\"", "\U0001F600", "bad\xff byte",
      // The ends of every range kept as-is.
      "\u00b7\u00c0\u00d6\u00d8\u00f6\u00f8\u0131\u0134\u013e\u0141"
      "\u0148\u014a\u017e\u0180\u01c3\u01cd\u01f0\u01f4\u01f5\u01fa"
      "\u0217a\u0300\u0345\u0360\u0361\u0386\u038a\u038c\u038e\u03a1"
      "\u03a3\u03ce\u0401\u040c\u040e\u044f\u0451\u045c\u045e\u0481"
      "\u0490\u04c4\u1e00\u1e9b\u1ea0\u1ef9\u3041\u3094\u30a1\u30fa"
      "\u4e00\u9fa5\uac00\ud7a3"};
  Network net;
  for (const std::string& k : keys) {
    Node n;
    n.id = k;
    n.label = "label";  // a stray byte would make a label ill-formed XML
    net.nodes.push_back(n);
  }
  for (size_t i = 0; i + 1 < keys.size(); ++i) {
    Edge e;
    e.source = i;
    e.target = i + 1;
    e.events = 1;
    net.edges.push_back(e);
  }
  std::string g = ToGraphMl(net), errors;
  EXPECT_TRUE(XmlValid(g, "graphml.xsd", &errors)) << errors;
  EXPECT_NE(g.find("<node id=\"Barack_x0020_Obama\">"), std::string::npos);
  EXPECT_NE(g.find("source=\"Barack_x0020_Obama\" target=\"Recep_x0020_"
                   "Tayyip_x0020_Erdo\u011fan\""),
            std::string::npos);
  EXPECT_NE(g.find("id=\"Kim_Jong_Un\""), std::string::npos);
  EXPECT_NE(g.find("id=\"a_x005F_xb_x005F_x0020_\""), std::string::npos);
  EXPECT_NE(g.find("id=\"_x0001F600_\""), std::string::npos);
  EXPECT_NE(g.find("id=\"bad_x00FF__x0020_byte\""), std::string::npos);
  size_t at = 0;
  for (const std::string& k : keys) {
    at = g.find("<node id=\"", at) + 10;
    std::string id = g.substr(at, g.find('"', at) - at);
    // A byte that is not UTF-8 comes back as the code point of its value.
    EXPECT_EQ(DecodeId(id), k == "bad\xff byte" ? "bad\u00ff byte" : k);
  }
}

TEST(ExportTest, GexfIsValidWithSpellsPerActiveDay) {
  if (!HaveXmllint()) GTEST_SKIP() << "xmllint not installed";
  std::string g = ToGexf(Sample()), errors;
  EXPECT_TRUE(XmlValid(g, "gexf.xsd", &errors)) << errors;
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

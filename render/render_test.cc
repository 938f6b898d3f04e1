// Tests of DOT/SVG rendering. Golden files live in render/testdata/;
// regenerate them with:  UPDATE_GOLDEN=1 ./build/release/render/render_test
#include "render/render.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "render/layout.h"
#include "render/style.h"
#include "render/test_network.h"

namespace dipgraph {
namespace {

const char kHostile[] = "<img src=x onerror=alert(1)>";

Network SmallNetwork() {
  Network net;
  net.first_date = "2016-07-06";
  net.last_date = "2016-07-08";
  net.events = 9;
  const char* names[][4] = {
      {"RUSGOV", "Vladimir \"Vova\" Putin", "RUS", "person"},
      {"SYRREB", kHostile, "SYR", "armed_group"},
      {"USA", "back\\slash & <b>bold</b>\nnew\"line", "USA", "state"},
      {"USAMIL",
       "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 "
       "\xe5\x8c\x97\xe4\xba\xac",
       "USA", "military"},
      {"IGOUNO", "<<table><tr><td>x</td></tr></table>>\", shape=\"box", "IGO",
       "igo"}};
  for (const auto& n : names) {
    Node node;
    node.id = n[0];
    node.label = n[1];
    node.country = n[2];
    node.type = n[3];
    net.nodes.push_back(node);
  }
  auto add = [&](size_t s, size_t t, int quad, int64_t count,
                 const char* label) {
    Edge e;
    e.source = s;
    e.target = t;
    e.events = count;
    e.by_quad[static_cast<size_t>(quad)] = count;
    e.top_code = "010";
    e.top_label = label;
    net.edges.push_back(e);
    net.nodes[s].weighted_out += static_cast<double>(count);
    net.nodes[t].weighted_in += static_cast<double>(count);
  };
  add(0, 2, 1, 4, "Make statement");
  add(2, 0, 3, 2, "Accuse \"x\"");
  add(1, 3, 4, 1, "Fight");
  add(3, 1, 2, 1, kHostile);
  add(4, 0, 1, 1, "Appeal\\n");
  return net;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void ExpectGolden(const std::string& name, const std::string& actual) {
  std::string path = std::string(DIPGRAPH_RENDER_TESTDATA) + "/" + name;
  if (std::getenv("UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    GTEST_SKIP() << "updated " << path;
  }
  EXPECT_EQ(ReadFile(path), actual)
      << "golden " << path
      << " differs; regenerate with UPDATE_GOLDEN=1 if the change is meant";
}

TEST(RenderTest, FormatFromPath) {
  // {path, format}; "" for no known format.
  const std::pair<const char*, const char*> kPaths[] = {{"a/net.svg", "svg"},
                                                        {"NET.PNG", "png"},
                                                        {"x.gv", "dot"},
                                                        {"x.html", ""},
                                                        {"noext", ""}};
  for (const auto& [path, format] : kPaths)
    EXPECT_EQ(FormatFromPath(path), format) << path;
  EXPECT_FALSE(CheckFormat("jpg").ok());
  EXPECT_FALSE(CheckEngine("twopi").ok());
  EXPECT_TRUE(CheckEngine("sfdp").ok());
}

TEST(RenderTest, ChooseEngineBySize) {
  EXPECT_EQ(ChooseEngine(10), "neato");
  EXPECT_EQ(ChooseEngine(kNeatoMaxNodes), "neato");
  EXPECT_EQ(ChooseEngine(kNeatoMaxNodes + 1), "sfdp");
}

TEST(RenderTest, GoldenDot) {
  RenderOptions opt;
  opt.format = "dot";
  Result<std::string> dot = RenderNetwork(SmallNetwork(), opt);
  ASSERT_TRUE(dot.ok()) << dot.status().ToString();
  ExpectGolden("small.dot", *dot);
}

TEST(RenderTest, GoldenDotByCommunity) {
  Network net = testing::GenerateNetwork(12, 20);
  RenderOptions opt;
  opt.format = "dot";
  opt.color_by = ColorBy::kCommunity;
  Result<std::string> dot = RenderNetwork(net, opt);
  ASSERT_TRUE(dot.ok()) << dot.status().ToString();
  ExpectGolden("generated12.dot", *dot);
}

TEST(RenderTest, HostileNamesAreEscapedInDot) {
  RenderOptions opt;
  opt.format = "dot";
  Result<std::string> dot = RenderNetwork(SmallNetwork(), opt);
  ASSERT_TRUE(dot.ok());
  // Every node is named n<i>; hostile text appears only inside quotes.
  EXPECT_EQ(dot->find("shape=\"box\",\n"), std::string::npos);
  EXPECT_NE(dot->find("label=\"<img src=x onerror=alert(1)>\""),
            std::string::npos);
  EXPECT_NE(dot->find("back\\\\slash &amp; <b>bold</b> new\\\"line"),
            std::string::npos);
}

TEST(RenderTest, HostileNamesAreEscapedInSvg) {
  RenderOptions opt;
  opt.format = "svg";
  opt.engine = "dot";
  Result<std::string> svg = RenderNetwork(SmallNetwork(), opt);
  ASSERT_TRUE(svg.ok()) << svg.status().ToString();
  EXPECT_EQ(svg->find("<img"), std::string::npos);
  EXPECT_EQ(svg->find("<b>"), std::string::npos);
  EXPECT_EQ(svg->find("<table"), std::string::npos);
  EXPECT_NE(svg->find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(svg->find("\xd0\x9c\xd0\xbe\xd1\x81"), std::string::npos);
  EXPECT_NE(svg->find("id=\"n1\""), std::string::npos);
  ExpectGolden("small.svg", *svg);
}

// fdp is left out: its output is reproducible from one process to the next
// (the CLI renders once per process) but its second layout in the same
// process depends on heap addresses (docs/render.md).
TEST(RenderTest, SvgIsDeterministicForEveryEngine) {
  Network net = testing::GenerateNetwork(40, 80);
  for (const char* engine : {"dot", "neato", "sfdp", "circo"}) {
    RenderOptions opt;
    opt.engine = engine;
    Result<std::string> a = RenderNetwork(net, opt);
    Result<std::string> b = RenderNetwork(net, opt);
    ASSERT_TRUE(a.ok()) << engine << ": " << a.status().ToString();
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(*a, *b) << engine;
    EXPECT_NE(a->find("</svg>"), std::string::npos) << engine;
  }
}

// Above kPrismMaxNodes sfdp removes overlaps by scaling; that path must be
// as reproducible as prism.
TEST(RenderTest, LargeSfdpLayoutIsDeterministic) {
  Network net = testing::GenerateNetwork(kPrismMaxNodes + 20, 600);
  RenderOptions opt;
  opt.engine = "sfdp";
  opt.max_nodes = net.nodes.size();
  Result<std::string> a = RenderNetwork(net, opt);
  Result<std::string> b = RenderNetwork(net, opt);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*a, *b);
}

TEST(RenderTest, PngAndPdfHaveMagic) {
  RenderOptions opt;
  opt.format = "png";
  Result<std::string> png = RenderNetwork(SmallNetwork(), opt);
  ASSERT_TRUE(png.ok()) << png.status().ToString();
  EXPECT_EQ(png->substr(1, 3), "PNG");
  opt.format = "pdf";
  Result<std::string> pdf = RenderNetwork(SmallNetwork(), opt);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  EXPECT_EQ(pdf->substr(0, 4), "%PDF");
}

TEST(RenderTest, PrunesLargeNetworks) {
  Network net = testing::GenerateNetwork(10000, 30000);
  RenderStats stats;
  Network pruned = PruneNetwork(net, 300, &stats);
  EXPECT_EQ(pruned.nodes.size(), 300u);
  EXPECT_EQ(stats.dropped_nodes, 9700u);
  EXPECT_EQ(stats.dropped_edges, net.edges.size() - pruned.edges.size());
  std::vector<int> degree(pruned.nodes.size(), 0);
  for (const Edge& e : pruned.edges) {
    ASSERT_LT(e.source, 300u);
    ASSERT_LT(e.target, 300u);
    ++degree[e.source];
    ++degree[e.target];
  }
  for (size_t i = 0; i < degree.size(); ++i)
    EXPECT_GT(degree[i], 0) << pruned.nodes[i].id << " has no edge";
  // Plain DOT of 10k nodes (pruned) is quick and complete.
  RenderOptions opt;
  opt.format = "dot";
  opt.max_nodes = 300;
  RenderStats dot_stats;
  Result<std::string> dot = RenderNetwork(net, opt, &dot_stats);
  ASSERT_TRUE(dot.ok());
  EXPECT_EQ(dot_stats.dropped_nodes, 9700u);
  EXPECT_NE(dot->find("n299\t"), std::string::npos);
  EXPECT_EQ(dot->find("n300\t"), std::string::npos);
}

// The top nodes keep only those with an edge among them, refilled from the
// next ranks: C (ranked second) waits for B, ranked fourth.
TEST(RenderTest, PruneKeepsLinkedNodes) {
  Network net;
  for (const char* id : {"A", "B", "C", "D", "E"}) {
    Node n;
    n.id = id;
    net.nodes.push_back(n);
  }
  auto add = [&](size_t s, size_t t, int64_t count) {
    Edge e;
    e.source = s;
    e.target = t;
    e.events = count;
    net.edges.push_back(e);
    net.nodes[s].weighted_out += static_cast<double>(count);
    net.nodes[t].weighted_in += static_cast<double>(count);
  };
  add(0, 4, 9);  // A (9) - E (9)
  add(1, 2, 8);  // B (8) - C (8 + 3)
  add(2, 3, 3);  // C - D (3)
  add(0, 0, 5);  // A's self-loop does not link it
  struct Case {
    size_t max_nodes;
    std::vector<std::string> kept;
  } cases[] = {{0, {"A", "B", "C", "D", "E"}},
               {2, {"A", "E"}},  // A, C: no edge between them
               {3, {"A", "E"}},  // B would bring C as well: 4 nodes
               {4, {"A", "B", "C", "E"}}};
  for (const Case& c : cases) {
    RenderStats stats;
    Network pruned = PruneNetwork(net, c.max_nodes, &stats);
    std::vector<std::string> ids;
    for (const Node& n : pruned.nodes) ids.push_back(n.id);
    EXPECT_EQ(ids, c.kept) << "max_nodes " << c.max_nodes;
    EXPECT_EQ(stats.dropped_nodes, net.nodes.size() - ids.size());
  }
}

TEST(RenderTest, ShortActionNames) {
  struct Case {
    const char* label;
    const char* short_name;
  } cases[] = {
      {"Make statement, not specified below", "Make statement"},
      {"Use conventional military force, not specified below",
       "Use conventional military force"},
      {"Express intent to provide diplomatic cooperation such as policy "
       "support",
       "Express intent to provide diplomatic cooperation"},
      {"Impose embargo, boycott, or sanctions",
       "Impose embargo, boycott, or sanctions"},
      {"Demand (unspecified)", "Demand"},
      {"190", "190"},
  };
  for (const Case& c : cases)
    EXPECT_EQ(style::ShortAction(c.label), c.short_name) << c.label;
}

TEST(RenderTest, UnknownEngineIsAnError) {
  RenderOptions opt;
  opt.engine = "nope";
  EXPECT_EQ(RenderNetwork(SmallNetwork(), opt).status().code(),
            StatusCode::kUsage);
}

}  // namespace
}  // namespace dipgraph

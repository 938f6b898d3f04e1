#include <gtest/gtest.h>

#include <string>

#include "graph/graph.h"
#include "render/render.h"
#include "render/report_data.h"
#include "render/test_network.h"

namespace dipgraph {
namespace {

const char kHostile[] = "<img src=x onerror=alert(1)>";

// A network and events that share the hostile actor.
void HostileInput(Network* net, std::vector<Event>* events) {
  *events = testing::GenerateEvents(40, 5);
  (*events)[0].source.name = kHostile;
  (*events)[0].content = "</script><script>alert(2)</script>\xe2\x80\xa8";
  *net = testing::GenerateNetwork(5, 8);
  net->nodes[0].label = kHostile;
}

TEST(ReportTest, EscapesEverything) {
  Network net;
  std::vector<Event> events;
  HostileInput(&net, &events);
  Result<std::string> html = RenderReport(net, events, ReportOptions{});
  ASSERT_TRUE(html.ok()) << html.status().ToString();
  EXPECT_EQ(html->find("<img"), std::string::npos);
  EXPECT_EQ(html->find("alert(2)</script>"), std::string::npos);
  EXPECT_EQ(html->find("\xe2\x80\xa8"), std::string::npos);
  EXPECT_NE(html->find("\\u003cimg src=x onerror=alert(1)\\u003e"),
            std::string::npos);
  EXPECT_NE(html->find("&lt;img src=x onerror=alert(1)&gt;"),
            std::string::npos);
  // Exactly two scripts: the data block and the code.
  size_t scripts = 0;
  for (size_t p = html->find("<script"); p != std::string::npos;
       p = html->find("<script", p + 1))
    ++scripts;
  EXPECT_EQ(scripts, 2u);
}

TEST(ReportTest, SelfContainedAndDeterministic) {
  Network net = testing::GenerateNetwork(30, 60);
  std::vector<Event> events = testing::GenerateEvents(500, 30);
  Result<std::string> a = RenderReport(net, events, ReportOptions{});
  Result<std::string> b = RenderReport(net, events, ReportOptions{});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(a->find("http://cdn"), std::string::npos);
  EXPECT_EQ(a->find("src=\"http"), std::string::npos);
  EXPECT_EQ(a->find("href=\"http"), std::string::npos);
  EXPECT_NE(a->find("id=\"timeline\""), std::string::npos);
  EXPECT_NE(a->find("Content-Security-Policy"), std::string::npos);
}

TEST(ReportDataTest, MonthIndex) {
  const struct {
    const char* date;
    int month;
  } cases[] = {{"2016-01-31", 2016 * 12},
               {"2016-12-01", 2016 * 12 + 11},
               {"1987-03-02", 1987 * 12 + 2},
               {"", -1},
               {"2016-13-01", -1},
               {"2016-02-30", -1}};
  for (const auto& c : cases)
    EXPECT_EQ(report::MonthIndex(c.date), c.month) << c.date;
}

// Every edge's tooltip tallies exactly the events the network counts on it
// (a symmetric event on both edges, unless its sentence also coded the
// reverse), and its examples are its own events.
TEST(ReportDataTest, TooltipsAgreeWithTheNetwork) {
  std::vector<Event> events = testing::GenerateEvents(300, 12);
  events[0].symmetric = true;  // counted both ways
  events[1].symmetric = true;  // and its reverse coded in the same sentence
  Event reverse = events[1];
  reverse.id += "-r";
  std::swap(reverse.source, *reverse.target);
  reverse.symmetric = false;
  events.push_back(reverse);
  Result<Network> net = BuildNetwork(events, NetworkOptions{});
  ASSERT_TRUE(net.ok()) << net.status().ToString();
  nlohmann::json data = report::Data(*net, events, 50, nullptr);
  ASSERT_EQ(data["edges"].size(), net->edges.size());
  for (size_t k = 0; k < net->edges.size(); ++k) {
    const nlohmann::json& e = data["edges"][k];
    int64_t months = 0;
    for (const auto& m : e["m"]) months += m[1].get<int64_t>();
    EXPECT_EQ(months, net->edges[k].events) << "edge " << k;
    EXPECT_EQ(e["n"].get<int64_t>(), net->edges[k].events);
    for (const auto& r : e["ex"]) {
      const nlohmann::json& row = data["events"][r.get<size_t>()];
      bool forward = row[9] == e["s"] && row[10] == e["t"];
      bool mirror = row[9] == e["t"] && row[10] == e["s"];
      EXPECT_TRUE(forward || mirror) << "edge " << k;
    }
  }
  for (size_t i = 0; i < net->nodes.size(); ++i) {
    EXPECT_EQ(data["nodes"][i]["out"].get<int64_t>(), net->nodes[i].events_out);
    EXPECT_LE(data["nodes"][i]["top"].size(), report::kTopActions);
  }
}

}  // namespace
}  // namespace dipgraph

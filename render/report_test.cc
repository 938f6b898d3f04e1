#include <gtest/gtest.h>

#include <string>

#include "render/render.h"
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

}  // namespace
}  // namespace dipgraph

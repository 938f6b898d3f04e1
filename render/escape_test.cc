#include <gtest/gtest.h>

#include "render/render.h"

namespace dipgraph {
namespace {

TEST(EscapeTest, HostileTextIsInert) {
  EXPECT_EQ(EscapeHtml("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(EscapeHtml("a & \"b\" 'c'"), "a &amp; &quot;b&quot; &#39;c&#39;");
  EXPECT_EQ(EscapeHtml("Путин"), "Путин");
}

}  // namespace
}  // namespace dipgraph

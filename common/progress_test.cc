#include "common/progress.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace dipgraph {
namespace {

TEST(ProgressTest, RendersBarAndCounter) {
  EXPECT_EQ(Progress::Render("x", 50, 100, 1.0),
            "x [###############...............]  50.0%    1.0s");
  EXPECT_EQ(Progress::Render("x", 7, 0, 2.5), "x 7    2.5s");
}

TEST(ProgressTest, SilentWhenQuietOrCi) {
  EXPECT_FALSE(ProgressWanted(/*quiet=*/true));
  setenv("CI", "true", 1);
  EXPECT_FALSE(ProgressWanted(false));
  // Under ctest stderr is not a terminal either.
  unsetenv("CI");
  EXPECT_FALSE(Progress("x", 10, false).enabled() && !isatty(2));
}

}  // namespace
}  // namespace dipgraph

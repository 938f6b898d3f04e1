#include "extract/read/boilerplate.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

TEST(BoilerplateTest, KnowsPageFurniture) {
  EXPECT_EQ(
      BoilerplateKind("File photo: the two ministers in Geneva [Example]"),
      "caption");
  EXPECT_EQ(BoilerplateKind("(Photo: AFP) Troops at the border"), "caption");
  EXPECT_EQ(BoilerplateKind("Follow us on:"), "share bar");
  EXPECT_EQ(BoilerplateKind("Smoke rises over the city after an air strike, "
                            "October 12, 2023."),
            "caption");
  EXPECT_EQ(BoilerplateKind("Share this article"), "share bar");
  EXPECT_EQ(BoilerplateKind("By Jane Doe and John Roe"), "byline");
  EXPECT_EQ(BoilerplateKind("Reporting by Jane Doe; Editing by John Roe"),
            "credit");
  EXPECT_EQ(BoilerplateKind("ABC and Agencies"), "credit");
  EXPECT_EQ(BoilerplateKind("March 3, 2019, 10:20 am"), "timestamp");
}

TEST(BoilerplateTest, LeavesProseAlone) {
  EXPECT_EQ(BoilerplateKind("Putin urged Obama to act on Wednesday."), "");
  EXPECT_EQ(
      BoilerplateKind("By Tuesday the talks had collapsed, officials said."),
      "");
  EXPECT_EQ(
      BoilerplateKind("The agencies said the ceasefire held on July 3, 2019."),
      "");
  EXPECT_EQ(BoilerplateKind("Reuters reported that Moscow rejected the plan."),
            "");
}

}  // namespace
}  // namespace dipgraph

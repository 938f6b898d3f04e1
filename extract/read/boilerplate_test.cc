#include "extract/read/boilerplate.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

// {line or sentence, its kind; "" for prose}.
const std::pair<const char*, const char*> kLines[] = {
    {"File photo: the two ministers in Geneva [Example]", "caption"},
    {"(Photo: AFP) Troops at the border", "caption"},
    {"Follow us on:", "share bar"},
    {"Smoke rises over the city after an air strike, October 12, 2023.",
     "caption"},
    {"Share this article", "share bar"},
    {"By Jane Doe and John Roe", "byline"},
    {"Reporting by Jane Doe; Editing by John Roe", "credit"},
    {"ABC and Agencies", "credit"},
    {"March 3, 2019, 10:20 am", "timestamp"},
    // Prose, left alone.
    {"Putin urged Obama to act on Wednesday.", ""},
    {"By Tuesday the talks had collapsed, officials said.", ""},
    {"The agencies said the ceasefire held on July 3, 2019.", ""},
    {"Reuters reported that Moscow rejected the plan.", ""},
};

TEST(BoilerplateTest, KnowsPageFurnitureAndLeavesProseAlone) {
  for (const auto& [line, kind] : kLines)
    EXPECT_EQ(BoilerplateKind(line), kind) << line;
}

}  // namespace
}  // namespace dipgraph

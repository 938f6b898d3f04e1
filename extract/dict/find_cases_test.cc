// The tables of testdata/*.cases: who a test dictionary finds in a text on
// a day, one case a line (good.cases over good.dict, history.cases over
// history.dict: the rules of docs/dictionaries.md).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/dict/dictionary.h"
#include "extract/dict/test_codebook.h"

namespace dipgraph::dict {
namespace {

// The code of the one actor found, or "" / "several".
std::string OneCode(const std::vector<FoundActor>& found) {
  if (found.empty()) return "";
  if (found.size() > 1) return "several";
  return found[0].actor.code;
}

// "CODE kind name [begin,end)" of every actor found, " / " between.
std::string Described(const std::vector<FoundActor>& found) {
  std::string out;
  for (const FoundActor& f : found) {
    if (!out.empty()) out += " / ";
    out += f.actor.code + " " + f.kind +
           (f.person ? " " + f.person->name : "") + " [" +
           std::to_string(f.begin) + "," + std::to_string(f.end) + ")";
  }
  return out;
}

struct FindTable {
  const char* dict;                                     // in testdata/
  const char* cases;                                    // in testdata/
  std::string (*what)(const std::vector<FoundActor>&);  // compared to want
};

class FindTables : public ::testing::TestWithParam<FindTable> {};

TEST_P(FindTables, EveryCaseFindsWhatItWants) {
  const FindTable& t = GetParam();
  std::unique_ptr<Dictionary> dict(LoadTestDictionary(TestData(t.dict)));
  ASSERT_TRUE(dict);
  for (const FindCase& c : LoadFindCases(TestData(t.cases)))
    EXPECT_EQ(t.what(FindIn(*dict, c.text, c.day)), c.want) << c.where;
}

INSTANTIATE_TEST_SUITE_P(
    Dictionaries, FindTables,
    ::testing::Values(FindTable{"good.dict", "good.cases", OneCode},
                      FindTable{"history.dict", "history.cases", Described}));

}  // namespace
}  // namespace dipgraph::dict

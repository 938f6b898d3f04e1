#include "extract/dict/import.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/dict/dictionary.h"

namespace dipgraph::dict {
namespace {

const std::string kData = DICT_TESTDATA;

std::string Read(const std::string& name) {
  std::ifstream in(kData + "/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Import(const std::string& from, const std::string& name) {
  Result<std::string> out = ImportDictionary(from, name, Read(name));
  EXPECT_TRUE(out.ok()) << out.status().ToString();
  return out.ok() ? *out : "";
}

bool Has(const std::string& out, const std::string& line) {
  return out.find(line + "\n") != std::string::npos;
}

// The imported text loads without errors.
void ExpectLoads(const std::string& text) {
  // One file per test: ctest runs the tests of this file in parallel.
  const ::testing::TestInfo* test =
      ::testing::UnitTest::GetInstance()->current_test_info();
  std::string path = ::testing::TempDir() + "/imported-" +
                     test->test_suite_name() + "-" + test->name() + ".dict";
  std::ofstream(path) << text;
  std::vector<Status> errors;
  Dictionary::LoadAll(path, nullptr, &errors);
  for (const Status& e : errors) ADD_FAILURE() << e.message();
}

TEST(ImportTabari, Actors) {
  std::string out = Import("tabari", "tabari.actors");
  EXPECT_TRUE(
      Has(out, "actor USA | United States | America; U.S. | type=state"));
  EXPECT_TRUE(Has(out, "actor RUSGOV | Kremlin |  | type=government"));
  EXPECT_TRUE(Has(out,
                  "person Vladimir Putin | Putin | RUSGOV "
                  "2000-05-07..2008-05-07; RUSELI 2008-05-07.."));
  EXPECT_TRUE(Has(out,
                  "person Barack Obama |  | USAGOV "
                  "2009-01-20..2017-01-20; USAELI 2017-01-20.."));
  EXPECT_NE(out.find("# skipped tabari.actors:12: Middle Earth"),
            std::string::npos);
  EXPECT_NE(out.find("# dropped alias \"America\" of Grand Duchy of Elsewhere"),
            std::string::npos);
  ExpectLoads(out);
}

TEST(ImportPetrarch, PhoenixActors) {
  std::string out = Import("petrarch", "phoenix.actors.txt");
  EXPECT_TRUE(Has(out,
                  "person Sergei Lavrov | Lavrov; Sergey Lavrov | "
                  "RUSGOV 2004-03-09.."));
  EXPECT_TRUE(Has(out,
                  "person Ban Ki-moon |  | IGOUNO "
                  "2007-01-01..2017-01-01; IGOELI 2017-01-01.."));
  EXPECT_TRUE(Has(out, "actor IGOUNO | UN | United Nations | type=igo"));
  EXPECT_TRUE(Has(out, "actor SYR | Syria |  | type=state"));
  ExpectLoads(out);
}

TEST(ImportPetrarch, BlocksOfNamesCenturiesAndOverlaps) {
  std::string out = Import("petrarch", "phoenix.actors.txt");
  // Name lines without codes share the codes after them; "480101" in a
  // range ending in 1985 is 1948; RUSGOV's three overlapping or touching
  // ranges are one role, since one office must not overlap itself.
  EXPECT_TRUE(Has(out,
                  "person Mikhail Gorbachev | Gorbachev; Ex-soviet President "
                  "Mikhail Gorbachev; General Secretary Gorbachev | RUSELI "
                  "1948-01-01..1985-03-11; RUSGOV 1985-03-11..1991-12-25; "
                  "RUSELI"))
      << out;
  EXPECT_EQ(out.find("no code"), std::string::npos) << out;
  ExpectLoads(out);
}

TEST(ImportTabari, Verbs) {
  std::string out = Import("tabari", "tabari.verbs");
  EXPECT_TRUE(Has(out, "verb 112 | accuse; accuse $T of lying"));
  EXPECT_TRUE(Has(out, "verb 1121 | accuse of $T"));
  EXPECT_TRUE(Has(out, "verb 036 | meet; meet with $T"));
  EXPECT_TRUE(Has(out, "verb 163 | impose sanctions on $T"));
  EXPECT_TRUE(Has(out, "verb 172 | impose ban"));
  EXPECT_NE(out.find("# skipped tabari.verbs:7: no event code"),
            std::string::npos);
  ExpectLoads(out);
}

TEST(ImportPetrarch, Verbs) {
  std::string out = Import("petrarch", "petrarch.verbs.txt");
  EXPECT_TRUE(Has(out, "verb 112 | accuse; accuses"));
  EXPECT_TRUE(Has(out,
                  "verb 1121 | charge; accuse of $T; accuses of $T; "
                  "charge of $T; accuse $T of corruption; accuses $T of "
                  "corruption; charge $T of corruption"));
  EXPECT_TRUE(
      Has(out, "verb 050 | extend olive branch; draw out olive branch"));
  EXPECT_TRUE(Has(out, "verb 081 | extend ceasefire; draw out ceasefire"));
  EXPECT_NE(out.find("# skipped petrarch.verbs.txt:13: words before the verb"),
            std::string::npos);
  ExpectLoads(out);
}

TEST(Import, DetectsVerbsAndRejectsUnknownSource) {
  EXPECT_TRUE(LooksLikeVerbs(Read("petrarch.verbs.txt")));
  EXPECT_TRUE(LooksLikeVerbs(Read("tabari.verbs")));
  EXPECT_FALSE(LooksLikeVerbs(Read("tabari.actors")));
  EXPECT_FALSE(ImportDictionary("icews", "x", "A [USA]").ok());
}

}  // namespace
}  // namespace dipgraph::dict

// The shipped dictionaries (data/dict/dipgraph.dict, or $DIPGRAPH_DATA) load
// without errors and resolve the seed article's actors for 2016-07-07.
// Skipped while the shipped files have no actor entries.
#include <gtest/gtest.h>

#include "common/files.h"
#include "extract/dict/codebook.h"
#include "extract/dict/dictionary.h"
#include "extract/dict/test_codebook.h"

namespace dipgraph::dict {
namespace {

class ShippedDict : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = new Dictionary(Dictionary::LoadAll(
        DataPath("dict/dipgraph.dict"), KnownCodes(TestCodebook()), &errors_));
  }
  void SetUp() override {
    if (dict_->actors().empty())
      GTEST_SKIP() << "data/dict/dipgraph.dict has no actor entries yet";
  }
  static std::string Code(std::string_view text) {
    std::vector<Token> toks = Tokenize(text);
    std::vector<FoundActor> f =
        dict_->FindActors(Texts(toks), *ParseDay("2016-07-07"));
    if (f.size() != 1 || f[0].begin != 0 || f[0].end != toks.size())
      return "(no single match)";
    return f[0].actor.code;
  }
  static Dictionary* dict_;
  static std::vector<Status> errors_;
};
Dictionary* ShippedDict::dict_ = nullptr;
std::vector<Status> ShippedDict::errors_;

TEST_F(ShippedDict, LoadsWithoutErrors) {
  for (const Status& e : errors_) ADD_FAILURE() << e.message();
}

TEST_F(ShippedDict, SeedArticleActors) {
  // {as written in the seed article, the actor code}.
  const std::pair<const char*, const char*> kActors[] = {
      {"Putin", "RUSGOV"},
      {"Vladimir Putin", "RUSGOV"},
      {"Obama", "USAGOV"},
      {"Barack Obama", "USAGOV"},
      {"the Kremlin", "RUSGOV"},
      {"Moscow", "RUSGOV"},
      {"the White House", "USAGOV"},
      {"Syrian government", "SYRGOV"},
      {"Syrian rebels", "SYRREB"},
      {"the Russian leader", "RUSGOV"},
      {"US air forces", "USAMIL"},
      {"UN", "IGOUNO"},
      {"Ukraine", "UKR"},
      {"US", "USA"},
      {"Donetsk", "UKRSEPDPR"},
      {"Lugansk", "UKRSEPLPR"},
      {"the LPR", "UKRSEPLPR"},
      {"the Syrian regime", "SYRGOV"},
      {"the Syrian army", "SYRMIL"},
      {"Syrian opposition forces", "SYRREB"},
  };
  for (const auto& [text, code] : kActors) EXPECT_EQ(Code(text), code) << text;
  EXPECT_EQ(Code("ISIL"), Code("the Islamic State group"));
}

TEST_F(ShippedDict, RenamedGroupsShareOneCode) {
  std::string nusra = Code("Nusra Front");
  EXPECT_EQ(nusra.substr(0, 3), "SYR");
  EXPECT_EQ(Code("Jabhat al-Nusra"), nusra);
  EXPECT_EQ(Code("al-Nusra Front"), nusra);
  std::string is = Code("ISIL");
  EXPECT_NE(is, "(no single match)");
  EXPECT_EQ(Code("Islamic State"), is);
  EXPECT_EQ(Code("ISIS"), is);
}

TEST_F(ShippedDict, DonbasSeparatists) {
  for (std::string_view s :
       {"Donetsk separatists", "DPR", "Lugansk separatists",
        "Luhansk separatists", "LPR"}) {
    std::string code = Code(s);
    EXPECT_EQ(code.substr(0, 6), "UKRSEP") << s;
  }
  EXPECT_NE(Code("DPR"), Code("LPR"));
}

}  // namespace
}  // namespace dipgraph::dict

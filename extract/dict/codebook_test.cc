#include "extract/dict/codebook.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dipgraph {
namespace {

TEST(CodebookTest, ShippedCodebookHasAll311Codes) {
  Result<Codebook> book = Codebook::LoadDefault();
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_EQ(book->codes().size(), 311u);
  int roots = 0;
  for (const auto& [code, c] : book->codes()) roots += c.level == "root";
  EXPECT_EQ(roots, 20);
  const CameoCode* c = book->Find("036");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(book->Find("36"), nullptr);  // codes are strings
  Action a;
  a.cameo = "190";
  ASSERT_TRUE(book->FillAction(&a));
  EXPECT_EQ(a.root, "19");
  EXPECT_EQ(a.quad_class, 4);
  EXPECT_DOUBLE_EQ(a.goldstein, -10.0);
}

TEST(CodebookTest, BadLineIsReportedWithFileAndLine) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("cb-" + std::to_string(::getpid()) + ".tsv"))
                         .string();
  std::ofstream(path) << "# comment\n"
                      << "01\troot\t01\tX\t0.0\t1\t\t\t\n"
                      << "010\tbase\t01\tY\tabc\t1\t\t\t\n";
  Result<Codebook> book = Codebook::Load(path);
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().message(), path + ":3: bad Goldstein weight \"abc\"");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dipgraph

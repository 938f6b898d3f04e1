#include "common/files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dipgraph {
namespace {

namespace fs = std::filesystem;

TEST(FilesTest, ListsRecursivelySortedWithoutHidden) {
  fs::path dir = fs::temp_directory_path() /
                 ("dipgraph-files-" + std::to_string(::getpid()));
  fs::create_directories(dir / "b" / "c");
  fs::create_directories(dir / ".git");
  for (auto p : {"z.txt", "a.txt", "b/c/d.txt", ".hidden", ".git/x"})
    std::ofstream(dir / p) << "x";
  auto files = ListFilesRecursive(dir.string());
  ASSERT_TRUE(files.ok());
  std::vector<std::string> rel;
  for (const auto& f : *files) rel.push_back(fs::relative(f, dir).string());
  EXPECT_EQ(rel, (std::vector<std::string>{"a.txt", "b/c/d.txt", "z.txt"}));
  EXPECT_EQ(ReadFile(dir.string()).status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(ReadFile((dir / "nope").string()).status().code(),
            StatusCode::kNotFound);
  fs::remove_all(dir);
}

TEST(FilesTest, DataDirHoldsTheCodebook) {
  EXPECT_TRUE(fs::exists(DataPath("cameo/cameo.tsv"))) << DataDir();
}

}  // namespace
}  // namespace dipgraph

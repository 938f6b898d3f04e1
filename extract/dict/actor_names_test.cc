#include "extract/dict/actor_names.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace dipgraph::dict {
namespace {

namespace fs = std::filesystem;

// A copy of testdata/good.dict (with its include) and a cache directory,
// both in a fresh temporary directory; DIPGRAPH_CACHE_DIR points there.
class NamesCache : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("names-cache-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "dict");
    for (const char* f : {"good.dict", "good_people.dict"})
      fs::copy_file(fs::path(DICT_TESTDATA) / f, dir_ / "dict" / f);
    cache_ = dir_ / "cache";
    ::setenv("DIPGRAPH_CACHE_DIR", cache_.c_str(), 1);
  }
  void TearDown() override {
    ::unsetenv("DIPGRAPH_CACHE_DIR");
    fs::remove_all(dir_);
  }
  std::string Dict() const { return (dir_ / "dict" / "good.dict").string(); }
  size_t CacheFiles() const {
    if (!fs::exists(cache_)) return 0;
    return static_cast<size_t>(std::distance(fs::directory_iterator(cache_),
                                             fs::directory_iterator()));
  }
  static std::vector<std::pair<std::string, std::string>> Uncached(
      const std::string& dict) {
    ::setenv("DIPGRAPH_CACHE_DIR", "off", 1);
    auto names = LoadActorNames(dict);
    EXPECT_TRUE(names.ok()) << names.status().message();
    if (!names.ok()) return {};
    return *names;
  }

  fs::path dir_, cache_;
};

TEST_F(NamesCache, SecondLoadReadsTheCacheAndGivesTheSameNames) {
  auto first = LoadActorNames(Dict());
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(CacheFiles(), 1u);
  // Names only: no adjective ("Russian") and no metonym ("Kremlin").
  EXPECT_NE(std::find(first->begin(), first->end(),
                      std::pair<std::string, std::string>("IGOUNO",
                                                          "United Nations")),
            first->end());
  for (const auto& [code, name] : *first) {
    EXPECT_NE(name, "Russian");
    EXPECT_NE(name, "Kremlin");
  }
  auto second = LoadActorNames(Dict());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, *first);
  EXPECT_EQ(*first, Uncached(Dict()));
  // The second load read the cache: a name changed in the cache file alone
  // (its fingerprints still valid) comes back.
  ::setenv("DIPGRAPH_CACHE_DIR", cache_.c_str(), 1);
  for (const auto& f : fs::directory_iterator(cache_)) {
    std::ifstream in(f.path());
    std::string text(std::istreambuf_iterator<char>(in), {});
    size_t at = text.find("IGOUNO\tUnited Nations\n");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 22, "IGOUNO\tUnited Natiomz\n");
    std::ofstream(f.path()) << text;
  }
  auto third = LoadActorNames(Dict());
  ASSERT_TRUE(third.ok());
  EXPECT_NE(std::find(third->begin(), third->end(),
                      std::pair<std::string, std::string>("IGOUNO",
                                                          "United Natiomz")),
            third->end());
}

TEST_F(NamesCache, AChangedIncludedFileIsReadAgain) {
  ASSERT_TRUE(LoadActorNames(Dict()).ok());
  {
    std::ofstream out(dir_ / "dict" / "good_people.dict", std::ios::app);
    out << "actor NORGOV | Norwegian Government Of Tests | | "
           "type=government\n";
  }
  auto names = LoadActorNames(Dict());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_NE(std::find(names->begin(), names->end(),
                      std::pair<std::string, std::string>(
                          "NORGOV", "Norwegian Government Of Tests")),
            names->end());
  EXPECT_EQ(*names, Uncached(Dict()));
}

TEST_F(NamesCache, AnEditOfTheSameSizeIsSeen) {
  ASSERT_TRUE(LoadActorNames(Dict()).ok());
  std::string path = Dict();
  std::string text;
  {
    std::ifstream in(path);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  size_t at = text.find("| United Nations |");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 18, "| United Natiomz |");
  std::ofstream(path) << text;
  auto names = LoadActorNames(path);
  ASSERT_TRUE(names.ok());
  EXPECT_NE(std::find(names->begin(), names->end(),
                      std::pair<std::string, std::string>("IGOUNO",
                                                          "United Natiomz")),
            names->end());
}

TEST_F(NamesCache, BrokenCacheFileIsIgnored) {
  ASSERT_TRUE(LoadActorNames(Dict()).ok());
  for (const auto& f : fs::directory_iterator(cache_))
    std::ofstream(f.path()) << "dipgraph-actor-names 1\nfile 1 2 /nowhere\n";
  auto names = LoadActorNames(Dict());
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(*names, Uncached(Dict()));
}

TEST_F(NamesCache, CacheThatCannotBeWrittenIsNoError) {
  // The cache directory's path is a file: nothing can be written under it
  // (a read-only directory would not stop root).
  std::ofstream(cache_) << "not a directory\n";
  auto names = LoadActorNames(Dict());
  ASSERT_TRUE(names.ok()) << names.status().message();
  EXPECT_TRUE(fs::is_regular_file(cache_));
  EXPECT_EQ(*names, Uncached(Dict()));
}

TEST_F(NamesCache, OffWritesNothing) {
  Uncached(Dict());
  EXPECT_EQ(CacheFiles(), 0u);
}

TEST_F(NamesCache, DictionaryErrorsStillFail) {
  { std::ofstream(Dict(), std::ios::app) << "actor | broken\n"; }
  EXPECT_FALSE(LoadActorNames(Dict()).ok());
  EXPECT_EQ(CacheFiles(), 0u);
}

}  // namespace
}  // namespace dipgraph::dict

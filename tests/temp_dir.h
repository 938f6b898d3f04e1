// For tests: a folder of the running test's own, removed with the object.
//
//   class MyTest : public ::testing::Test {
//    protected:
//     TempDir tmp_{"my"};  // <tmp>/dipgraph-my-<pid>-<test name>
//   };
#ifndef DIPGRAPH_TESTS_TEMP_DIR_H_
#define DIPGRAPH_TESTS_TEMP_DIR_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace dipgraph {

class TempDir {
 public:
  // REQUIRES: a test is running (the folder is named after it).
  explicit TempDir(const std::string& tag)
      : path_(
            std::filesystem::temp_directory_path() /
            ("dipgraph-" + tag + "-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace dipgraph

#endif  // DIPGRAPH_TESTS_TEMP_DIR_H_

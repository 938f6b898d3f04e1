#include "common/output_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <thread>

#include "common/files.h"
#include "tests/temp_dir.h"

namespace dipgraph {
namespace {

namespace fs = std::filesystem;

class OutputFileTest : public ::testing::Test {
 protected:
  size_t FileCount() const {
    return std::distance(fs::directory_iterator(dir_),
                         fs::directory_iterator());
  }
  std::string OutPath() const { return (dir_ / "out.txt").string(); }
  // An output over OutPath(), whose file holds "old"; null (and a failure)
  // if it does not open.
  std::unique_ptr<OutputFile> OpenOverOld() {
    EXPECT_TRUE(WriteFileAtomically(OutPath(), "old").ok());
    auto out = OutputFile::Open(OutPath());
    EXPECT_TRUE(out.ok()) << out.status().ToString();
    return out.ok() ? std::move(*out) : nullptr;
  }
  TempDir tmp_{"out"};
  const fs::path dir_ = tmp_.path();
};

TEST_F(OutputFileTest, CommitReplacesTheFile) {
  const std::string path = OutPath();
  std::unique_ptr<OutputFile> out = OpenOverOld();
  ASSERT_TRUE(out);
  out->stream() << "new";
  EXPECT_EQ(*ReadFile(path), "old");  // not visible before Commit
  EXPECT_EQ(FileCount(), 2u);         // the file and its temporary twin
  ASSERT_TRUE(out->Commit().ok());
  EXPECT_EQ(*ReadFile(path), "new");
  EXPECT_EQ(FileCount(), 1u);
  // Permissions follow the umask like any new file, not mkstemp's 0600.
  mode_t mask = ::umask(0);
  ::umask(mask);
  auto perms = fs::status(path).permissions();
  EXPECT_EQ(static_cast<unsigned>(perms) & 0777u, 0666u & ~mask);
}

TEST_F(OutputFileTest, AbandonedOutputLeavesTheOldFile) {
  {
    std::unique_ptr<OutputFile> out = OpenOverOld();
    ASSERT_TRUE(out);
    out->stream() << "half-written";
  }  // no Commit: an error happened
  EXPECT_EQ(*ReadFile(OutPath()), "old");
  EXPECT_EQ(FileCount(), 1u);
}

TEST_F(OutputFileTest, UnwritableFolderIsAnError) {
  auto out = OutputFile::Open((dir_ / "no" / "such" / "x.txt").string());
  EXPECT_FALSE(out.ok());
}

// A pipe (or a device such as /dev/null) is written to, never renamed over.
TEST_F(OutputFileTest, FifoIsWrittenInPlace) {
  fs::path fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string got;
  std::thread reader([&] {
    std::ifstream in(fifo, std::ios::binary);
    got.assign(std::istreambuf_iterator<char>(in), {});
  });
  {
    auto out = OutputFile::Open(fifo.string());
    ASSERT_TRUE(out.ok()) << out.status().ToString();
    (*out)->stream() << "through the pipe\n";
    EXPECT_TRUE((*out)->Commit().ok());
  }
  reader.join();
  EXPECT_EQ(got, "through the pipe\n");
  struct stat st;
  ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(FileCount(), 1u);  // no temporary file left beside it
}

TEST_F(OutputFileTest, DirectoryIsAUsageError) {
  auto out = OutputFile::Open(dir_.string());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kUsage);
}

TEST_F(OutputFileTest, DashIsStdout) {
  auto out = OutputFile::Open("-");
  ASSERT_TRUE(out.ok());
  EXPECT_TRUE((*out)->is_stdout());
  EXPECT_TRUE((*out)->Commit().ok());
  EXPECT_FALSE((*out)->Commit().ok());
}

}  // namespace
}  // namespace dipgraph

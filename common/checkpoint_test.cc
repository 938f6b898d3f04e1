#include "common/checkpoint.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "common/files.h"

namespace dipgraph {
namespace {

namespace fs = std::filesystem;

class CheckpointTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("checkpoint-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    path_ = (dir_ / "out.jsonl").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Writes items [from, to) as "item N" lines, one event each.
  static Status WriteItems(CheckpointedOutput* out, int from, int to) {
    for (int i = from; i < to; ++i) {
      out->stream() << "item " << i << "\n";
      RETURN_IF_ERROR(out->EndItem(1));
    }
    return Status::Ok();
  }
  std::string Read(const std::string& p) { return *ReadFile(p); }

  fs::path dir_;
  std::string path_;
};

TEST_F(CheckpointTest, UninterruptedRunRenamesAndCleansUp) {
  auto out = CheckpointedOutput::Open(path_, "fp", false);
  ASSERT_TRUE(out.ok()) << out.status().message();
  ASSERT_TRUE(WriteItems(out->get(), 0, 3).ok());
  EXPECT_TRUE(fs::exists(path_ + ".partial"));
  EXPECT_TRUE(fs::exists(path_ + ".checkpoint"));
  ASSERT_TRUE((*out)->Commit().ok());
  EXPECT_EQ(Read(path_), "item 0\nitem 1\nitem 2\n");
  EXPECT_FALSE(fs::exists(path_ + ".partial"));
  EXPECT_FALSE(fs::exists(path_ + ".checkpoint"));
}

// An interrupted run (no Commit), with half an item written after the last
// checkpoint: the resumed run cuts it off, skips the finished items and
// ends with the bytes of an uninterrupted run.
TEST_F(CheckpointTest, ResumeCutsBackToTheLastFinishedItem) {
  {
    auto out = CheckpointedOutput::Open(path_, "fp", false);
    ASSERT_TRUE(out.ok());
    ASSERT_TRUE(WriteItems(out->get(), 0, 5).ok());
    (*out)->stream() << "item 5 half wri";
    (*out)->stream().flush();
  }
  ASSERT_TRUE(fs::exists(path_ + ".partial"));
  auto out = CheckpointedOutput::Open(path_, "fp", true);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ((*out)->resumed_items(), 5);
  EXPECT_EQ((*out)->resumed_events(), 5);
  ASSERT_TRUE(WriteItems(out->get(), 5, 8).ok());
  ASSERT_TRUE((*out)->Commit().ok());
  std::string expected;
  for (int i = 0; i < 8; ++i) expected += "item " + std::to_string(i) + "\n";
  EXPECT_EQ(Read(path_), expected);
}

// A kill may also cut the checkpoint's last line: the one before counts.
TEST_F(CheckpointTest, ResumeIgnoresACutCheckpointLine) {
  {
    auto out = CheckpointedOutput::Open(path_, "fp", false);
    ASSERT_TRUE(WriteItems(out->get(), 0, 2).ok());
  }
  std::ofstream(path_ + ".checkpoint", std::ios::app) << "3\t21";
  auto out = CheckpointedOutput::Open(path_, "fp", true);
  ASSERT_TRUE(out.ok()) << out.status().message();
  EXPECT_EQ((*out)->resumed_items(), 2);
}

TEST_F(CheckpointTest, ManyItemsKeepTheCheckpointSmall) {
  {
    auto out = CheckpointedOutput::Open(path_, "fp", false);
    ASSERT_TRUE(WriteItems(out->get(), 0, 10000).ok());
  }
  EXPECT_LT(fs::file_size(path_ + ".checkpoint"), 4096u * 20);
  auto out = CheckpointedOutput::Open(path_, "fp", true);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ((*out)->resumed_items(), 10000);
}

TEST_F(CheckpointTest, OtherInputsAreRefused) {
  {
    auto out = CheckpointedOutput::Open(path_, "fp", false);
    ASSERT_TRUE(WriteItems(out->get(), 0, 2).ok());
  }
  auto out = CheckpointedOutput::Open(path_, "other", true);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kUsage);
  EXPECT_NE(out.status().message().find("other inputs or options"),
            std::string::npos);
}

TEST_F(CheckpointTest, WithoutResumeAnEarlierPartialIsDiscarded) {
  {
    auto out = CheckpointedOutput::Open(path_, "fp", false);
    ASSERT_TRUE(WriteItems(out->get(), 0, 2).ok());
  }
  auto out = CheckpointedOutput::Open(path_, "fp", false);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ((*out)->resumed_items(), 0);
  ASSERT_TRUE(WriteItems(out->get(), 7, 8).ok());
  ASSERT_TRUE((*out)->Commit().ok());
  EXPECT_EQ(Read(path_), "item 7\n");
}

TEST_F(CheckpointTest, ResumeWithNothingToResumeStartsAfresh) {
  auto out = CheckpointedOutput::Open(path_, "fp", true);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ((*out)->resumed_items(), 0);
}

TEST_F(CheckpointTest, AFailureBeforeAnyItemLeavesNothing) {
  { ASSERT_TRUE(CheckpointedOutput::Open(path_, "fp", false).ok()); }
  EXPECT_FALSE(fs::exists(path_ + ".partial"));
  EXPECT_FALSE(fs::exists(path_ + ".checkpoint"));
  EXPECT_FALSE(fs::exists(path_));
}

TEST_F(CheckpointTest, StdoutCannotBeResumed) {
  auto out = CheckpointedOutput::Open("-", "fp", true);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kUsage);
  auto dev = CheckpointedOutput::Open("/dev/null", "fp", false);
  ASSERT_TRUE(dev.ok());
  EXPECT_EQ((*dev)->partial_path(), "");
  ASSERT_TRUE(WriteItems(dev->get(), 0, 2).ok());
  EXPECT_TRUE((*dev)->Commit().ok());
}

}  // namespace
}  // namespace dipgraph

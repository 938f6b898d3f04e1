#include "extract/pipeline/pipeline.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace dipgraph {
namespace {

namespace fs = std::filesystem;

class PipelineTest : public ::testing::TestWithParam<int> {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dipgraph-pipe-" + std::to_string(::getpid()) + "-" +
            std::to_string(GetParam()));
    fs::create_directories(dir_);
    std::ofstream out(dir_ / "docs.jsonl");
    for (int i = 0; i < 200; ++i) {
      if (i == 57) out << "{broken\n";
      out << "{\"id\":\"d" << i << "\",\"text\":\"Doc " << i << ".\"}\n";
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

// Each document becomes one event; odd documents take longer, so threads
// finish out of order and the runner must restore the input order.
Result<std::vector<Event>> SlowWork(const Document& d) {
  int n = std::stoi(d.info.id.substr(1));
  if (n % 2) std::this_thread::sleep_for(std::chrono::microseconds(200));
  if (n == 120) return InvalidInput(d.origin + ": unusable document");
  Event e;
  e.id = d.info.id;
  return std::vector<Event>{e};
}

TEST_P(PipelineTest, KeepsInputOrderAndSkipsBadInputs) {
  DocumentStream in({(dir_ / "docs.jsonl").string()}, {});
  PipelineOptions opt;
  opt.jobs = GetParam();
  opt.keep_going = true;
  std::vector<std::string> skipped;
  opt.on_skip = [&](const Status& s) { skipped.push_back(s.message()); };
  std::vector<std::string> ids;
  PipelineStats stats;
  Status s = RunPipeline(
      in, opt, SlowWork,
      [&](const Document&, std::vector<Event>&& events) {
        for (const Event& e : events) ids.push_back(e.id);
        return Status::Ok();
      },
      &stats);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(ids.size(), 199u);
  for (size_t i = 0, n = 0; i < ids.size(); ++i, ++n) {
    if (n == 120) ++n;
    EXPECT_EQ(ids[i], "d" + std::to_string(n));
  }
  EXPECT_EQ(stats.documents, 199);
  EXPECT_EQ(stats.skipped, 2);
  ASSERT_EQ(skipped.size(), 2u);
  EXPECT_NE(skipped[0].find("docs.jsonl:58:"), std::string::npos) << skipped[0];
}

TEST_P(PipelineTest, StopsAtTheFirstErrorByDefault) {
  DocumentStream in({(dir_ / "docs.jsonl").string()}, {});
  PipelineOptions opt;
  opt.jobs = GetParam();
  int written = 0;
  Status s = RunPipeline(
      in, opt, SlowWork,
      [&](const Document&, std::vector<Event>&&) {
        ++written;
        return Status::Ok();
      },
      nullptr);
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_NE(s.message().find("docs.jsonl:58:"), std::string::npos);
  EXPECT_EQ(written, 57);  // everything before the bad line, nothing after
}

// --resume: the items an earlier run finished (documents and input errors,
// in input order) are dropped uncoded; on_item_done follows every other
// item in order.
TEST_P(PipelineTest, SkipsFinishedItemsAndReportsEachItem) {
  DocumentStream in({(dir_ / "docs.jsonl").string()}, {});
  PipelineOptions opt;
  opt.jobs = GetParam();
  opt.keep_going = true;
  opt.skip = 100;  // d0..d98 and the broken line 58
  std::vector<std::string> ids;
  std::vector<int64_t> items;
  opt.on_item_done = [&](int64_t events) {
    items.push_back(events);
    return Status::Ok();
  };
  Status s = RunPipeline(
      in, opt, SlowWork,
      [&](const Document&, std::vector<Event>&& events) {
        for (const Event& e : events) ids.push_back(e.id);
        return Status::Ok();
      },
      nullptr);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(ids.size(), 100u);  // d99..d199 without d120
  EXPECT_EQ(ids.front(), "d99");
  EXPECT_EQ(ids.back(), "d199");
  ASSERT_EQ(items.size(), 101u);  // and the unusable d120
  EXPECT_EQ(items[120 - 99], 0);
  EXPECT_EQ(items[0], 1);
}

INSTANTIATE_TEST_SUITE_P(Jobs, PipelineTest, ::testing::Values(1, 2, 4));

}  // namespace
}  // namespace dipgraph

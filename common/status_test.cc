#include "common/status.h"

#include <gtest/gtest.h>

namespace dipgraph {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return InvalidInput("odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(StatusTest, InputErrorNamesFileLineAndColumn) {
  EXPECT_EQ(InputError("a.jsonl", 7, "bad").message(), "a.jsonl:7: bad");
  EXPECT_EQ(InputError("a.jsonl", 7, "bad", 3).message(), "a.jsonl:7:3: bad");
}

TEST(StatusTest, ExitCodes) {
  EXPECT_EQ(ExitCode(Status::Ok()), 0);
  EXPECT_EQ(ExitCode(InvalidInput("x")), 2);
  EXPECT_EQ(ExitCode(UsageError("x")), 2);
  EXPECT_EQ(ExitCode(NotFound("x")), 2);
  EXPECT_EQ(ExitCode(NoResult("x")), 1);
  EXPECT_EQ(ExitCode(IoError("x")), 1);
}

TEST(StatusTest, ResultPropagates) {
  EXPECT_EQ(*Quarter(8), 2);
  Result<int> r = Quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "odd");
  EXPECT_EQ(r.status().Annotate("f").message(), "f: odd");
}

}  // namespace
}  // namespace dipgraph

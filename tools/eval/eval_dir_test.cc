#include "tools/eval/eval_dir.h"

#include <cstdlib>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(EvalDirTest, FlagWinsThenEnvironmentElseError) {
  setenv("ACCORD_EVAL_DIR", "/from/env", 1);
  EXPECT_EQ(EvalDir("/from/flag").value(), "/from/flag");
  EXPECT_EQ(EvalDir().value(), "/from/env");
  unsetenv("ACCORD_EVAL_DIR");
  auto none = EvalDir();
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("ACCORD_EVAL_DIR"), std::string::npos);
}

}  // namespace
}  // namespace accord

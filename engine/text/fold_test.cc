#include "engine/text/fold.h"

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(FoldTextTest, Table) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"", ""},
      {"   ", ""},
      {"The Port", "the port"},
      {"  The  Port\n", "the port"},
      {"a\tb\r\nc", "a b c"},
      {"CAFÉ", "caf\xC3\x89"},  // non-ASCII bytes kept
  };
  for (const auto& c : cases) EXPECT_EQ(FoldText(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace accord

#include "engine/base/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

struct Case {
  std::string text;
  int want;
};

TEST(FirstInvalidUtf8Test, Table) {
  const Case cases[] = {
      {"", -1},
      {"plain ascii", -1},
      {"Zelenskiy \xE2\x80\x99s", -1},    // right single quote
      {"\xE7\x84\xA1\xE7\xB6\xAB", -1},   // CJK
      {"\xF0\x9F\x98\x80", -1},           // emoji
      {"ab\xFF", 2},                      // invalid lead byte
      {"a\xC0\xAF", 1},                   // overlong slash
      {"a\xED\xA0\x80", 1},               // surrogate
      {"\xE2\x80", 0},                    // truncated
      {"ok\xF4\x90\x80\x80", 2},          // above U+10FFFF
      {std::string("nul\0byte", 8), -1},  // NUL is valid UTF-8
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FirstInvalidUtf8(c.text), c.want) << c.text;
  }
}

}  // namespace
}  // namespace accord

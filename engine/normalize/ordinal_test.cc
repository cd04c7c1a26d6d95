#include "engine/normalize/ordinal.h"

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(FindOrdinals, Table) {
  const struct {
    const char* text;
    const char* surface;
    long long value;
  } kCases[] = {
      {"the third time", "third", 3},
      {"its 80th anniversary", "80th", 80},
      {"the twenty-first century", "twenty-first", 21},
      {"1st place", "1st", 1},
      {"twenty fifth", "twenty fifth", 25},
      {"twentyfifth", "twentyfifth", 25},
      {"one hundred and first", "one hundred and first", 101},
      {"ninetieth", "ninetieth", 90},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::vector<ValueMatch> m = FindOrdinals(c.text);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].value.surface(), c.surface);
    EXPECT_EQ(m[0].value.ordinal(), c.value);
  }
}

TEST(FindOrdinals, NoneInCardinals) {
  EXPECT_TRUE(FindOrdinals("27 people and twenty cars").empty());
}

}  // namespace
}  // namespace accord

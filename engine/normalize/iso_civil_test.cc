#include "engine/normalize/iso_civil.h"

#include <cstdio>
#include <random>
#include <string>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

struct Case {
  const char* text;
  bool ok;
  absl::CivilSecond want;
};

TEST(ParseIsoCivilFastTest, Table) {
  const Case kCases[] = {
      {"2025-05-07T00:00:00", true, absl::CivilSecond(2025, 5, 7)},
      {"2025-05-07T13:04:05", true, absl::CivilSecond(2025, 5, 7, 13, 4, 5)},
      {"0001-01-01T00:00:00", true, absl::CivilSecond(1, 1, 1)},
      {"2024-02-29T23:59:59", true, absl::CivilSecond(2024, 2, 29, 23, 59, 59)},
      {"2000-02-29T00:00:00", true, absl::CivilSecond(2000, 2, 29)},
      {"1900-02-29T00:00:00", false, {}},  // not a leap year
      {"2025-02-29T00:00:00", false, {}},
      {"2025-04-31T00:00:00", false, {}},
      {"2025-13-01T00:00:00", false, {}},
      {"2025-00-01T00:00:00", false, {}},
      {"2025-05-00T00:00:00", false, {}},
      {"2025-05-07T24:00:00", false, {}},
      {"2025-05-07T00:60:00", false, {}},
      {"2025-05-07T00:00:60", false, {}},
      {"2025-05-07 00:00:00", false, {}},
      {"2025-5-07T00:00:00", false, {}},
      {"2025-05-07T00:00:0x", false, {}},
      {"+025-05-07T00:00:00", false, {}},
      {" 2025-05-07T00:00:0", false, {}},
      {"-2025-05-07T00:00:00", false, {}},
      {"2025-05-07T00:00:00Z", false, {}},
      {"2025-05-07", false, {}},
      {"", false, {}},
  };
  for (const Case& c : kCases) {
    absl::CivilSecond got(1999, 9, 9);
    EXPECT_EQ(ParseIsoCivilFast(c.text, &got), c.ok) << c.text;
    if (c.ok) {
      EXPECT_EQ(got, c.want) << c.text;
    } else {
      EXPECT_EQ(got, absl::CivilSecond(1999, 9, 9)) << "changed on " << c.text;
    }
  }
}

// Wherever the fast parser accepts, absl::ParseCivilTime and sscanf (the
// parsers it stands in front of) accept too and give the same time.
TEST(ParseIsoCivilFastTest, AgreesWithGeneralParsers) {
  std::mt19937 rng(7);
  int accepted = 0;
  for (int i = 0; i < 20000; ++i) {
    std::uniform_int_distribution<int> pick(0, 99);
    const std::string s = absl::StrFormat(
        "%04d-%02d-%02dT%02d:%02d:%02d", pick(rng) * 30, pick(rng) % 14,
        pick(rng) % 33, pick(rng) % 25, pick(rng) % 61, pick(rng) % 61);
    absl::CivilSecond fast;
    if (!ParseIsoCivilFast(s, &fast)) continue;
    ++accepted;
    absl::CivilSecond general;
    ASSERT_TRUE(absl::ParseCivilTime(s, &general)) << s;
    EXPECT_EQ(fast, general) << s;
    int y, mo, d, h, mi, se;
    ASSERT_EQ(std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h,
                          &mi, &se),
              6);
    EXPECT_EQ(fast, absl::CivilSecond(y, mo, d, h, mi, se)) << s;
  }
  EXPECT_GT(accepted, 1000);  // the sample exercised the accepting path
}

// ParseCivilSecond is absl::ParseCivilTime, whether or not the fast path
// takes the string.
TEST(ParseCivilSecondTest, SameAsAbsl) {
  for (const char* text :
       {"2025-05-07T13:04:05", "2024-02-29T00:00:00", "2025-02-29T00:00:00",
        "2025-13-01T00:00:00", " 2025-05-07T00:00:00", "12025-05-07T00:00:00",
        "-2025-05-07T00:00:00", "2025-05-07", "May 7", ""}) {
    absl::CivilSecond got(1999, 9, 9), want(1999, 9, 9);
    const bool ok = absl::ParseCivilTime(text, &want);
    EXPECT_EQ(ParseCivilSecond(text, &got), ok) << text;
    EXPECT_EQ(got, want) << text;
  }
}

}  // namespace
}  // namespace accord

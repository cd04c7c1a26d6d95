#include "engine/normalize/holidays.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(Easter, KnownDates) {
  EXPECT_EQ(WesternEaster(2013), absl::CivilDay(2013, 3, 31));
  EXPECT_EQ(WesternEaster(2025), absl::CivilDay(2025, 4, 20));
  EXPECT_EQ(OrthodoxEaster(2018), absl::CivilDay(2018, 4, 8));
  EXPECT_EQ(OrthodoxEaster(2025), absl::CivilDay(2025, 4, 20));
}

TEST(Hebrew, KnownDates) {
  // 1 Tishri 5784 = 2023-09-16; 15 Nisan 5785 = 2025-04-13.
  EXPECT_EQ(FromHebrew(5784, 7, 1), absl::CivilDay(2023, 9, 16));
  EXPECT_EQ(FromHebrew(5785, 1, 15), absl::CivilDay(2025, 4, 13));
}

TEST(HolidayAt, MatchesLongestName) {
  const std::vector<Token> t = Tokenize("Christmas Eve and new year's day");
  int id = -1;
  EXPECT_EQ(HolidayAt(t, 0, &id), 2);
  EXPECT_EQ(std::string(HolidayName(id)), "Christmas Eve");
  EXPECT_EQ(HolidayAt(t, 3, &id), 6);
  EXPECT_EQ(std::string(HolidayName(id)), "New Year's Day");
  EXPECT_EQ(HolidayAt(t, 2, &id), -1);
}

TEST(HolidayDates, Rules) {
  const std::vector<Token> t = Tokenize("thanksgiving");
  int id = -1;
  ASSERT_EQ(HolidayAt(t, 0, &id), 1);
  absl::CivilSecond b, e;
  Grain g;
  ASSERT_TRUE(HolidayDates(id, 2025, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2025, 11, 27, 0, 0, 0));
  EXPECT_EQ(e, absl::CivilSecond(2025, 11, 28, 0, 0, 0));
  EXPECT_EQ(g, DAY);
}

TEST(HolidayDates, LunarCalendars) {
  int id = -1;
  absl::CivilSecond b, e;
  Grain g;
  // Chinese New Year 2024 was on 10 February; Eid al-Fitr 2024 on 10 April
  // and Ramadan 1445 began on 11 March 2024 (Saudi announcements).
  const std::vector<Token> cny = Tokenize("lunar new year");
  ASSERT_EQ(HolidayAt(cny, 0, &id), 3);
  ASSERT_TRUE(HolidayDates(id, 2024, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2024, 2, 10, 0, 0, 0));
  const std::vector<Token> eid = Tokenize("eid al-fitr");
  ASSERT_EQ(HolidayAt(eid, 0, &id), 4);
  ASSERT_TRUE(HolidayDates(id, 2024, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2024, 4, 10, 0, 0, 0));
  const std::vector<Token> ramadan = Tokenize("ramadan");
  ASSERT_EQ(HolidayAt(ramadan, 0, &id), 1);
  ASSERT_TRUE(HolidayDates(id, 2024, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2024, 3, 11, 0, 0, 0));
  EXPECT_EQ(e, absl::CivilSecond(2024, 4, 10, 0, 0, 0));
  EXPECT_TRUE(HolidayIsInterval(id));
}

}  // namespace
}  // namespace accord

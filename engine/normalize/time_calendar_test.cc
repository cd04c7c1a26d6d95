#include "engine/normalize/time_calendar.h"

#include "gtest/gtest.h"

namespace accord {
namespace time_internal {
namespace {

using absl::CivilDay;
using absl::CivilSecond;

TEST(TimeCalendarTest, DaysInMonth) {
  struct Case {
    int year, month, days;
  } cases[] = {{2025, 1, 31}, {2025, 2, 28}, {2024, 2, 29}, {1900, 2, 28},
               {2000, 2, 29}, {2025, 4, 30}, {2025, 12, 31}};
  for (const Case& c : cases) {
    EXPECT_EQ(DaysInMonth(c.year, c.month), c.days) << c.year << "-" << c.month;
  }
}

TEST(TimeCalendarTest, WeekdayAndStartOfWeek) {
  EXPECT_EQ(WeekdayOf(CivilDay(2025, 5, 5)), 0);   // Monday
  EXPECT_EQ(WeekdayOf(CivilDay(2025, 5, 11)), 6);  // Sunday
  EXPECT_EQ(StartOfWeek(CivilDay(2025, 5, 11)), CivilDay(2025, 5, 5));
  EXPECT_EQ(StartOfWeek(CivilDay(2025, 5, 5)), CivilDay(2025, 5, 5));
}

TEST(TimeCalendarTest, Truncate) {
  const CivilSecond t(2025, 8, 7, 9, 30, 15);
  struct Case {
    Grain grain;
    CivilSecond want;
  } cases[] = {
      {SECOND, t},
      {MINUTE, CivilSecond(2025, 8, 7, 9, 30, 0)},
      {HOUR, CivilSecond(2025, 8, 7, 9, 0, 0)},
      {DAY, CivilSecond(2025, 8, 7)},
      {WEEK, CivilSecond(2025, 8, 4)},
      {MONTH, CivilSecond(2025, 8, 1)},
      {QUARTER, CivilSecond(2025, 7, 1)},
      {YEAR, CivilSecond(2025, 1, 1)},
      {DECADE, CivilSecond(2020, 1, 1)},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Truncate(t, c.grain), c.want) << Grain_Name(c.grain);
  }
  EXPECT_EQ(Truncate(CivilSecond(-5, 3, 1), DECADE), CivilSecond(-10, 1, 1));
}

TEST(TimeCalendarTest, AddGrainAndShift) {
  const CivilSecond jan31(2025, 1, 31, 10, 0, 0);
  // AddGrain works at the grain's precision; Shift keeps the time of day
  // and clamps the day to the new month.
  EXPECT_EQ(AddGrain(jan31, MONTH, 1), CivilSecond(2025, 2, 1));
  EXPECT_EQ(Shift(jan31, MONTH, 1), CivilSecond(2025, 2, 28, 10, 0, 0));
  EXPECT_EQ(Shift(jan31, YEAR, -1), CivilSecond(2024, 1, 31, 10, 0, 0));
  EXPECT_EQ(Shift(jan31, WEEK, 1), CivilSecond(2025, 2, 7, 10, 0, 0));
  EXPECT_EQ(Shift(jan31, HOUR, 15), CivilSecond(2025, 2, 1, 1, 0, 0));
  EXPECT_EQ(AddGrain(jan31, QUARTER, 1), CivilSecond(2025, 4, 1));
  EXPECT_EQ(AddGrain(jan31, DECADE, 1), CivilSecond(2035, 1, 1));
  EXPECT_EQ(AddGrain(jan31, DAY, -31), CivilSecond(2024, 12, 31));
}

TEST(TimeCalendarTest, AddDurationMovesTheCalendarByCalendarUnits) {
  const CivilSecond t(2025, 1, 31, 12, 0, 0);
  DurationParse two_months;
  two_months.grain = MONTH;
  two_months.seconds = 2 * GrainSeconds(MONTH);
  EXPECT_EQ(AddDuration(t, two_months, 1), CivilSecond(2025, 3, 31, 12, 0, 0));
  EXPECT_EQ(AddDuration(t, two_months, -1),
            CivilSecond(2024, 11, 30, 12, 0, 0));
  DurationParse ninety_minutes;
  ninety_minutes.grain = MINUTE;
  ninety_minutes.seconds = 90 * 60;
  EXPECT_EQ(AddDuration(t, ninety_minutes, 1),
            CivilSecond(2025, 1, 31, 13, 30, 0));
}

TEST(TimeCalendarTest, RelativeGrainIsOneFiner) {
  EXPECT_EQ(RelativeGrain(DAY), HOUR);
  EXPECT_EQ(RelativeGrain(MINUTE), SECOND);
  EXPECT_EQ(RelativeGrain(SECOND), SECOND);
}

}  // namespace
}  // namespace time_internal
}  // namespace accord

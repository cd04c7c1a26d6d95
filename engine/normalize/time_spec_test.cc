#include "engine/normalize/time_spec.h"

#include "gtest/gtest.h"

namespace accord {
namespace time_internal {
namespace {

Spec Month(int m) {
  Spec s;
  s.month = m;
  return s;
}
Spec Day(int d) {
  Spec s;
  s.day = d;
  return s;
}
Spec Hour(int h, bool certain) {
  Spec s;
  s.hour = h;
  s.hour_certain = certain;
  return s;
}
Spec PartOfDay(int begin, int end) {
  Spec s;
  s.pod_begin = begin;
  s.pod_end = end;
  return s;
}

TEST(TimeSpecTest, MergeJoinsCompatibleFields) {
  Spec a = Month(5);
  ASSERT_TRUE(Merge(&a, Day(7)));
  EXPECT_EQ(a.month, 5);
  EXPECT_EQ(a.day, 7);
  EXPECT_TRUE(a.HasDate());
  EXPECT_FALSE(a.HasTime());
}

TEST(TimeSpecTest, MergeRejectsContradictionsAndLeavesTheSpec) {
  Spec a = Month(5);
  EXPECT_FALSE(Merge(&a, Month(6)));
  EXPECT_EQ(a.month, 5);
  Spec h = Hour(3, false);
  EXPECT_FALSE(Merge(&h, Hour(4, false)));  // two hours
}

TEST(TimeSpecTest, MergeIntersectsPartsOfDay) {
  Spec night = PartOfDay(18, 24);
  ASSERT_TRUE(Merge(&night, PartOfDay(21, 24)));  // "late" "tonight"
  EXPECT_EQ(night.pod_begin, 21);
  EXPECT_EQ(night.pod_end, 24);
  Spec morning = PartOfDay(4, 12);
  EXPECT_FALSE(Merge(&morning, PartOfDay(18, 24)));
}

TEST(TimeSpecTest, BareHourNeedsADayOrPartOfDay) {
  Spec bare = Hour(7, false);
  bare.bare_hour = true;
  Spec a = bare;
  EXPECT_FALSE(Merge(&a, Month(5)));
  Spec day;
  day.day_word = true;  // "tomorrow"
  a = bare;
  EXPECT_TRUE(Merge(&a, day));
  EXPECT_FALSE(a.bare_hour);
}

TEST(TimeSpecTest, CompleteTakesTheCoarserFieldsOfTheOtherSide) {
  // "May 7-10": 10 takes May.
  Spec ten = Day(10);
  Spec may7 = Month(5);
  may7.day = 7;
  may7.year = 2025;
  Complete(&ten, may7);
  EXPECT_EQ(ten.month, 5);
  EXPECT_EQ(ten.year, 2025);
  // "3-4pm": 3 takes p.m.
  Spec three = Hour(3, false);
  Complete(&three, Hour(16, true));
  EXPECT_EQ(three.hour, 15);
  EXPECT_TRUE(three.hour_certain);
  // "11-12pm": 11 is before noon, so it stays 11 a.m.
  Spec eleven = Hour(11, false);
  Complete(&eleven, Hour(12, true));
  EXPECT_EQ(eleven.hour, 11);
}

}  // namespace
}  // namespace time_internal
}  // namespace accord

#include "tools/truth/flight_data.h"

#include "gtest/gtest.h"

namespace accord {
namespace truth {
namespace {

TEST(FlightDataTest, TimeFormats) {
  struct Case {
    const char* raw;
    const char* want;
  } cases[] = {
      {"December 8, 2011               01:55 PM    ", "13:55"},
      {"12/8/2011 2:07PM EST", "14:07"},
      {"12/8/11 2:07 PM (-05:00)", "14:07"},
      {"2:07 PMDec 08", "14:07"},
      {"Dec 08 - 1:55pm", "13:55"},
      {"1:55pDec 8", "13:55"},
      {"3:00P 12-08-11", "15:00"},
      {"06:20 PM  Thu 08-Dec-2011", "18:20"},
      {"Thu., Dec.08, 2011 2:15 p.m.", "14:15"},
      {"2011-12-08 12:15 AM", "00:15"},
      {"2011-12-08 12:05 PM", "12:05"},
      {"2011-12-08 18:43 ", "18:43"},
      {"Dec 08 - Contact Airline", ""},
      {"December 8, 2011     ", ""},
      {"Not Available", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NormalizeFlightTime(c.raw), c.want) << c.raw;
  }
}

TEST(FlightDataTest, RunwayTimesAreNoClaim) {
  EXPECT_EQ(NormalizeFlightValue("actual_dep", "2011-12-08 9:11 AM (runway)"),
            "");
  EXPECT_EQ(NormalizeFlightValue("actual_dep", "9:11 AM, Dec 08"), "09:11");
}

TEST(FlightDataTest, Gates) {
  struct Case {
    const char* raw;
    const char* want;
  } cases[] = {
      {" F80", "F80"},
      {"Term C - C12", "C12"},
      {"Terminal 4 - 42", "42"},
      {"Terminal 4", ""},
      {" -", ""},
      {"Not provided by airline", ""},
      {"16?", "16"},
      {" c31 ", "C31"},
      {"Gate B7", "B7"},
      {"G20/T3", "G20"},
      {"B9/B", "B9"},
      {"44J/T4", "44J"},
  };
  for (const Case& c : cases) EXPECT_EQ(NormalizeGate(c.raw), c.want) << c.raw;
}

TEST(FlightDataTest, TenMinuteToleranceOnA24HourCircle) {
  FlightValueModel m;
  EXPECT_TRUE(m.Same("actual_dep", "14:07", "14:17"));
  EXPECT_FALSE(m.Same("actual_dep", "09:00", "09:11"));
  EXPECT_TRUE(m.Same("sched_arr", "23:55", "00:04"));
  EXPECT_FALSE(m.Same("dep_gate", "C1", "C10"));
  EXPECT_NEAR(m.Similarity("actual_dep", "09:00", "09:30"), 0.5, 1e-9);
  EXPECT_EQ(m.Similarity("dep_gate", "C1", "C2"), 0);
}

}  // namespace
}  // namespace truth
}  // namespace accord

#include "engine/normalize/compare.h"

#include <limits>
#include <string>

#include "engine/normalize/duration.h"
#include "engine/normalize/quantity.h"
#include "engine/normalize/time.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

Value Time(const std::string& begin, const std::string& end, Grain g) {
  Value v;
  v.mutable_time()->set_begin(begin);
  v.mutable_time()->set_end(end);
  v.mutable_time()->set_grain(g);
  return v;
}

Value Dur(double seconds, Grain g, bool approximate = false) {
  Value v;
  v.mutable_duration()->set_seconds(seconds);
  v.mutable_duration()->set_grain(g);
  v.mutable_duration()->set_approximate(approximate);
  return v;
}

Value Qty(double value, const std::string& unit, bool approximate = false) {
  Value v;
  Quantity* q = v.mutable_quantity();
  q->set_value(value);
  q->set_low(value);
  q->set_high(value);
  q->set_unit(unit);
  q->set_approximate(approximate);
  return v;
}

Value QtyRange(double low, double high, const std::string& unit) {
  Value v = Qty(low, unit);
  v.mutable_quantity()->set_high(high);
  return v;
}

Value Ord(long long n) {
  Value v;
  v.set_ordinal(n);
  return v;
}

Value Text(const std::string& s) {
  Value v;
  v.set_text(s);
  return v;
}

Value Entity(const std::string& id) {
  Value v;
  v.set_entity_id(id);
  return v;
}

Value Set(std::initializer_list<Value> members) {
  Value v;
  for (const Value& m : members) *v.mutable_set()->add_members() = m;
  return v;
}

constexpr double kDay = 86400;
constexpr double kHour = 3600;
constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(CompareValues, Table) {
  const Value year2013 =
      Time("2013-01-01T00:00:00", "2014-01-01T00:00:00", YEAR);
  const Value may1 = Time("2013-05-01T00:00:00", "2013-05-02T00:00:00", DAY);
  const Value may7to10 =
      Time("2025-05-07T00:00:00", "2025-05-11T00:00:00", DAY);
  const Value may12 = Time("2025-05-12T00:00:00", "2025-05-13T00:00:00", DAY);
  const Value may9to12 =
      Time("2025-05-09T00:00:00", "2025-05-13T00:00:00", DAY);
  const Value may2025 =
      Time("2025-05-01T00:00:00", "2025-06-01T00:00:00", MONTH);
  const Value after2014 = Time("2014-01-01T00:00:00", "", YEAR);
  Value past_ref, present_ref, mornings, days;
  past_ref.mutable_time()->set_reference(TimeValue::PAST);
  present_ref.mutable_time()->set_reference(TimeValue::PRESENT);
  mornings.mutable_time()->set_recurrence("P1D");
  mornings.mutable_time()->set_recurrence_part("TMO");
  days.mutable_time()->set_recurrence("P1D");
  // Clock times: "4:15 a.m." with no day (placed on the reference day) and
  // "4 a.m. Sunday", "3 a.m. Sunday", "10 p.m. Saturday" with stated days.
  Value at415 = Time("2015-03-02T04:15:00", "2015-03-02T04:16:00", MINUTE);
  at415.mutable_time()->set_day_inferred(true);
  const Value sun4 = Time("2015-03-01T04:00:00", "2015-03-01T05:00:00", HOUR);
  const Value sun3 = Time("2015-03-01T03:00:00", "2015-03-01T04:00:00", HOUR);
  const Value sat22 = Time("2015-02-28T22:00:00", "2015-02-28T23:00:00", HOUR);
  const Value sunday = Time("2015-03-01T00:00:00", "2015-03-02T00:00:00", DAY);
  // "before 9 p.m. Sunday": open at its start.
  const Value before_sun9pm = Time("", "2015-03-01T21:00:00", MINUTE);
  // Parts of a day: "Sunday morning", "Sunday afternoon", "Saturday night".
  const Value sun_morning =
      Time("2015-03-01T00:00:00", "2015-03-01T12:00:00", HOUR);
  const Value sun_afternoon =
      Time("2015-03-01T12:00:00", "2015-03-01T18:00:00", HOUR);
  const Value sat_night =
      Time("2015-02-28T18:00:00", "2015-03-01T06:00:00", HOUR);
  const struct {
    const char* name;
    Value a, b;
    Comparison want;
  } kCases[] = {
      {"same time", may1, may1, EQUAL},
      {"dayless clock vs clock 15 min apart", at415, sun4, COMPATIBLE},
      {"clock vs dayless clock 75 min apart", sun3, at415, CONFLICTING},
      {"dayless clock vs clock 6 h apart", at415, sat22, CONFLICTING},
      {"dayless clock vs another day", at415, sunday, COMPATIBLE},
      {"dayless clock in the morning", at415, sun_morning, COMPATIBLE},
      {"morning vs dayless clock", sun_morning, at415, COMPATIBLE},
      {"dayless clock not in the afternoon", at415, sun_afternoon, CONFLICTING},
      {"dayless clock in a night across midnight", at415, sat_night,
       COMPATIBLE},
      {"year contains day", year2013, may1, COMPATIBLE},
      {"day in year", may1, year2013, COMPATIBLE},
      {"disjoint times", may7to10, may12, CONFLICTING},
      {"overlapping ranges", may7to10, may9to12, CONFLICTING},
      {"open interval contains", after2014, may7to10, COMPATIBLE},
      {"open interval disjoint", after2014, may1, CONFLICTING},
      {"bound meets a day", before_sun9pm, sunday, COMPATIBLE},
      {"day meets a bound", sunday, before_sun9pm, COMPATIBLE},
      {"bound before the day", before_sun9pm,
       Time("2015-03-02T00:00:00", "2015-03-03T00:00:00", DAY), CONFLICTING},
      {"same vague reference", past_ref, past_ref, EQUAL},
      {"vague references differ", past_ref, present_ref, COMPATIBLE},
      {"vague reference vs date", past_ref, may1, COMPATIBLE},
      {"same recurrence", mornings, mornings, EQUAL},
      {"recurrences differ in part", mornings, days, COMPATIBLE},
      {"recurrence vs date", may1, days, COMPATIBLE},
      {"72 hours = 3 days", Dur(72 * kHour, HOUR), Dur(3 * kDay, DAY), EQUAL},
      {"30 days vs 72 hours", Dur(30 * kDay, DAY), Dur(72 * kHour, HOUR),
       CONFLICTING},
      {"about 30 days vs 31 days", Dur(30 * kDay, DAY, true),
       Dur(31 * kDay, DAY), COMPATIBLE},
      {"May 7-10 vs four-day", may7to10, Dur(4 * kDay, DAY), COMPATIBLE},
      {"four-day vs May 7-10", Dur(4 * kDay, DAY), may7to10, COMPATIBLE},
      {"May 7-10 vs three-day", may7to10, Dur(3 * kDay, DAY), CONFLICTING},
      {"May 7-10 vs 96-hour", may7to10, Dur(96 * kHour, HOUR), COMPATIBLE},
      {"May 2025 vs a month", may2025, Dur(30 * kDay, MONTH), COMPATIBLE},
      {"open interval vs duration", after2014, Dur(kDay, DAY), INCOMPARABLE},
      {"exact equal", Qty(27e6, "person"), Qty(27e6, "person"), EQUAL},
      {"about 27m vs 27.3m", Qty(27e6, "", true), Qty(27.3e6, ""), COMPATIBLE},
      {"27m vs 27.3m exact", Qty(27e6, ""), Qty(27.3e6, ""), CONFLICTING},
      {"5.6 vs 5.2", Qty(5.6, "percent"), Qty(5.2, "percent"), CONFLICTING},
      {"about 5.6 vs 5.2", Qty(5.6, "percent", true), Qty(5.2, "percent"),
       CONFLICTING},
      {"km vs m", Qty(2, "kilometer"), Qty(2000, "meter"), EQUAL},
      {"km vs m differ", Qty(2, "kilometer"), Qty(3000, "meter"), CONFLICTING},
      {"kg vs km", Qty(2, "kilogram"), Qty(2, "kilometer"), INCOMPARABLE},
      {"people vs tanks", Qty(2, "person"), Qty(2, "tank"), INCOMPARABLE},
      {"bare vs unit", Qty(40, ""), Qty(40, "soldier"), EQUAL},
      {"point in range", Qty(5, "gram"), QtyRange(2, 7, "gram"), COMPATIBLE},
      {"more than 1000 vs 1200", QtyRange(1000, kInf, "person"),
       Qty(1200, "person"), COMPATIBLE},
      {"more than 1000 vs 800", QtyRange(1000, kInf, "person"),
       Qty(800, "person"), CONFLICTING},
      {"ordinals equal", Ord(3), Ord(3), EQUAL},
      {"ordinals differ", Ord(3), Ord(4), CONFLICTING},
      {"text folded", Text("State  Visit"), Text("state visit"), EQUAL},
      {"text differs", Text("visit"), Text("trip"), INCOMPARABLE},
      {"entities equal", Entity("moscow"), Entity("moscow"), EQUAL},
      {"entities differ", Entity("moscow"), Entity("russia"), CONFLICTING},
      {"sets equal", Set({Entity("a"), Entity("b")}),
       Set({Entity("b"), Entity("a")}), EQUAL},
      {"subset", Set({Entity("a")}), Set({Entity("b"), Entity("a")}),
       COMPATIBLE},
      {"sets differ", Set({Entity("a")}), Set({Entity("b")}), CONFLICTING},
      {"kinds differ", Ord(3), Qty(3, ""), INCOMPARABLE},
      {"unset", Value(), Ord(3), INCOMPARABLE},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(CompareValues(c.a, c.b), c.want) << c.name;
  }
}

TEST(CompareValues, ToleranceIsAnOption) {
  CompareOptions o;
  o.relative_tolerance = 0.2;
  EXPECT_EQ(CompareValues(Qty(5.6, "", true), Qty(5.0, ""), o), COMPATIBLE);
}

TEST(CompareValues, WorksOnNormalizerOutput) {
  TimeContext ctx;
  ctx.reference = absl::CivilSecond(2025, 5, 5, 9, 0, 0);
  const Value range = FindTimes("May 7-10", ctx)[0].value;
  EXPECT_EQ(CompareValues(range, FindDurations("a four-day visit")[0].value),
            COMPATIBLE);
  EXPECT_EQ(CompareValues(range, FindDurations("a 30-day truce")[0].value),
            CONFLICTING);
  EXPECT_EQ(CompareValues(FindDurations("72 hours")[0].value,
                          FindDurations("three days")[0].value),
            EQUAL);
  EXPECT_EQ(CompareValues(FindQuantities("about 27 million")[0].value,
                          FindQuantities("27.3 million")[0].value),
            COMPATIBLE);
}

}  // namespace
}  // namespace accord

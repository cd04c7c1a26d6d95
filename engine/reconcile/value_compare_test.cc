#include "engine/reconcile/value_compare.h"

#include <limits>
#include <string>

#include "engine/data/embedded_data.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

Value Entity(const std::string& id) {
  Value v;
  v.set_entity_id(id);
  return v;
}
Value Time(const std::string& b, const std::string& e, Grain g) {
  Value v;
  v.mutable_time()->set_begin(b);
  v.mutable_time()->set_end(e);
  v.mutable_time()->set_grain(g);
  return v;
}
Value Dur(double seconds, bool approx = false) {
  Value v;
  v.mutable_duration()->set_seconds(seconds);
  v.mutable_duration()->set_approximate(approx);
  return v;
}
Value Qty(double x, bool approx, const std::string& unit = "") {
  Value v;
  v.mutable_quantity()->set_value(x);
  v.mutable_quantity()->set_approximate(approx);
  v.mutable_quantity()->set_unit(unit);
  return v;
}
// `q` with `equivalent` as the amount its text also gives in another unit.
Value WithEquivalent(Value q, const Value& equivalent) {
  *q.mutable_quantity()->add_equivalents() = equivalent.quantity();
  return q;
}
Value Set(std::initializer_list<const char*> ids) {
  Value v;
  for (const char* id : ids) *v.mutable_set()->add_members() = Entity(id);
  return v;
}
Value Text(const std::string& t) {
  Value v;
  v.set_text(t);
  return v;
}
Value Ord(int n) {
  Value v;
  v.set_ordinal(n);
  return v;
}

struct Case {
  const char* name;
  Value a, b;
  Comparison want;
};

TEST(ValueComparatorTest, Table) {
  auto gaz = Gazetteer::FromTextproto(embedded::kGazetteer).value();
  ValueComparator cmp(gaz.get());
  const Value may7to10 =
      Time("2025-05-07T00:00:00", "2025-05-11T00:00:00", DAY);
  const Case cases[] = {
      {"same entity", Entity("moscow"), Entity("moscow"), EQUAL},
      {"city in country", Entity("moscow"), Entity("russia"), COMPATIBLE},
      {"capital acts for country", Entity("beijing"), Entity("china"),
       COMPATIBLE},
      {"different people", Entity("vladimir_putin"),
       Entity("volodymyr_zelenskyy"), CONFLICTING},
      {"72 hours = 3 days", Dur(72 * 3600), Dur(3 * 86400), EQUAL},
      {"30 days vs 72 hours", Dur(30 * 86400), Dur(72 * 3600), CONFLICTING},
      {"May 7-10 fits four days", may7to10, Dur(4 * 86400), COMPATIBLE},
      {"May 7-10 is not a week", may7to10, Dur(7 * 86400), CONFLICTING},
      {"year contains day",
       Time("2013-01-01T00:00:00", "2014-01-01T00:00:00", YEAR),
       Time("2013-05-01T00:00:00", "2013-05-02T00:00:00", DAY), COMPATIBLE},
      {"disjoint days", Time("2013-05-01T00:00:00", "2013-05-02T00:00:00", DAY),
       Time("2013-05-03T00:00:00", "2013-05-04T00:00:00", DAY), CONFLICTING},
      {"about 27 million vs 27.3 million", Qty(27e6, true), Qty(27.3e6, false),
       COMPATIBLE},
      {"27 million vs 27,000,000", Qty(27e6, false), Qty(27000000, false),
       EQUAL},
      {"magnitude 5.6 vs 5.2", Qty(5.6, false), Qty(5.2, false), CONFLICTING},
      // Currencies compare only through a rate an article gives: "$137
      // million" vs "EUR 85 million ($108 million)" disagree, "$108
      // million" agrees, and without a given rate nothing is compared.
      {"$137m vs EUR 85m ($108m)", Qty(137e6, false, "dollar"),
       WithEquivalent(Qty(85e6, false, "euro"), Qty(108e6, false, "dollar")),
       CONFLICTING},
      {"EUR 85m ($108m) vs $108m",
       WithEquivalent(Qty(85e6, false, "euro"), Qty(108e6, false, "dollar")),
       Qty(108e6, false, "dollar"), EQUAL},
      {"$137m vs EUR 85m", Qty(137e6, false, "dollar"),
       Qty(85e6, false, "euro"), INCOMPARABLE},
      {"different units", Qty(5, false, "kilogram"), Qty(5, false, "person"),
       INCOMPARABLE},
      // A count's head noun describes the counted; equal numbers agree.
      {"3 police vs 3 officers", Qty(3, false, "police"),
       Qty(3, false, "officer"), EQUAL},
      {"5 people vs 5 victims", Qty(5, false, "person"),
       Qty(5, false, "victim"), EQUAL},
      {"4 men vs 3 men", Qty(4, false, "man"), Qty(3, false, "man"),
       CONFLICTING},
      {"2 civilians vs 7 people", Qty(2, false, "civilian"),
       Qty(7, false, "person"), INCOMPARABLE},
      {"80th vs 80th", Ord(80), Ord(80), EQUAL},
      {"third vs second", Ord(3), Ord(2), CONFLICTING},
      {"same members", Set({"brazil", "serbia"}), Set({"serbia", "brazil"}),
       EQUAL},
      {"subset", Set({"brazil"}), Set({"brazil", "serbia"}), COMPATIBLE},
      {"diverging lists", Set({"brazil", "serbia", "slovakia"}),
       Set({"brazil", "vietnam", "belarus"}), CONFLICTING},
      {"similar words", Text("truly strategic in nature, deep-seated"),
       Text("truly strategic in nature"), COMPATIBLE},
      {"different words never conflict", Text("moscow could exploit it"),
       Text("ukraine cannot ensure safety"), INCOMPARABLE},
      {"entity vs time", Entity("moscow"), may7to10, INCOMPARABLE},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(cmp.Compare(c.a, c.b), c.want) << c.name;
    EXPECT_EQ(cmp.Compare(c.b, c.a), c.want) << c.name << " (swapped)";
  }
}

TEST(ValueComparatorTest, DescribeIsReadable) {
  ValueComparator cmp(nullptr);
  EXPECT_EQ(
      cmp.Describe(Time("2025-05-07T00:00:00", "2025-05-11T00:00:00", DAY)),
      "2025-05-07..2025-05-10");
  EXPECT_EQ(
      cmp.Describe(Time("2022-02-01T00:00:00", "2022-03-01T00:00:00", MONTH)),
      "2022-02");
  // Intervals open at their start ("until Friday", "before 2 pm").
  EXPECT_EQ(cmp.Describe(Time("", "2026-03-13T00:00:00", DAY)),
            "until 2026-03-13");
  EXPECT_EQ(cmp.Describe(Time("", "2026-03-13T14:00:00", HOUR)),
            "until 2026-03-13T14:00");
  Value hours = Dur(72 * 3600);
  hours.mutable_duration()->set_grain(HOUR);
  EXPECT_EQ(cmp.Describe(hours), "72 hours");
  EXPECT_EQ(cmp.Describe(Ord(3)), "3rd");
  Value at_least = Qty(3, false, "person");
  at_least.mutable_quantity()->set_low(3);
  at_least.mutable_quantity()->set_high(
      std::numeric_limits<double>::infinity());
  EXPECT_EQ(cmp.Describe(at_least), "at least 3 person");
  EXPECT_EQ(cmp.Describe(Qty(4, false, "officer")), "4 officer");
  EXPECT_EQ(cmp.Describe(Ord(11)), "11th");
  EXPECT_EQ(cmp.Describe(Qty(27e6, true)), "~2.7e+07");
}

TEST(ValueComparatorTest, KeysAreCanonical) {
  ValueComparator cmp(nullptr);
  EXPECT_EQ(cmp.Key(Set({"b", "a"})), cmp.Key(Set({"a", "b"})));
  EXPECT_EQ(cmp.Key(Dur(259200)), cmp.Key(Dur(72 * 3600)));
  EXPECT_NE(cmp.Key(Entity("a")), cmp.Key(Text("a")));
}

}  // namespace
}  // namespace accord

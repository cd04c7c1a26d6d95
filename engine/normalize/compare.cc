#include "engine/normalize/compare.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/quantity.h"
#include "engine/normalize/time.h"
#include "engine/text/fold.h"

namespace accord {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Seconds since the civil epoch; +/-infinity for an open bound.
double Seconds(const std::string& iso, double open) {
  absl::CivilSecond t;
  if (iso.empty() || !ParseCivil(iso, &t)) return open;
  return static_cast<double>(t - absl::CivilSecond());
}

bool Near(double a, double b, double rel) {
  if (a == b) return true;
  return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

Comparison CompareTimes(const TimeValue& a, const TimeValue& b) {
  // A vague reference ("recently") or a recurrence ("every morning") states
  // no interval: it equals its like and never contradicts a date.
  const bool a_vague = a.reference() != TimeValue::REFERENCE_UNSPECIFIED ||
                       !a.recurrence().empty();
  const bool b_vague = b.reference() != TimeValue::REFERENCE_UNSPECIFIED ||
                       !b.recurrence().empty();
  if (a_vague || b_vague) {
    return a.reference() == b.reference() && a.recurrence() == b.recurrence() &&
                   a.recurrence_part() == b.recurrence_part()
               ? EQUAL
               : COMPATIBLE;
  }
  if (a.begin() == b.begin() && a.end() == b.end() && a.grain() == b.grain())
    return EQUAL;
  // A time of day whose day was not stated ("at 4:15 a.m.") says nothing
  // about the day: it fits any day-long or longer interval, and against
  // another time of day only the clock is compared, within an hour (news
  // rounds clock times: "about 4 a.m." and "4:15 a.m." are one time).
  if (a.day_inferred() || b.day_inferred()) {
    const TimeValue& t = a.day_inferred() ? a : b;
    const TimeValue& other = a.day_inferred() ? b : a;
    if (other.grain() != HOUR && other.grain() != MINUTE &&
        other.grain() != SECOND) {
      return COMPATIBLE;
    }
    absl::CivilSecond tc, oc;
    if (!ParseCivil(t.begin(), &tc) || !ParseCivil(other.begin(), &oc)) {
      return COMPATIBLE;
    }
    const int tm = tc.hour() * 60 + tc.minute();
    const int om = oc.hour() * 60 + oc.minute();
    // A part of the day ("early Wednesday morning", "Friday afternoon") is
    // hours long: a clock time inside it, or within the hour news rounds
    // clock times by of its ends, is that part of the day ("2:12 a.m." is
    // in the morning; the start's hour is checked below).
    absl::CivilSecond oe;
    if (ParseCivil(other.end(), &oe)) {
      const double span = absl::CivilSecond(oe) - oc;  // seconds
      if (span > 3600 && span < 24 * 3600) {
        const int end = om + static_cast<int>(span / 60);
        const int t = tm < om ? tm + 24 * 60 : tm;  // "night" crosses midnight
        if (t <= end + 60) return COMPATIBLE;
      }
    }
    const int apart = std::min(std::abs(tm - om), 24 * 60 - std::abs(tm - om));
    return apart <= 60 ? COMPATIBLE : CONFLICTING;
  }
  const double ab = Seconds(a.begin(), -kInf), ae = Seconds(a.end(), kInf);
  const double bb = Seconds(b.begin(), -kInf), be = Seconds(b.end(), kInf);
  if (ab == bb && ae == be) return EQUAL;  // same interval, other grain
  const bool a_in_b = bb <= ab && ae <= be;
  const bool b_in_a = ab <= bb && be <= ae;
  if (a_in_b || b_in_a) return COMPATIBLE;
  // An interval open at one end ("before 9:15 p.m. on Nov. 13", "since
  // 2014") bounds when something happened rather than stating a span: it
  // agrees with any time it meets ("Nov. 13").
  const bool open =
      std::isinf(ab) || std::isinf(ae) || std::isinf(bb) || std::isinf(be);
  if (open && ab < be && bb < ae) return COMPATIBLE;
  return CONFLICTING;
}

Comparison CompareDurations(const Duration& a, const Duration& b,
                            const CompareOptions& o) {
  if (Near(a.seconds(), b.seconds(), 1e-9)) return EQUAL;
  if ((a.approximate() || b.approximate()) &&
      Near(a.seconds(), b.seconds(), o.relative_tolerance))
    return COMPATIBLE;
  return CONFLICTING;
}

// Length of [begin, end) counted in `grain`: calendar months for month-like
// grains when both ends fall on the same day of month and time, else
// seconds / GrainSeconds(grain).
double LengthIn(const TimeValue& t, Grain grain) {
  absl::CivilSecond b, e;
  ParseCivil(t.begin(), &b);
  ParseCivil(t.end(), &e);
  if ((grain == MONTH || grain == QUARTER || grain == YEAR ||
       grain == DECADE) &&
      b.day() == e.day() && b.hour() == e.hour() && b.minute() == e.minute() &&
      b.second() == e.second()) {
    const double months =
        (e.year() - b.year()) * 12.0 + (e.month() - b.month());
    const double per = grain == MONTH     ? 1
                       : grain == QUARTER ? 3
                       : grain == YEAR    ? 12
                                          : 120;
    return months / per;
  }
  return static_cast<double>(e - b) / GrainSeconds(grain);
}

Comparison CompareTimeDuration(const TimeValue& t, const Duration& d,
                               const CompareOptions& o) {
  absl::CivilSecond b, e;
  if (!ParseCivil(t.begin(), &b) || !ParseCivil(t.end(), &e))
    return INCOMPARABLE;
  const Grain g = d.grain() == GRAIN_UNSPECIFIED ? SECOND : d.grain();
  const double length = LengthIn(t, g);
  const double want = d.seconds() / GrainSeconds(g);
  if (Near(length, want, 1e-9)) return COMPATIBLE;
  if (d.approximate() && Near(length, want, o.relative_tolerance))
    return COMPATIBLE;
  return CONFLICTING;
}

struct Range {
  double value, low, high;
  bool approximate;
};

Range ToRange(const Quantity& q, double scale) {
  Range r;
  r.value = q.value() * scale;
  r.low = q.low() * scale;
  r.high = q.high() * scale;
  // Messages built without bounds: a point.
  if (q.low() == 0 && q.high() == 0 && q.value() != 0) r.low = r.high = r.value;
  r.approximate = q.approximate();
  return r;
}

Comparison CompareQuantities(const Quantity& a, const Quantity& b,
                             const CompareOptions& o) {
  double scale = 1;
  if (!a.unit().empty() && !b.unit().empty() && a.unit() != b.unit() &&
      !ConvertUnit(1, b.unit(), a.unit(), &scale))
    return INCOMPARABLE;
  const Range x = ToRange(a, 1), y = ToRange(b, scale);
  const bool x_point = x.low == x.high, y_point = y.low == y.high;
  if (x_point && y_point) {
    if (Near(x.value, y.value, 1e-9)) return EQUAL;
    if ((x.approximate || y.approximate) &&
        Near(x.value, y.value, o.relative_tolerance))
      return COMPATIBLE;
    return CONFLICTING;
  }
  if (Near(x.low, y.low, 1e-9) && Near(x.high, y.high, 1e-9)) return EQUAL;
  // Ranges and bounds: consistent when they overlap (approximate ends widen
  // by the tolerance).
  const double tx = x.approximate ? o.relative_tolerance : 0;
  const double ty = y.approximate ? o.relative_tolerance : 0;
  auto widen = [](double v, double t) {
    return std::isinf(v) ? 0.0 : std::fabs(v) * t;
  };
  const double xl = x.low - widen(x.low, tx);
  const double xh = x.high + widen(x.high, tx);
  const double yl = y.low - widen(y.low, ty);
  const double yh = y.high + widen(y.high, ty);
  if (xl <= yh && yl <= xh) return COMPATIBLE;
  return CONFLICTING;
}

bool Contains(const ValueSet& big, const ValueSet& small,
              const CompareOptions& o) {
  for (const Value& m : small.members()) {
    bool found = false;
    for (const Value& n : big.members()) {
      if (CompareValues(m, n, o) == EQUAL) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

Comparison CompareValues(const Value& a, const Value& b,
                         const CompareOptions& o) {
  if (a.kind_case() == Value::KIND_NOT_SET ||
      b.kind_case() == Value::KIND_NOT_SET)
    return INCOMPARABLE;
  if (a.kind_case() != b.kind_case()) {
    if (a.has_time() && b.has_duration())
      return CompareTimeDuration(a.time(), b.duration(), o);
    if (a.has_duration() && b.has_time())
      return CompareTimeDuration(b.time(), a.duration(), o);
    return INCOMPARABLE;
  }
  switch (a.kind_case()) {
    case Value::kEntityId:
      return a.entity_id() == b.entity_id() ? EQUAL : CONFLICTING;
    case Value::kTime:
      return CompareTimes(a.time(), b.time());
    case Value::kDuration:
      return CompareDurations(a.duration(), b.duration(), o);
    case Value::kQuantity:
      return CompareQuantities(a.quantity(), b.quantity(), o);
    case Value::kOrdinal:
      return a.ordinal() == b.ordinal() ? EQUAL : CONFLICTING;
    case Value::kText:
      return FoldText(a.text()) == FoldText(b.text()) ? EQUAL : INCOMPARABLE;
    case Value::kSet: {
      const bool ab = Contains(b.set(), a.set(), o);
      const bool ba = Contains(a.set(), b.set(), o);
      if (ab && ba) return EQUAL;
      if (ab || ba) return COMPATIBLE;
      return CONFLICTING;
    }
    default:
      return INCOMPARABLE;
  }
}

}  // namespace accord

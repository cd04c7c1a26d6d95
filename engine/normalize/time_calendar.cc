// Calendar arithmetic of the time parser (time_calendar.h).

#include "engine/normalize/time_calendar.h"

#include <algorithm>
#include <cmath>

namespace accord {
namespace time_internal {

using absl::CivilDay;
using absl::CivilSecond;

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

int WeekdayOf(CivilDay d) {
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday:
      return 0;
    case absl::Weekday::tuesday:
      return 1;
    case absl::Weekday::wednesday:
      return 2;
    case absl::Weekday::thursday:
      return 3;
    case absl::Weekday::friday:
      return 4;
    case absl::Weekday::saturday:
      return 5;
    case absl::Weekday::sunday:
      return 6;
  }
  return 0;
}

CivilDay StartOfWeek(CivilDay d) { return d - WeekdayOf(d); }

CivilSecond Truncate(CivilSecond t, Grain g) {
  switch (g) {
    case SECOND:
      return t;
    case MINUTE:
      return CivilSecond(absl::CivilMinute(t));
    case HOUR:
      return CivilSecond(absl::CivilHour(t));
    case DAY:
      return CivilSecond(CivilDay(t));
    case WEEK:
      return CivilSecond(StartOfWeek(CivilDay(t)));
    case MONTH:
      return CivilSecond(absl::CivilMonth(t));
    case QUARTER: {
      const int m = (t.month() - 1) / 3 * 3 + 1;
      return CivilSecond(t.year(), m, 1);
    }
    case YEAR:
      return CivilSecond(absl::CivilYear(t));
    case DECADE:
      return CivilSecond(t.year() - ((t.year() % 10) + 10) % 10, 1, 1);
    default:
      return t;
  }
}

CivilSecond AddGrain(CivilSecond t, Grain g, long long n) {
  switch (g) {
    case SECOND:
      return t + n;
    case MINUTE:
      return CivilSecond(absl::CivilMinute(t) + n);
    case HOUR:
      return CivilSecond(absl::CivilHour(t) + n);
    case DAY:
      return CivilSecond(CivilDay(t) + n);
    case WEEK:
      return CivilSecond(CivilDay(t) + 7 * n);
    case MONTH:
      return CivilSecond(absl::CivilMonth(t) + n);
    case QUARTER:
      return CivilSecond(absl::CivilMonth(t) + 3 * n);
    case YEAR:
      return CivilSecond(absl::CivilYear(t) + n);
    case DECADE:
      return CivilSecond(absl::CivilYear(t) + 10 * n);
    default:
      return t + n;
  }
}

CivilSecond Shift(CivilSecond t, Grain g, long long n) {
  switch (g) {
    case SECOND:
    case MINUTE:
    case HOUR:
      return t + n * static_cast<long long>(GrainSeconds(g));
    case DAY:
    case WEEK: {
      const CivilDay d = CivilDay(t) + n * (g == WEEK ? 7 : 1);
      return CivilSecond(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                         t.second());
    }
    default: {
      const long long months = n * (g == MONTH     ? 1
                                    : g == QUARTER ? 3
                                    : g == YEAR    ? 12
                                                   : 120);
      const absl::CivilMonth m = absl::CivilMonth(t) + months;
      const int day = std::min(t.day(), DaysInMonth(m.year(), m.month()));
      return CivilSecond(m.year(), m.month(), day, t.hour(), t.minute(),
                         t.second());
    }
  }
}

CivilSecond AddDuration(CivilSecond t, const DurationParse& d, int sign) {
  const Grain g = d.grain;
  if (g == MONTH || g == QUARTER || g == YEAR || g == DECADE) {
    const double n = d.seconds / GrainSeconds(g);
    if (std::fabs(n - std::round(n)) < 1e-9)
      return Shift(t, g, sign * static_cast<long long>(std::round(n)));
  }
  return t + sign * static_cast<long long>(std::llround(d.seconds));
}

Grain RelativeGrain(Grain g) { return g == SECOND ? SECOND : FinerGrain(g); }

}  // namespace time_internal
}  // namespace accord

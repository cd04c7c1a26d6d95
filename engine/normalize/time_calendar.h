// Calendar arithmetic of the time parser: month lengths, weekdays, and
// moving or truncating a civil time by a grain (DAY, WEEK, MONTH, ...).
//
//   time_internal::Truncate(CivilSecond(2025, 5, 7, 9, 30, 0), WEEK);
//       // 2025-05-05T00:00:00, the Monday starting that week
//
// All functions are pure and thread-safe. Weeks start on Monday.

#ifndef ACCORD_ENGINE_NORMALIZE_TIME_CALENDAR_H_
#define ACCORD_ENGINE_NORMALIZE_TIME_CALENDAR_H_

#include "absl/time/civil_time.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/match.h"

namespace accord {
namespace time_internal {

// Days in `month` (1-12) of `year` (proleptic Gregorian).
int DaysInMonth(int year, int month);

// Monday = 0 ... Sunday = 6.
int WeekdayOf(absl::CivilDay d);

// The Monday on or before `d`.
absl::CivilDay StartOfWeek(absl::CivilDay d);

// The start of the `g` unit containing `t` (DECADE: the year ending in 0).
absl::CivilSecond Truncate(absl::CivilSecond t, Grain g);

// `t` moved by `n` units of `g`, at the grain's own precision (AddGrain of
// a day start by MONTH is the next month's start).
absl::CivilSecond AddGrain(absl::CivilSecond t, Grain g, long long n);

// `t` moved by `n` units of `g`, preserving the time of day when moving by
// days/months/years (a day past the new month's end is its last day).
absl::CivilSecond Shift(absl::CivilSecond t, Grain g, long long n);

// Adds `sign` times a duration to `t`: calendar units move the calendar
// ("in 2 months"), others add seconds.
absl::CivilSecond AddDuration(absl::CivilSecond t, const DurationParse& d,
                              int sign);

// Grain a relative time keeps: one finer than the duration's ("in 7 days"
// is to the hour, "in 2 minutes" to the second), as Duckling.
Grain RelativeGrain(Grain g);

}  // namespace time_internal
}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_TIME_CALENDAR_H_

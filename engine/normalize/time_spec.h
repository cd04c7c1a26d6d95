// The partial meaning of a time expression before resolution (Spec), the
// merge of two partial meanings, and the resolved interval (Resolved).
//
//   Spec a;  a.month = 5;          // "May"
//   Spec b;  b.day = 7;            // "7"
//   time_internal::Merge(&a, b);   // true: May 7
//
// Plain values; the functions are pure and thread-safe.

#ifndef ACCORD_ENGINE_NORMALIZE_TIME_SPEC_H_
#define ACCORD_ENGINE_NORMALIZE_TIME_SPEC_H_

#include <string>

#include "absl/time/civil_time.h"
#include "engine/normalize/match.h"

namespace accord {
namespace time_internal {

// A field the text did not state.
constexpr int kUnset = -1000000;

// The partial meaning of a time expression before resolution.
struct Spec {
  int year = kUnset;
  int month = kUnset;
  int day = kUnset;
  int weekday = kUnset;
  int hour = kUnset;
  int minute = kUnset;
  int second = kUnset;
  int quarter = kUnset;
  // False while the hour is on a 12-hour clock with no am/pm.
  bool hour_certain = true;
  // Part of day in hours [pod_begin, pod_end) (may end at 24).
  int pod_begin = kUnset;
  int pod_end = kUnset;
  // An already resolved interval that the fields refine ("tomorrow",
  // "next week").
  bool anchored = false;
  absl::CivilSecond anchor_begin;
  absl::CivilSecond anchor_end;
  Grain anchor_grain = GRAIN_UNSPECIFIED;
  // Stated as an interval rather than one unit of its grain.
  bool interval = false;
  // The anchor is itself the value, stated as an interval ("the last 2
  // days", "end of the month").
  bool anchor_interval = false;
  // Too ambiguous alone (Duckling's latent values).
  bool latent = false;
  // A bare number read as an hour: only with a day word or part of day.
  bool bare_hour = false;
  // Today, tomorrow, tonight, yesterday: a day a bare hour may join.
  bool day_word = false;
  // Holiday (holidays.h id) and which occurrence: -1 last, 0 upcoming.
  int holiday = kUnset;
  int holiday_dir = 0;
  // Time zone of the stated clock time, minutes east of UTC.
  int tz_offset = kUnset;

  bool HasDate() const {
    return year != kUnset || month != kUnset || day != kUnset ||
           weekday != kUnset || quarter != kUnset || anchored;
  }
  bool HasTime() const { return hour != kUnset; }
};

// A resolved time.
struct Resolved {
  absl::CivilSecond begin;
  absl::CivilSecond end;
  Grain grain = GRAIN_UNSPECIFIED;
  bool interval = false;
  bool open_begin = false;  // (-inf, end)
  bool open_end = false;    // [begin, +inf)
  std::string holiday;
  // A time of day with no stated day: the day is the reference's.
  bool day_inferred = false;
};

// Intersects two specs into *a; false (and *a unchanged) when they
// contradict.
bool Merge(Spec* a, const Spec& b);

// Fills the coarser fields one side of a range leaves out from the other:
// "May 7-10" (10 takes May), "13 to 15 July" (13 takes July), "3-4pm" (3
// takes p.m.), "9:30 - 11:00 CST" (9:30 takes the zone).
void Complete(Spec* partial, const Spec& full);

}  // namespace time_internal
}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_TIME_SPEC_H_

// The specification/merge step of the time parser (time_spec.h).

#include "engine/normalize/time_spec.h"

#include <algorithm>

namespace accord {
namespace time_internal {

namespace {

template <typename T>
bool MergeField(T* a, T b) {
  if (b == kUnset) return true;
  if (*a == kUnset) {
    *a = b;
    return true;
  }
  return *a == b;
}

}  // namespace

bool Merge(Spec* a, const Spec& b) {
  Spec r = *a;
  if (!MergeField(&r.year, b.year) || !MergeField(&r.month, b.month) ||
      !MergeField(&r.day, b.day) || !MergeField(&r.weekday, b.weekday) ||
      !MergeField(&r.minute, b.minute) || !MergeField(&r.second, b.second) ||
      !MergeField(&r.quarter, b.quarter) ||
      !MergeField(&r.holiday, b.holiday) ||
      !MergeField(&r.tz_offset, b.tz_offset))
    return false;
  if (b.holiday != kUnset) r.holiday_dir = b.holiday_dir;
  if (b.hour != kUnset) {
    if (r.hour != kUnset) return false;
    r.hour = b.hour;
    r.hour_certain = b.hour_certain;
  }
  if (b.pod_begin != kUnset) {
    if (r.pod_begin != kUnset) {
      // Intersect two parts of day ("tonight" + "late").
      r.pod_begin = std::max(r.pod_begin, b.pod_begin);
      r.pod_end = std::min(r.pod_end, b.pod_end);
      if (r.pod_begin >= r.pod_end) return false;
    } else {
      r.pod_begin = b.pod_begin;
      r.pod_end = b.pod_end;
    }
  }
  r.day_word = a->day_word || b.day_word;
  if (b.anchored) {
    if (r.anchored) return false;
    r.anchored = true;
    r.anchor_begin = b.anchor_begin;
    r.anchor_end = b.anchor_end;
    r.anchor_grain = b.anchor_grain;
    r.anchor_interval = b.anchor_interval;
  }
  // A bare hour needs a day, a part of day or a holiday beside it.
  if (a->bare_hour || b.bare_hour) {
    const Spec& other = a->bare_hour ? b : *a;
    if (other.hour != kUnset && other.bare_hour) return false;
    if (!other.day_word && other.pod_begin == kUnset && other.holiday == kUnset)
      return false;
    r.bare_hour = false;
  }
  if (r.anchor_interval &&
      (r.HasTime() || r.weekday != kUnset || r.day != kUnset))
    return false;
  r.latent = a->latent && b.latent;
  *a = r;
  return true;
}

void Complete(Spec* partial, const Spec& full) {
  if (partial->hour != kUnset && full.hour != kUnset) {
    if (!partial->hour_certain && full.hour_certain && full.hour >= 12 &&
        partial->hour + 12 <= full.hour && partial->pod_begin == kUnset) {
      partial->hour += 12;
      partial->hour_certain = true;
    }
    if (partial->pod_begin == kUnset && full.pod_begin != kUnset &&
        !partial->hour_certain) {
      partial->pod_begin = full.pod_begin;
      partial->pod_end = full.pod_end;
    }
    if (partial->tz_offset == kUnset) partial->tz_offset = full.tz_offset;
    if (!partial->HasDate() && partial->holiday == kUnset) {
      partial->year = full.year;
      partial->month = full.month;
      partial->day = full.day;
      partial->weekday = full.weekday;
      partial->holiday = full.holiday;
      partial->anchored = full.anchored;
      partial->anchor_begin = full.anchor_begin;
      partial->anchor_end = full.anchor_end;
      partial->anchor_grain = full.anchor_grain;
    }
    return;
  }
  const bool has_day = partial->day != kUnset;
  if (has_day && partial->month == kUnset && partial->year == kUnset &&
      !partial->anchored && full.month != kUnset) {
    partial->month = full.month;
    partial->year = full.year;
    partial->weekday = kUnset;
  } else if (partial->month != kUnset && partial->year == kUnset &&
             full.year != kUnset && partial->hour == kUnset) {
    partial->year = full.year;
  }
}

}  // namespace time_internal
}  // namespace accord

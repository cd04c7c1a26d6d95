// Resolution: turns a Spec (what the text stated) into a Resolved interval
// against the reference time and the context's directions.
//
// Part of the Parser behind FindTimes (time_parser.h); see time.h for the
// value model. Entry point here: Parser::Resolve.

#include "engine/normalize/holidays.h"
#include "engine/normalize/time_calendar.h"
#include "engine/normalize/time_parser.h"
#include "engine/normalize/time_spec.h"

namespace accord {
namespace time_internal {

using absl::CivilDay;
using absl::CivilSecond;

bool Parser::Resolve(const Spec& s, Resolved* r) const {
  const bool next = ctx_.dates == TimeContext::DateDirection::kNext;
  // Finest stated grain.
  Grain g = GRAIN_UNSPECIFIED;
  if (s.second != kUnset) {
    g = SECOND;
  } else if (s.minute != kUnset) {
    g = MINUTE;
  } else if (s.hour != kUnset) {
    g = HOUR;
  } else if (s.day != kUnset || s.weekday != kUnset) {
    g = DAY;
  } else if (s.month != kUnset) {
    g = MONTH;
  } else if (s.quarter != kUnset) {
    g = QUARTER;
  } else if (s.year != kUnset) {
    g = YEAR;
  }
  r->holiday = s.holiday != kUnset ? HolidayName(s.holiday) : "";
  CivilDay date;
  bool date_from_reference = false;
  if (s.holiday != kUnset) {
    // The holiday in the stated year, the anchor's year ("of next year",
    // "in 9 months"), or its next (last) occurrence.
    CivilSecond hb, he;
    Grain hg;
    int year = s.year != kUnset ? s.year
               : s.anchored     ? s.anchor_begin.year()
                                : ref_.year();
    if (!HolidayDates(s.holiday, year, &hb, &he, &hg)) return false;
    if (s.year == kUnset && !s.anchored) {
      const CivilSecond today = CivilSecond(CivilDay(ref_));
      if (s.holiday_dir < 0) {
        if (hb >= today && !HolidayDates(s.holiday, year - 1, &hb, &he, &hg))
          return false;
      } else if (next || s.holiday_dir > 0) {
        if (he <= today && !HolidayDates(s.holiday, year + 1, &hb, &he, &hg))
          return false;
      }
    }
    if (s.hour == kUnset && s.pod_begin == kUnset) {
      r->begin = hb;
      r->end = he;
      r->grain = hg;
      r->interval = HolidayIsInterval(s.holiday) || hg == MINUTE;
      return true;
    }
    date = CivilDay(hb);
    g = s.hour != kUnset ? g : DAY;
  } else if (s.anchored) {
    if (g == GRAIN_UNSPECIFIED && s.pod_begin == kUnset) {
      r->begin = s.anchor_begin;
      r->end = s.anchor_end;
      r->grain = s.anchor_grain;
      r->interval = s.anchor_interval;
      return true;
    }
    date = CivilDay(s.anchor_begin);
    // A quarter of an anchored year: "next year's first quarter".
    if (s.quarter != kUnset && s.anchor_grain == YEAR && s.month == kUnset &&
        s.day == kUnset && s.weekday == kUnset && s.hour == kUnset &&
        s.pod_begin == kUnset) {
      r->begin = CivilSecond(CivilDay(date.year(), 3 * s.quarter - 2, 1));
      r->grain = QUARTER;
      r->end = AddGrain(r->begin, QUARTER, 1);
      return true;
    }
    if (s.month != kUnset) date = CivilDay(date.year(), s.month, 1);
    if (s.day != kUnset) {
      if (s.day > DaysInMonth(date.year(), date.month())) return false;
      date = CivilDay(date.year(), date.month(), s.day);
    }
    if (s.weekday != kUnset) {
      int k = 0;
      while (WeekdayOf(date) != s.weekday && k < 7) {
        date += 1;
        ++k;
      }
    }
    if (s.month != kUnset && s.day == kUnset && s.weekday == kUnset &&
        s.hour == kUnset) {
      r->begin = CivilSecond(date);
      r->grain = MONTH;
      r->end = AddGrain(r->begin, MONTH, 1);
      return true;
    }
    if (g == GRAIN_UNSPECIFIED || g > DAY) g = s.pod_begin != kUnset ? g : DAY;
    if (g == GRAIN_UNSPECIFIED && s.pod_begin == kUnset) g = DAY;
  } else if (s.year != kUnset) {
    const int m = s.month != kUnset
                      ? s.month
                      : (s.quarter != kUnset ? 3 * s.quarter - 2 : 1);
    const int d = s.day != kUnset ? s.day : 1;
    if (d > DaysInMonth(s.year, m)) return false;
    date = CivilDay(s.year, m, d);
    if (s.weekday != kUnset && s.day == kUnset) {
      while (WeekdayOf(date) != s.weekday) date += 1;
    }
  } else if (s.month != kUnset) {
    int y = ref_.year();
    if (s.day != kUnset) {
      if (s.day > DaysInMonth(2000, s.month)) return false;
      if (next && (s.month < ref_.month() ||
                   (s.month == ref_.month() && s.day < ref_.day())))
        ++y;
      if (s.weekday != kUnset) {
        // The first year from the reference year where the date falls on
        // the weekday.
        int k = 0;
        int yy = ref_.year();
        for (; k < 40; ++k, ++yy) {
          if (s.day > DaysInMonth(yy, s.month)) continue;
          if (WeekdayOf(CivilDay(yy, s.month, s.day)) == s.weekday) break;
        }
        if (k < 40) y = yy;
      }
      if (s.day > DaysInMonth(y, s.month)) return false;
      date = CivilDay(y, s.month, s.day);
    } else {
      if (next && s.month < ref_.month()) ++y;
      date = CivilDay(y, s.month, 1);
    }
  } else if (s.day != kUnset) {
    absl::CivilMonth m(ref_);
    if (next && s.day < ref_.day()) m += 1;
    int k = 0;
    for (; k < 48; ++k, m += 1) {
      if (s.day > DaysInMonth(m.year(), m.month())) continue;
      if (s.weekday == kUnset ||
          WeekdayOf(CivilDay(m.year(), m.month(), s.day)) == s.weekday)
        break;
    }
    if (k == 48) return false;
    date = CivilDay(m.year(), m.month(), s.day);
  } else if (s.weekday != kUnset) {
    const CivilDay today(ref_);
    const int wd = WeekdayOf(today);
    if (ctx_.weekday == TimeContext::WeekdayDirection::kNext) {
      int delta = (s.weekday - wd + 7) % 7;
      if (delta == 0) delta = 7;
      date = today + delta;
    } else {
      date = today - (wd - s.weekday + 7) % 7;
    }
  } else if (s.quarter != kUnset) {
    date = CivilDay(ref_.year(), 3 * s.quarter - 2, 1);
  } else {
    date = CivilDay(ref_);
    date_from_reference = true;
  }
  if (g == GRAIN_UNSPECIFIED && s.pod_begin == kUnset) return false;
  // Time of day.
  if (s.hour != kUnset) {
    int h = s.hour;
    if (!s.hour_certain && h >= 1 && h <= 12) {
      const int am = h % 12, pm = h % 12 + 12;
      if (s.pod_begin != kUnset) {
        // An afternoon/evening/night hour is p.m.; 12 then is midnight.
        if (s.pod_begin >= 12) {
          h = pm;
          if (s.hour == 12 && s.pod_begin == 12 && s.minute != kUnset) {
            h = 12;  // "12:15 in the afternoon"
          } else if (s.hour == 12) {
            h = 0;
            date += 1;
          }
        } else {
          h = am;
        }
        if (next && date_from_reference && h < ref_.hour()) date += 1;
      } else if (next && date_from_reference) {
        const int now_h = ref_.hour();
        if (am >= now_h) {
          h = am;
        } else if (pm >= now_h) {
          h = pm;
        } else {
          h = am;
          date += 1;
        }
      } else if (next) {
        h = am;
      } else {
        // Running text: 1-6 o'clock is afternoon, 7-11 morning, 12 noon.
        h = (h >= 1 && h <= 6) ? pm : (h == 12 ? 12 : am);
      }
    } else if (next && date_from_reference && h < ref_.hour()) {
      date += 1;
    }
    const int m = s.minute != kUnset ? s.minute : 0;
    const int sec = s.second != kUnset ? s.second : 0;
    r->day_inferred = date_from_reference;
    r->begin = CivilSecond(date.year(), date.month(), date.day(), h, m, sec);
    if (s.tz_offset != kUnset &&
        ctx_.utc_offset_minutes != TimeContext::kNoOffset) {
      // Convert the stated zone's clock time to the reference's.
      r->begin += (ctx_.utc_offset_minutes - s.tz_offset) * 60;
      if (g > MINUTE) g = MINUTE;
    }
    r->grain = g;
    r->end = AddGrain(r->begin, g, 1);
    r->interval = false;
    return true;
  }
  if (s.pod_begin != kUnset && g <= DAY) {
    r->begin = CivilSecond(date) + s.pod_begin * 3600;
    r->end = CivilSecond(date) + s.pod_end * 3600;
    r->grain = HOUR;
    r->interval = true;
    return true;
  }
  if (g == GRAIN_UNSPECIFIED) return false;
  r->begin = Truncate(CivilSecond(date), g == WEEK ? WEEK : g);
  if (g == DAY) r->begin = CivilSecond(date);
  r->grain = g;
  r->end = AddGrain(r->begin, g, 1);
  r->interval = false;
  return true;
}

// Resolves `s` to the first occurrence that does not start before `lower`
// (the second half of a range).
bool Parser::ResolveNotBefore(const Spec& s, const Resolved& lower,
                              Resolved* r) const {
  if (!Resolve(s, r)) return false;
  if (r->begin >= lower.begin) return true;
  // Times of day roll to the afternoon or the next day; dates to the next
  // month or year.
  if (s.hour != kUnset && !s.HasDate()) {
    if (!s.hour_certain && r->begin + 12 * 3600 >= lower.begin) {
      r->begin += 12 * 3600;
      r->end += 12 * 3600;
      return true;
    }
    r->begin = Shift(r->begin, DAY, 1);
    r->end = Shift(r->end, DAY, 1);
    return true;
  }
  if (s.day != kUnset && s.month == kUnset && s.year == kUnset) {
    r->begin = Shift(r->begin, MONTH, 1);
    r->end = AddGrain(r->begin, r->grain, 1);
    return r->begin >= lower.begin;
  }
  if (s.year == kUnset && s.month != kUnset) {
    r->begin = Shift(r->begin, YEAR, 1);
    r->end = AddGrain(r->begin, r->grain, 1);
    return true;
  }
  return false;
}

}  // namespace time_internal
}  // namespace accord

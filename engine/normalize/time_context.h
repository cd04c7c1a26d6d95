// The context a time expression is resolved in: the reference time (a
// document's publication time) and the directions that place expressions
// leaving out a coarser unit ("Friday", "May 7", "at 3 p.m.").
//
//   TimeContext ctx;
//   ctx.reference = absl::CivilSecond(2025, 5, 5, 9, 0, 0);
//   ctx.weekday = TimeContext::WeekdayDirection::kNearestPast;  // news
//
// A plain value; see time.h for its use.

#ifndef ACCORD_ENGINE_NORMALIZE_TIME_CONTEXT_H_
#define ACCORD_ENGINE_NORMALIZE_TIME_CONTEXT_H_

#include "absl/time/civil_time.h"

namespace accord {

struct TimeContext {
  // The document's publication time (or Duckling's reference time), as local
  // civil time. Relative expressions resolve against it.
  absl::CivilSecond reference;
  // Direction for bare weekday names. kNearestPast (news: "the Kremlin
  // announced Sunday") takes the most recent such day on or before the
  // reference day, so a Sunday article saying "Sunday" means that day.
  // kNext (Duckling's corpus) takes the next such day strictly after it.
  enum class WeekdayDirection {
    kNearestPast,
    kNext
  } weekday = WeekdayDirection::kNext;
  // Placement of expressions that leave out a coarser unit. kReference
  // (news): a year-less date takes the reference year ("May 7"), a month-less
  // day the reference month ("on the 15th"), a date-less time the reference
  // day ("at 3 p.m."). kNext (Duckling): the next occurrence not yet past.
  enum class DateDirection {
    kReference,
    kNext
  } dates = DateDirection::kReference;
  // Also return forms Duckling calls latent, which are too ambiguous for
  // running text: a bare number as an hour ("7"), a bare year ("1974"), a
  // bare part of day ("morning"), "the 24", "ten thirty".
  bool latent = false;
  // The reference's offset from UTC in minutes, for converting clock times
  // stated in another zone ("4pm CET"); kNoOffset leaves them as stated.
  static constexpr int kNoOffset = -100000;
  int utc_offset_minutes = kNoOffset;
};

// `ctx` with its reference moved by `years` (same month, day and clock), for
// reading a year-less expression in the year before or after ("in August"
// told in a January article about last summer).
inline TimeContext ShiftYears(const TimeContext& ctx, int years) {
  TimeContext o = ctx;
  const absl::CivilSecond r = ctx.reference;
  o.reference = absl::CivilSecond(r.year() + years, r.month(), r.day(),
                                  r.hour(), r.minute(), r.second());
  return o;
}

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_TIME_CONTEXT_H_

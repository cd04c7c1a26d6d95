// Comparison semantics for normalized values: decides whether two values
// found in different sources agree (EQUAL), are consistent (COMPATIBLE),
// disagree (CONFLICTING) or cannot be compared (INCOMPARABLE). The
// reconciler calls it for every pair of candidate values of a slot.
//
//   CompareValues(FindTimes("May 7-10", ctx)[0].value,
//                 FindDurations("four-day")[0].value);  // COMPATIBLE

#ifndef ACCORD_ENGINE_NORMALIZE_COMPARE_H_
#define ACCORD_ENGINE_NORMALIZE_COMPARE_H_

#include "proto/accord.pb.h"

namespace accord {

struct CompareOptions {
  // For approximate quantities and durations: values within this fraction of
  // the larger magnitude are COMPATIBLE.
  double relative_tolerance = 0.05;
};

// Compares two values:
//  * times, as intervals: identical begin/end/grain EQUAL; one containing the
//    other COMPATIBLE ("2013" vs "2013-05-01"); otherwise (disjoint or
//    partly overlapping) CONFLICTING. Open bounds are unbounded, and an
//    interval open at one end ("before 9 p.m. Friday") is a bound: it is
//    COMPATIBLE with any interval it meets. A clock
//    time with no stated day (TimeValue.day_inferred) fits any day-long or
//    longer interval, a part of a day that contains it ("2:12 a.m." in
//    "early Wednesday morning"), and a clock time within an hour.
//  * durations, by length after unit conversion: equal EQUAL ("72 hours" vs
//    "3 days"); within tolerance when either is approximate COMPATIBLE;
//    else CONFLICTING.
//  * a time interval and a duration: COMPATIBLE when the interval's length,
//    counted in the duration's unit, equals the duration ([May 7, May 11) is
//    four days: "four-day" COMPATIBLE, "30-day" CONFLICTING); an open
//    interval is INCOMPARABLE.
//  * quantities, after converting convertible units ("km" vs "m"): equal
//    EQUAL; within tolerance when either is approximate, or overlapping
//    ranges/bounds, COMPATIBLE; else CONFLICTING. Units of different
//    dimensions or different counted nouns are INCOMPARABLE; a bare number
//    (unit "") compares with any unit.
//  * ordinals: equal EQUAL, else CONFLICTING.
//  * text: equal after case and whitespace folding EQUAL, else INCOMPARABLE.
//  * entity ids: equal EQUAL, else CONFLICTING (containment is the caller's).
//  * sets: same members EQUAL, one a subset of the other COMPATIBLE, else
//    CONFLICTING.
//  * any other pair of kinds, or an unset value: INCOMPARABLE.
accord::Comparison CompareValues(const accord::Value& a, const accord::Value& b,
                                 const CompareOptions& opts = {});

}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_COMPARE_H_

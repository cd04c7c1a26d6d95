// Relative times of the time parser: day words and this/next/last ("tomorrow",
// "next week"), "the closest Monday to ...", and lengths counted from the
// reference ("in 3 days", "2 weeks ago", "the last 2 days").
//
// Part of the Parser behind FindTimes (time_parser.h); see time.h for the
// value model. Entry point here: Parser::RelativeAt.

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/holidays.h"
#include "engine/normalize/number.h"
#include "engine/normalize/time_calendar.h"
#include "engine/normalize/time_parser.h"
#include "engine/normalize/time_spec.h"

namespace accord {
namespace time_internal {

using absl::CivilDay;
using absl::CivilSecond;

namespace {

Grain UnitGrain(absl::string_view w) { return DurationUnitGrain(w, false); }

}  // namespace

// Days and periods relative to the reference: today, tomorrow, yesterday,
// now, tonight, this/next/last week|month|year|quarter.
int Parser::RelativeAt(int i, Spec* s) const {
  if (!IsWord(i)) return -1;
  const absl::string_view w = t_[i].text;
  const CivilSecond today = CivilSecond(CivilDay(ref_));
  if (w == "today") {
    *s = Anchor(today, DAY);
    s->day_word = true;
    return i + 1;
  }
  if (w == "tomorrow" || w == "tomorrows") {
    *s = Anchor(AddGrain(today, DAY, 1), DAY);
    s->day_word = true;
    return i + 1;
  }
  if (w == "yesterday") {
    *s = Anchor(AddGrain(today, DAY, -1), DAY);
    s->day_word = true;
    return i + 1;
  }
  {
    int k = i;
    if (w == "the") ++k;
    if (Is(k, "day") && (Is(k + 1, "after") || Is(k + 1, "before")) &&
        (Is(k + 2, "tomorrow") || Is(k + 2, "yesterday"))) {
      const int base = Is(k + 2, "tomorrow") ? 1 : -1;
      const int step = Is(k + 1, "after") ? 1 : -1;
      *s = Anchor(AddGrain(today, DAY, base + step), DAY);
      s->day_word = true;
      return k + 3;
    }
  }
  if (w == "atm" || (w == "at" && Is(i + 1, "the") && Is(i + 2, "moment"))) {
    *s = Anchor(ref_, SECOND);
    return w == "atm" ? i + 1 : i + 3;
  }
  if (w == "tonight" || w == "tonite") {
    *s = Anchor(today, DAY);
    s->pod_begin = 18;
    s->pod_end = 24;
    s->day_word = true;
    return i + 1;
  }
  if (w == "late" && (Is(i + 1, "tonight") || Is(i + 1, "tonite") ||
                      (Is(i + 1, "last") && Is(i + 2, "night")))) {
    const bool last = Is(i + 1, "last");
    *s = Anchor(AddGrain(today, DAY, last ? -1 : 0), DAY);
    s->pod_begin = 21;
    s->pod_end = 24;
    return last ? i + 3 : i + 2;
  }
  if (w == "now" || (w == "right" && Is(i + 1, "now")) ||
      (w == "just" && Is(i + 1, "now"))) {
    *s = Anchor(ref_, SECOND);
    return w == "now" ? i + 1 : i + 2;
  }
  // this/next/last <unit>
  int dir = kUnset;
  int j = i + 1;
  if (w == "this" || w == "current") {
    dir = 0;
  } else if (w == "next" || w == "coming" || w == "upcoming") {
    dir = 1;
  } else if (w == "last" || w == "past" || w == "previous") {
    dir = -1;
  } else if (w == "the" && (Is(i + 1, "following") || Is(i + 1, "next"))) {
    dir = 1;
    j = i + 2;
  }
  if (dir == kUnset || !IsWord(j)) return -1;
  const absl::string_view u = t_[j].text;
  Grain g = GRAIN_UNSPECIFIED;
  if (u == "week" || u == "week's") g = WEEK;
  if (u == "month") g = MONTH;
  if (u == "year" || u == "yr") g = YEAR;
  if (u == "quarter" || u == "qtr") g = QUARTER;
  if (u == "decade") g = DECADE;
  if (g != GRAIN_UNSPECIFIED) {
    *s = Anchor(AddGrain(Truncate(ref_, g), g, dir), g);
    return j + 1;
  }
  // "this morning", "this evening"
  Spec pod;
  if (dir == 0 && PartOfDayAt(j, &pod) == j + 1) {
    *s = Anchor(today, DAY);
    s->pod_begin = pod.pod_begin;
    s->pod_end = pod.pod_end;
    return j + 1;
  }
  if (dir == -1 && u == "night" && w == "last") {
    *s = Anchor(AddGrain(today, DAY, -1), DAY);
    s->pod_begin = 18;
    s->pod_end = 24;
    return j + 1;
  }
  // "next Tuesday", "last Sunday", "this Monday": the weekday in the
  // following/previous/current week.
  int wd = 0;
  bool weak = false;
  const int we = WeekdayAt(j, &wd, &weak);
  if (we > 0) {
    if (dir == 0) {
      Spec r;
      r.weekday = wd;
      *s = r;
      return we;
    }
    const CivilDay week = StartOfWeek(CivilDay(ref_)) + 7 * dir;
    *s = Anchor(CivilSecond(week + wd), DAY);
    return we;
  }
  // "next March", "last May", "this May".
  int month = 0;
  const int me = MonthAt(j, &month, &weak);
  if (me > 0) {
    int y = ref_.year();
    if (dir == 1 && month <= ref_.month()) ++y;
    if (dir == -1 && month >= ref_.month()) --y;
    Spec r;
    r.year = y;
    r.month = month;
    *s = r;
    return me;
  }
  return -1;
}

// "the closest Monday to Oct 5th", "the second closest xmas to today": the
// n-th nearest occurrence of a weekday or holiday to a day.
int Parser::ClosestAt(int i, Spec* s) const {
  int j = i;
  if (Is(j, "the")) ++j;
  int n = 1;
  int oe = 0;
  long long ov = 0;
  if (OrdinalAt(j, &oe, &ov) && ov >= 1 && ov <= 10) {
    n = static_cast<int>(ov);
    j = oe;
  }
  if (!Is(j, "closest") && !Is(j, "nearest")) return -1;
  ++j;
  int wd = -1, holiday = -1;
  bool weak = false;
  int te = WeekdayAt(j, &wd, &weak);
  if (te < 0) {
    te = HolidayAt(t_, j, &holiday);
    if (te < 0) return -1;
  }
  if (!Is(te, "to")) return -1;
  Spec x;
  const int xe = CompositeAt(te + 1, &x);
  Resolved rx;
  if (xe < 0 || !Resolve(x, &rx)) return -1;
  const CivilDay center(rx.begin);
  std::vector<std::pair<long long, CivilDay>> found;
  if (wd >= 0) {
    for (int k = -7 * (n + 1); k <= 7 * (n + 1); ++k) {
      const CivilDay d = center + k;
      if (WeekdayOf(d) == wd) found.push_back({k < 0 ? -k : k, d});
    }
  } else {
    for (int y = center.year() - n - 1; y <= center.year() + n + 1; ++y) {
      CivilSecond hb, he;
      Grain hg;
      if (!HolidayDates(holiday, y, &hb, &he, &hg)) continue;
      const long long dist = CivilDay(hb) - center;
      found.push_back({dist < 0 ? -dist : dist, CivilDay(hb)});
    }
  }
  std::sort(found.begin(), found.end());
  if (static_cast<int>(found.size()) < n) return -1;
  *s = Anchor(CivilSecond(found[n - 1].second), DAY);
  if (holiday >= 0) s->holiday = holiday;
  return xe;
}

// Times relative to the reference by a duration: "in 7 days", "3 years from
// today", "a week ago", "within 2 weeks", "the last 2 days", "next 3
// weeks", "upcoming two weeks", "3 fridays from now".
int Parser::RelDurationAt(int i, Spec* s) const {
  // "in <duration>", "within <duration>".
  if (Is(i, "in") || Is(i, "within")) {
    int k = i + 1;
    if (Is(k, "about") || Is(k, "approximately") || Is(k, "around") ||
        Is(k, "roughly"))
      ++k;
    DurationParse d;
    if (ParseDurationAt(t_, k, false, &d) && d.seconds > 0) {
      const CivilSecond at = AddDuration(ref_, d, 1);
      const Grain g = RelativeGrain(d.grain);
      if (Is(i, "within")) {
        *s = Anchor(ref_, SECOND);
        s->anchor_end = Truncate(at, g);
        s->anchor_interval = true;
      } else {
        *s = Anchor(Truncate(at, g), g);
      }
      return d.end;
    }
    return -1;
  }
  // "<duration> ago / hence / from now / from today".
  {
    DurationParse d;
    if (ParseDurationAt(t_, i, false, &d) && d.seconds > 0) {
      const int e = d.end;
      int sign = 0, end = -1;
      CivilSecond base = ref_;
      Grain g = RelativeGrain(d.grain);
      if (Is(e, "ago") || Is(e, "back") || Is(e, "earlier")) {
        sign = -1;
        end = e + 1;
      } else if (Is(e, "hence")) {
        sign = 1;
        end = e + 1;
      } else if (Is(e, "from") && Is(e + 1, "now")) {
        sign = 1;
        end = e + 2;
      } else if (Is(e, "from") && Is(e + 1, "right") && Is(e + 2, "now")) {
        sign = 1;
        end = e + 3;
        g = SECOND;
      } else if (Is(e, "from") && Is(e + 1, "today")) {
        sign = 1;
        end = e + 2;
        base = CivilSecond(CivilDay(ref_));
        g = DAY;
      }
      if (sign != 0) {
        *s = Anchor(Truncate(AddDuration(base, d, sign), g), g);
        return end;
      }
      // "three days after Easter", "two weeks before the election day".
      if ((Is(e, "after") || Is(e, "before")) && !d.article) {
        Spec x;
        const int xe = CompositeAt(e + 1, &x);
        Resolved rx;
        if (xe > 0 && !x.latent && Resolve(x, &rx) && !rx.interval &&
            rx.grain >= DAY) {
          const CivilSecond at =
              AddDuration(rx.begin, d, Is(e, "after") ? 1 : -1);
          *s = Anchor(Truncate(at, DAY), DAY);
          return xe;
        }
      }
    }
  }
  // "<n> <weekday>s from now / ago / back".
  {
    NumberOptions o;
    o.allow_hedge = o.allow_negative = o.allow_fraction = false;
    o.allow_suffix_scale = false;
    NumberParse p;
    int wd = 0;
    bool weak = false;
    if (ParseNumberAt(t_, i, o, &p) && p.value >= 1 && p.value <= 52 &&
        !p.decimal) {
      const int we = WeekdayAt(p.end, &wd, &weak);
      if (we > 0 && absl::EndsWith(t_[p.end].text, "s")) {
        const int n = static_cast<int>(p.value);
        const CivilDay today(ref_);
        if (Is(we, "from") && Is(we + 1, "now")) {
          const int delta = ((wd - WeekdayOf(today) + 6) % 7) + 1;
          *s = Anchor(CivilSecond(today + delta + 7 * (n - 1)), DAY);
          return we + 2;
        }
        if (Is(we, "ago") || Is(we, "back")) {
          const int delta = ((WeekdayOf(today) - wd + 6) % 7) + 1;
          *s = Anchor(CivilSecond(today - delta - 7 * (n - 1)), DAY);
          return we + 1;
        }
      }
    }
  }
  // "last/past/next <n> <units>": intervals; "upcoming <n> <units>" and
  // "<n> upcoming <units>": the unit n ahead.
  {
    int j = i;
    if (Is(j, "the")) ++j;
    int dir = 0;
    bool point = false;
    if (Is(j, "last") || Is(j, "past") || Is(j, "previous")) {
      dir = -1;
      // "will last 30 days": the verb.
      static const auto* const kAux =
          new absl::flat_hash_set<absl::string_view>{
              "will", "would", "to",  "could", "can", "may", "might", "should",
              "must", "shall", "did", "does",  "do",  "'ll", "not"};
      if (j == i && Is(j, "last") && i > 0 && kAux->count(t_[i - 1].text))
        dir = 0;
    } else if (Is(j, "next") || Is(j, "coming") || Is(j, "following")) {
      dir = 1;
    } else if (Is(j, "upcoming")) {
      dir = 1;
      point = true;
    }
    NumberOptions o;
    o.allow_hedge = o.allow_negative = o.allow_fraction = false;
    o.allow_suffix_scale = false;
    NumberParse p;
    int n = 0, ue = -1;
    Grain g = GRAIN_UNSPECIFIED;
    if (dir != 0 && ParseNumberAt(t_, j + 1, o, &p) && !p.decimal &&
        p.value >= 1 && p.value <= 1000 && IsWord(p.end)) {
      g = UnitGrain(t_[p.end].text);
      n = static_cast<int>(p.value);
      ue = p.end + 1;
    } else if (dir == 0 && ParseNumberAt(t_, i, o, &p) && !p.decimal &&
               p.value >= 1 && p.value <= 1000 && Is(p.end, "upcoming") &&
               IsWord(p.end + 1)) {
      g = UnitGrain(t_[p.end + 1].text);
      n = static_cast<int>(p.value);
      ue = p.end + 2;
      dir = 1;
      point = true;
    }
    if (g != GRAIN_UNSPECIFIED && g != DECADE) {
      const CivilSecond cur = Truncate(ref_, g);
      if (point) {
        *s = Anchor(AddGrain(cur, g, n), g);
      } else if (dir < 0) {
        *s = Anchor(AddGrain(cur, g, -n), g);
        s->anchor_end = cur;
        s->anchor_interval = true;
      } else {
        *s = Anchor(AddGrain(cur, g, 1), g);
        s->anchor_end = AddGrain(cur, g, 1 + n);
        s->anchor_interval = true;
      }
      return ue;
    }
  }
  return -1;
}

// Resolves the calendar period at token k for "of"-constructs: "October
// 2014", "this month", "the month", "next week", "2018".
int Parser::PeriodAt(int k, CivilSecond* b, CivilSecond* e, Grain* g) const {
  if (Is(k, "the") &&
      (Is(k + 1, "month") || Is(k + 1, "week") || Is(k + 1, "year"))) {
    *g = Is(k + 1, "month") ? MONTH : Is(k + 1, "week") ? WEEK : YEAR;
    *b = Truncate(ref_, *g);
    *e = AddGrain(*b, *g, 1);
    return k + 2;
  }
  if (Is(k, "the") && (Is(k + 1, "current") || Is(k + 1, "next") ||
                       Is(k + 1, "previous") || Is(k + 1, "last")))
    ++k;
  Spec x;
  const int xe = CompositeAt(k, &x);
  if (xe < 0) return -1;
  // A period, not a time of day within it.
  if (x.HasTime() || x.pod_begin != kUnset) return -1;
  Resolved r;
  if (!Resolve(x, &r)) return -1;
  if (r.grain != MONTH && r.grain != YEAR && r.grain != WEEK &&
      r.grain != QUARTER)
    return -1;
  *b = r.begin;
  *e = r.end;
  *g = r.grain;
  return xe;
}

}  // namespace time_internal
}  // namespace accord

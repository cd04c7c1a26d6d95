// Named periods of the time parser: parts of day ("tonight", "early
// morning"), holidays, ordinals of a period ("the first Monday of March"),
// boundaries ("the end of the month"), quarters and period words ("this
// week", "the weekend", "summer").
//
// Part of the Parser behind FindTimes (time_parser.h); see time.h for the
// value model. Entry point here: Parser::PeriodWordAt.

#include <cmath>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "engine/normalize/holidays.h"
#include "engine/normalize/number.h"
#include "engine/normalize/time_calendar.h"
#include "engine/normalize/time_parser.h"
#include "engine/normalize/time_spec.h"

namespace accord {
namespace time_internal {

using absl::CivilDay;
using absl::CivilSecond;

// Parts of day: morning, afternoon, evening, night, tonight (with "in the").
int Parser::PartOfDayAt(int i, Spec* s) const {
  int j = i;
  if (Is(j, "in") && Is(j + 1, "the")) j += 2;
  // "early morning", "early in the morning", "in the early hours of the
  // morning": before 9; "late evening": after 9 p.m.
  int mod = 0;
  if (Is(j, "early")) {
    mod = -1;
    ++j;
    if (Is(j, "in") && Is(j + 1, "the")) j += 2;
  } else if (Is(j, "late")) {
    mod = 1;
    ++j;
  } else if (Is(j, "the") && Is(j + 1, "early") && Is(j + 2, "hours")) {
    mod = -1;
    j += 2;
  }
  if (mod < 0 && Is(j, "hours") && Is(j + 1, "of") && Is(j + 2, "the")) j += 3;
  if (!IsWord(j)) return -1;
  absl::string_view w = t_[j].text;
  if (w.size() > 5 && absl::EndsWith(w, "ish")) w.remove_suffix(3);
  int b = kUnset, e = kUnset;
  if (w == "am" && j > i) {
    b = 0;
    e = 12;
  } else if (w == "pm" && j > i) {
    b = 12;
    e = 24;
  } else if (w == "morning") {
    b = 0;
    e = 12;
  } else if (w == "afternoon") {
    b = 12;
    e = 19;
  } else if (w == "evening" || w == "night") {
    b = 18;
    e = 24;
  } else if (w == "lunch") {
    b = 12;
    e = 14;
  } else {
    return -1;
  }
  if (mod < 0 && b == 0) e = 9;
  if (mod > 0 && b >= 18) b = 21;
  if (mod != 0 && !(mod < 0 && b == 0) && !(mod > 0 && b >= 18)) return -1;
  s->pod_begin = b;
  s->pod_end = e;
  s->latent = j == i;
  int end = j + 1;
  if (Is(end, "ish") && Adj(end)) ++end;
  return end;
}

// Holidays: "Christmas", "last Easter", "Thanksgiving 2014", "Easter Sunday
// two thousand ten".
int Parser::HolidayPieceAt(int i, Spec* s) const {
  int j = i;
  int dir = 0;
  if (Is(j, "last") || Is(j, "past") || Is(j, "previous")) {
    dir = -1;
    ++j;
  } else if (Is(j, "next") || Is(j, "this") || Is(j, "coming") ||
             Is(j, "upcoming")) {
    dir = 1;
    ++j;
  }
  int id = 0;
  int e = HolidayAt(t_, j, &id);
  if (e < 0) return -1;
  Spec r;
  r.holiday = id;
  r.holiday_dir = dir;
  int y = 0;
  const int ye = YearAt(e, &y, false);
  if (ye > 0) {
    r.year = y;
    e = ye;
  } else if (IsWord(e)) {
    NumberOptions o;
    o.allow_hedge = o.allow_negative = o.allow_fraction = false;
    o.allow_suffix_scale = o.allow_vague = false;
    NumberParse p;
    if (ParseNumberAt(t_, e, o, &p) && p.spelled && p.value >= 1000 &&
        p.value < 3000 && p.value == std::floor(p.value)) {
      r.year = static_cast<int>(p.value);
      e = p.end;
    }
  }
  *s = r;
  return e;
}

// "third tuesday of september 2014", "last Monday of March", "last day of
// october 2015", "fifth last day of May", "first week of october 2014",
// "third last week of 2018", "last weekend of October", "20th of next
// month", "the first Monday of the month".
int Parser::OrdinalOfAt(int i, Spec* s) const {
  int j = i;
  if (Is(j, "the")) ++j;
  int n = 0;
  bool plain_number = false;
  int oe = 0;
  long long ov = 0;
  if (Is(j, "last")) {
    n = -1;
    ++j;
  } else if (OrdinalAt(j, &oe, &ov) && ov >= 1 && ov <= 31) {
    n = static_cast<int>(ov);
    j = oe;
    if (Is(j, "last")) {
      n = -n;
      ++j;
    }
  } else if (IsDigits(j) && t_[j].text.size() <= 2 && !Adj(j + 1)) {
    n = DigitsValue(j);
    if (n < 1 || n > 31) return -1;
    plain_number = true;
    ++j;
  } else {
    return -1;
  }
  enum { kWeekday, kDay, kWeek, kWeekend } unit;
  int wd = 0;
  bool weak = false;
  const int we = WeekdayAt(j, &wd, &weak);
  if (we > 0 && !plain_number) {
    unit = kWeekday;
    j = we;
  } else if (Is(j, "day") && !plain_number) {
    unit = kDay;
    ++j;
  } else if (Is(j, "day") && plain_number) {
    unit = kDay;
    ++j;
  } else if (!plain_number &&
             (Is(j, "weekend") || Is(j, "wkend") ||
              (Is(j, "week") && Is(j + 1, "-") && Is(j + 2, "end")) ||
              (Is(j, "week") && Is(j + 1, "end")))) {
    unit = kWeekend;
    j += Is(j, "week") ? (Is(j + 1, "-") ? 3 : 2) : 1;
  } else if (Is(j, "week") && !plain_number) {
    unit = kWeek;
    ++j;
  } else if (Is(j, "of") && n > 0) {
    unit = kDay;  // "20th of next month"
  } else {
    return -1;
  }
  // "third tuesday after christmas 2014": counted from the day after.
  if (Is(j, "after") && unit == kWeekday && n > 0) {
    Spec x;
    const int xe = CompositeAt(j + 1, &x);
    Resolved rx;
    if (xe < 0 || x.latent || !Resolve(x, &rx)) return -1;
    CivilDay d = CivilDay(rx.end);
    while (WeekdayOf(d) != wd) d += 1;
    *s = Anchor(CivilSecond(d + 7 * (n - 1)), DAY);
    return xe;
  }
  if (!(Is(j, "of") || Is(j, "in") || Is(j, "from"))) return -1;
  CivilSecond pb, pe;
  Grain pg;
  const int e = PeriodAt(j + 1, &pb, &pe, &pg);
  if (e < 0) return -1;
  const CivilDay first(pb), last = CivilDay(pe) - 1;
  CivilDay d;
  switch (unit) {
    case kWeekday: {
      if (n > 0) {
        d = first;
        while (WeekdayOf(d) != wd) d += 1;
        d += 7 * (n - 1);
      } else {
        d = last;
        while (WeekdayOf(d) != wd) d -= 1;
        d -= 7 * (-n - 1);
      }
      if (d < first || d > last) return -1;
      *s = Anchor(CivilSecond(d), DAY);
      return e;
    }
    case kDay:
      d = n > 0 ? first + (n - 1) : last - (-n - 1);
      if (d < first || d > last) return -1;
      *s = Anchor(CivilSecond(d), DAY);
      return e;
    case kWeek: {
      // Weeks (Monday to Sunday) wholly inside the period.
      CivilDay w = first;
      while (WeekdayOf(w) != 0) w += 1;
      CivilDay lw = last - 6;
      while (WeekdayOf(lw) != 0) lw -= 1;
      d = n > 0 ? w + 7 * (n - 1) : lw - 7 * (-n - 1);
      if (d < w || d > lw) return -1;
      *s = Anchor(CivilSecond(d), WEEK);
      return e;
    }
    case kWeekend: {
      // Weekends whose Sunday falls inside the period.
      CivilDay sun = n > 0 ? first : last;
      while (WeekdayOf(sun) != 6) sun += n > 0 ? 1 : -1;
      sun += n > 0 ? 7 * (n - 1) : -7 * (-n - 1);
      if (sun < first || sun > last) return -1;
      *s = Anchor(CivilSecond(sun - 2) + 18 * 3600, HOUR);
      s->anchor_end = CivilSecond(sun + 1);
      s->anchor_interval = true;
      return e;
    }
  }
  return -1;
}

// "beginning/end/early/mid/late (of) <month|year|week>", "EOM", "BOY".
int Parser::BoundaryAt(int i, Spec* s) const {
  int j = i;
  if (Is(j, "at") && Is(j + 1, "the")) j += 2;
  if (Is(j, "the")) ++j;
  char kind = 0;
  Grain unit = GRAIN_UNSPECIFIED;
  CivilSecond pb, pe;
  int e = -1;
  // The abbreviations are written in capitals: "the boy" is no time.
  if ((Is(j, "eom") || Is(j, "bom") || Is(j, "eoy") || Is(j, "boy") ||
       Is(j, "eod")) &&
      t_[j].all_caps) {
    kind = t_[j].text[0];
    unit = t_[j].text[2] == 'm' ? MONTH : t_[j].text[2] == 'y' ? YEAR : DAY;
    pb = Truncate(ref_, unit);
    pe = AddGrain(pb, unit, 1);
    e = j + 1;
  } else {
    if (Is(j, "beginning") || Is(j, "start") || Is(j, "early")) {
      kind = 'b';
    } else if (Is(j, "end") || Is(j, "late")) {
      kind = 'e';
    } else if (Is(j, "mid") || Is(j, "middle")) {
      kind = 'm';
    } else {
      return -1;
    }
    ++j;
    if (Is(j, "of") || (Is(j, "-") && Adj(j))) ++j;
    if (Is(j, "the") && !Is(j + 1, "following")) ++j;
    if (Is(j, "around")) ++j;
    if (Is(j, "month") || Is(j, "year") || Is(j, "week") || Is(j, "day")) {
      unit = Is(j, "month")  ? MONTH
             : Is(j, "year") ? YEAR
             : Is(j, "week") ? WEEK
                             : DAY;
      pb = Truncate(ref_, unit);
      pe = AddGrain(pb, unit, 1);
      e = j + 1;
    } else {
      e = PeriodAt(j, &pb, &pe, &unit);
      if (e < 0) return -1;
    }
  }
  CivilSecond b, en;
  Grain g = DAY;
  if (unit == MONTH) {
    const CivilDay f(pb);
    if (kind == 'b') {
      b = CivilSecond(f);
      en = CivilSecond(f + 10);
    } else if (kind == 'm') {
      b = CivilSecond(f + 10);
      en = CivilSecond(f + 20);
    } else {
      b = CivilSecond(f + 20);
      en = pe;
    }
  } else if (unit == YEAR) {
    g = MONTH;
    if (kind == 'b') {
      b = pb;
      en = AddGrain(pb, MONTH, 3);
    } else if (kind == 'm') {
      b = AddGrain(pb, MONTH, 4);
      en = AddGrain(pb, MONTH, 8);
    } else {
      b = AddGrain(pb, MONTH, 8);
      en = pe;
    }
  } else if (unit == WEEK) {
    const CivilDay f(pb);
    if (kind == 'b') {
      b = CivilSecond(f);
      en = CivilSecond(f + 3);
    } else if (kind == 'm') {
      b = CivilSecond(f + 2);
      en = CivilSecond(f + 5);
    } else {
      b = CivilSecond(f + 4);
      en = CivilSecond(f + 7);
    }
  } else if (unit == DAY) {
    g = HOUR;
    b = pb;
    en = pe;
  } else {
    return -1;
  }
  *s = Anchor(b, g);
  s->anchor_end = en;
  s->anchor_interval = true;
  return e;
}

// Quarters: "third quarter", "the 4th qtr of 2018", "Q4 2018", "2018Q4",
// "18q4".
int Parser::QuarterAt(int i, Spec* s) const {
  int j = i;
  if (Is(j, "the")) ++j;
  int oe = 0;
  long long q = 0;
  Spec r;
  int e = -1;
  if (OrdinalAt(j, &oe, &q) && q >= 1 && q <= 4 &&
      (Is(oe, "quarter") || Is(oe, "qtr"))) {
    r.quarter = static_cast<int>(q);
    e = oe + 1;
    int k = e;
    if (Is(k, "of")) ++k;
    int y = 0;
    const int ye = YearAt(k, &y, false);
    if (ye > 0) {
      r.year = y;
      e = ye;
    }
  } else if (Is(i, "q") && IsDigits(i + 1) && Adj(i + 1)) {
    const int v = DigitsValue(i + 1);
    if (v < 1 || v > 4 || t_[i + 1].text.size() != 1) return -1;
    r.quarter = v;
    e = i + 2;
    int y = 0;
    const int ye = YearAt(e, &y, false);
    if (ye > 0) {
      r.year = y;
      e = ye;
    }
  } else if (IsDigits(i) && Is(i + 1, "q") && Adj(i + 1) && IsDigits(i + 2) &&
             Adj(i + 2) && t_[i + 2].text.size() == 1 &&
             (t_[i].text.size() == 4 || t_[i].text.size() == 2)) {
    const int v = DigitsValue(i + 2);
    if (v < 1 || v > 4) return -1;
    int y = DigitsValue(i);
    if (t_[i].text.size() == 2) y += 2000;
    r.quarter = v;
    r.year = y;
    e = i + 3;
  } else {
    return -1;
  }
  *s = r;
  return e;
}

// Weekends, seasons and whole weeks: "this weekend", "this past weekend",
// "this summer", "last season", "all week", "rest of the week".
int Parser::PeriodWordAt(int i, Spec* s) const {
  int j = i;
  int dir = 0;
  if (Is(j, "this") && Is(j + 1, "past")) {
    dir = -1;
    j += 2;
  } else if (Is(j, "this") || Is(j, "current") || Is(j, "the")) {
    ++j;
  } else if (Is(j, "last") || Is(j, "past") || Is(j, "previous")) {
    dir = -1;
    ++j;
  } else if (Is(j, "next") || Is(j, "coming") || Is(j, "upcoming")) {
    dir = 1;
    ++j;
  }
  // Weekend: Friday 18:00 to Monday 00:00.
  int we = -1;
  if (Is(j, "weekend") || Is(j, "wkend")) {
    we = j + 1;
  } else if (Is(j, "week") && Is(j + 1, "-") && Is(j + 2, "end")) {
    we = j + 3;
  } else if (Is(j, "week") && Is(j + 1, "end")) {
    we = j + 2;
  }
  // Every form below needs one of these words; most tokens fail here,
  // before the week is computed.
  const bool season = Is(j, "summer") || Is(j, "winter") || Is(j, "spring") ||
                      Is(j, "fall") || Is(j, "autumn") || Is(j, "season") ||
                      Is(j, "seasons");
  if (we < 0 && !season && !Is(i, "all") && !Is(i, "rest") && !Is(i, "the"))
    return -1;
  // "season" alone is a sports or holiday season ("a difficult season", "the
  // season opener"); only "this/last/next season" is a season of the year.
  // A capitalized season before "Time" names a time zone ("British Summer
  // Time").
  if ((Is(j, "season") || Is(j, "seasons")) && dir == 0 && !Is(i, "this") &&
      !Is(i, "current"))
    return -1;
  // "fall" alone is the verb or noun ("prices fall", "the fall of Rome");
  // the season has a modifier ("this fall", "last fall").
  if (Is(j, "fall") && (j == i || (Is(j + 1, "of") && !IsDigits(j + 2))))
    return -1;
  if (season && j + 1 < n_ && t_[j].capitalized && t_[j + 1].capitalized &&
      Is(j + 1, "time"))
    return -1;
  const CivilDay today(ref_);
  const CivilDay monday = StartOfWeek(today);
  if (we > 0) {
    CivilSecond fri = CivilSecond(monday + 4) + 18 * 3600;
    if (dir < 0) {
      fri = Shift(fri, DAY, -7);
    } else if (dir > 0) {
      fri = Shift(fri, DAY, 7);
    } else if (ref_ < fri &&
               ctx_.weekday == TimeContext::WeekdayDirection::kNearestPast) {
      fri = Shift(fri, DAY, -7);  // news: "over the weekend" is past
    }
    *s = Anchor(fri, HOUR);
    s->anchor_end = CivilSecond(CivilDay(fri) + 3);
    s->anchor_interval = true;
    return we;
  }
  if (Is(j, "summer") || Is(j, "winter") || Is(j, "spring") || Is(j, "fall") ||
      Is(j, "autumn")) {
    // Named seasons (northern hemisphere): the one around the reference or
    // the next; "last"/"next" step a year.
    int bm, bd, em, ed;
    if (Is(j, "spring")) {
      bm = 3, bd = 20, em = 6, ed = 21;
    } else if (Is(j, "summer")) {
      bm = 6, bd = 21, em = 9, ed = 24;
    } else if (Is(j, "winter")) {
      bm = 12, bd = 21, em = 3, ed = 21;
    } else {
      bm = 9, bd = 23, em = 12, ed = 21;
    }
    int y = ref_.year();
    CivilDay b(y, bm, bd), e(em < bm ? y + 1 : y, em, ed);
    if (e <= today) {
      b = CivilDay(y + 1, bm, bd);
      e = CivilDay(em < bm ? y + 2 : y + 1, em, ed);
    }
    if (bm > em && CivilDay(y, em, ed) > today) {
      b = CivilDay(y - 1, bm, bd);  // winter around New Year
      e = CivilDay(y, em, ed);
    }
    if (dir != 0) {
      b = CivilDay(Shift(CivilSecond(b), YEAR, dir));
      e = CivilDay(Shift(CivilSecond(e), YEAR, dir));
    }
    int end = j + 1;
    // A stated year names the season that begins in it: "winter 1994",
    // "the summer of 1998".
    int year = 0;
    const int y_at = Is(end, "of") ? end + 1 : end;
    const int y_end = dir == 0 ? YearAt(y_at, &year, false) : -1;
    if (y_end > 0) {
      b = CivilDay(year, bm, bd);
      e = CivilDay(em < bm ? year + 1 : year, em, ed);
      end = y_end;
    }
    *s = Anchor(CivilSecond(b), DAY);
    s->anchor_end = CivilSecond(e);
    s->anchor_interval = true;
    return end;
  }
  if (Is(j, "season") || Is(j, "seasons")) {
    // The astronomical season containing the reference, stepped by dir.
    static const int kStarts[4][2] = {{3, 20}, {6, 21}, {9, 23}, {12, 21}};
    static const int kEnds[4][2] = {{6, 20}, {9, 23}, {12, 20}, {3, 19}};
    int y = ref_.year();
    int k = 3;
    for (int q = 0; q < 4; ++q) {
      const CivilDay b(y, kStarts[q][0], kStarts[q][1]);
      if (b <= today) k = q;
    }
    if (k == 3 && today.month() < 12) --y;  // winter began last year
    k += dir;
    while (k < 0) {
      k += 4;
      --y;
    }
    while (k > 3) {
      k -= 4;
      ++y;
    }
    const CivilDay b(y, kStarts[k][0], kStarts[k][1]);
    const CivilDay e(k == 3 ? y + 1 : y, kEnds[k][0], kEnds[k][1]);
    *s = Anchor(CivilSecond(b), DAY);
    s->anchor_end = CivilSecond(e);
    s->anchor_interval = true;
    return j + 1;
  }
  if (Is(i, "all") && Is(i + 1, "week")) {
    *s = Anchor(CivilSecond(monday), DAY);
    s->anchor_end = CivilSecond(monday + 6);
    s->anchor_interval = true;
    return i + 2;
  }
  if (Is(i, "rest") && Is(i + 1, "of") && Is(i + 2, "the") &&
      Is(i + 3, "week")) {
    *s = Anchor(CivilSecond(today), DAY);
    s->anchor_end = CivilSecond(monday + 6);
    s->anchor_interval = true;
    return i + 4;
  }
  if (Is(i, "the") && Is(i + 1, "week")) {
    *s = Anchor(CivilSecond(today), DAY);
    s->anchor_end = CivilSecond(monday + 6);
    s->anchor_interval = true;
    s->latent = true;
    return i + 2;
  }
  return -1;
}

}  // namespace time_internal
}  // namespace accord

#include "engine/normalize/time.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/holidays.h"
#include "engine/normalize/iso_civil.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;
using absl::CivilDay;
using absl::CivilSecond;

constexpr int kUnset = -1000000;

int Size(const Tokens& t) { return static_cast<int>(t.size()); }

// ---------------------------------------------------------------------------
// Calendar helpers.

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

// Monday = 0 ... Sunday = 6.
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

// Preserves the time of day when moving by days/months/years.
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

// ---------------------------------------------------------------------------
// Word tables.

// Month and weekday names are word facts of the tokenizer (Token::month,
// Token::weekday).

// Words that are also ordinary English words; alone they need a capital.
bool IsWeakName(absl::string_view w) {
  return w == "may" || w == "march" || w == "mar" || w == "sun" || w == "sat" ||
         w == "wed" || w == "jan" || w == "dec" || w == "sep";
}

// ---------------------------------------------------------------------------
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
  CivilSecond anchor_begin;
  CivilSecond anchor_end;
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

template <typename T>
bool MergeField(T* a, T b) {
  if (b == kUnset) return true;
  if (*a == kUnset) {
    *a = b;
    return true;
  }
  return *a == b;
}

// Intersects two specs; false when they contradict.
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

// A resolved time.
struct Resolved {
  CivilSecond begin;
  CivilSecond end;
  Grain grain = GRAIN_UNSPECIFIED;
  bool interval = false;
  bool open_begin = false;  // (-inf, end)
  bool open_end = false;    // [begin, +inf)
  std::string holiday;
  // A time of day with no stated day: the day is the reference's.
  bool day_inferred = false;
};

// Adds a duration to `t`: calendar units move the calendar ("in 2 months"),
// others add seconds.
CivilSecond AddDuration(CivilSecond t, const DurationParse& d, int sign) {
  const Grain g = d.grain;
  if (g == MONTH || g == QUARTER || g == YEAR || g == DECADE) {
    const double n = d.seconds / GrainSeconds(g);
    if (std::fabs(n - std::round(n)) < 1e-9)
      return Shift(t, g, sign * static_cast<long long>(std::round(n)));
  }
  return t + sign * static_cast<long long>(std::llround(d.seconds));
}

// Grain a relative time keeps: one finer than the duration's ("in 7 days"
// is to the hour, "in 2 minutes" to the second), as Duckling.
Grain RelativeGrain(Grain g) { return g == SECOND ? SECOND : FinerGrain(g); }

Grain UnitGrain(absl::string_view w) { return DurationUnitGrain(w, false); }

int TimeZoneOffset(absl::string_view w) {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"gmt", 0},    {"utc", 0},    {"wet", 0},    {"cet", 60},   {"bst", 60},
      {"cest", 120}, {"eet", 120},  {"eest", 180}, {"msk", 180},  {"ist", 330},
      {"jst", 540},  {"aest", 600}, {"est", -300}, {"edt", -240}, {"cst", -360},
      {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480}, {"pdt", -420},
  };
  auto it = m->find(w);
  return it == m->end() ? kUnset : it->second;
}

// ---------------------------------------------------------------------------

class Parser {
 public:
  Parser(const Tokens& t, const TimeContext& ctx)
      : t_(t),
        n_(Size(t)),
        ctx_(ctx),
        ref_(ctx.reference),
        memo_(t.size()),
        holiday_first_words_(holidays_internal::HolidayFirstWords()) {}

  // Longest time expression starting at token i; end token in *end.
  bool ParseAt(int i, int* end, Resolved* out);
  // Token i can begin a time (CanStartUncached, memoized). Inline: the scan
  // asks it at every token, and most fail it.
  bool CanStart(int i) const {
    signed char& memo = memo_[i].can_start;
    if (memo < 0) memo = CanStartUncached(i) ? 1 : 0;
    return memo == 1;
  }

 private:
  __attribute__((always_inline)) bool Is(int i, absl::string_view s) const {
    return TokenIs(t_, i, s);
  }
  bool IsWord(int i) const { return i >= 0 && i < n_ && t_[i].IsWord(); }
  bool IsDigits(int i) const { return i >= 0 && i < n_ && t_[i].IsDigits(); }
  bool Adj(int i) const { return Adjacent(t_, i); }
  int DigitsValue(int i) const {
    int v = 0;
    if (!IsDigits(i) || t_[i].text.size() > 9 ||
        !absl::SimpleAtoi(t_[i].text, &v))
      return -1;
    return v;
  }
  // Skips an adjacent "." after an abbreviation.
  int SkipDot(int j) const { return (Is(j, ".") && Adj(j)) ? j + 1 : j; }

  // Building blocks: each returns the end token or -1.
  int MonthAt(int i, int* month, bool* weak) const;
  int WeekdayAt(int i, int* weekday, bool* weak) const;
  int DayAt(int i, int* day, bool* ordinal) const;
  int YearAt(int i, int* year, bool allow_two_digits) const;
  int AmPmAt(int i, bool* pm) const;
  int DateAt(int i, Spec* s) const;
  int NumericDateAt(int i, Spec* s) const;
  int TimeOfDayAt(int i, Spec* s) const;
  int PartOfDayAt(int i, Spec* s) const;
  int RelativeAt(int i, Spec* s) const;
  int HolidayPieceAt(int i, Spec* s) const;
  int RelDurationAt(int i, Spec* s) const;
  int PeriodAt(int k, CivilSecond* b, CivilSecond* e, Grain* g) const;
  int OrdinalOfAt(int i, Spec* s) const;
  int BoundaryAt(int i, Spec* s) const;
  int QuarterAt(int i, Spec* s) const;
  int PeriodWordAt(int i, Spec* s) const;
  int ClockAt(int i, Spec* s) const;
  int ClosestAt(int i, Spec* s) const;
  int ClockSuffix(int e, Spec* s) const;
  int PieceAt(int i, Spec* s) const;
  int CompositeAt(int i, Spec* s) const;

  bool Resolve(const Spec& s, Resolved* r) const;
  bool ResolveNotBefore(const Spec& s, const Resolved& lower,
                        Resolved* r) const;
  bool RangeAt(int i, int* end, Resolved* out) const;
  struct Side;
  // Few sides start at one token: kept inline, no allocation per call.
  using Sides = absl::InlinedVector<Side, 4>;
  Sides SidesAt(int k) const;

  Spec Anchor(CivilSecond begin, Grain g) const {
    Spec s;
    s.anchored = true;
    s.anchor_begin = begin;
    s.anchor_end = AddGrain(begin, g, 1);
    s.anchor_grain = g;
    return s;
  }

  const Tokens& t_;
  const int n_;
  const TimeContext& ctx_;
  const CivilSecond ref_;
  // PieceAt and CompositeAt are pure functions of the start token and are
  // called again and again from ranges and "of"-constructs: memoized, the
  // scan stays linear in the input.
  // A memo entry per token is small (8 bytes: most tokens are never tried,
  // and a Spec per token made the Parser's construction cost as much as a
  // scan); the Specs of successful results live in memo_specs_.
  struct Memo {
    int end = kNotDone;
    int spec = -1;  // index into memo_specs_ when end > 0
  };
  static constexpr int kNotDone = -2;
  // Everything memoized about one token, in one array (one allocation per
  // Parser, not one per memo: a Parser is built per sentence).
  struct TokenMemo {
    Memo piece;      // PieceAt
    Memo composite;  // CompositeAt
    // CanStart and MayStartPiece: -1 not yet known, else 0 or 1.
    signed char can_start = -1;
    signed char may_start_piece = -1;
    // ParseOrdinalAt: kNotDone, -1 (no ordinal) or its end, and its value.
    int ordinal_end = kNotDone;
    long long ordinal_value = 0;
  };
  // OrdinalAt(i, end, value), memoized: DayAt, OrdinalOfAt,
  // QuarterAt and ClosestAt ask it at the same tokens. (Callers read *end
  // and *value only after success.)
  bool OrdinalAt(int i, int* end, long long* value) const {
    if (i < 0 || i >= n_) return false;
    TokenMemo& m = memo_[i];
    if (m.ordinal_end == kNotDone) {
      int e = 0;
      long long v = 0;
      m.ordinal_end = ParseOrdinalAt(t_, i, &e, &v) ? e : -1;
      m.ordinal_value = v;
    }
    if (m.ordinal_end < 0) return false;
    *end = m.ordinal_end;
    *value = m.ordinal_value;
    return true;
  }
  mutable std::vector<TokenMemo> memo_;
  // holidays_internal::HolidayFirstWords(), read once per parser (no
  // static-initialization guard in CanStartUncached).
  const std::bitset<holidays_internal::kHolidayFirstWordMask + 1>&
      holiday_first_words_;
  mutable std::vector<Spec> memo_specs_;
  // Token i is a month word.
  bool IsMonth(int i) const { return i >= 0 && i < n_ && t_[i].month >= 0; }
  bool CanStartUncached(int i) const;
  int PieceAtUncached(int i, Spec* s) const;
  // PieceAtUncached without its MayStartPiece test.
  int PieceGrammarsAt(int i, Spec* s) const;

  // Necessary conditions for the grammars to match at token i, read off the
  // first tokens each of them tests: when one is false, that grammar returns
  // -1 at i. PieceAtUncached tests them before calling (and clearing a Spec
  // for) each grammar: most tokens that pass CanStart ("the", "in", "a")
  // begin none of them. A change to a grammar's first tokens must be
  // mirrored in its condition here.
  //
  // TimeClass bits of token i (tokenizer.h), 0 outside the text.
  uint32_t Cls(int i) const { return i >= 0 && i < n_ ? t_[i].time_class : 0; }
  // ParseOrdinalAt and DayAt: digits, an ordinal word, or a cardinal
  // prefix, which ParseNumberAt (without allow_article) must accept
  // (Token::number_start, ArticleMayStartNumber).
  bool MayStartOrdinal(int i) const {
    if (i < 0 || i >= n_) return false;
    const Token& t = t_[i];
    return t.IsDigits() ||
           (t.IsWord() &&
            (t.ordinal_word >= 0 || (t.number_start && ArticleNumber(i))));
  }
  // DateAt: a numeric date (digits), a leading weekday, a month, a day
  // (DayAt) or "the" and a day.
  bool MayStartDate(int i) const {
    const Token& t = t_[i];
    return t.month >= 0 || t.weekday >= 0 || MayStartOrdinal(i) ||
           (Is(i, "the") && MayStartOrdinal(i + 1));
  }
  // TimeOfDayAt: digits, a number word, or noon, midday, mid, midnight.
  bool MayStartTimeOfDay(int i) const {
    const Token& t = t_[i];
    return t.IsDigits() || t.number_word >= 0 ||
           (t.time_class & kTimeClockWord);
  }
  // PartOfDayAt: its prefix ("in the", "early", "late", "the early
  // hours") or the part of day itself ("am"/"pm" only after a prefix).
  bool MayStartPartOfDay(int i) const {
    int j = i;
    if (Is(j, "in") && Is(j + 1, "the")) j += 2;
    if (Is(j, "early") || Is(j, "late") || (Is(j, "the") && Is(j + 1, "early")))
      return true;
    if (!IsWord(j)) return false;
    if ((Cls(j) & kTimePartOfDay) || ((Is(j, "am") || Is(j, "pm")) && j > i))
      return true;
    // "morningish": the part of day without "ish" (never a time class).
    absl::string_view w = t_[j].text;
    if (w.size() <= 5 || !absl::EndsWith(w, "ish")) return false;
    w.remove_suffix(3);
    return w == "morning" || w == "afternoon" || w == "evening" ||
           w == "night" || w == "lunch";
  }
  // RelativeAt: a day word, "now", "atm", "at the moment", "[the] day
  // after/before ...", "the following/next ...", "late tonight/last ...",
  // or this/next/last/... and a word.
  bool MayStartRelative(int i) const {
    if (!IsWord(i)) return false;
    const uint32_t c = Cls(i);
    return ((c & kTimeRelativeWord) && !Is(i, "day") && !Is(i, "late")) ||
           (Is(i, "day") && (Is(i + 1, "after") || Is(i + 1, "before"))) ||
           (Is(i, "late") && (Is(i + 1, "tonight") || Is(i + 1, "tonite") ||
                              Is(i + 1, "last"))) ||
           ((c & kTimeRelativeDir) && IsWord(i + 1)) ||
           (Is(i, "the") && (Is(i + 1, "day") || Is(i + 1, "following") ||
                             Is(i + 1, "next"))) ||
           (Is(i, "at") && Is(i + 1, "the") && Is(i + 2, "moment")) ||
           ((Is(i, "right") || Is(i, "just")) && Is(i + 1, "now"));
  }
  // RelDurationAt: "in"/"within" [hedge] and a duration (and nothing
  // else after "in"/"within"); a duration (ParseDurationAt), a number of
  // weekdays or "<n> upcoming" at i (all need a number start or "half",
  // and at an article ArticleMayStartDuration, which includes the number
  // forms' ArticleMayStartNumber); or "[the] last/next/..." and a number
  // (ParseNumberAt without allow_article).
  bool MayStartRelDuration(int i) const {
    if (Is(i, "in") || Is(i, "within")) {
      int k = i + 1;
      if (Cls(k) & kTimeDurationHedge) ++k;
      return MayStartDuration(k);
    }
    if (MayStartDuration(i)) return true;
    const int j = Is(i, "the") ? i + 1 : i;
    return (Cls(j) & kTimeCountDir) && j + 1 < n_ && t_[j + 1].number_start &&
           ArticleNumber(j + 1);
  }
  // OrdinalOfAt: "[the] last" or "[the]" and an ordinal or a number.
  bool MayStartOrdinalOf(int i) const {
    return Is(i, "last") || MayStartOrdinal(i) ||
           (Is(i, "the") && (Is(i + 1, "last") || MayStartOrdinal(i + 1)));
  }
  // BoundaryAt: "[at the] [the]" and a boundary word.
  bool MayStartBoundary(int i) const {
    int j = i;
    if (Is(j, "at") && Is(j + 1, "the")) j += 2;
    if (Is(j, "the")) ++j;
    return Cls(j) & kTimeBoundaryWord;
  }
  // QuarterAt: "[the]" and an ordinal, "q", or digits.
  bool MayStartQuarter(int i) const {
    return MayStartOrdinal(i) || Is(i, "q") ||
           (Is(i, "the") && MayStartOrdinal(i + 1));
  }
  // PeriodWordAt: a period word after an optional this/the/last/next/...
  // ("this past"), or "all week", "rest of the week".
  bool MayStartPeriodWord(int i) const {
    auto word = [&](int k) { return Cls(k) & kTimePeriodWord; };
    const bool modifier = Cls(i) & kTimePeriodModifier;
    return word(i) || (modifier && word(i + 1)) ||
           (Is(i, "this") && Is(i + 1, "past") && word(i + 2)) ||
           (Is(i, "all") && Is(i + 1, "week")) ||
           (Is(i, "rest") && Is(i + 1, "of"));
  }
  // ClockAt: "[a] half/quarter", or a number (number start; at an article
  // ParseNumberAt without allow_article, so ArticleMayStartNumber).
  bool MayStartClock(int i) const {
    return (t_[i].number_start &&
            (ArticleNumber(i) || Is(i + 1, "half") || Is(i + 1, "quarter"))) ||
           Is(i, "half") || Is(i, "quarter");
  }
  // PieceAtUncached's "at 3", "@ 3", "around 1030", "for a quarter past
  // 3pm": a time of day or a clock time (TimeOfDayAt, ClockAt) or a bare
  // number (digits or a number word, both number starts) after the word.
  bool MayStartAtClock(int i) const {
    if (Is(i, "for")) return Is(i + 1, "a") && Is(i + 2, "quarter");
    if (!(Cls(i) & kTimeClockPrep) && !Is(i, "@")) return false;
    int k = i + 1;
    if (Is(i, "at") && (Is(k, "about") || Is(k, "around"))) ++k;
    return k < n_ && (MayStartTimeOfDay(k) || MayStartClock(k));
  }
  // ClosestAt: "[the]" and an ordinal or closest/nearest.
  bool MayStartClosest(int i) const {
    auto word = [&](int k) {
      return (Cls(k) & kTimeClosest) || MayStartOrdinal(k);
    };
    return word(i) || (Is(i, "the") && word(i + 1));
  }
  // HolidayPieceAt: a holiday name, after an optional last/next/this/...
  bool MayStartHoliday(int i) const {
    int id = 0;
    const bool dir = Cls(i) & kTimeHolidayDir;
    return HolidayAt(t_, dir ? i + 1 : i, &id) > 0;
  }

  // The same for whole pieces, composites, sides and ParseAt, assembled
  // from the conditions above: each is implied by its function returning a
  // match, so ParseAt rejects a token where MayParse is false without
  // building any candidate. Most tokens that pass CanStart are function
  // words ("the", "in", "on", "for") that begin a time only before a time
  // word, number, month, ... and fail here.
  //
  // PieceAt(i) > 0: CanStart(i) and a grammar or one of PieceAtUncached's
  // own forms (years, bare hours, decades, "at"/"@"/"around"/... + a clock
  // time) may start at i. ("after next" and ClockSuffix extend a match.)
  bool MayStartPiece(int i) const {
    if (i < 0 || i >= n_ || !CanStart(i)) return false;
    signed char& memo = memo_[i].may_start_piece;
    if (memo < 0) memo = MayStartPieceUncached(i) ? 1 : 0;
    return memo == 1;
  }
  bool MayStartPieceUncached(int i) const {
    return MayStartPieceQuick(i) && MayStartPieceFull(i);
  }

 public:
  // For tests, at token i in [0, n): MayStartPieceFull(i) implies
  // MayStartPieceQuick(i), and a piece (PieceGrammarsAt) implies
  // MayStartPiece(i).
  bool PieceChecksHoldForTesting(int i) const {
    Spec s;
    return (!MayStartPieceFull(i) || MayStartPieceQuick(i)) &&
           (PieceGrammarsAt(i, &s) <= 0 || MayStartPiece(i));
  }

 private:
  // A cheap necessary condition for MayStartPieceFull(i), read off fields
  // of tokens i and i + 1 only, so the function words that pass CanStart
  // ("the", "of", "in", "on", "for", "at") are rejected without
  // MayStartPieceFull's ~20 conditions unless a time-ish token follows.
  //
  // Proof, condition by condition of MayStartPieceFull: each either holds
  // only when token i has one of the facts of SelfMayStartPiece (below), or
  // is a HolidayAt at i, or tests token i + 1 for one of the facts of
  // NextMayContinuePiece, or tests token i + 1 for a word that has such a
  // fact and token i + 2 after it:
  //  - MayStartDate: month, weekday, MayStartOrdinal(i) (digits, an
  //    ordinal word or a number start: self); "the" + MayStartOrdinal(i+1)
  //    (next: digits, ordinal word, number start).
  //  - MayStartRelative: kTimeRelativeWord ("day", "late" among them) and
  //    kTimeRelativeDir (self); "the" + day/following/next, "right"/"just"
  //    + "now" (next: time words); "at the moment" (next: "the", a time
  //    word).
  //  - MayStartTimeOfDay: digits, a number word, kTimeClockWord (self).
  //  - MayStartPartOfDay: "early" and "late" (kTimeBoundaryWord: self),
  //    kTimePartOfDay and words ending in "ish" (self); "the early" (next:
  //    a time word); "in the ..." and "am"/"pm" only after it (next: "the").
  //  - MayStartHoliday: kTimeHolidayDir (self), else HolidayAt(i).
  //  - MayStartRelDuration: "in"/"within" + MayStartDuration(i+1) (next:
  //    a number start or "half", a time word) or + a hedge (next:
  //    kTimeDurationHedge); MayStartDuration(i) (a number start, "half");
  //    kTimeCountDir at i (self) or "the" + kTimeCountDir (next).
  //  - MayStartOrdinalOf: "last" (kTimeRelativeDir), MayStartOrdinal(i)
  //    (self); "the" + "last"/MayStartOrdinal (next).
  //  - MayStartBoundary: kTimeBoundaryWord (self); "the" + one (next:
  //    time_class); "at the" (next: "the").
  //  - MayStartQuarter: MayStartOrdinal(i), "q" (self); "the" + ordinal.
  //  - MayStartPeriodWord: kTimePeriodWord, "rest" (self); kTimePeriod-
  //    Modifier + kTimePeriodWord, "all week", "this past" (next:
  //    time_class).
  //  - MayStartClock: a number start, "half", "quarter" (self).
  //  - MayStartClosest: kTimeClosest, MayStartOrdinal(i) (self); "the" +
  //    either (next: time_class, ordinal word, digits, number start).
  //  - digits, a number word, "'" (self); "in"/"of"/"during"/"the" +
  //    digits or "'" (next).
  //  - MayStartAtClock: "for a quarter" (next: "a", a number start);
  //    kTimeClockPrep/"@" + "about"/"around" (next: kTimeDurationHedge) or
  //    + MayStartTimeOfDay/MayStartClock (next: digits, a number word or
  //    start, kTimeClockWord, "half", "quarter").
  // Articles ("a", "an") are number starts, but everything they begin as a
  // number start needs ArticleNumber(i) (ArticleMayStartNumber),
  // ArticleDuration(i) (ArticleMayStartDuration) or "half"/"quarter" next
  // (MayStartClock), so for them the self facts are those two tests (and
  // HolidayAt, as for every word).
  bool MayStartPieceQuick(int i) const {
    if (NextMayContinuePiece(i + 1)) return true;
    if (IsArticle(i)) {
      if (ArticleMayStartNumber(t_, i) || ArticleMayStartDuration(t_, i))
        return true;
    } else if (SelfMayStartPiece(t_[i])) {
      return true;
    }
    int id = 0;
    return HolidayAt(t_, i, &id) > 0;
  }
  // Token i's own facts in MayStartPieceQuick's proof (articles aside).
  static bool SelfMayStartPiece(const Token& t) {
    constexpr uint32_t kSelf = kTimeRelativeWord | kTimeRelativeDir |
                               kTimeClockWord | kTimeBoundaryWord |
                               kTimePartOfDay | kTimeHolidayDir |
                               kTimeCountDir | kTimePeriodWord | kTimeClosest;
    return (t.time_class & kSelf) || t.IsDigits() || t.number_start ||
           t.number_word >= 0 || t.ordinal_word >= 0 || t.month >= 0 ||
           t.weekday >= 0 || t.Is("half") || t.Is("quarter") || t.Is("q") ||
           t.Is("rest") || t.Is("'") || absl::EndsWith(t.text, "ish");
  }
  // Token j's facts in MayStartPieceQuick's proof: any time word or time
  // class, digits, a number or ordinal word, a number start, a month or
  // weekday, "'". (false when j is past the end.)
  bool NextMayContinuePiece(int j) const {
    if (j >= n_) return false;
    const Token& t = t_[j];
    return t.time_word || t.time_class != 0 || t.IsDigits() || t.number_start ||
           t.number_word >= 0 || t.ordinal_word >= 0 || t.month >= 0 ||
           t.weekday >= 0 || t.Is("'");
  }
  bool MayStartPieceFull(int i) const {
    const Token& t = t_[i];
    return MayStartDate(i) || MayStartRelative(i) || MayStartTimeOfDay(i) ||
           MayStartPartOfDay(i) || MayStartHoliday(i) ||
           MayStartRelDuration(i) || MayStartOrdinalOf(i) ||
           MayStartBoundary(i) || MayStartQuarter(i) || MayStartPeriodWord(i) ||
           MayStartClock(i) || MayStartClosest(i) ||
           // Years (YearAt needs digits), bare hours, decades.
           t.IsDigits() ||
           ((Is(i, "in") || Is(i, "of") || Is(i, "during")) &&
            IsDigits(i + 1)) ||
           (t.IsWord() && t.number_word >= 0) || Is(i, "'") ||
           (Is(i, "the") && (IsDigits(i + 1) || Is(i + 1, "'"))) ||
           MayStartAtClock(i);
  }
  // CompositeAt(i) > 0: a piece at i, or after a leading preposition.
  bool MayStartComposite(int i) const {
    if (MayStartPiece(i)) return true;
    const bool prep = Is(i, "on") || Is(i, "during") ||
                      (Is(i, "at") && !IsDigits(i + 1)) ||
                      (Is(i, "in") && !Is(i + 1, "the"));
    return prep && MayStartPiece(i + 1);
  }
  // SidesAt(k) not empty: after any number of "the", a composite, a day
  // (DayAt) or a number (digits or a number word).
  bool MayStartSides(int k) const {
    for (;; ++k) {
      if (MayStartComposite(k) || MayStartOrdinal(k) || IsDigits(k) ||
          (IsWord(k) && t_[k].number_word >= 0))
        return true;
      if (!Is(k, "the")) return false;
    }
  }
  // ParseAt(i) may succeed: a range (RangeAt), a composite, an open
  // interval or deadline, or "asap".
  bool MayParse(int i) const {
    if (MayStartComposite(i)) return true;
    // RangeAt: sides after an optional opener (a lead composite is
    // covered above), or "for <duration> from ...".
    if (MayStartSides(i)) return true;
    if ((Is(i, "from") || Is(i, "between")) && MayStartSides(i + 1))
      return true;
    if (Is(i, "later") && Is(i + 1, "than") && MayStartSides(i + 2))
      return true;
    if (Is(i, "for") && MayStartDuration(i + 1)) return true;
    // Open intervals: [anytime] after/since/from/before/.../by and a
    // composite, "after" and a duration, "after lunch/school".
    int k = i;
    if (Cls(k) & kTimeSometime) ++k;
    int j = -1;
    if (Cls(k) & kTimeOpenInterval) {
      j = k + 1;
    } else if (Is(k, "later") && Is(k + 1, "than")) {
      j = k + 2;
    }
    if (j > 0 && (MayStartComposite(j) ||
                  (Is(k, "after") &&
                   (MayStartDuration(j) || Is(j, "lunch") || Is(j, "school")))))
      return true;
    return Is(i, "asap") || (Is(i, "as") && Is(i + 1, "soon"));
  }
  // ParseDurationAt(t_, k, false, ...): ParseSimple at k, which needs
  // "half" or a number start, and at an article ArticleMayStartDuration
  // (duration.cc).
  bool MayStartDuration(int k) const {
    return k >= 0 && k < n_ &&
           ((t_[k].number_start && ArticleDuration(k)) || Is(k, "half"));
  }
  // ArticleMayStartNumber and ArticleMayStartDuration at token i, called
  // only on articles (both are true elsewhere).
  bool IsArticle(int i) const { return Is(i, "a") || Is(i, "an"); }
  bool ArticleNumber(int i) const {
    return !IsArticle(i) || ArticleMayStartNumber(t_, i);
  }
  bool ArticleDuration(int i) const {
    return !IsArticle(i) || ArticleMayStartDuration(t_, i);
  }

  int CompositeAtUncached(int i, Spec* s) const;
  // Runs `compute` at token i once and replays its result afterwards.
  int Memoized(Memo TokenMemo::*memo, int i, Spec* out,
               int (Parser::*compute)(int, Spec*) const) const {
    if (i < 0 || i >= n_) return -1;
    if ((memo_[i].*memo).end == kNotDone) {
      // `compute` may memoize other tokens: no reference into the memos is
      // held across the call.
      Spec s;
      const int end = (this->*compute)(i, &s);
      Memo m;
      m.end = end;
      if (end > 0) {
        m.spec = static_cast<int>(memo_specs_.size());
        memo_specs_.push_back(s);
      }
      memo_[i].*memo = m;
    }
    const Memo& m = memo_[i].*memo;
    if (m.end > 0) *out = memo_specs_[m.spec];
    return m.end;
  }
};

int Parser::MonthAt(int i, int* month, bool* weak) const {
  if (!IsWord(i) || t_[i].month < 0) return -1;
  *month = t_[i].month;
  *weak = IsWeakName(t_[i].text) && !t_[i].capitalized;
  // The period after an abbreviation ("Oct.") is part of it; after a full
  // name ("July.") it ends the sentence.
  const absl::string_view w = t_[i].text;
  const bool full = w == "may" || w == "june" || w == "july" || w.size() > 4;
  return full ? i + 1 : SkipDot(i + 1);
}

int Parser::WeekdayAt(int i, int* weekday, bool* weak) const {
  if (!IsWord(i) || t_[i].weekday < 0) return -1;
  *weekday = t_[i].weekday;
  *weak = IsWeakName(t_[i].text) && !t_[i].capitalized;
  return absl::EndsWith(t_[i].text, "day") ? i + 1 : SkipDot(i + 1);
}

// Day of month: "7", "07", "7th", "seventh", "twenty-first".
int Parser::DayAt(int i, int* day, bool* ordinal) const {
  if (i >= n_) return -1;
  int end = 0;
  long long v = 0;
  if (OrdinalAt(i, &end, &v)) {
    if (v < 1 || v > 31) return -1;
    *day = static_cast<int>(v);
    *ordinal = true;
    return end;
  }
  if (IsDigits(i) && t_[i].text.size() <= 2) {
    if (i > 0 && Adj(i) && IsWord(i - 1) && !IsMonth(i - 1)) return -1;
    const int d = DigitsValue(i);
    if (d < 1 || d > 31) return -1;
    // Not part of a larger number or time: "7:30", "7.5", "7,000".
    if (i + 1 < n_ && Adj(i + 1) &&
        (Is(i + 1, ":") || (IsWord(i + 1) && !IsMonth(i + 1)) ||
         ((Is(i + 1, ".") || Is(i + 1, ",")) && IsDigits(i + 2) && Adj(i + 2))))
      return -1;
    // "9 am" is a time.
    bool pm = false;
    if (AmPmAt(i + 1, &pm) > 0 || Is(i + 1, "o'clock") || Is(i + 1, "oclock"))
      return -1;
    *day = d;
    *ordinal = false;
    return i + 1;
  }
  return -1;
}

// Four-digit year (optionally "AD"/"BC"); two digits when allowed.
int Parser::YearAt(int i, int* year, bool allow_two_digits) const {
  if (!IsDigits(i)) return -1;
  if (i > 0 && Adj(i) && IsWord(i - 1)) return -1;
  const absl::string_view s = t_[i].text;
  int y = DigitsValue(i);
  int j = i + 1;
  if (s.size() == 4) {
    // fine
  } else if (s.size() == 2 && allow_two_digits) {
    y += y < 50 ? 2000 : 1900;
  } else if (s.size() <= 4 &&
             (Is(j, "ad") || Is(j, "bc") || Is(j, "a") || Is(j, "b"))) {
    // "14 a.d."
  } else {
    return -1;
  }
  if (j < n_ && Adj(j) && IsWord(j)) return -1;  // "2018q4" handled elsewhere
  // Not part of a larger number: "2000,000", "2013.5".
  if (j + 1 < n_ && Adj(j) && (Is(j, ",") || Is(j, ".")) && IsDigits(j + 1) &&
      Adj(j + 1))
    return -1;
  // Era.
  if (Is(j, "ad") || Is(j, "bc")) {
    *year = Is(j, "bc") ? -y : y;
    return j + 1;
  }
  if (Is(j, "a") && Is(j + 1, ".") && Is(j + 2, "d") && Is(j + 3, ".")) {
    *year = y;
    return j + 4;
  }
  if (Is(j, "b") && Is(j + 1, ".") && Is(j + 2, "c") && Is(j + 3, ".")) {
    *year = -y;
    return j + 4;
  }
  if (Is(j, "a") && Is(j + 1, ".") && Is(j + 2, "d")) {
    *year = y;
    return SkipDot(j + 3);
  }
  if (s.size() != 4 && !(s.size() == 2 && allow_two_digits)) return -1;
  *year = y;
  return j;
}

// "am", "a.m.", "pm", "p.m.", "p m", "a", "p". Sets *pm.
int Parser::AmPmAt(int i, bool* pm) const {
  if (!IsWord(i)) return -1;
  const absl::string_view w = t_[i].text;
  if (w == "am" || w == "pm") {
    *pm = w == "pm";
    int j = i + 1;
    if (Is(j, ".") && Adj(j)) ++j;
    return j;
  }
  if (w == "a" || w == "p") {
    *pm = w == "p";
    int j = i + 1;
    if (Is(j, ".") && Adj(j)) {
      ++j;
      if (Is(j, "m") && Adj(j)) {
        ++j;
        if (Is(j, ".") && Adj(j)) ++j;
      }
      return j;
    }
    if (Is(j, "m") && !Adj(j)) {  // "p m"
      ++j;
      if (Is(j, ".") && Adj(j)) ++j;
      return j;
    }
    // Bare "a"/"p" only glued to digits: "7a", "3:15p".
    if (Adj(i) && IsDigits(i - 1)) return j;
    return -1;
  }
  return -1;
}

// Numeric dates: 2015-03-03, 2014-10, 2014/10, 10/31/1974, 10/31/74, 2/15,
// 10.31.1974, 31/Oct/1974, 31-Oct-74, 2/2013.
int Parser::NumericDateAt(int i, Spec* s) const {
  if (!IsDigits(i)) return -1;
  // "2 1/2 times", "3 3/4 inches": a fraction after a whole number.
  if (i > 0 && IsDigits(i - 1) && !Adj(i) && Is(i + 1, "/")) return -1;
  if (i > 0 && Adj(i) && (IsWord(i - 1) || IsDigits(i - 1))) return -1;
  if (i > 1 && Adj(i) && t_[i].text.size() != 4 &&
      (Is(i - 1, "/") || Is(i - 1, "-") || Is(i - 1, ".") || Is(i - 1, ":")) &&
      IsDigits(i - 2))
    return -1;
  const int a = DigitsValue(i);
  const size_t alen = t_[i].text.size();
  auto sep_at = [&](int j, absl::string_view sep, bool spaced_ok) {
    return Is(j, sep) &&
           ((Adj(j) && Adj(j + 1)) || (spaced_ok && !Adj(j) && !Adj(j + 1)));
  };
  auto ends_clean = [&](int j) {
    // The date must not run on into more digits or separators.
    if (j < n_ && Adj(j) &&
        (IsDigits(j) || IsWord(j) ||
         ((Is(j, "/") || Is(j, "-") || Is(j, ".") || Is(j, ":")) &&
          IsDigits(j + 1) && Adj(j + 1))))
      return false;
    return true;
  };
  // yyyy-mm-dd, yyyy-mm, yyyy/mm
  if (alen == 4) {
    for (absl::string_view sep : {"-", "/"}) {
      if (sep_at(i + 1, sep, false) && IsDigits(i + 2) &&
          t_[i + 2].text.size() <= 2) {
        const int m = DigitsValue(i + 2);
        if (m < 1 || m > 12) return -1;
        if (sep_at(i + 3, sep, false) && IsDigits(i + 4) &&
            t_[i + 4].text.size() <= 2) {
          const int d = DigitsValue(i + 4);
          if (d < 1 || d > DaysInMonth(a, m) || !ends_clean(i + 5)) return -1;
          s->year = a;
          s->month = m;
          s->day = d;
          return i + 5;
        }
        if (!ends_clean(i + 3)) return -1;
        s->year = a;
        s->month = m;
        return i + 3;
      }
    }
    return -1;
  }
  if (alen > 2) return -1;
  // dd/Mon/yyyy, dd-Mon-yy
  for (absl::string_view sep : {"/", "-"}) {
    int month = 0;
    bool weak = false;
    if (sep_at(i + 1, sep, false) && MonthAt(i + 2, &month, &weak) == i + 3 &&
        sep_at(i + 3, sep, false)) {
      int y = 0;
      const int e = YearAt(i + 4, &y, true);
      if (e < 0 || a < 1 || a > DaysInMonth(y, month)) return -1;
      s->year = y;
      s->month = month;
      s->day = a;
      return e;
    }
  }
  // mm/dd[/yy(yy)], mm-dd-yy, mm.dd.yyyy, m/yyyy
  for (absl::string_view sep : {"/", "-", "."}) {
    const bool spaced = sep != ".";
    if (!sep_at(i + 1, sep, spaced) || !IsDigits(i + 2)) continue;
    const size_t blen = t_[i + 2].text.size();
    const int b = DigitsValue(i + 2);
    if (blen == 4 && sep == "/" && a >= 1 && a <= 12 && ends_clean(i + 3)) {
      s->year = b;
      s->month = a;
      return i + 3;
    }
    if (blen > 2) return -1;
    if (sep_at(i + 3, sep, false) && IsDigits(i + 4) && Adj(i + 3)) {
      const size_t clen = t_[i + 4].text.size();
      if (clen != 2 && clen != 4) return -1;
      int y = DigitsValue(i + 4);
      if (clen == 2) y += y < 50 ? 2000 : 1900;
      if (a < 1 || a > 12 || b < 1 || b > DaysInMonth(y, a) ||
          !ends_clean(i + 5))
        return -1;
      s->year = y;
      s->month = a;
      s->day = b;
      return i + 5;
    }
    if (sep == ".") return -1;
    if (a < 1 || a > 12 || b < 1 || b > DaysInMonth(2000, a) ||
        !ends_clean(i + 3))
      return -1;
    s->month = a;
    s->day = b;
    // "3-1", "52-48": in running text a hyphen between two small numbers
    // is a score or a range far more often than a date.
    if (sep == "-") s->latent = true;
    return i + 3;
  }
  return -1;
}

// Calendar dates with month names, weekdays, ordinals and years.
int Parser::DateAt(int i, Spec* out) const {
  int best = -1;
  Spec best_spec;
  auto consider = [&](int end, const Spec& s) {
    if (end > best) {
      best = end;
      best_spec = s;
    }
  };
  {
    Spec s;
    const int e = NumericDateAt(i, &s);
    if (e > 0) consider(e, s);
  }
  // Optional leading weekday: "Monday, Feb 18", "Fri, Jul 18, 2014".
  int j = i;
  int weekday = kUnset;
  bool weak = false;
  {
    const int e = WeekdayAt(i, &weekday, &weak);
    if (e > 0) {
      j = e;
      if (Is(j, ",")) ++j;
    } else {
      weekday = kUnset;
    }
  }
  auto with_year = [&](int k, Spec s) {
    // Optional ", 2025" / " 2025" / "of 2025".
    int m = k;
    if (Is(m, ",")) ++m;
    if (Is(m, "of") && IsDigits(m + 1)) ++m;
    int y = 0;
    int e = YearAt(m, &y, false);
    // "14th April 15": a two-digit year ending the expression.
    if (e < 0 && IsDigits(m) && t_[m].text.size() == 2 && m == k &&
        (m + 1 >= n_ || (!IsWord(m + 1) && !IsDigits(m + 1) &&
                         !Is(m + 1, ":") && !Is(m + 1, "-"))))
      e = YearAt(m, &y, true);
    if (e > 0) {
      s.year = y;
      k = e;
    }
    // Trailing weekday: "Jul 18, Fri".
    int w = 0;
    bool wk = false;
    m = k;
    if (Is(m, ",")) ++m;
    const int we = WeekdayAt(m, &w, &wk);
    if (we > 0 && s.weekday == kUnset) {
      s.weekday = w;
      k = we;
    }
    consider(k, s);
  };
  // Month-first: "May 7", "May 9th", "february the 15th", "March 2023".
  {
    int month = 0;
    bool mweak = false;
    const int e = MonthAt(j, &month, &mweak);
    if (e > 0) {
      Spec s;
      s.month = month;
      s.weekday = weekday;
      int k = e;
      if (Is(k, "the")) ++k;
      int day = 0;
      bool ordinal = false;
      const int de = DayAt(k, &day, &ordinal);
      if (de > 0 && !(IsDigits(de) && !Is(de - 1, ",") && false)) {
        Spec sd = s;
        sd.day = day;
        with_year(de, sd);
      }
      // Month + year: "March 2023", "October 2014".
      {
        int k2 = e;
        if (Is(k2, ",")) ++k2;
        if (Is(k2, "of")) ++k2;
        int y = 0;
        const int ye = YearAt(k2, &y, false);
        if (ye > 0) {
          Spec sy = s;
          sy.year = y;
          consider(ye, sy);
        }
      }
      // Bare month name; weak words ("may", "march") need a capital or
      // another date part.
      Spec sm = s;
      if (mweak && weekday == kUnset) sm.latent = true;
      consider(e, sm);
    }
  }
  // Day-first: "7 May 2025", "15th february", "the 1st of march".
  {
    int k = j;
    if (Is(k, "the")) ++k;
    int day = 0;
    bool ordinal = false;
    const int de = DayAt(k, &day, &ordinal);
    if (de > 0) {
      int m = de;
      if (Is(m, "of")) ++m;
      int month = 0;
      bool mweak = false;
      const int me = MonthAt(m, &month, &mweak);
      if (me > 0) {
        Spec s;
        s.day = day;
        s.month = month;
        s.weekday = weekday;
        with_year(me, s);
      }
      // Weekday + day: "Tuesday the 19th", "Thu 15th"; "the 15th".
      if (ordinal || weekday != kUnset || k > j) {
        Spec s;
        s.day = day;
        s.weekday = weekday;
        if (weekday == kUnset && !ordinal) s.latent = true;  // "the 24"
        if (weekday == kUnset && k == j) s.latent = true;    // "24th"
        // "the first foreign trip", "the second you log in": an ordinal
        // after "the" is a day of the month only where a date is expected:
        // after a preposition ("on the 15th", "by the 3rd") or ending the
        // clause ("due the 1st.").
        if (weekday == kUnset && k > j && de < n_ &&
            (IsWord(de) || IsDigits(de) || (Is(de, "-") && Adj(de))) &&
            !(i > 0 &&
              (Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "until") ||
               Is(i - 1, "till") || Is(i - 1, "since") || Is(i - 1, "from") ||
               Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "to") ||
               Is(i - 1, "through"))))
          s.latent = true;
        if (weekday != kUnset || ordinal || k > j) consider(de, s);
      }
    }
  }
  // Bare weekday. An abbreviation that is also an English word is more
  // often that word alone, capitalized or not ("The Sun", "Sat down"); with
  // a date or time it is a day.
  if (weekday != kUnset) {
    Spec s;
    s.weekday = weekday;
    if (weak || IsWeakName(t_[i].text)) s.latent = true;
    int e = WeekdayAt(i, &weekday, &weak);
    consider(e, s);
  }
  if (best > 0) *out = best_spec;
  return best;
}

// Times of day: 3pm, 3 p.m., 15:30, 3:30pm, 15:23:24, 15h30, 3h18, noon,
// midnight, 3 o'clock, half past three, a quarter to noon, at 3.
int Parser::TimeOfDayAt(int i, Spec* out) const {
  if (i >= n_) return -1;
  int best = -1;
  Spec best_spec;
  auto consider = [&](int end, const Spec& s) {
    if (end > best) {
      best = end;
      best_spec = s;
    }
  };
  auto set_hour = [&](Spec* s, int h, int m, int sec, bool has_ampm, bool pm) {
    if (has_ampm) {
      if (h < 1 || h > 12) return false;
      s->hour = (h % 12) + (pm ? 12 : 0);
      s->hour_certain = true;
    } else {
      if (h < 0 || h > 24) return false;
      s->hour = h == 24 ? 0 : h;
      s->hour_certain = h == 0 || h > 12;
    }
    s->minute = m;
    s->second = sec;
    return true;
  };
  // Trailing am/pm (also "in the morning" etc. through PartOfDay merging).
  auto ampm_after = [&](int j, bool* pm) -> int {
    const int e = AmPmAt(j, pm);
    return e;
  };
  if (IsDigits(i) && !(i > 0 && Adj(i) && (IsWord(i - 1) || IsDigits(i - 1)))) {
    const int h = DigitsValue(i);
    const size_t hlen = t_[i].text.size();
    // H:MM[:SS] [am|pm]
    if (hlen <= 2 && Is(i + 1, ":") && Adj(i + 1) && IsDigits(i + 2) &&
        Adj(i + 2) && t_[i + 2].text.size() == 2) {
      const int m = DigitsValue(i + 2);
      int j = i + 3;
      int sec = kUnset;
      if (Is(j, ":") && Adj(j) && IsDigits(j + 1) && Adj(j + 1) &&
          t_[j + 1].text.size() == 2) {
        sec = DigitsValue(j + 1);
        j += 2;
      }
      if (m < 60 && (sec == kUnset || sec < 60) && !(Is(j, ":") && Adj(j))) {
        bool pm = false;
        const int ae = ampm_after(j, &pm);
        Spec s;
        if (ae > 0 && set_hour(&s, h, m, sec, true, pm)) consider(ae, s);
        Spec s2;
        if (set_hour(&s2, h, m, sec, false, false)) consider(j, s2);
      }
    }
    // 15h30, 15h, 3h18
    if (hlen <= 2 && Is(i + 1, "h") && Adj(i + 1)) {
      int j = i + 2;
      int m = 0;
      if (IsDigits(j) && Adj(j) && t_[j].text.size() == 2) {
        m = DigitsValue(j);
        ++j;
      }
      Spec s;
      if (m < 60 && h <= 24 && set_hour(&s, h, m, kUnset, false, false)) {
        s.hour_certain = true;
        consider(j, s);
      }
    }
    // 3pm, 3 p.m., 330 p.m., 1030am, 3ish pm
    {
      bool pm = false;
      const int k = Is(i + 1, "ish") ? i + 2 : i + 1;
      const int ae = ampm_after(k, &pm);
      if (ae > 0) {
        Spec s;
        if (hlen <= 2 && set_hour(&s, h, kUnset, kUnset, true, pm)) {
          // A glued single letter ("7a", "4p") is latent alone.
          if (t_[k].text.size() == 1 && !Is(ae - 1, "m")) s.latent = true;
          consider(ae, s);
        } else if (hlen == 3 || hlen == 4) {
          Spec s2;
          if (h % 100 < 60 && set_hour(&s2, h / 100, h % 100, kUnset, true, pm))
            consider(ae, s2);
        }
      }
    }
    // 3 o'clock
    if (hlen <= 2 && (Is(i + 1, "o'clock") || Is(i + 1, "oclock"))) {
      int j = i + 2;
      bool pm = false;
      const int ae = ampm_after(j, &pm);
      Spec s;
      if (ae > 0 ? set_hour(&s, h, kUnset, kUnset, true, pm)
                 : set_hour(&s, h, kUnset, kUnset, false, false))
        consider(ae > 0 ? ae : j, s);
    }
  }
  // Word hours: "three pm", "noon", "midnight".
  if (IsWord(i)) {
    const absl::string_view w = t_[i].text;
    if (w == "noon" || w == "midday") {
      Spec s;
      s.hour = 12;
      consider(i + 1, s);
    } else if (w == "mid" && Is(i + 1, "day")) {
      Spec s;
      s.hour = 12;
      consider(i + 2, s);
    } else if (w == "midnight") {
      Spec s;
      s.hour = 0;
      consider(i + 1, s);
    }
    const int h = t_[i].number_word;
    if (h >= 1 && h <= 12) {
      bool pm = false;
      const int ae = ampm_after(i + 1, &pm);
      Spec s;
      if (ae > 0 && set_hour(&s, h, kUnset, kUnset, true, pm)) consider(ae, s);
      if (Is(i + 1, "o'clock") || Is(i + 1, "oclock")) {
        Spec s2;
        set_hour(&s2, h, kUnset, kUnset, false, false);
        consider(i + 2, s2);
      }
    }
  }
  if (best > 0) *out = best_spec;
  return best;
}

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

// Words after a clock time: a time zone ("8:00 GMT", "9 am (BST)"), "ish",
// "approximately".
int Parser::ClockSuffix(int e, Spec* s) const {
  if (Is(e, "ish")) ++e;
  if (Is(e, "approximately") || Is(e, "sharp")) ++e;
  int k = e;
  const bool paren = Is(k, "(");
  if (paren) ++k;
  if (IsWord(k)) {
    const int off = TimeZoneOffset(t_[k].text);
    if (off != kUnset && (!paren || Is(k + 1, ")"))) {
      s->tz_offset = off;
      s->latent = false;
      s->bare_hour = false;
      e = paren ? k + 2 : k + 1;
    }
  }
  return e;
}

// One piece of a composite: a date, a relative day/period, a time of day, a
// part of day, or a year after "in".
int Parser::PieceAt(int i, Spec* out) const {
  return Memoized(&TokenMemo::piece, i, out, &Parser::PieceAtUncached);
}

int Parser::PieceAtUncached(int i, Spec* out) const {
  // MayStartPiece (memoized; it implies CanStart) is a necessary condition
  // of a match here, argued at its definition; ranges and "of"-constructs
  // ask PieceAt at tokens where it fails, and testing it costs a memo read
  // instead of every MayStart* condition in PieceGrammarsAt.
  if (!MayStartPiece(i)) return -1;
  return PieceGrammarsAt(i, out);
}

int Parser::PieceGrammarsAt(int i, Spec* out) const {
  if (!CanStart(i)) return -1;
  int best = -1;
  Spec best_spec;
  auto consider = [&](int end, const Spec& s) {
    if (end > best) {
      best = end;
      best_spec = s;
    }
  };
  Spec s;
  int e;
  // Each grammar runs on a fresh Spec, and only where its MayStart*
  // condition holds (elsewhere it would return -1).
  auto run = [&](bool may_start, int (Parser::*grammar)(int, Spec*) const) {
    if (!may_start) return;
    s = Spec();
    if ((e = (this->*grammar)(i, &s)) > 0) consider(e, s);
  };
  run(MayStartDate(i), &Parser::DateAt);
  run(MayStartRelative(i), &Parser::RelativeAt);
  run(MayStartTimeOfDay(i), &Parser::TimeOfDayAt);
  run(MayStartPartOfDay(i), &Parser::PartOfDayAt);
  run(MayStartHoliday(i), &Parser::HolidayPieceAt);
  run(MayStartRelDuration(i), &Parser::RelDurationAt);
  run(MayStartOrdinalOf(i), &Parser::OrdinalOfAt);
  run(MayStartBoundary(i), &Parser::BoundaryAt);
  run(MayStartQuarter(i), &Parser::QuarterAt);
  run(MayStartPeriodWord(i), &Parser::PeriodWordAt);
  // Years: "in 2015", bare years only when latent.
  {
    int y = 0;
    int k = i;
    const bool prep = Is(k, "in") || Is(k, "of") || Is(k, "during");
    if (prep) ++k;
    if (IsDigits(k) && (e = YearAt(k, &y, false)) > 0) {
      s = Spec();
      s.year = y;
      s.latent = !prep;
      consider(e, s);
    }
  }
  run(MayStartClock(i), &Parser::ClockAt);
  run(MayStartClosest(i), &Parser::ClosestAt);
  // A bare number as an hour: "8 tonight", "9 tomorrow", latent "7".
  {
    int v = -1;
    if (IsDigits(i) && t_[i].text.size() <= 2 &&
        !(i > 0 && Adj(i) && (IsWord(i - 1) || IsDigits(i - 1))) &&
        !(Adj(i + 1) && (IsWord(i + 1) || IsDigits(i + 1) || Is(i + 1, ":") ||
                         Is(i + 1, ".") || Is(i + 1, ","))))
      v = DigitsValue(i);
    else if (IsWord(i))
      v = t_[i].number_word;
    if (v >= 0 && v <= 24 && !(IsWord(i) && (v < 1 || v > 12))) {
      s = Spec();
      s.hour = v % 24;
      s.hour_certain = v == 0 || v > 12;
      s.bare_hour = true;
      s.latent = true;
      consider(i + 1, s);
    }
  }
  // Weekday or month "after next": the one after the next one.
  if (best > 0 && Is(best, "after") && Is(best + 1, "next")) {
    const Spec& b = best_spec;
    if (b.weekday != kUnset && b.day == kUnset && b.month == kUnset &&
        !b.anchored && b.hour == kUnset) {
      const CivilDay today(ref_);
      const int delta = ((b.weekday - WeekdayOf(today) + 6) % 7) + 1;
      Spec r = Anchor(CivilSecond(today + delta + 7), DAY);
      consider(best + 2, r);
    } else if (b.month != kUnset && b.day == kUnset && b.year == kUnset &&
               !b.anchored) {
      Spec r = b;
      r.year = ref_.year() + (b.month < ref_.month() ? 2 : 1);
      consider(best + 2, r);
    }
  }
  // Decades: "the 1980s", "the '90s".
  {
    int k = i;
    if (Is(k, "the")) ++k;
    const bool apostrophe = Is(k, "'");
    if (apostrophe) ++k;
    if (IsDigits(k) && Is(k + 1, "s") && Adj(k + 1) &&
        !(Adj(k + 2) && (IsWord(k + 2) || IsDigits(k + 2))) &&
        ((t_[k].text.size() == 4 && !apostrophe) ||
         (t_[k].text.size() == 2 && apostrophe)) &&
        t_[k].text.back() == '0') {
      int y = DigitsValue(k);
      if (apostrophe) y += y >= 30 ? 1900 : 2000;
      Spec d = Anchor(CivilSecond(y, 1, 1, 0, 0, 0), DECADE);
      d.anchor_interval = false;
      consider(k + 2, d);
    }
  }
  // "at 3", "at 15", "@ 3", "around 1030", "at three twenty": a clock time
  // after "at" is not latent.
  if (MayStartAtClock(i)) {
    int k = i + 1;
    if (Is(i, "at") && (Is(k, "about") || Is(k, "around"))) ++k;
    if (Is(i, "for") && Is(k, "a") && Is(k + 1, "quarter")) {
      // "for a quarter past 3pm"
    } else if (Is(i, "for")) {
      k = -1;
    }
    Spec h;
    int e2 = -1;
    if (k > 0) {
      e2 = TimeOfDayAt(k, &h);
      Spec c;
      const int ec = ClockAt(k, &c);
      if (ec > e2) {
        e2 = ec;
        h = c;
      }
      if (e2 < 0 && !Is(i, "for")) {
        int v = -1;
        // A bare number is an hour after "at" ("at 3"); after "about" or
        // "around" it is an amount ("about 3 percent").
        if (IsDigits(k) && t_[k].text.size() <= 2 &&
            (Is(i, "at") || Is(i, "@")) &&
            !(Adj(k + 1) && (IsWord(k + 1) || IsDigits(k + 1))))
          v = DigitsValue(k);
        else if (IsWord(k) && Is(i, "at"))
          v = t_[k].number_word;
        if (v >= 0 && v <= 24 && !(IsWord(k) && (v < 1 || v > 12))) {
          h = Spec();
          h.hour = v % 24;
          h.hour_certain = v == 0 || v > 12;
          e2 = k + 1;
        }
      }
    }
    if (e2 > 0 && h.hour != kUnset) {
      h.latent = false;
      h.bare_hour = false;
      consider(e2, h);
    }
  }
  if (best > 0 && best_spec.hour != kUnset && !best_spec.HasDate())
    best = ClockSuffix(best, &best_spec);
  if (best > 0) *out = best_spec;
  return best;
}

// Pieces joined into one time: "May 7, 2025 at 3 p.m.", "tomorrow at 5pm",
// "Saturday morning", "at 9am on Saturday".
int Parser::CompositeAt(int i, Spec* out) const {
  return Memoized(&TokenMemo::composite, i, out, &Parser::CompositeAtUncached);
}

int Parser::CompositeAtUncached(int i, Spec* out) const {
  // Leading prepositions that belong to the expression.
  Spec s;
  int e = PieceAt(i, &s);
  if (Is(i, "on") || Is(i, "during") || (Is(i, "at") && !IsDigits(i + 1)) ||
      (Is(i, "in") && !Is(i + 1, "the"))) {
    Spec s1;
    const int e1 = PieceAt(i + 1, &s1);
    if (e1 > e) {
      e = e1;
      s = s1;
      if ((Is(i, "in") || Is(i, "during")) && !s.bare_hour) s.latent = false;
    }
  }
  if (e < 0) return -1;
  for (;;) {
    int k = e;
    if (Is(k, ",")) ++k;
    Spec next;
    int e2 = PieceAt(k, &next);
    if (Is(k, "at") || Is(k, "on") || Is(k, "@") || Is(k, "of") ||
        Is(k, "for") || (Is(k, "in") && !Is(k + 1, "the")) ||
        (Is(k, "from") &&
         (Is(k + 1, "last") || Is(k + 1, "next") || Is(k + 1, "this")))) {
      Spec n2;
      const int e3 = PieceAt(k + 1, &n2);
      if (e3 > e2) {
        e2 = e3;
        next = n2;
      }
    }
    if (e2 < 0) break;
    Spec merged = s;
    if (!Merge(&merged, next)) break;
    // Two dates that both name a day do not combine ("May 7 May 8").
    s = merged;
    s.latent = false;
    e = e2;
  }
  *out = s;
  return e;
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
    *s = Anchor(CivilSecond(b), DAY);
    s->anchor_end = CivilSecond(e);
    s->anchor_interval = true;
    return j + 1;
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

// Clock times in words and with "past"/"to": "half past three", "a quarter
// to noon", "20 minutes to 2pm", "ten thirty", "twelve oh three", "nine
// fifty nine a m", "half three", "at 3 15", "1030".
int Parser::ClockAt(int i, Spec* out) const {
  int best = -1;
  Spec best_spec;
  auto consider = [&](int end, const Spec& s) {
    if (end > best) {
      best = end;
      best_spec = s;
    }
  };
  // The hour after "past"/"to": 3pm, 15h, noon, three, 3.
  auto hour_at = [&](int k, Spec* h) -> int {
    const int e = TimeOfDayAt(k, h);
    if (e > 0 && h->minute == kUnset) return e;
    if (e > 0 && h->minute == 0) return e;
    *h = Spec();
    int v = -1;
    if (IsDigits(k) && t_[k].text.size() <= 2 && !(Adj(k + 1) && IsWord(k + 1)))
      v = DigitsValue(k);
    else if (IsWord(k))
      v = t_[k].number_word;
    if (v < 0 || v > 24) return -1;
    h->hour = v % 24;
    h->hour_certain = v == 0 || v > 12;
    return k + 1;
  };
  // <minutes> past|after|to|till <hour>
  {
    int j = i;
    if (Is(j, "a")) ++j;
    int minutes = -1;
    if (Is(j, "half")) {
      minutes = 30;
      ++j;
    } else if (Is(j, "quarter")) {
      minutes = 15;
      ++j;
    } else {
      NumberOptions o;
      o.allow_hedge = o.allow_negative = o.allow_fraction = false;
      o.allow_suffix_scale = o.allow_vague = o.allow_scale_words = false;
      NumberParse p;
      if (j == i && ParseNumberAt(t_, j, o, &p) && !p.decimal && p.value >= 1 &&
          p.value < 60) {
        minutes = static_cast<int>(p.value);
        j = p.end;
        if (Is(j, "minutes") || Is(j, "minute") || Is(j, "mins") ||
            Is(j, "min"))
          ++j;
      }
    }
    if (minutes > 0) {
      int sign = 0;
      if (Is(j, "past") || Is(j, "after")) sign = 1;
      if (Is(j, "to") || Is(j, "till") || Is(j, "til") || Is(j, "before") ||
          Is(j, "of"))
        sign = -1;
      // "15 minutes from 1pm"
      if (Is(j, "from") && j > i + 1 && Is(j - 1, "minutes")) sign = 1;
      Spec h;
      int he = sign != 0 ? hour_at(j + 1, &h) : -1;
      // "13 to 15" and "3 to 20" are ranges of numbers, not clock times: a
      // bare number of minutes needs "minutes" or an hour in words or with
      // am/pm ("ten to three", "5 to 3pm").
      if (he > 0 && !Is(j - 1, "minutes") && !Is(j - 1, "minute") &&
          !Is(j - 1, "mins") && !Is(j - 1, "min") && !Is(j - 1, "half") &&
          !Is(j - 1, "quarter") && he == j + 2 &&
          (!h.hour_certain || IsDigits(j + 1)))
        he = -1;
      if (he > 0) {
        if (sign > 0) {
          h.minute = minutes;
        } else {
          h.hour = (h.hour + 23) % 24;
          h.minute = 60 - minutes;
        }
        consider(he, h);
      }
    }
    // "half three": 3:30 (British).
    if (Is(i, "half") && minutes == 30 && j == i + 1) {
      Spec h;
      const int he = hour_at(i + 1, &h);
      if (he > 0 && h.hour != kUnset && h.minute == kUnset) {
        h.minute = 30;
        consider(he, h);
      }
    }
  }
  // Word clock: "ten thirty", "twelve oh three", "four twenty-three a m".
  if (IsWord(i)) {
    const int h = t_[i].number_word;
    if (h >= 1 && h <= 12) {
      int j = i + 1;
      if (Is(j, "-")) ++j;
      int m = -1;
      if (Is(j, "oh") || Is(j, "o") || Is(j, "ou") || Is(j, "zero")) {
        int k = j + 1;
        if (Is(k, "-")) ++k;
        const int u = IsWord(k) ? t_[k].number_word : -1;
        if (u >= 1 && u <= 9) {
          m = u;
          j = k + 1;
        }
      } else if (IsWord(j)) {
        NumberOptions o;
        o.allow_hedge = o.allow_negative = o.allow_fraction = false;
        o.allow_suffix_scale = o.allow_vague = o.allow_scale_words = false;
        NumberParse p;
        if (ParseNumberAt(t_, j, o, &p) && p.spelled && p.value >= 10 &&
            p.value < 60 && !p.decimal) {
          m = static_cast<int>(p.value);
          j = p.end;
        }
      }
      if (m >= 0) {
        Spec s;
        s.hour = h % 12;
        s.hour_certain = false;
        if (h == 12) s.hour = 12;
        s.minute = m;
        bool pm = false;
        const int ae = AmPmAt(j, &pm);
        if (ae > 0) {
          s.hour = h % 12 + (pm ? 12 : 0);
          s.hour_certain = true;
          consider(ae, s);
        } else {
          s.latent = true;
          consider(j, s);
        }
      }
    }
  }
  // HHMM digits: "1030", "815", "330 p.m." (latent without am/pm or "at").
  if (IsDigits(i) && (t_[i].text.size() == 3 || t_[i].text.size() == 4) &&
      !(i > 0 && Adj(i) && (IsWord(i - 1) || IsDigits(i - 1))) &&
      !(Adj(i + 1) && (IsDigits(i + 1) || Is(i + 1, ":") || Is(i + 1, ",") ||
                       Is(i + 1, ".")))) {
    const int v = DigitsValue(i);
    const int h = v / 100, m = v % 100;
    // "about 150 people" is a count: a word after HHMM must be time-like.
    static const auto* const kAfter =
        new absl::flat_hash_set<absl::string_view>{
            "am",    "pm",    "a",       "p",        "ish",   "in",
            "on",    "at",    "tonight", "tomorrow", "today", "this",
            "local", "hours", "hrs",     "h",        "gmt",   "utc"};
    const bool word_ok =
        (!IsWord(i + 1) || kAfter->count(t_[i + 1].text) ||
         TimeZoneOffset(t_[i + 1].text) != kUnset) &&
        !((Is(i + 1, "-") || Is(i + 1, ".")) && IsDigits(i + 2));
    if (h <= 23 && m < 60 && word_ok &&
        !(IsWord(i + 1) && Adj(i + 1) && !Is(i + 1, "ish"))) {
      Spec s;
      s.hour = h;
      s.hour_certain = h == 0 || h > 12;
      s.minute = m;
      s.latent = true;
      consider(i + 1, s);
    }
  }
  // "3 15" after "at": two-digit minutes.
  if (IsDigits(i) && t_[i].text.size() <= 2 && IsDigits(i + 1) && !Adj(i + 1) &&
      t_[i + 1].text.size() == 2) {
    const int h = DigitsValue(i), m = DigitsValue(i + 1);
    if (h <= 23 && m < 60) {
      Spec s;
      s.hour = h;
      s.hour_certain = h == 0 || h > 12;
      s.minute = m;
      s.latent = true;
      consider(i + 2, s);
    }
  }
  if (best > 0) *out = best_spec;
  return best;
}

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

// Fills the coarser fields one side of a range leaves out from the other:
// "May 7-10" (10 takes May), "13 to 15 July" (13 takes July), "3-4pm" (3
// takes p.m.), "9:30 - 11:00 CST" (9:30 takes the zone).
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

// Range connectors: "-", "to", "through", "until", ...; "and" after
// "between"; "but before" after "later than".
int RangeConnector(const Tokens& t, int k, int opener) {
  if (k >= static_cast<int>(t.size())) return -1;
  const absl::string_view w = t[k].text;
  if (opener == 1) return (w == "and" || w == "-") ? k + 1 : -1;
  if (opener == 2)
    return (w == "but" && TokenIs(t, k + 1, "before")) ? k + 2 : -1;
  if (w == "-" || w == "to" || w == "through" || w == "thru" || w == "till" ||
      w == "til" || w == "until" || w == "untill" || w == "/")
    return k + 1;
  return -1;
}

// One side of a range: a composite, or a bare day ("10") or hour ("4").
struct Parser::Side {
  int end = -1;
  Spec spec;
  bool bare = false;  // a bare number read as an hour
};

Parser::Sides Parser::SidesAt(int k) const {
  Sides out;
  if (Is(k, "the")) {
    for (Side s : SidesAt(k + 1)) out.push_back(s);
  }
  Side c;
  c.end = CompositeAt(k, &c.spec);
  if (c.end > 0) out.push_back(c);
  int day = 0;
  bool ordinal = false;
  const int de = DayAt(k, &day, &ordinal);
  if (de > 0) {
    Side d;
    d.end = de;
    d.spec.day = day;
    out.push_back(d);
  }
  int v = -1;
  if (IsDigits(k) && t_[k].text.size() <= 2 &&
      !(Adj(k + 1) && (Is(k + 1, ":") || IsDigits(k + 1) || Is(k + 1, "."))))
    v = DigitsValue(k);
  else if (IsWord(k))
    v = t_[k].number_word;
  if (v >= 0 && v <= 24) {
    Side h;
    h.spec.hour = v % 24;
    h.spec.hour_certain = v == 0 || v > 12;
    h.end = k + 1;
    h.bare = true;
    Spec pod;
    const int pe = PartOfDayAt(h.end, &pod);
    if (pe > 0) {
      Merge(&h.spec, pod);
      h.end = pe;
    }
    out.push_back(h);
  }
  return out;
}

// Ranges: "from May 7 to 10", "May 7-10", "between May 7 and 10",
// "July 13 - July 15", "from 13 to 15 July", "9:30 - 11:00 on Thursday",
// "Thursday from 9:30 to 11:00", "3-4pm", "1960 - 1961", "4pm for 30 mins",
// "18th Dec for 10 days".
bool Parser::RangeAt(int i, int* end, Resolved* out) const {
  int best = -1;
  Resolved best_r;
  // A leading day for a range of clock times: "Thursday from 9:30 to
  // 11:00", "this Thu 9-11am", "tomorrow in between 1-2:30".
  absl::InlinedVector<std::pair<int, Spec>, 2> starts;
  starts.push_back({i, Spec()});
  {
    Spec c;
    const int ce = CompositeAt(i, &c);
    if (ce > 0 && c.hour == kUnset && c.HasDate() && !c.anchor_interval) {
      int k = ce;
      if (Is(k, ",")) ++k;
      if (Is(k, "in") && Is(k + 1, "between")) ++k;
      starts.push_back({k, c});
    }
  }
  for (const auto& start : starts) {
    const int j0 = start.first;
    const bool has_lead = start.first != i;
    int j = j0;
    int opener = 0;
    if (Is(j, "from")) {
      ++j;
    } else if (Is(j, "between")) {
      ++j;
      opener = 1;
    } else if (Is(j, "later") && Is(j + 1, "than")) {
      j += 2;
      opener = 2;
    }
    for (const Side& x : SidesAt(j)) {
      // "for <duration>": "4pm for 30 mins", "18th Dec for 10 days".
      if (Is(x.end, "for")) {
        DurationParse d;
        if (ParseDurationAt(t_, x.end + 1, false, &d) && d.end > best) {
          Spec xs = x.spec;
          if (has_lead && !Merge(&xs, start.second)) continue;
          Resolved rx;
          if ((!xs.latent || has_lead) && Resolve(xs, &rx)) {
            const Grain g = std::min(rx.grain, d.grain);
            best_r = Resolved();
            best_r.begin = rx.begin;
            best_r.end = AddGrain(AddDuration(rx.begin, d, 1), g, 1);
            best_r.grain = g;
            best_r.interval = true;
            best = d.end;
          }
        }
      }
      const int k = RangeConnector(t_, x.end, opener);
      if (k < 0) continue;
      for (const Side& y : SidesAt(Is(k, "~") ? k + 1 : k)) {
        Spec xs = x.spec, ys = y.spec;
        int e = y.end;
        // A trailing day: "9:30 - 11:00 on Thursday", "1pm-2pm tomorrow".
        Spec trail;
        int te = -1;
        {
          int m = e;
          if (Is(m, "on") || Is(m, ",")) ++m;
          Spec c;
          const int ce = CompositeAt(m, &c);
          if (ce > 0 && c.hour == kUnset && c.HasDate() && xs.hour != kUnset) {
            trail = c;
            te = ce;
          }
        }
        for (int use_trail = 0; use_trail < 2; ++use_trail) {
          Spec xx = xs, yy = ys;
          int ee = e;
          if (use_trail) {
            if (te < 0) continue;
            if (!Merge(&xx, trail) || !Merge(&yy, trail)) continue;
            ee = te;
          }
          if (has_lead) {
            if (xx.hour == kUnset) continue;
            if (!Merge(&xx, start.second) || !Merge(&yy, start.second))
              continue;
          }
          if (ee <= best) continue;
          Complete(&xx, yy);
          Complete(&yy, xx);
          // The sides must be of comparable kinds.
          if ((xx.hour != kUnset) != (yy.hour != kUnset)) continue;
          // Two bare numbers ("2-15", "3 - 4") are not a range of hours
          // unless a day or part of day says so.
          const bool x_only_number = x.bare || x.spec.bare_hour;
          const bool y_only_number =
              (y.bare || y.spec.bare_hour) && y.spec.pod_begin == kUnset;
          if (Is(x.end, "/") && (xx.hour == kUnset || !xx.HasDate())) continue;
          if (x_only_number && y_only_number && !use_trail && !has_lead &&
              xx.pod_begin == kUnset)
            continue;  // "3 - 4" alone
          if (xx.hour == kUnset && xx.month == kUnset && xx.year == kUnset &&
              !xx.anchored && xx.holiday == kUnset)
            continue;  // two bare days
          if (xx.latent && yy.latent && !ctx_.latent) continue;
          Resolved rx, ry;
          if (!Resolve(xx, &rx)) continue;
          if (!ResolveNotBefore(yy, rx, &ry)) continue;
          // "15 to noon" is a clock time, not 15:00 to noon tomorrow.
          if (xx.hour != kUnset && x_only_number &&
              ry.begin - rx.begin >= 12 * 3600)
            continue;
          Resolved r;
          r.begin = rx.begin;
          r.grain = std::min(rx.grain, ry.grain);
          if (xx.hour != kUnset || ry.grain <= r.grain) {
            // Up to and including the last unit of the finer grain.
            r.end = AddGrain(ry.begin, r.grain, 1);
          } else {
            r.end = ry.end;
          }
          if (r.end <= r.begin) continue;
          r.interval = true;
          best = ee;
          best_r = r;
        }
      }
    }
  }
  // "for 10 days from 18th Dec", "for 30' starting from 4pm".
  if (Is(i, "for")) {
    DurationParse d;
    if (ParseDurationAt(t_, i + 1, false, &d)) {
      int k = d.end;
      if (Is(k, "starting")) ++k;
      if (Is(k, "from")) {
        Spec x;
        const int xe = CompositeAt(k + 1, &x);
        Resolved rx;
        if (xe > best && Resolve(x, &rx)) {
          const Grain g = std::min(rx.grain, d.grain);
          best_r = Resolved();
          best_r.begin = rx.begin;
          best_r.end = AddGrain(AddDuration(rx.begin, d, 1), g, 1);
          best_r.grain = g;
          best_r.interval = true;
          best = xe;
        }
      }
    }
  }
  if (best < 0) return false;
  *end = best;
  *out = best_r;
  return true;
}

// Words that can begin a time expression (besides digits, month, weekday,
// number, ordinal and holiday words): most tokens of running text cannot,
// and are skipped without trying the grammar (or building a result).
bool Parser::CanStartUncached(int i) const {
  const Token& t = t_[i];
  if (t.IsDigits()) return true;
  if (!t.IsWord()) return t.Is("@") || t.Is("'") || t.Is("~");
  const absl::string_view w = t.text;
  // Tokenize looked the number and ordinal words up already; its ordinals
  // include glued ones ("twentyfirst", 21..99 and not a multiple of ten),
  // which are not starters.
  const bool ordinal_word =
      t.ordinal_word >= 0 && (t.ordinal_word <= 20 || t.ordinal_word % 10 == 0);
  if (t.number_word >= 0 || ordinal_word || t.time_word || t.month >= 0 ||
      t.weekday >= 0 || absl::EndsWith(w, "ish"))
    return true;
  // HolidayAt's own first test on a word, inline: ~91 % of words fail it.
  if (!holiday_first_words_.test(t.word_hash &
                                 holidays_internal::kHolidayFirstWordMask))
    return false;
  int id = 0;
  return HolidayAt(t_, i, &id) > 0;
}

bool Parser::ParseAt(int i, int* end, Resolved* out) {
  if (!CanStart(i) || !MayParse(i)) return false;
  int best = -1;
  Resolved best_r;
  auto consider = [&](int e, const Resolved& r) {
    if (e > best) {
      best = e;
      best_r = r;
    }
  };
  {
    int e = 0;
    Resolved r;
    if (RangeAt(i, &e, &r)) consider(e, r);
  }
  {
    Spec s;
    const int e = CompositeAt(i, &s);
    Resolved r;
    if (e > best && (!s.latent || ctx_.latent) && Resolve(s, &r)) {
      // "by 2pm", "by the end of the month": from now until then.
      consider(e, r);
    }
  }
  // Open intervals and deadlines: "after 2 pm", "since 2014", "until
  // 2:00pm", "before 11 am", "by EOM", "after 5 days", "ASAP".
  {
    int k = i;
    int kind = 0;  // 1 after, -1 before, 2 by
    if (Is(k, "anytime") || Is(k, "sometimes") || Is(k, "sometime")) ++k;
    if (Is(k, "after") || Is(k, "since") || Is(k, "from")) {
      kind = 1;
      ++k;
    } else if (Is(k, "later") && Is(k + 1, "than")) {
      kind = 1;
      k += 2;
    } else if (Is(k, "before") || Is(k, "until") || Is(k, "till") ||
               Is(k, "through") || Is(k, "thru") || Is(k, "untill")) {
      kind = -1;
      ++k;
    } else if (Is(k, "by")) {
      kind = 2;
      ++k;
    }
    if (kind != 0) {
      Spec s;
      const int e = CompositeAt(k, &s);
      Resolved r;
      const bool year_only = s.year != kUnset && s.month == kUnset &&
                             s.hour == kUnset && !s.anchored;
      if (e > 0 && e >= best && (!s.latent || year_only || ctx_.latent) &&
          Resolve(s, &r)) {
        Resolved o = r;
        if (kind == 1) {
          o.open_end = true;
          o.interval = true;
        } else if (kind == -1) {
          o.open_begin = true;
          o.end = r.begin;
          o.interval = true;
        } else {
          o.begin = ref_;
          o.end = r.interval ? r.end : r.begin;
          o.grain = SECOND;
          o.interval = true;
        }
        if (e > best) {
          best = -1;
          consider(e, o);
        }
      }
      DurationParse d;
      if (kind == 1 && Is(k - 1, "after") &&
          ParseDurationAt(t_, k, false, &d) && !d.article && d.end > best) {
        Resolved o;
        o.grain = RelativeGrain(d.grain);
        o.begin = Truncate(AddDuration(ref_, d, 1), o.grain);
        o.open_end = true;
        o.interval = true;
        consider(d.end, o);
      }
      if (kind == 1 && Is(k - 1, "after") &&
          (Is(k, "lunch") || Is(k, "school")) && k + 1 >= best) {
        best = -1;
        Resolved o;
        const CivilSecond day = CivilSecond(CivilDay(ref_));
        const bool lunch = Is(k, "lunch");
        o.begin = day + (lunch ? 13 : 15) * 3600;
        o.end = day + (lunch ? 17 : 21) * 3600;
        o.grain = HOUR;
        o.interval = true;
        consider(k + 1, o);
      }
    }
    if (Is(i, "asap") || (Is(i, "as") && Is(i + 1, "soon") && Is(i + 2, "as") &&
                          Is(i + 3, "possible"))) {
      Resolved o;
      o.begin = ref_;
      o.grain = SECOND;
      o.open_end = true;
      o.interval = true;
      consider(Is(i, "asap") ? i + 1 : i + 4, o);
    }
  }
  if (best < 0) return false;
  *end = best;
  *out = best_r;
  return true;
}

}  // namespace

namespace time_internal {
int PieceStartCheckViolations(const std::vector<Token>& tokens) {
  TimeContext ctx;
  ctx.reference = CivilSecond(2025, 5, 5, 9, 0, 0);
  const Parser p(tokens, ctx);
  int violations = 0;
  for (int i = 0; i < Size(tokens); ++i) {
    if (!p.PieceChecksHoldForTesting(i)) ++violations;
  }
  return violations;
}
}  // namespace time_internal

std::string FormatCivil(CivilSecond t) {
  // Years 0-9999 (all that news text yields) are written by hand: StrFormat
  // was 2 % of extraction, called for both ends of every time found.
  if (t.year() >= 0 && t.year() <= 9999) {
    std::string out(19, '\0');
    char* p = out.data();
    auto put2 = [&p](int v) {
      *p++ = static_cast<char>('0' + v / 10);
      *p++ = static_cast<char>('0' + v % 10);
    };
    const int year = static_cast<int>(t.year());
    put2(year / 100);
    put2(year % 100);
    *p++ = '-';
    put2(t.month());
    *p++ = '-';
    put2(t.day());
    *p++ = 'T';
    put2(t.hour());
    *p++ = ':';
    put2(t.minute());
    *p++ = ':';
    put2(t.second());
    return out;
  }
  if (t.year() < 0) {
    return absl::StrFormat("-%04d-%02d-%02dT%02d:%02d:%02d",
                           static_cast<int>(-t.year()), t.month(), t.day(),
                           t.hour(), t.minute(), t.second());
  }
  return absl::StrFormat("%04d-%02d-%02dT%02d:%02d:%02d",
                         static_cast<int>(t.year()), t.month(), t.day(),
                         t.hour(), t.minute(), t.second());
}

bool ParseCivil(absl::string_view s, CivilSecond* out) {
  // What FormatCivil writes, without sscanf (see iso_civil.h).
  if (ParseIsoCivilFast(s, out)) return true;
  bool negative = false;
  if (!s.empty() && s[0] == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  int y, mo, d, h, mi, se;
  if (s.size() != 19) return false;
  const std::string str(s);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi,
                  &se) != 6)
    return false;
  *out = CivilSecond(negative ? -y : y, mo, d, h, mi, se);
  return true;
}

std::vector<TimeMatch> FindTimeMatches(absl::string_view text,
                                       const TimeContext& ctx) {
  return FindTimeMatches(text, Tokenize(text), ctx);
}

std::vector<TimeMatch> FindTimeMatches(absl::string_view text, const Tokens& t,
                                       const TimeContext& ctx) {
  std::vector<TimeMatch> out;
  Parser parser(t, ctx);
  const int n = Size(t);
  for (int i = 0; i < n;) {
    // ParseAt tests CanStart first; most tokens fail it, so neither the
    // call nor a Resolved is spent on them.
    if (!parser.CanStart(i)) {
      ++i;
      continue;
    }
    int end = 0;
    Resolved r;
    if (!parser.ParseAt(i, &end, &r)) {
      ++i;
      continue;
    }
    TimeMatch m;
    m.match.begin = t[i].begin;
    m.match.end = t[end - 1].end;
    TimeValue* v = m.match.value.mutable_time();
    if (!r.open_begin) v->set_begin(FormatCivil(r.begin));
    if (!r.open_end) v->set_end(FormatCivil(r.end));
    v->set_grain(r.grain);
    if (r.day_inferred) v->set_day_inferred(true);
    m.match.value.set_surface(
        std::string(text.substr(m.match.begin, m.match.end - m.match.begin)));
    m.interval = r.interval;
    m.holiday = r.holiday;
    out.push_back(std::move(m));
    i = end;
  }
  return out;
}

std::vector<ValueMatch> FindTimes(absl::string_view text,
                                  const TimeContext& ctx) {
  return FindTimes(text, Tokenize(text), ctx);
}

std::vector<ValueMatch> FindTimes(absl::string_view text, const Tokens& t,
                                  const TimeContext& ctx) {
  std::vector<ValueMatch> out;
  for (TimeMatch& m : FindTimeMatches(text, t, ctx))
    out.push_back(std::move(m.match));
  return out;
}

}  // namespace accord

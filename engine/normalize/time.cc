#include "engine/normalize/time.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "engine/normalize/duration.h"
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

const absl::flat_hash_map<absl::string_view, int>& MonthWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
      {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
      {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
      {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
      {"sep", 9},       {"sept", 9},   {"october", 10},  {"oct", 10},
      {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
  };
  return *m;
}

const absl::flat_hash_map<absl::string_view, int>& WeekdayWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, int>{
      {"monday", 0},    {"mon", 0},        {"mondays", 0},   {"tuesday", 1},
      {"tue", 1},       {"tues", 1},       {"tuesdays", 1},  {"wednesday", 2},
      {"wed", 2},       {"wednesdays", 2}, {"thursday", 3},  {"thu", 3},
      {"thur", 3},      {"thurs", 3},      {"thursdays", 3}, {"friday", 4},
      {"fri", 4},       {"fridays", 4},    {"saturday", 5},  {"sat", 5},
      {"saturdays", 5}, {"sunday", 6},     {"sun", 6},       {"sundays", 6},
  };
  return *m;
}

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
  // Too ambiguous alone (Duckling's latent values).
  bool latent = false;
  std::string holiday;

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
      !MergeField(&r.quarter, b.quarter))
    return false;
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
  if (b.anchored) {
    if (r.anchored) return false;
    r.anchored = true;
    r.anchor_begin = b.anchor_begin;
    r.anchor_end = b.anchor_end;
    r.anchor_grain = b.anchor_grain;
  }
  if (!b.holiday.empty()) r.holiday = b.holiday;
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
};

// ---------------------------------------------------------------------------

class Parser {
 public:
  Parser(const Tokens& t, const TimeContext& ctx)
      : t_(t),
        n_(Size(t)),
        ctx_(ctx),
        ref_(ctx.reference),
        piece_end_(n_, kNotParsed),
        piece_spec_(n_) {}

  // Longest time expression starting at token i; end token in *end.
  bool ParseAt(int i, int* end, Resolved* out);

 private:
  bool Is(int i, absl::string_view s) const { return TokenIs(t_, i, s); }
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
  // PieceAt memoized per token: composites, ranges and their prepositions
  // parse the same positions many times.
  int PieceAt(int i, Spec* s) const;
  int ParsePieceAt(int i, Spec* s) const;
  int CompositeAt(int i, Spec* s) const;

  bool Resolve(const Spec& s, Resolved* r) const;
  bool ResolveNotBefore(const Spec& s, const Resolved& lower,
                        Resolved* r) const;
  bool RangeAt(int i, int* end, Resolved* out) const;

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
  static constexpr int kNotParsed = -2;
  mutable std::vector<int> piece_end_;
  mutable std::vector<Spec> piece_spec_;
};

int Parser::PieceAt(int i, Spec* out) const {
  if (i < 0 || i >= n_) return ParsePieceAt(i, out);
  if (piece_end_[i] == kNotParsed) {
    piece_end_[i] = ParsePieceAt(i, &piece_spec_[i]);
  }
  if (piece_end_[i] > 0) *out = piece_spec_[i];
  return piece_end_[i];
}

int Parser::MonthAt(int i, int* month, bool* weak) const {
  if (!IsWord(i)) return -1;
  auto it = MonthWords().find(t_[i].text);
  if (it == MonthWords().end()) return -1;
  *month = it->second;
  *weak = IsWeakName(t_[i].text) && !t_[i].capitalized;
  return t_[i].text.size() <= 4 ? SkipDot(i + 1) : i + 1;
}

int Parser::WeekdayAt(int i, int* weekday, bool* weak) const {
  if (!IsWord(i)) return -1;
  auto it = WeekdayWords().find(t_[i].text);
  if (it == WeekdayWords().end()) return -1;
  *weekday = it->second;
  *weak = IsWeakName(t_[i].text) && !t_[i].capitalized;
  return t_[i].text.size() <= 5 ? SkipDot(i + 1) : i + 1;
}

// Day of month: "7", "07", "7th", "seventh", "twenty-first".
int Parser::DayAt(int i, int* day, bool* ordinal) const {
  if (i >= n_) return -1;
  int end = 0;
  long long v = 0;
  if (ParseOrdinalAt(t_, i, &end, &v)) {
    if (v < 1 || v > 31) return -1;
    *day = static_cast<int>(v);
    *ordinal = true;
    return end;
  }
  if (IsDigits(i) && t_[i].text.size() <= 2) {
    if (i > 0 && Adj(i) && IsWord(i - 1)) return -1;
    const int d = DigitsValue(i);
    if (d < 1 || d > 31) return -1;
    // Not part of a larger number or time: "7:30", "7.5", "7,000".
    if (i + 1 < n_ && Adj(i + 1) &&
        (Is(i + 1, ":") || IsWord(i + 1) ||
         ((Is(i + 1, ".") || Is(i + 1, ",")) && IsDigits(i + 2) && Adj(i + 2))))
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
  const std::string& s = t_[i].text;
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
    if (Is(j, "bc")) y = -y;
    return j + 1;
  }
  if ((Is(j, "a") || Is(j, "b")) && Is(j + 1, ".") && Is(j + 2, "d") &&
      Is(j + 3, ".")) {
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
  const std::string& w = t_[i].text;
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
  if (i > 0 && Adj(i) && (IsWord(i - 1) || IsDigits(i - 1))) return -1;
  if (i > 1 && Adj(i) &&
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
    const int e = YearAt(m, &y, false);
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
        if (weekday != kUnset || ordinal || k > j) consider(de, s);
      }
    }
  }
  // Bare weekday.
  if (weekday != kUnset) {
    Spec s;
    s.weekday = weekday;
    if (weak) s.latent = true;
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
    // 3pm, 3 p.m., 330 p.m., 1030am
    {
      bool pm = false;
      const int ae = ampm_after(i + 1, &pm);
      if (ae > 0) {
        Spec s;
        if (hlen <= 2 && set_hour(&s, h, kUnset, kUnset, true, pm)) {
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
    const std::string& w = t_[i].text;
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
    const int h = NumberWordValue(w);
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
  if (!IsWord(j)) return -1;
  const std::string& w = t_[j].text;
  int b = kUnset, e = kUnset;
  if (w == "morning") {
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
  s->pod_begin = b;
  s->pod_end = e;
  s->latent = j == i;
  return j + 1;
}

// Days and periods relative to the reference: today, tomorrow, yesterday,
// now, tonight, this/next/last week|month|year|quarter.
int Parser::RelativeAt(int i, Spec* s) const {
  if (!IsWord(i)) return -1;
  const std::string& w = t_[i].text;
  const CivilSecond today = CivilSecond(CivilDay(ref_));
  if (w == "today") {
    *s = Anchor(today, DAY);
    return i + 1;
  }
  if (w == "tomorrow" || w == "tomorrows") {
    *s = Anchor(AddGrain(today, DAY, 1), DAY);
    return i + 1;
  }
  if (w == "yesterday") {
    *s = Anchor(AddGrain(today, DAY, -1), DAY);
    return i + 1;
  }
  if (w == "tonight" || w == "tonite") {
    *s = Anchor(today, DAY);
    s->pod_begin = 18;
    s->pod_end = 24;
    return i + 1;
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
  const std::string& u = t_[j].text;
  Grain g = GRAIN_UNSPECIFIED;
  if (u == "week") g = WEEK;
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

// One piece of a composite: a date, a relative day/period, a time of day, a
// part of day, or a year after "in".
int Parser::ParsePieceAt(int i, Spec* out) const {
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
  if ((e = DateAt(i, &s)) > 0) consider(e, s);
  s = Spec();
  if ((e = RelativeAt(i, &s)) > 0) consider(e, s);
  s = Spec();
  if ((e = TimeOfDayAt(i, &s)) > 0) consider(e, s);
  s = Spec();
  if ((e = PartOfDayAt(i, &s)) > 0) consider(e, s);
  // Years: "in 2015", "since 1991", bare years only when latent.
  {
    int y = 0;
    s = Spec();
    int k = i;
    const bool prep = Is(k, "in") || Is(k, "of") || Is(k, "since") ||
                      Is(k, "during") || Is(k, "until") || Is(k, "before") ||
                      Is(k, "after") || Is(k, "by") || Is(k, "from") ||
                      Is(k, "through");
    if (prep) ++k;
    if ((e = YearAt(k, &y, false)) > 0) {
      s.year = y;
      s.latent = !prep;
      consider(e, s);
    }
  }
  // "at 3", "at 15", "@ 3": an hour after "at".
  if ((Is(i, "at") || Is(i, "@")) && IsDigits(i + 1) &&
      t_[i + 1].text.size() <= 2) {
    Spec h;
    const int e2 = TimeOfDayAt(i + 1, &h);
    if (e2 > 0) {
      consider(e2, h);
    } else {
      const int v = DigitsValue(i + 1);
      if (v >= 0 && v <= 24 &&
          !(Adj(i + 2) && (IsWord(i + 2) || IsDigits(i + 2)))) {
        h.hour = v % 24;
        h.hour_certain = v == 0 || v > 12;
        consider(i + 2, h);
      }
    }
  }
  if (best > 0) *out = best_spec;
  return best;
}

// Pieces joined into one time: "May 7, 2025 at 3 p.m.", "tomorrow at 5pm",
// "Saturday morning", "at 9am on Saturday".
int Parser::CompositeAt(int i, Spec* out) const {
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
      if (Is(i, "in") || Is(i, "during")) s.latent = false;
    }
  }
  if (e < 0) return -1;
  for (;;) {
    int k = e;
    if (Is(k, ",")) ++k;
    if (Is(k, "at") || Is(k, "on") || Is(k, "@") || Is(k, "of") ||
        (Is(k, "in") && !Is(k + 1, "the")))
      ++k;
    Spec next;
    const int e2 = PieceAt(k, &next);
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
  r->holiday = s.holiday;
  CivilDay date;
  bool date_from_reference = false;
  if (s.anchored) {
    if (g == GRAIN_UNSPECIFIED && s.pod_begin == kUnset) {
      r->begin = s.anchor_begin;
      r->end = s.anchor_end;
      r->grain = s.anchor_grain;
      r->interval = false;
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
    if (g == GRAIN_UNSPECIFIED || g > DAY) g = std::min(g, DAY);
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
        h = (pm >= s.pod_begin && pm < s.pod_end) ? pm : am;
        if (s.pod_begin >= 12 && h == 0 && s.hour == 12) h = 0;
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
    r->begin = CivilSecond(date.year(), date.month(), date.day(), h, m, sec);
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
// "May 7-10" (10 takes May), "13 to 15 July" (13 takes July), "3-4pm".
void Complete(Spec* partial, const Spec& full) {
  const bool has_day = partial->day != kUnset || partial->weekday != kUnset;
  if (partial->hour != kUnset && full.hour != kUnset) {
    if (!partial->hour_certain && full.hour_certain && full.hour >= 12 &&
        partial->hour + 12 <= full.hour && partial->pod_begin == kUnset) {
      partial->hour += 12;
      partial->hour_certain = true;
    }
    if (!partial->HasDate()) {
      partial->year = full.year;
      partial->month = full.month;
      partial->day = full.day;
      partial->weekday = full.weekday;
      partial->anchored = full.anchored;
      partial->anchor_begin = full.anchor_begin;
      partial->anchor_end = full.anchor_end;
      partial->anchor_grain = full.anchor_grain;
    }
    return;
  }
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

bool IsRangeConnector(const Tokens& t, int k, bool between) {
  if (k >= static_cast<int>(t.size())) return false;
  const std::string& w = t[k].text;
  if (between) return w == "and";
  return w == "-" || w == "to" || w == "through" || w == "thru" ||
         w == "till" || w == "til" || w == "until" || w == "untill" ||
         w == "--";
}

// Ranges: "from May 7 to 10", "May 7-10", "between May 7 and 10",
// "July 13 - July 15", "from 13 to 15 July", "9:30 - 11:00", "3-4pm",
// "1960 - 1961".
bool Parser::RangeAt(int i, int* end, Resolved* out) const {
  int j = i;
  bool between = false;
  if (Is(j, "from")) {
    ++j;
  } else if (Is(j, "between")) {
    ++j;
    between = true;
  }
  // The first side: a full composite, or a bare day / hour to complete.
  Spec x;
  int xe = CompositeAt(j, &x);
  Spec x_bare;
  int xbe = -1;
  {
    int k = j;
    if (Is(k, "the")) ++k;
    int day = 0;
    bool ordinal = false;
    const int de = DayAt(k, &day, &ordinal);
    if (de > 0) {
      x_bare.day = day;
      xbe = de;
    }
  }
  int best = -1;
  Resolved best_r;
  auto try_y = [&](const Spec& xs, int after_x, bool x_partial) {
    int k = after_x;
    if (!IsRangeConnector(t_, k, between)) return;
    ++k;
    if (Is(k, "the")) ++k;
    // Second side: a composite, or a bare day/hour completed from x.
    Spec y;
    int ye = CompositeAt(k, &y);
    Spec y_bare;
    int ybe = -1;
    {
      int day = 0;
      bool ordinal = false;
      const int de = DayAt(k, &day, &ordinal);
      if (de > 0 && (xs.day != kUnset) && xs.hour == kUnset) {
        y_bare.day = day;
        ybe = de;
        // "May 7-10 2025"
        int yr = 0;
        int m = de;
        if (Is(m, ",")) ++m;
        const int yre = YearAt(m, &yr, false);
        if (yre > 0 && xs.year == kUnset) {
          y_bare.year = yr;
          ybe = yre;
        }
      }
      if (xs.hour != kUnset && IsDigits(k) && t_[k].text.size() <= 2 &&
          !(Adj(k + 1) && (Is(k + 1, ":") || IsDigits(k + 1)))) {
        Spec h;
        const int v = DigitsValue(k);
        if (v >= 0 && v <= 24 && (ye < 0 || ye <= k + 1)) {
          h.hour = v % 24;
          h.hour_certain = v == 0 || v > 12;
          y_bare = h;
          ybe = k + 1;
          // "3 to 4 in the PM"
          Spec pod;
          const int pe = PartOfDayAt(ybe, &pod);
          if (pe > 0) {
            Merge(&y_bare, pod);
            ybe = pe;
          }
        }
      }
    }
    for (int variant = 0; variant < 2; ++variant) {
      Spec xx = xs;
      Spec yy;
      int e;
      if (variant == 0) {
        if (ye < 0) continue;
        yy = y;
        e = ye;
      } else {
        if (ybe < 0) continue;
        yy = y_bare;
        e = ybe;
      }
      if (e <= best) continue;
      if (x_partial) {
        Complete(&xx, yy);
        if (xx.month == kUnset && !xx.HasTime() && !xx.anchored) continue;
      } else {
        Complete(&yy, xx);
      }
      // The sides must be of comparable kinds.
      if ((xx.hour != kUnset) != (yy.hour != kUnset)) continue;
      if (xx.latent && yy.latent && !ctx_.latent) continue;
      Resolved rx, ry;
      if (!Resolve(xx, &rx)) continue;
      if (!ResolveNotBefore(yy, rx, &ry)) continue;
      if (ry.end <= rx.begin) continue;
      Resolved r;
      r.begin = rx.begin;
      r.end = ry.end;
      r.grain = std::min(rx.grain, ry.grain);
      r.interval = true;
      best = e;
      best_r = r;
    }
  };
  if (xe > 0) try_y(x, xe, false);
  if (xbe > 0) try_y(x_bare, xbe, true);
  if (best < 0) return false;
  *end = best;
  *out = best_r;
  return true;
}

bool Parser::ParseAt(int i, int* end, Resolved* out) {
  int best = -1;
  Resolved best_r;
  {
    int e = 0;
    Resolved r;
    if (RangeAt(i, &e, &r) && e > best) {
      best = e;
      best_r = r;
    }
  }
  {
    Spec s;
    const int e = CompositeAt(i, &s);
    Resolved r;
    if (e > best && (!s.latent || ctx_.latent) && Resolve(s, &r)) {
      best = e;
      best_r = r;
    }
  }
  if (best < 0) return false;
  *end = best;
  *out = best_r;
  return true;
}

}  // namespace

std::string FormatCivil(CivilSecond t) {
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
  std::vector<TimeMatch> out;
  const Tokens t = Tokenize(text);
  Parser parser(t, ctx);
  const int n = Size(t);
  for (int i = 0; i < n;) {
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
  std::vector<ValueMatch> out;
  for (TimeMatch& m : FindTimeMatches(text, ctx))
    out.push_back(std::move(m.match));
  return out;
}

}  // namespace accord

// Dates of the time parser: month, weekday, day and year words, numeric dates
// ("5/7/2025", "2025-05-07") and written dates ("Wednesday, May 7, 2025",
// "the 7th of May").
//
// Part of the Parser behind FindTimes (time_parser.h); see time.h for the
// value model. Entry point here: Parser::DateAt.

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "engine/normalize/longest.h"
#include "engine/normalize/time_calendar.h"
#include "engine/normalize/time_parser.h"
#include "engine/normalize/time_spec.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace time_internal {

using absl::CivilSecond;

namespace {

// Word tables.

// Month and weekday names are word facts of the tokenizer (Token::month,
// Token::weekday).

// Words that are also ordinary English words; alone they need a capital.
bool IsWeakName(absl::string_view w) {
  return w == "may" || w == "march" || w == "mar" || w == "sun" || w == "sat" ||
         w == "wed" || w == "jan" || w == "dec" || w == "sep";
}

}  // namespace

int Parser::MonthAt(int i, int* month, bool* weak) const {
  if (!IsWord(i) || t_[i].month < 0) return -1;
  *month = t_[i].month;
  // A weak abbreviation is weak in lower case, and before a capitalized
  // name without its period ("Jan Kavan", "Dec Rogers").
  *weak = IsWeakName(t_[i].text) &&
          (!t_[i].capitalized ||
           (i + 1 < n_ && t_[i + 1].IsWord() && t_[i + 1].capitalized &&
            t_[i + 1].month < 0 && t_[i + 1].weekday < 0));
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
    // Not part of a larger number or time: "7:30", "7.5", "7,000". A
    // colon ending a heading is no clock ("on Thursday, Jan. 6:").
    if (i + 1 < n_ && Adj(i + 1) &&
        ((Is(i + 1, ":") && IsDigits(i + 2)) ||
         (IsWord(i + 1) && !IsMonth(i + 1)) ||
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
  Longest<Spec> best;
  {
    Spec s;
    const int e = NumericDateAt(i, &s);
    if (e > 0) best.Consider(e, s);
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
    best.Consider(k, s);
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
          best.Consider(ye, sy);
        }
      }
      // Bare month name; weak words ("may", "march") need a capital or
      // another date part.
      Spec sm = s;
      if (mweak && weekday == kUnset) sm.latent = true;
      best.Consider(e, sm);
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
        if (weekday != kUnset || ordinal || k > j) best.Consider(de, s);
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
    best.Consider(e, s);
  }
  return best.Finish(out);
}

}  // namespace time_internal
}  // namespace accord

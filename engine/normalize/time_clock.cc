// Clock times of the time parser: "3 p.m.", "15:30", "half past three",
// "a quarter to 4", with their am/pm and time zone suffixes ("4pm CET").
//
// Part of the Parser behind FindTimes (time_parser.h); see time.h for the
// value model. Entry point here: Parser::ClockAt.

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "engine/normalize/longest.h"
#include "engine/normalize/number.h"
#include "engine/normalize/time_parser.h"
#include "engine/normalize/time_spec.h"

namespace accord {
namespace time_internal {

using absl::CivilSecond;

namespace {

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

}  // namespace

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

// Times of day: 3pm, 3 p.m., 15:30, 3:30pm, 15:23:24, 15h30, 3h18, noon,
// midnight, 3 o'clock, half past three, a quarter to noon, at 3.
int Parser::TimeOfDayAt(int i, Spec* out) const {
  if (i >= n_) return -1;
  Longest<Spec> best;
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
        if (ae > 0 && set_hour(&s, h, m, sec, true, pm)) best.Consider(ae, s);
        Spec s2;
        if (set_hour(&s2, h, m, sec, false, false)) best.Consider(j, s2);
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
        best.Consider(j, s);
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
          best.Consider(ae, s);
        } else if (hlen == 3 || hlen == 4) {
          Spec s2;
          if (h % 100 < 60 && set_hour(&s2, h / 100, h % 100, kUnset, true, pm))
            best.Consider(ae, s2);
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
        best.Consider(ae > 0 ? ae : j, s);
    }
  }
  // Word hours: "three pm", "noon", "midnight".
  if (IsWord(i)) {
    const absl::string_view w = t_[i].text;
    if (w == "noon" || w == "midday") {
      Spec s;
      s.hour = 12;
      best.Consider(i + 1, s);
    } else if (w == "mid" && Is(i + 1, "day")) {
      Spec s;
      s.hour = 12;
      best.Consider(i + 2, s);
    } else if (w == "midnight") {
      Spec s;
      s.hour = 0;
      best.Consider(i + 1, s);
    }
    const int h = t_[i].number_word;
    if (h >= 1 && h <= 12) {
      bool pm = false;
      const int ae = ampm_after(i + 1, &pm);
      Spec s;
      if (ae > 0 && set_hour(&s, h, kUnset, kUnset, true, pm))
        best.Consider(ae, s);
      if (Is(i + 1, "o'clock") || Is(i + 1, "oclock")) {
        Spec s2;
        set_hour(&s2, h, kUnset, kUnset, false, false);
        best.Consider(i + 2, s2);
      }
    }
  }
  return best.Finish(out);
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

// Clock times in words and with "past"/"to": "half past three", "a quarter
// to noon", "20 minutes to 2pm", "ten thirty", "twelve oh three", "nine
// fifty nine a m", "half three", "at 3 15", "1030".
int Parser::ClockAt(int i, Spec* out) const {
  Longest<Spec> best;
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
        best.Consider(he, h);
      }
    }
    // "half three": 3:30 (British).
    if (Is(i, "half") && minutes == 30 && j == i + 1) {
      Spec h;
      const int he = hour_at(i + 1, &h);
      if (he > 0 && h.hour != kUnset && h.minute == kUnset) {
        h.minute = 30;
        best.Consider(he, h);
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
          best.Consider(ae, s);
        } else {
          s.latent = true;
          best.Consider(j, s);
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
      best.Consider(i + 1, s);
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
      best.Consider(i + 2, s);
    }
  }
  return best.Finish(out);
}

}  // namespace time_internal
}  // namespace accord

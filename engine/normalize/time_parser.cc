// The time parser's combinator: a piece is the longest match of any grammar
// at a token, a composite joins pieces ("3pm on Friday, May 7"), and ParseAt
// tries ranges, composites and open intervals at a token.
//
// Part of the Parser behind FindTimes (time_parser.h); see time.h for the
// value model. Entry point here: Parser::ParseAt.

#include "engine/normalize/time_parser.h"

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/holidays.h"
#include "engine/normalize/longest.h"
#include "engine/normalize/time_calendar.h"
#include "engine/normalize/time_spec.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace time_internal {

using absl::CivilDay;
using absl::CivilSecond;

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
  Longest<Spec> best;
  Spec s;
  int e;
  // Each grammar runs on a fresh Spec, and only where its MayStart*
  // condition holds (elsewhere it would return -1).
  auto run = [&](bool may_start, int (Parser::*grammar)(int, Spec*) const) {
    if (!may_start) return;
    s = Spec();
    if ((e = (this->*grammar)(i, &s)) > 0) best.Consider(e, s);
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
      best.Consider(e, s);
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
      best.Consider(i + 1, s);
    }
  }
  // Weekday or month "after next": the one after the next one.
  if (best.end() > 0 && Is(best.end(), "after") && Is(best.end() + 1, "next")) {
    const Spec& b = best.value();
    if (b.weekday != kUnset && b.day == kUnset && b.month == kUnset &&
        !b.anchored && b.hour == kUnset) {
      const CivilDay today(ref_);
      const int delta = ((b.weekday - WeekdayOf(today) + 6) % 7) + 1;
      Spec r = Anchor(CivilSecond(today + delta + 7), DAY);
      best.Consider(best.end() + 2, r);
    } else if (b.month != kUnset && b.day == kUnset && b.year == kUnset &&
               !b.anchored) {
      Spec r = b;
      r.year = ref_.year() + (b.month < ref_.month() ? 2 : 1);
      best.Consider(best.end() + 2, r);
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
      best.Consider(k + 2, d);
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
        // "at 1,015 francs" is a price: digits continuing the number
        // after a glued comma or point make it no hour.
        // An amount is no hour either: "at 20 million shares", "at 101
        // 1/4", "at 8%".
        NumberParse amount;
        NumberOptions whole;
        whole.allow_hedge = false;
        whole.allow_fraction = false;
        const bool is_amount = (ParseNumberAt(t_, k, whole, &amount) &&
                                amount.end > k + 1 && IsWord(k + 1)) ||
                               (IsDigits(k + 1) && Is(k + 2, "/")) ||
                               Is(k + 1, "%") || Is(k + 1, "percent");
        if (IsDigits(k) && t_[k].text.size() <= 2 && !is_amount &&
            (Is(i, "at") || Is(i, "@")) &&
            !(Adj(k + 1) && (IsWord(k + 1) || IsDigits(k + 1))) &&
            !(Adj(k + 1) && (Is(k + 1, ",") || Is(k + 1, ".")) &&
              IsDigits(k + 2) && Adj(k + 2)))
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
      best.Consider(e2, h);
    }
  }
  if (best.end() > 0 && best.value().hour != kUnset &&
      !best.value().HasDate()) {
    best.set_end(ClockSuffix(best.end(), best.mutable_value()));
  }
  return best.Finish(out);
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
    // A day of the month joins a month or a weekday, not a bare year or
    // moment: "the third this year", "now the ninth", "this year's third
    // quarter" name no day.
    if (merged.day != kUnset && merged.month == kUnset &&
        merged.weekday == kUnset &&
        (merged.year != kUnset ||
         (merged.anchored && merged.anchor_grain != MONTH)))
      break;
    // Two dates that both name a day do not combine ("May 7 May 8").
    s = merged;
    s.latent = false;
    e = e2;
  }
  *out = s;
  return e;
}

// Words that can begin a time expression (besides digits, month, weekday,
// number, ordinal and holiday words): most tokens of running text cannot,
// and are skipped without trying the grammar (or building a result).
bool Parser::CanStartUncached(int i) const {
  const Token& t = t_[i];
  // Digits glued after a comma or point that follow digits are the tail of
  // a number ("100,000", "$1.6145"), which begins no time.
  if (t.IsDigits()) {
    return !(i >= 2 && Adj(i) && (t_[i - 1].Is(",") || t_[i - 1].Is(".")) &&
             Adj(i - 1) && t_[i - 2].IsDigits());
  }
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
  Longest<Resolved> best;
  {
    int e = 0;
    Resolved r;
    if (RangeAt(i, &e, &r)) best.Consider(e, r);
  }
  {
    Spec s;
    const int e = CompositeAt(i, &s);
    Resolved r;
    if (e > best.end() && (!s.latent || ctx_.latent) && Resolve(s, &r)) {
      // "by 2pm", "by the end of the month": from now until then.
      best.Consider(e, r);
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
      if (e > 0 && e >= best.end() && (!s.latent || year_only || ctx_.latent) &&
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
        if (e > best.end()) {
          best.Reset();
          best.Consider(e, o);
        }
      }
      DurationParse d;
      if (kind == 1 && Is(k - 1, "after") &&
          ParseDurationAt(t_, k, false, &d) && !d.article &&
          d.end > best.end()) {
        Resolved o;
        o.grain = RelativeGrain(d.grain);
        o.begin = Truncate(AddDuration(ref_, d, 1), o.grain);
        o.open_end = true;
        o.interval = true;
        best.Consider(d.end, o);
      }
      if (kind == 1 && Is(k - 1, "after") &&
          (Is(k, "lunch") || Is(k, "school")) && k + 1 >= best.end()) {
        best.Reset();
        Resolved o;
        const CivilSecond day = CivilSecond(CivilDay(ref_));
        const bool lunch = Is(k, "lunch");
        o.begin = day + (lunch ? 13 : 15) * 3600;
        o.end = day + (lunch ? 17 : 21) * 3600;
        o.grain = HOUR;
        o.interval = true;
        best.Consider(k + 1, o);
      }
    }
    if (Is(i, "asap") || (Is(i, "as") && Is(i + 1, "soon") && Is(i + 2, "as") &&
                          Is(i + 3, "possible"))) {
      Resolved o;
      o.begin = ref_;
      o.grain = SECOND;
      o.open_end = true;
      o.interval = true;
      best.Consider(Is(i, "asap") ? i + 1 : i + 4, o);
    }
  }
  if (best.end() < 0) return false;
  *end = best.end();
  *out = best.value();
  return true;
}

}  // namespace time_internal
}  // namespace accord

// The time parser behind FindTimes (time.h): a recursive-descent parser over
// tokens whose grammars each read one family of English time expressions
// into a Spec (time_spec.h), which Resolve turns into an interval against the
// reference time. Internal to engine/normalize.
//
//   Parser parser(tokens, ctx);
//   int end;
//   Resolved r;
//   if (parser.CanStart(i) && parser.ParseAt(i, &end, &r)) ...
//
// The grammars live in one file per family: time_dates.cc (written and
// numeric dates), time_clock.cc (clock times), time_relative.cc (relative
// days and lengths from now), time_periods.cc (parts of day, holidays,
// quarters, period words), time_range.cc (ranges); time_parser.cc combines
// them, time_resolve.cc resolves, and time_prefilter.cc holds the quick
// necessary conditions (the prefilter) with their checker. Each grammar
// that tries several forms at one token keeps the longest with Longest<T>
// (longest.h).
//
// A Parser borrows `tokens` and `ctx` for its lifetime, memoizes per token
// and is not thread-safe; build one per text.

#ifndef ACCORD_ENGINE_NORMALIZE_TIME_PARSER_H_
#define ACCORD_ENGINE_NORMALIZE_TIME_PARSER_H_

#include <bitset>
#include <cstdint>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/numbers.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "engine/normalize/holidays.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/match.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/time_calendar.h"
#include "engine/normalize/time_context.h"
#include "engine/normalize/time_spec.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace time_internal {

using Tokens = std::vector<Token>;
using absl::CivilSecond;

inline int Size(const Tokens& t) { return static_cast<int>(t.size()); }

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
  bool MayStartOrdinal(int i) const;
  // DateAt: a numeric date (digits), a leading weekday, a month, a day
  // (DayAt) or "the" and a day.
  bool MayStartDate(int i) const;
  // TimeOfDayAt: digits, a number word, or noon, midday, mid, midnight.
  bool MayStartTimeOfDay(int i) const;
  // PartOfDayAt: its prefix ("in the", "early", "late", "the early
  // hours") or the part of day itself ("am"/"pm" only after a prefix).
  bool MayStartPartOfDay(int i) const;
  // RelativeAt: a day word, "now", "atm", "at the moment", "[the] day
  // after/before ...", "the following/next ...", "late tonight/last ...",
  // or this/next/last/... and a word.
  bool MayStartRelative(int i) const;
  // RelDurationAt: "in"/"within" [hedge] and a duration (and nothing
  // else after "in"/"within"); a duration (ParseDurationAt), a number of
  // weekdays or "<n> upcoming" at i (all need a number start or "half",
  // and at an article ArticleMayStartDuration, which includes the number
  // forms' ArticleMayStartNumber); or "[the] last/next/..." and a number
  // (ParseNumberAt without allow_article).
  bool MayStartRelDuration(int i) const;
  // OrdinalOfAt: "[the] last" or "[the]" and an ordinal or a number.
  bool MayStartOrdinalOf(int i) const;
  // BoundaryAt: "[at the] [the]" and a boundary word.
  bool MayStartBoundary(int i) const;
  // QuarterAt: "[the]" and an ordinal, "q", or digits.
  bool MayStartQuarter(int i) const;
  // PeriodWordAt: a period word after an optional this/the/last/next/...
  // ("this past"), or "all week", "rest of the week".
  bool MayStartPeriodWord(int i) const;
  // ClockAt: "[a] half/quarter", or a number (number start; at an article
  // ParseNumberAt without allow_article, so ArticleMayStartNumber).
  bool MayStartClock(int i) const;
  // PieceAtUncached's "at 3", "@ 3", "around 1030", "for a quarter past
  // 3pm": a time of day or a clock time (TimeOfDayAt, ClockAt) or a bare
  // number (digits or a number word, both number starts) after the word.
  bool MayStartAtClock(int i) const;
  // ClosestAt: "[the]" and an ordinal or closest/nearest.
  bool MayStartClosest(int i) const;
  // HolidayPieceAt: a holiday name, after an optional last/next/this/...
  bool MayStartHoliday(int i) const;

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
  bool MayStartPiece(int i) const;
  bool MayStartPieceUncached(int i) const;

 public:
  // For tests, at token i in [0, n): MayStartPieceFull(i) implies
  // MayStartPieceQuick(i), and a piece (PieceGrammarsAt) implies
  // MayStartPiece(i).
  bool PieceChecksHoldForTesting(int i) const;

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
  bool MayStartPieceQuick(int i) const;
  // Token i's own facts in MayStartPieceQuick's proof (articles aside).
  static bool SelfMayStartPiece(const Token& t);
  // Token j's facts in MayStartPieceQuick's proof: any time word or time
  // class, digits, a number or ordinal word, a number start, a month or
  // weekday, "'". (false when j is past the end.)
  bool NextMayContinuePiece(int j) const;
  bool MayStartPieceFull(int i) const;
  // CompositeAt(i) > 0: a piece at i, or after a leading preposition.
  bool MayStartComposite(int i) const;
  // SidesAt(k) not empty: after any number of "the", a composite, a day
  // (DayAt) or a number (digits or a number word).
  bool MayStartSides(int k) const;
  // ParseAt(i) may succeed: a range (RangeAt), a composite, an open
  // interval or deadline, or "asap".
  bool MayParse(int i) const;
  // ParseDurationAt(t_, k, false, ...): ParseSimple at k, which needs
  // "half" or a number start, and at an article ArticleMayStartDuration
  // (duration.cc).
  bool MayStartDuration(int k) const;
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

}  // namespace time_internal
}  // namespace accord

#endif  // ACCORD_ENGINE_NORMALIZE_TIME_PARSER_H_

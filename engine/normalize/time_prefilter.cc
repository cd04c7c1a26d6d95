// The time parser's prefilter: quick necessary conditions for each grammar
// to match at a token (MayStart*), assembled into conditions for pieces,
// composites, range sides and ParseAt, and the checker that tests them
// against the grammars (PieceChecksHoldForTesting). Each condition's proof is
// at its declaration in time_parser.h.
//
//   if (!parser.MayStartPiece(i)) return -1;  // no grammar can match at i

#include "absl/strings/match.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/number.h"
#include "engine/normalize/time_parser.h"

namespace accord {
namespace time_internal {

bool Parser::MayStartOrdinal(int i) const {
  if (i < 0 || i >= n_) return false;
  const Token& t = t_[i];
  return t.IsDigits() || (t.IsWord() && (t.ordinal_word >= 0 ||
                                         (t.number_start && ArticleNumber(i))));
}

bool Parser::MayStartDate(int i) const {
  const Token& t = t_[i];
  return t.month >= 0 || t.weekday >= 0 || MayStartOrdinal(i) ||
         (Is(i, "the") && MayStartOrdinal(i + 1));
}

bool Parser::MayStartTimeOfDay(int i) const {
  const Token& t = t_[i];
  return t.IsDigits() || t.number_word >= 0 || (t.time_class & kTimeClockWord);
}

bool Parser::MayStartPartOfDay(int i) const {
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
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night" ||
         w == "lunch";
}

bool Parser::MayStartRelative(int i) const {
  if (!IsWord(i)) return false;
  const uint32_t c = Cls(i);
  return ((c & kTimeRelativeWord) && !Is(i, "day") && !Is(i, "late")) ||
         (Is(i, "day") && (Is(i + 1, "after") || Is(i + 1, "before"))) ||
         (Is(i, "late") &&
          (Is(i + 1, "tonight") || Is(i + 1, "tonite") || Is(i + 1, "last"))) ||
         ((c & kTimeRelativeDir) && IsWord(i + 1)) ||
         (Is(i, "the") &&
          (Is(i + 1, "day") || Is(i + 1, "following") || Is(i + 1, "next"))) ||
         (Is(i, "at") && Is(i + 1, "the") && Is(i + 2, "moment")) ||
         ((Is(i, "right") || Is(i, "just")) && Is(i + 1, "now"));
}

bool Parser::MayStartRelDuration(int i) const {
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

bool Parser::MayStartOrdinalOf(int i) const {
  return Is(i, "last") || MayStartOrdinal(i) ||
         (Is(i, "the") && (Is(i + 1, "last") || MayStartOrdinal(i + 1)));
}

bool Parser::MayStartBoundary(int i) const {
  int j = i;
  if (Is(j, "at") && Is(j + 1, "the")) j += 2;
  if (Is(j, "the")) ++j;
  return Cls(j) & kTimeBoundaryWord;
}

bool Parser::MayStartQuarter(int i) const {
  return MayStartOrdinal(i) || Is(i, "q") ||
         (Is(i, "the") && MayStartOrdinal(i + 1));
}

bool Parser::MayStartPeriodWord(int i) const {
  auto word = [&](int k) { return Cls(k) & kTimePeriodWord; };
  const bool modifier = Cls(i) & kTimePeriodModifier;
  return word(i) || (modifier && word(i + 1)) ||
         (Is(i, "this") && Is(i + 1, "past") && word(i + 2)) ||
         (Is(i, "all") && Is(i + 1, "week")) ||
         (Is(i, "rest") && Is(i + 1, "of"));
}

bool Parser::MayStartClock(int i) const {
  return (t_[i].number_start &&
          (ArticleNumber(i) || Is(i + 1, "half") || Is(i + 1, "quarter"))) ||
         Is(i, "half") || Is(i, "quarter");
}

bool Parser::MayStartAtClock(int i) const {
  if (Is(i, "for")) return Is(i + 1, "a") && Is(i + 2, "quarter");
  if (!(Cls(i) & kTimeClockPrep) && !Is(i, "@")) return false;
  int k = i + 1;
  if (Is(i, "at") && (Is(k, "about") || Is(k, "around"))) ++k;
  return k < n_ && (MayStartTimeOfDay(k) || MayStartClock(k));
}

bool Parser::MayStartClosest(int i) const {
  auto word = [&](int k) {
    return (Cls(k) & kTimeClosest) || MayStartOrdinal(k);
  };
  return word(i) || (Is(i, "the") && word(i + 1));
}

bool Parser::MayStartHoliday(int i) const {
  int id = 0;
  const bool dir = Cls(i) & kTimeHolidayDir;
  return HolidayAt(t_, dir ? i + 1 : i, &id) > 0;
}

bool Parser::MayStartPiece(int i) const {
  if (i < 0 || i >= n_ || !CanStart(i)) return false;
  signed char& memo = memo_[i].may_start_piece;
  if (memo < 0) memo = MayStartPieceUncached(i) ? 1 : 0;
  return memo == 1;
}

bool Parser::MayStartPieceUncached(int i) const {
  return MayStartPieceQuick(i) && MayStartPieceFull(i);
}

bool Parser::PieceChecksHoldForTesting(int i) const {
  Spec s;
  return (!MayStartPieceFull(i) || MayStartPieceQuick(i)) &&
         (PieceGrammarsAt(i, &s) <= 0 || MayStartPiece(i));
}

bool Parser::MayStartPieceQuick(int i) const {
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

bool Parser::SelfMayStartPiece(const Token& t) {
  constexpr uint32_t kSelf = kTimeRelativeWord | kTimeRelativeDir |
                             kTimeClockWord | kTimeBoundaryWord |
                             kTimePartOfDay | kTimeHolidayDir | kTimeCountDir |
                             kTimePeriodWord | kTimeClosest;
  return (t.time_class & kSelf) || t.IsDigits() || t.number_start ||
         t.number_word >= 0 || t.ordinal_word >= 0 || t.month >= 0 ||
         t.weekday >= 0 || t.Is("half") || t.Is("quarter") || t.Is("q") ||
         t.Is("rest") || t.Is("'") || absl::EndsWith(t.text, "ish");
}

bool Parser::NextMayContinuePiece(int j) const {
  if (j >= n_) return false;
  const Token& t = t_[j];
  return t.time_word || t.time_class != 0 || t.IsDigits() || t.number_start ||
         t.number_word >= 0 || t.ordinal_word >= 0 || t.month >= 0 ||
         t.weekday >= 0 || t.Is("'");
}

bool Parser::MayStartPieceFull(int i) const {
  const Token& t = t_[i];
  return MayStartDate(i) || MayStartRelative(i) || MayStartTimeOfDay(i) ||
         MayStartPartOfDay(i) || MayStartHoliday(i) || MayStartRelDuration(i) ||
         MayStartOrdinalOf(i) || MayStartBoundary(i) || MayStartQuarter(i) ||
         MayStartPeriodWord(i) || MayStartClock(i) || MayStartClosest(i) ||
         // Years (YearAt needs digits), bare hours, decades.
         t.IsDigits() ||
         ((Is(i, "in") || Is(i, "of") || Is(i, "during")) && IsDigits(i + 1)) ||
         (t.IsWord() && t.number_word >= 0) || Is(i, "'") ||
         (Is(i, "the") && (IsDigits(i + 1) || Is(i + 1, "'"))) ||
         MayStartAtClock(i);
}

bool Parser::MayStartComposite(int i) const {
  if (MayStartPiece(i)) return true;
  const bool prep = Is(i, "on") || Is(i, "during") ||
                    (Is(i, "at") && !IsDigits(i + 1)) ||
                    (Is(i, "in") && !Is(i + 1, "the"));
  return prep && MayStartPiece(i + 1);
}

bool Parser::MayStartSides(int k) const {
  for (;; ++k) {
    if (MayStartComposite(k) || MayStartOrdinal(k) || IsDigits(k) ||
        (IsWord(k) && t_[k].number_word >= 0))
      return true;
    if (!Is(k, "the")) return false;
  }
}

bool Parser::MayParse(int i) const {
  if (MayStartComposite(i)) return true;
  // RangeAt: sides after an optional opener (a lead composite is
  // covered above), or "for <duration> from ...".
  if (MayStartSides(i)) return true;
  if ((Is(i, "from") || Is(i, "between")) && MayStartSides(i + 1)) return true;
  if (Is(i, "later") && Is(i + 1, "than") && MayStartSides(i + 2)) return true;
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

bool Parser::MayStartDuration(int k) const {
  return k >= 0 && k < n_ &&
         ((t_[k].number_start && ArticleDuration(k)) || Is(k, "half"));
}

}  // namespace time_internal
}  // namespace accord

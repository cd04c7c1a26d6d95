// Tense of the clause around a time expression, as far as the choice
// between a past and a future occurrence needs it: "would reopen on Friday"
// points forward, "reopened on Friday" back, "is on Friday" neither. Used
// by the TIMEX3 layer (timex.h) and by extraction's annotator, so both read
// a weekday, month or season the same way.
//
//   const Tense tense = TimeTense(tokens, i);
//   if (tense == Tense::kFuture) ctx.weekday = kNext;
//   shift = TenseYearShift(tense, when, now, day_stated, false);
#ifndef ACCORD_ENGINE_TIMEML_TENSE_H_
#define ACCORD_ENGINE_TIMEML_TENSE_H_

#include <vector>

#include "absl/time/civil_time.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

enum class Tense { kUnknown, kPast, kPresent, kFuture };

// The tense of the nearest marker in the clause of token `i` (bounded by
// sentence ends, semicolons and colons), looking back first and then
// forward: kFuture for "'ll" and the future markers of
// engine/data/time_words.textproto ("will", "would", "next", "scheduled",
// "expected", ...; "going/set/plans/is to"); kPast for its past forms ("was",
// "said", "ago", common irregular forms) and "-ed" words; else kUnknown.
// `tokens` is Tokenize's output; pure function, thread-safe.
Tense ClauseTense(const std::vector<Token>& tokens, int i);

// The tense of the verb group that a time expression starting at token `i`
// (its leading preposition included, if any) belongs to: ClauseTense,
// except that a time right after an event noun (WordNet: an act or event)
// introduced by a preposition of cause or sequence (`cause_prepositions`:
// "for", "over", "after", ...) dates that earlier event and takes no tense
// from the verb: kUnknown for "there would be retaliation for a shooting
// on Saturday", kFuture for "would suspend the route until Friday".
// Thread-safe.
Tense GoverningTense(const std::vector<Token>& tokens, int i);

// True when the time starting at token `i` is a deadline still ahead: a
// deadline preposition ("until", "till", "by") or an earliest-time phrase
// ("as early as", "as soon as") at `i`, or right before it when
// `preposition_before` (the caller's span leaves it out), and no past
// perfect in the clause ("had filed reports by Wednesday"). Thread-safe.
bool IsDeadline(const std::vector<Token>& tokens, int i,
                bool preposition_before);

// The tense a time expression starting at token `i` is read in: kFuture
// for a deadline (IsDeadline with the preposition at `i` or before it),
// else GoverningTense. Thread-safe.
Tense TimeTense(const std::vector<Token>& tokens, int i);

// Years to move a month, date or season the text gave without a year, read
// in the reference year as `when`, so that it fits `tense` seen from the
// reference month `now`: a past clause takes the last occurrence not after
// `now` (-1 when `when` is later), a future one the next not before it (+1
// when earlier), no tense or the present the nearest (±1 beyond six
// months). A date with its day (`day_stated`: "until March 6") is mostly a
// scheduled one whatever the reporting verb, so it takes the nearest, but
// a past clause never moves it ahead and moves it back when it is more
// than two months ahead ("was last seen Nov. 3" in May is last November;
// "was charged for the April 16 shooting" in December is this April). A
// quarter (`quarter`) is the last one begun.
// Pure function.
int TenseYearShift(Tense tense, absl::CivilMonth when, absl::CivilMonth now,
                   bool day_stated, bool quarter);

// What the tokens [b, e) of a time expression state about its year, for
// TenseYearShift: only a year-less month or season is moved.
struct StatedYear {
  bool weekday = false;
  bool month_or_season = false;
  bool year = false;      // a four-digit year or "'98"
  bool digits = false;    // any number (a day of the month)
  bool relative = false;  // "last", "next", "ago", ...
};
// Reads `t[b, e)` (time_words.textproto's seasons and relative words).
// Thread-safe.
StatedYear StatedIn(const std::vector<Token>& t, int b, int e);

}  // namespace accord

#endif  // ACCORD_ENGINE_TIMEML_TENSE_H_

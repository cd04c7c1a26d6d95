#include "engine/annotate/time_tense.h"

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "engine/normalize/time.h"
#include "engine/normalize/time_context.h"
#include "engine/timeml/tense.h"

namespace accord {
namespace {

// The match in `parsed` with `m`'s span, or nullptr.
const ValueMatch* SameSpan(const std::vector<ValueMatch>& parsed,
                           const ValueMatch& m) {
  for (const ValueMatch& p : parsed) {
    if (p.begin == m.begin && p.end == m.end) return &p;
  }
  return nullptr;
}

}  // namespace

void ApplyTimeTense(absl::string_view sentence,
                    const std::vector<Token>& tokens, const TimeContext& ctx,
                    std::vector<ValueMatch>* times) {
  // Parsed only when needed: FindTimes is the annotator's most expensive
  // scan, and most times need neither reading.
  std::vector<ValueMatch> forward;
  bool have_forward = false;
  const int n = static_cast<int>(tokens.size());
  int b = 0;
  for (ValueMatch& m : *times) {
    while (b < n && tokens[b].begin < m.begin) ++b;
    if (b >= n) break;
    int e = b;
    while (e < n && tokens[e].end <= m.end) ++e;
    const Tense tense = TimeTense(tokens, b);
    const StatedYear stated = StatedIn(tokens, b, e);
    if (tense == Tense::kFuture && stated.weekday) {
      const absl::CivilDay today(ctx.reference);
      const bool is_today =
          m.value.time().grain() == DAY &&
          m.value.time().begin() == FormatCivil(absl::CivilSecond(today));
      if (!is_today) {
        if (!have_forward) {
          TimeContext next = ctx;
          next.weekday = TimeContext::WeekdayDirection::kNext;
          forward = FindTimes(sentence, tokens, next);
          have_forward = true;
        }
        if (const ValueMatch* f = SameSpan(forward, m)) m = *f;
      }
      continue;
    }
    if (!stated.month_or_season || stated.year || stated.relative ||
        stated.weekday) {
      continue;
    }
    // An interval open at its start ("until March") is placed by its end.
    const std::string& at = m.value.time().begin().empty()
                                ? m.value.time().end()
                                : m.value.time().begin();
    absl::CivilSecond when;
    if (!ParseCivil(at, &when)) continue;
    const int shift = TenseYearShift(tense, absl::CivilMonth(when),
                                     absl::CivilMonth(ctx.reference),
                                     stated.digits, /*quarter=*/false);
    if (shift == 0) continue;
    const std::vector<ValueMatch> moved =
        FindTimes(sentence, tokens, ShiftYears(ctx, shift));
    if (const ValueMatch* f = SameSpan(moved, m)) m = *f;
  }
}

}  // namespace accord

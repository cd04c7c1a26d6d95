#include "engine/timeml/definite_periods.h"

#include <algorithm>
#include <string>

#include "absl/strings/str_cat.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/time.h"
#include "engine/timeml/tense.h"
#include "engine/timeml/time_words.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

// `x` as the calendar year `y` (DATE, anchored to the creation time).
void SetYear(int y, Timex* x) {
  x->type = "DATE";
  x->value = absl::StrCat(y);
  x->anchored = true;
  TimeValue* v = x->value_proto.mutable_time();
  v->set_begin(FormatCivil(absl::CivilSecond(y, 1, 1, 0, 0, 0)));
  v->set_end(FormatCivil(absl::CivilSecond(y + 1, 1, 1, 0, 0, 0)));
  v->set_grain(YEAR);
}

// Tokens [first, last) "the [modifiers] year" at `i`, with the token after
// it not a blocker; false otherwise.
bool DefiniteYearAt(const Tokens& t, int i, int* last) {
  const TimeWords& w = TimeWords::Default();
  const int n = static_cast<int>(t.size());
  if (!t[i].Is("the")) return false;
  int k = i + 1;
  while (k < n && k < i + 3 && w.definite_year_modifiers.Has(t[k])) ++k;
  if (k >= n || !t[k].Is("year")) return false;
  // "the year's end" is the end of the year (year_end_phrases).
  for (const TimeWords::Phrase& p : w.year_end_phrases) {
    if (p.MatchAt(t, k) > 0) return false;
  }
  if (k + 1 < n) {
    // A modifier makes the year definite on its own: "the current fiscal
    // year that ends in June" is still this one.
    const Token& a = t[k + 1];
    const bool modified = k > i + 1;
    if ((w.definite_year_blockers.Has(a) && !(modified && a.IsWord())) ||
        a.IsDigits() || a.number_word >= 0) {
      return false;
    }
  }
  *last = k + 1;
  return true;
}

}  // namespace

void AddDefinitePeriods(const Tokens& t, absl::CivilSecond dct,
                        std::vector<Timex>* timexes) {
  const TimeWords& w = TimeWords::Default();
  const int n = static_cast<int>(t.size());
  // A vague reference inside a definite period ("current" in "the current
  // fiscal year") gives way to it.
  auto vague = [](const Timex& x) {
    return x.value_proto.has_time() &&
           x.value_proto.time().reference() != TimeValue::REFERENCE_UNSPECIFIED;
  };
  std::vector<bool> covered(n, false);
  {
    int k = 0;
    for (const Timex& x : *timexes) {
      while (k < n && t[k].end <= x.begin) ++k;
      if (vague(x)) continue;
      for (int j = k; j < n && t[j].begin < x.end; ++j) covered[j] = true;
    }
  }
  auto free = [&](int first, int last) {
    for (int k = first; k < last; ++k) {
      if (covered[k]) return false;
    }
    return true;
  };
  const int year = static_cast<int>(dct.year());
  std::vector<Timex> added;
  for (int i = 0; i < n; ++i) {
    int last = 0;
    Timex x;
    if (DefiniteYearAt(t, i, &last) && free(i, last)) {
      x.begin = t[i].begin;
      x.end = t[last - 1].end;
      if (last < n && w.period_end_words.Has(t[last])) {
        // "the year ended March 31": twelve months up to that day.
        x.type = "DURATION";
        x.value = "P1Y";
        Duration* d = x.value_proto.mutable_duration();
        d->set_seconds(GrainSeconds(YEAR));
        d->set_grain(YEAR);
      } else {
        SetYear(year, &x);
      }
    } else {
      for (const TimeWords::Phrase& p : w.year_end_phrases) {
        const int len = p.MatchAt(t, i);
        if (len == 0 || !free(i, i + len)) continue;
        last = i + len;
        x.begin = t[i].begin;
        x.end = t[last - 1].end;
        // "since year-end", "year-end figures were lower": the last one.
        SetYear(TimeTense(t, i) == Tense::kPast ? year - 1 : year, &x);
        x.mod = "END";
        break;
      }
    }
    if (last == 0 || x.value.empty()) continue;
    for (int k = i; k < last; ++k) covered[k] = true;
    added.push_back(std::move(x));
    i = last - 1;
  }
  if (added.empty()) return;
  timexes->erase(std::remove_if(timexes->begin(), timexes->end(),
                                [&](const Timex& v) {
                                  if (!vague(v)) return false;
                                  for (const Timex& a : added) {
                                    if (v.begin < a.end && a.begin < v.end)
                                      return true;
                                  }
                                  return false;
                                }),
                 timexes->end());
  for (Timex& x : added) timexes->push_back(std::move(x));
  std::sort(timexes->begin(), timexes->end(),
            [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
}

}  // namespace accord

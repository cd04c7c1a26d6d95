#include "engine/timeml/reporting_period.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "absl/strings/str_format.h"
#include "engine/normalize/time.h"
#include "engine/timeml/tense.h"
#include "engine/timeml/time_words.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

// A quarter: its year and number (1-4).
struct Quarter {
  int year = 0;
  int q = 0;
  bool valid() const { return q >= 1 && q <= 4; }
};

// The quarter a TimeML value names ("1989-Q3"), else invalid.
Quarter QuarterOf(const std::string& value) {
  Quarter out;
  if (value.size() == 7 && value[4] == '-' && value[5] == 'Q' &&
      value[6] >= '1' && value[6] <= '4') {
    out.year = std::atoi(value.substr(0, 4).c_str());
    out.q = value[6] - '0';
  }
  return out;
}

// Makes `x` the DATE of quarter `q`, anchored on the creation time.
void SetQuarter(Quarter q, Timex* x) {
  x->type = "DATE";
  x->mod.clear();
  x->value = absl::StrFormat("%04d-Q%d", q.year, q.q);
  x->anchored = true;
  const absl::CivilMonth first(q.year, 3 * (q.q - 1) + 1);
  TimeValue* v = x->value_proto.mutable_time();
  v->Clear();
  v->set_begin(FormatCivil(absl::CivilSecond(first)));
  v->set_end(FormatCivil(absl::CivilSecond(first + 3)));
  v->set_grain(QUARTER);
}

// Tokens [*first, *last) of bytes [begin, end).
void TokensOf(const Tokens& t, int begin, int end, int* first, int* last) {
  const int n = static_cast<int>(t.size());
  *first = 0;
  while (*first < n && t[*first].begin < begin) ++*first;
  *last = *first;
  while (*last < n && t[*last].end <= end) ++*last;
}

// A sentence end at token k: ".", "!" or "?" before a capitalized word or
// the end of the text ("Corp. reported" goes on).
bool EndsSentence(const Tokens& t, int k) {
  if (!(t[k].Is(".") || t[k].Is("!") || t[k].Is("?"))) return false;
  return k + 1 >= static_cast<int>(t.size()) ||
         (t[k + 1].space_before && t[k + 1].capitalized);
}

// What the sentence around tokens [first, last) compares: no figure, a
// figure of a longer period than a quarter ("the nine months"), or a
// figure of the period reported.
enum class FigureComparison { kNone, kLongerPeriod, kPeriod };
FigureComparison ComparisonAround(const Tokens& t, int first, int last) {
  const TimeWords& w = TimeWords::Default();
  const int n = static_cast<int>(t.size());
  bool figure = false, longer = false;
  auto check = [&](const Token& token) {
    longer = longer || w.longer_period_cues.Has(token);
    figure = figure || w.figure_cues.Has(token);
  };
  for (int k = first - 1; k >= 0 && !EndsSentence(t, k); --k) check(t[k]);
  for (int k = first; k < n && !(k >= last && EndsSentence(t, k)); ++k) {
    check(t[k]);
  }
  if (!figure) return FigureComparison::kNone;
  return longer ? FigureComparison::kLongerPeriod : FigureComparison::kPeriod;
}

// Makes `x` the DATE of `year`, anchored on the creation time.
void SetYear(int year, Timex* x) {
  x->type = "DATE";
  x->mod.clear();
  x->value = absl::StrFormat("%04d", year);
  x->anchored = true;
  TimeValue* v = x->value_proto.mutable_time();
  v->Clear();
  v->set_begin(FormatCivil(absl::CivilSecond(year, 1, 1, 0, 0, 0)));
  v->set_end(FormatCivil(absl::CivilSecond(year + 1, 1, 1, 0, 0, 0)));
  v->set_grain(YEAR);
}

// True when tokens [first, last) are exactly one of `phrases`.
bool IsPhrase(const std::vector<TimeWords::Phrase>& phrases, const Tokens& t,
              int first, int last) {
  for (const TimeWords::Phrase& p : phrases) {
    if (p.MatchAt(t, first) == last - first) return true;
  }
  return false;
}

// Start token of a phrase of `phrases` that ends right before token `end`,
// else -1 (the longest).
int PhraseEndingAt(const std::vector<TimeWords::Phrase>& phrases,
                   const Tokens& t, int end) {
  int best = -1;
  for (const TimeWords::Phrase& p : phrases) {
    const int k = end - static_cast<int>(p.words.size());
    if (k >= 0 && p.MatchAt(t, k) == end - k && (best < 0 || k < best)) {
      best = k;
    }
  }
  return best;
}

}  // namespace

void ApplyReportingPeriod(absl::string_view text, const Tokens& t,
                          absl::CivilSecond dct, std::vector<Timex>* timexes) {
  (void)text;
  const TimeWords& w = TimeWords::Default();
  // "the year-ago third quarter": the quarter a year before.
  for (Timex& x : *timexes) {
    Quarter q = QuarterOf(x.value);
    if (!q.valid()) continue;
    int first, last;
    TokensOf(t, x.begin, x.end, &first, &last);
    if (first >= last) continue;
    const int k = PhraseEndingAt(w.year_back_phrases, t, first);
    if (k < 0 || IsPhrase(w.year_back_phrases, t, first, last)) continue;
    --q.year;
    SetQuarter(q, &x);
    x.begin = t[k].begin;
  }
  // "the quarter ended Sept. 30": the three months ending that day, named
  // by the calendar quarter holding their middle (a fiscal quarter ended
  // July 31 is mostly the second).
  {
    const int n = static_cast<int>(t.size());
    std::vector<Timex> added;
    size_t next = 0;
    for (int i = 1; i + 2 < n; ++i) {
      if (!t[i].Is("quarter") || !t[i - 1].Is("the") ||
          !w.period_end_words.Has(t[i + 1])) {
        continue;
      }
      while (next < timexes->size() && (*timexes)[next].end <= t[i].begin) {
        ++next;
      }
      // The quarter is not already a TIME3 and a dated day follows.
      if (next < timexes->size() && (*timexes)[next].begin < t[i].end) continue;
      const Timex* end_date = nullptr;
      for (const Timex& x : *timexes) {
        if (x.begin == t[i + 2].begin) end_date = &x;
      }
      absl::CivilSecond end_day;
      if (end_date == nullptr || end_date->value_proto.time().grain() != DAY ||
          !ParseCivil(end_date->value_proto.time().begin(), &end_day)) {
        continue;
      }
      const absl::CivilDay middle = absl::CivilDay(end_day) - 45;
      Quarter q;
      q.year = static_cast<int>(middle.year());
      q.q = (middle.month() - 1) / 3 + 1;
      Timex x;
      x.begin = t[i - 1].begin;
      x.end = t[i].end;
      SetQuarter(q, &x);
      added.push_back(std::move(x));
    }
    for (Timex& x : added) timexes->push_back(std::move(x));
    std::sort(timexes->begin(), timexes->end(),
              [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  }
  // The quarter the document reports: its first quarter that is not itself
  // a year-back one.
  Quarter reported;
  for (const Timex& x : *timexes) {
    const Quarter q = QuarterOf(x.value);
    if (q.valid() && q.year >= dct.year() - 1 && q.year <= dct.year()) {
      reported = q;
      break;
    }
  }
  Quarter year_back = reported;
  --year_back.year;
  // A year-back phrase in a sentence that compares figures: the year-ago
  // quarter of a quarterly report, else the year before the creation year
  // ("wages rose 3.8% from a year earlier"). False when nothing compares.
  auto set_year_back = [&](int first, int last, Timex* x) {
    const FigureComparison c = ComparisonAround(t, first, last);
    if (c == FigureComparison::kNone) return false;
    if (c == FigureComparison::kPeriod && reported.valid()) {
      SetQuarter(year_back, x);
    } else {
      SetYear(static_cast<int>(dct.year()) - 1, x);
    }
    return true;
  };
  const int n = static_cast<int>(t.size());
  std::vector<bool> covered(n, false);
  for (Timex& x : *timexes) {
    int first, last;
    TokensOf(t, x.begin, x.end, &first, &last);
    for (int k = first; k < last; ++k) covered[k] = true;
    if (first >= last) continue;
    if (IsPhrase(w.year_back_phrases, t, first, last)) {
      set_year_back(first, last, &x);
      continue;
    }
    if (!reported.valid()) continue;
    // ("the quarter ended Sept. 30" was placed by its date above.)
    if (IsPhrase(w.reported_quarter_phrases, t, first, last) &&
        !(last < n && w.period_end_words.Has(t[last])) &&
        ClauseTense(t, first) != Tense::kFuture) {
      SetQuarter(reported, &x);
      continue;
    }
    // "the 1988 period", "the 1988 quarter": that year's reported quarter.
    if (t[first].IsDigits() && t[first].text.size() == 4 && last < n &&
        (t[last].Is("period") || t[last].Is("quarter")) &&
        (last - first == 1 ||
         (last - first == 2 && t[first + 1].Is("quarter")))) {
      Quarter q = reported;
      q.year = std::atoi(t[first].text.c_str());
      if (q.year >= 1000 && q.year <= 2099) {
        SetQuarter(q, &x);
        x.end = t[last].end;
        if (first > 0 && t[first - 1].Is("the")) x.begin = t[first - 1].begin;
      }
    }
  }
  // Year-back modifiers no scanner reads as a time: "compared with
  // year-earlier profit of $3.8 million".
  std::vector<Timex> added;
  for (int i = 0; i < n; ++i) {
    if (covered[i]) continue;
    // Names of the reported quarter no scanner reads ("the latest
    // period"), outside a future clause.
    if (reported.valid() && ClauseTense(t, i) != Tense::kFuture) {
      int len = 0;
      for (const TimeWords::Phrase& p : w.reported_quarter_phrases) {
        len = std::max(len, p.MatchAt(t, i));
      }
      bool free =
          len > 0 && !(i + len < n && w.period_end_words.Has(t[i + len]));
      for (int k = i; k < i + len && free; ++k) free = !covered[k];
      if (free) {
        Timex x;
        x.begin = t[i].begin;
        x.end = t[i + len - 1].end;
        SetQuarter(reported, &x);
        for (int k = i; k < i + len; ++k) covered[k] = true;
        added.push_back(std::move(x));
        i += len - 1;
        continue;
      }
    }
    for (const TimeWords::Phrase& p : w.year_back_phrases) {
      // A modifier alone ("year-earlier profit"); with "the" it belongs to
      // the period noun after it ("the year-earlier nine months").
      if (p.words[0] == "the") continue;
      const int len = p.MatchAt(t, i);
      if (len == 0) continue;
      bool free = true;
      for (int k = i; k < i + len; ++k) free = free && !covered[k];
      Timex x;
      if (!free || !set_year_back(i, i + len, &x)) continue;
      x.begin = t[i].begin;
      x.end = t[i + len - 1].end;
      for (int k = i; k < i + len; ++k) covered[k] = true;
      added.push_back(std::move(x));
      break;
    }
  }
  for (Timex& x : added) timexes->push_back(std::move(x));
  std::sort(timexes->begin(), timexes->end(),
            [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
}

}  // namespace accord

#include "engine/timeml/timex.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/time.h"
#include "engine/normalize/time_context.h"
#include "engine/normalize/tokenizer.h"
#include "engine/timeml/definite_periods.h"
#include "engine/timeml/narrative_anchor.h"
#include "engine/timeml/reporting_period.h"
#include "engine/timeml/tense.h"
#include "engine/timeml/time_words.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

bool IsAny(const Token& t, std::initializer_list<absl::string_view> words) {
  for (absl::string_view w : words) {
    if (t.Is(w)) return true;
  }
  return false;
}

const TimeWords& Words() { return TimeWords::Default(); }

// Prepositions TimeML leaves outside a TIMEX3: "on Friday" is marked
// "Friday", "since 1990" "1990", "for three days" "three days".
bool IsLeadingPreposition(const Token& t) {
  return Words().leading_prepositions.Has(t);
}

// The TimeValue reference a vague_references phrase names (PAST, PRESENT
// or FUTURE, checked when the words are read).
TimeValue::Reference ReferenceOf(const TimeWords::Phrase& p) {
  TimeValue::Reference r = TimeValue::PAST;
  TimeValue::Reference_Parse(p.value, &r);
  return r;
}

// Words before "the time" that make it a point in the past ("at the time",
// "by the time"); elsewhere "the time" is mostly not a time expression.
bool PrecedesPastTime(const Tokens& t, int i) {
  return i > 0 && Words().past_time_openers.Has(t[i - 1]);
}

// TimeML's code of a part of day ("MO") or a season ("SU"), or nullptr.
const char* PartOfDayCode(const Token& t) {
  const std::string* v = TimeWords::ValueOf(Words().parts_of_day, t);
  return v == nullptr ? nullptr : v->c_str();
}

const char* SeasonCode(const Token& t) {
  const std::string* v = TimeWords::ValueOf(Words().seasons, t);
  return v == nullptr ? nullptr : v->c_str();
}

// Weekday number of a week as ISO 8601 counts it.
int IsoWeekday(absl::CivilDay d) {
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::monday:
      return 1;
    case absl::Weekday::tuesday:
      return 2;
    case absl::Weekday::wednesday:
      return 3;
    case absl::Weekday::thursday:
      return 4;
    case absl::Weekday::friday:
      return 5;
    case absl::Weekday::saturday:
      return 6;
    case absl::Weekday::sunday:
      return 7;
  }
  return 1;
}

// ISO 8601 week of `d`: "1998-W32".
std::string IsoWeek(absl::CivilDay d) {
  // The week's Thursday decides its year.
  const absl::CivilDay thursday = d + (4 - IsoWeekday(d));
  const absl::CivilYear year(thursday);
  const absl::CivilDay jan1(year);
  const int week = static_cast<int>((thursday - jan1) / 7) + 1;
  return absl::StrFormat("%04d-W%02d", static_cast<int>(year.year()), week);
}

// "P3D", "PT2H", "P1.5Y": `n` units of `unit` ("Y", "M", "W", "D", "H", ...).
std::string Period(double n, absl::string_view unit, bool time_unit) {
  std::string num;
  if (std::fabs(n - std::round(n)) < 1e-6) {
    num = absl::StrCat(static_cast<long long>(std::llround(n)));
  } else {
    num = absl::StrFormat("%g", n);
  }
  return absl::StrCat("P", time_unit ? "T" : "", num, unit);
}

// One candidate, before overlaps are removed.
struct TimexCandidate {
  Timex timex;
  int priority = 0;  // higher wins an overlap
};

// The tokens of `text` whose bytes lie within [begin, end).
void TokenRange(const Tokens& t, int begin, int end, int* first, int* last) {
  *first = 0;
  while (*first < static_cast<int>(t.size()) && t[*first].begin < begin)
    ++*first;
  *last = *first;
  while (*last < static_cast<int>(t.size()) && t[*last].end <= end) ++*last;
}

// True when tokens [i, e) hold a duration and, besides it, only words that
// frame a length of time ("the past three days", "the next two weeks",
// "a month earlier", "within a year"): TimeML marks these DURATION.
bool IsFramedDuration(const Tokens& t, int i, int e, int dur_first,
                      int dur_last) {
  for (int k = i; k < e; ++k) {
    if (k >= dur_first && k < dur_last) continue;
    if (!Words().duration_frames.Has(t[k])) {
      return false;
    }
  }
  return true;
}

// "a few days", "the past several months", "many years": TimeML writes
// the unstated number as X ("PXD"). True when tokens [i, e) say so.
bool IsVagueAmount(const Tokens& t, int i, int e) {
  for (int k = i; k < e; ++k) {
    if (Words().vague_amounts.Has(t[k])) return true;
  }
  return false;
}

// "P3D" -> "PXD", "PT3M" -> "PTXM".
std::string VagueValue(const std::string& value) {
  std::string out;
  bool replaced = false;
  for (char ch : value) {
    if ((ch >= '0' && ch <= '9') || ch == '.') {
      if (!replaced) out += 'X';
      replaced = true;
    } else {
      out += ch;
    }
  }
  return out;
}

// Plural units that alone state a vague length after "for" or "over" ("for
// years", "over months"): TimeML's "PXY".
const char* VagueUnit(const Token& w) {
  const std::string* v = TimeWords::ValueOf(Words().vague_units, w);
  return v == nullptr ? nullptr : v->c_str();
}

// The largest unit of time named by tokens [i, e) ("hours" in "5 1/2
// hours"), or GRAIN_UNSPECIFIED.
Grain StatedUnit(const Tokens& t, int i, int e) {
  Grain best = GRAIN_UNSPECIFIED;
  for (int k = i; k < e; ++k) {
    if (!t[k].IsWord()) continue;
    const Grain g = DurationUnitGrain(t[k].text, k > 0 && t[k - 1].IsDigits());
    if (g != GRAIN_UNSPECIFIED &&
        (best == GRAIN_UNSPECIFIED || GrainSeconds(g) > GrainSeconds(best))) {
      best = g;
    }
  }
  return best;
}

// True when tokens [i, e) open a quoted title: two or more words, all
// capitalized, glued to an opening quote mark ("This Week," the ABC
// programme; "Tomorrow Never Dies").
bool IsQuotedTitle(const Tokens& t, int i, int e) {
  if (i == 0 || e - i < 2 || t[i].space_before) return false;
  const Token& q = t[i - 1];
  if (!q.Is("\"") && !q.Is("`") && !q.Is("'")) return false;
  for (int k = i; k < e; ++k) {
    if (t[k].IsWord() && !t[k].capitalized) return false;
  }
  return true;
}

// A year said in words at token `i`: "nineteen ninety-six", "nineteen
// eighty", "two thousand", "two thousand and one". Sets *year and returns
// the end token, or -1.
int SpokenYearAt(const Tokens& t, int i, int* year) {
  const int n = static_cast<int>(t.size());
  // The units after a tens word: "ninety-six", "ninety six".
  auto units = [&](int e, int* y) {
    if (e + 1 < n && t[e].Is("-") && t[e + 1].number_word >= 1 &&
        t[e + 1].number_word <= 9) {
      *y += t[e + 1].number_word;
      return e + 2;
    }
    if (e < n && t[e].number_word >= 1 && t[e].number_word <= 9) {
      *y += t[e].number_word;
      return e + 1;
    }
    return e;
  };
  if ((t[i].number_word == 18 || t[i].number_word == 19) && i + 1 < n &&
      t[i + 1].number_word >= 20 && t[i + 1].number_word % 10 == 0) {
    *year = 100 * t[i].number_word + t[i + 1].number_word;
    return units(i + 2, year);
  }
  if (t[i].number_word == 2 && i + 1 < n && t[i + 1].Is("thousand")) {
    *year = 2000;
    int e = i + 2;
    const int k = e < n && t[e].Is("and") ? e + 1 : e;
    if (k < n && t[k].number_word >= 1 && t[k].number_word <= 99) {
      *year += t[k].number_word;
      e = t[k].number_word >= 20 && t[k].number_word % 10 == 0
              ? units(k + 1, year)
              : k + 1;
    }
    return e;
  }
  return -1;
}

// A four-digit number that news writes only for a year: 1000-2099 without
// a currency sign before it or a unit or percent after it ("a 2010 raid",
// "fiscal 1989", "in 1957-58" is read by the time parser).
bool IsBareYear(const Tokens& t, int i) {
  const Token& w = t[i];
  if (!w.IsDigits() || w.text.size() != 4) return false;
  const int y = std::atoi(w.text.c_str());
  if (y < 1000 || y > 2099) return false;
  const int n = static_cast<int>(t.size());
  if (i > 0 && (Words().not_year_before.Has(t[i - 1]) ||
                (!w.space_before && !t[i - 1].IsWord()))) {
    return false;
  }
  if (i + 1 < n) {
    const Token& a = t[i + 1];
    if (!a.space_before && !a.Is(",") && !a.Is(".") && !a.Is(")") &&
        !a.Is("'") && !a.Is(";") && !a.Is(":"))
      return false;
    if (Words().not_year_after.Has(a)) return false;
    // "won 2000 games" counts; "the 2000 elections" dates: before a plural
    // noun a year needs a determiner.
    const bool plural = a.IsWord() && !a.capitalized && a.text.size() > 3 &&
                        a.text.back() == 's';
    const bool determiner =
        i > 0 && (Words().determiners.Has(t[i - 1]) || t[i - 1].apostrophe);
    if (plural && !determiner) return false;
  }
  return true;
}

TimeContext NewsContext(absl::CivilSecond dct) {
  TimeContext ctx;
  ctx.reference = dct;
  ctx.weekday = TimeContext::WeekdayDirection::kNearestPast;
  return ctx;
}

// The time `rest` states as a whole, if any: "March 1999", "1999" (a bare
// year, which running text reads as a time only after a word like "in").
bool ParseWhole(absl::string_view rest, const TimeContext& ctx,
                TimeMatch* out) {
  std::vector<TimeMatch> sub = FindTimeMatches(rest, ctx);
  if (sub.empty() || sub[0].match.begin != 0 ||
      sub[0].match.end != static_cast<int>(rest.size())) {
    const Tokens t = Tokenize(rest);
    if (t.size() != 1 || !t[0].IsDigits() || t[0].text.size() != 4)
      return false;
    TimeContext latent = ctx;
    latent.latent = true;
    sub = FindTimeMatches(rest, latent);
    if (sub.empty() || sub[0].match.value.time().grain() != YEAR) return false;
  }
  *out = std::move(sub[0]);
  return true;
}

// The civil time ISO string `s` denotes, or `fallback`.
absl::CivilSecond CivilOr(const std::string& s, absl::CivilSecond fallback) {
  absl::CivilSecond c;
  return ParseCivil(s, &c) ? c : fallback;
}

// Quarter number of "first" ... "fourth" and "1st" ... "4th", else 0.
int QuarterOrdinal(const Token& w) {
  if (w.ordinal_word >= 1 && w.ordinal_word <= 4) return w.ordinal_word;
  return 0;
}

// Converts a time match over tokens [i, e) to a TIMEX3 candidate. `m`'s
// offsets are into `text`.
TimexCandidate FromTime(absl::string_view text, const Tokens& t, int i, int e,
                        const TimeMatch& m, const std::vector<ValueMatch>& durs,
                        const TimeContext& news) {
  TimexCandidate c;
  c.priority = 2;
  Timex& x = c.timex;
  TimeMatch inner = m;
  // The tense of the time's verb picks the direction of weekdays ("would
  // reopen on Friday" is the next one). A deadline ("until 9 a.m.
  // Tuesday", "by May") is ahead whatever the clause's verb, unless the
  // clause is in the past perfect.
  const bool deadline =
      IsDeadline(t, i, /*preposition_before=*/t[i].begin == m.match.begin);
  const Tense tense = deadline ? Tense::kFuture : GoverningTense(t, i);
  TimeContext ctx = news;
  if (tense == Tense::kFuture) {
    ctx.weekday = TimeContext::WeekdayDirection::kNext;
  }
  // A leading preposition stays outside; what follows it is re-read on its
  // own, so "since 2014" has the value of "2014" rather than an open
  // interval and "by Friday" that of "Friday".
  while (i + 1 < e && (IsLeadingPreposition(t[i]) || t[i].Is("between"))) ++i;
  // The words `inner` was read from.
  absl::string_view read =
      text.substr(m.match.begin, m.match.end - m.match.begin);
  // "the end of the year" reads "the year" as the current one.
  std::string current_period;
  for (const TimeWords::Phrase& b : Words().boundaries) {
    int n = b.MatchAt(t, i);
    // "the late-November trip": an article before the boundary word.
    // The article stays outside the TIMEX3, as TimeML marks it.
    if (n == 0 && t[i].Is("the") && i + 2 < e && b.MatchAt(t, i + 1) > 0) {
      ++i;
      n = b.MatchAt(t, i);
    }
    if (n > 0 && i + n < e && t[i + n].Is("-")) ++n;  // "mid-1996"
    if (n > 0 && i + n < e) {
      x.mod = b.value;
      const absl::string_view rest =
          text.substr(t[i + n].begin, t[e - 1].end - t[i + n].begin);
      if (e - (i + n) == 2 && t[i + n].Is("the") &&
          Words().current_period_units.Has(t[i + n + 1])) {
        current_period = absl::StrCat("this ", t[i + n + 1].text);
      }
      if (ParseWhole(rest, ctx, &inner)) {
        read = rest;
      } else if (!current_period.empty() &&
                 ParseWhole(current_period, ctx, &inner)) {
        read = current_period;
      } else {
        x.mod.clear();
      }
      break;
    }
  }
  if (x.mod.empty() &&
      (t[i].begin != m.match.begin || tense == Tense::kFuture)) {
    const absl::string_view rest =
        text.substr(t[i].begin, t[e - 1].end - t[i].begin);
    if (ParseWhole(rest, ctx, &inner)) read = rest;
  }
  // A future weekday on the day of writing is that day ("will speak
  // Friday" in a Friday paper).
  if (tense == Tense::kFuture) {
    TimeMatch same;
    if (ParseWhole(read, news, &same) &&
        same.match.value.time().begin() ==
            FormatCivil(absl::CivilSecond(absl::CivilDay(news.reference))) &&
        same.match.value.time().grain() == DAY) {
      inner = same;
    }
  }
  x.begin = t[i].begin;
  x.end = t[e - 1].end;
  const absl::string_view surface = text.substr(x.begin, x.end - x.begin);
  // A duration framed by "the past", "the next", "earlier", ... is a
  // DURATION; "three weeks ago" and "in two days" remain dates, at the
  // duration's grain ("two years ago" is a year).
  Grain ago_grain = GRAIN_UNSPECIFIED;
  for (const ValueMatch& d : durs) {
    // A hedge before the length belongs to the duration, not the time
    // match: "nearly four years ago".
    if (d.end <= x.begin || d.end > x.end) continue;
    int df, dl;
    TokenRange(t, d.begin, d.end, &df, &dl);
    if (d.begin < x.begin) {
      if (dl < e && t[dl].Is("ago")) {
        ago_grain = d.value.duration().grain();
        x.begin = d.begin;
        if (d.value.duration().approximate()) x.mod = "APPROX";
      }
      continue;
    }
    if (IsFramedDuration(t, i, e, df, dl)) {
      x.type = "DURATION";
      x.value = TimexValueOf(d.value.duration(), StatedUnit(t, df, dl));
      if (IsVagueAmount(t, i, e)) x.value = VagueValue(x.value);
      x.value_proto = d.value;
      x.mod.clear();
      return c;
    }
    if (dl < e && t[dl].Is("ago")) ago_grain = d.value.duration().grain();
  }
  const StatedYear stated = StatedIn(t, i, e);
  int quarter = 0;
  for (int k = i; k + 1 < e; ++k) {
    if (t[k + 1].Is("quarter")) quarter = QuarterOrdinal(t[k]);
  }
  // Year-less months, dates and seasons: past narrative takes the last one
  // not after the creation time, a future clause the next one not before
  // it ("in August" in an article of May 2025 is August 2024 when told in
  // the past). Quarters ("the third quarter") take the last one begun.
  // Holidays keep the parser's reading unless the clause has a tense
  // ("was found Thanksgiving Day" in January is the last one).
  const bool tensed_holiday =
      !m.holiday.empty() && (tense == Tense::kPast || tense == Tense::kFuture);
  if (!stated.relative && !stated.year &&
      (stated.month_or_season || quarter > 0 || tensed_holiday)) {
    const absl::CivilSecond b =
        CivilOr(inner.match.value.time().begin(), news.reference);
    const absl::CivilSecond month_start(news.reference.year(),
                                        news.reference.month(), 1, 0, 0, 0);
    const absl::CivilMonth bm(b), rm(month_start);
    // A date with its day ("record Dec. 15") is mostly a scheduled one:
    // see TenseYearShift.
    const int shift = TenseYearShift(tense, bm, rm, stated.digits, quarter > 0);
    if (shift != 0) ParseWhole(read, ShiftYears(ctx, shift), &inner);
  }
  // "last March": the last March before this month.
  if (i + 1 < e && t[i].Is("last") && t[i + 1].month > 0 && e == i + 2) {
    const absl::CivilSecond b =
        CivilOr(inner.match.value.time().begin(), news.reference);
    if (absl::CivilMonth(b) >= absl::CivilMonth(news.reference)) {
      const absl::string_view name =
          text.substr(t[i + 1].begin, t[i + 1].end - t[i + 1].begin);
      ParseWhole(name, ShiftYears(ctx, -1), &inner);
    }
  }
  TimeValue v = inner.match.value.time();
  if (ago_grain != GRAIN_UNSPECIFIED) v.set_grain(ago_grain);
  // "the week of March 6": the week (Monday to Monday) holding that day.
  absl::CivilSecond day;
  if (i >= 3 && t[i - 1].Is("of") && t[i - 2].Is("week") &&
      t[i - 3].Is("the") && v.grain() == DAY && ParseCivil(v.begin(), &day)) {
    const absl::CivilDay monday =
        absl::CivilDay(day) - (IsoWeekday(absl::CivilDay(day)) - 1);
    v.set_begin(FormatCivil(absl::CivilSecond(monday)));
    v.set_end(FormatCivil(absl::CivilSecond(monday + 7)));
    v.set_grain(WEEK);
    x.begin = t[i - 3].begin;
  }
  x.value_proto = inner.match.value;
  *x.value_proto.mutable_time() = v;
  x.value = TimexValueOf(v, surface);
  const Grain g = v.grain();
  const bool clock = g == HOUR || g == MINUTE || g == SECOND;
  x.type = x.value.find('T') != std::string::npos ||
                   (clock && x.value.find('W') == std::string::npos)
               ? "TIME"
               : "DATE";
  if (g == SECOND && !stated.digits &&
      v.begin() == FormatCivil(news.reference)) {
    // "now", "right now": the moment of writing, which TimeML leaves vague.
    x.value = "PRESENT_REF";
  }
  if (x.value == "PRESENT_REF") {
    x.type = "DATE";
    x.value_proto.mutable_time()->Clear();
    x.value_proto.mutable_time()->set_reference(TimeValue::PRESENT);
  }
  // Anchored: the value moves with the creation time.
  TimeContext other = ctx;
  other.reference = ctx.reference + 86400 * 400;
  std::vector<TimeMatch> moved = FindTimeMatches(surface, other);
  x.anchored = moved.empty() ||
               moved[0].match.value.time().begin() != v.begin() ||
               moved[0].match.value.time().end() != v.end();
  return c;
}

// Splits a range over tokens [i, e) at its connector ("from May 7 to June
// 2", "Sept. 14 to Thursday") into its two ends when each is a time on its
// own, as TimeML marks them. False for "May 7-10" ("10" is no time alone).
bool SplitRange(absl::string_view text, const Tokens& t, int i, int e,
                const TimeContext& ctx, TimeMatch* left, int* left_end,
                TimeMatch* right, int* right_begin) {
  for (int k = i + 1; k + 1 < e; ++k) {
    if (!Words().range_connectors.Has(t[k])) continue;
    int lb = i;
    while (lb < k && Words().range_openers.Has(t[lb])) ++lb;
    if (lb == k) return false;
    const absl::string_view l =
        text.substr(t[lb].begin, t[k - 1].end - t[lb].begin);
    const absl::string_view r =
        text.substr(t[k + 1].begin, t[e - 1].end - t[k + 1].begin);
    if (!ParseWhole(l, ctx, left) || !ParseWhole(r, ctx, right)) return false;
    left->match.begin += t[lb].begin;
    left->match.end += t[lb].begin;
    right->match.begin += t[k + 1].begin;
    right->match.end += t[k + 1].begin;
    *left_end = k;
    *right_begin = k + 1;
    return true;
  }
  return false;
}

}  // namespace

std::string TimexValueOf(const TimeValue& v, absl::string_view surface) {
  if (v.reference() == TimeValue::PAST) return "PAST_REF";
  if (v.reference() == TimeValue::PRESENT) return "PRESENT_REF";
  if (v.reference() == TimeValue::FUTURE) return "FUTURE_REF";
  absl::CivilSecond b, e;
  const bool has_begin = ParseCivil(v.begin(), &b);
  const bool has_end = ParseCivil(v.end(), &e);
  if (!has_begin && !has_end) return "";
  if (!has_begin) {
    // "until May": the value of the bound, the last unit before `end`.
    b = e - 1;
  }
  const Tokens words = Tokenize(surface);
  const char* season = nullptr;
  const char* part = nullptr;
  bool weekend = false;
  for (const Token& w : words) {
    if (SeasonCode(w) != nullptr) season = SeasonCode(w);
    if (PartOfDayCode(w) != nullptr) part = PartOfDayCode(w);
    if (w.Is("weekend")) weekend = true;
  }
  const int y = static_cast<int>(b.year());
  if (weekend && v.grain() != MONTH && v.grain() != YEAR) {
    return IsoWeek(absl::CivilDay(b)) + "-WE";
  }
  switch (v.grain()) {
    case DECADE:
      if (has_begin && has_end && e.year() - b.year() >= 100) {
        return absl::StrFormat("%02d", y / 100);
      }
      return absl::StrFormat("%03d", y / 10);
    case YEAR:
      return absl::StrFormat("%04d", y);
    case QUARTER:
      return absl::StrFormat("%04d-Q%d", y, (b.month() - 1) / 3 + 1);
    case MONTH:
      if (season != nullptr) return absl::StrFormat("%04d-%s", y, season);
      return absl::StrFormat("%04d-%02d", y, b.month());
    case WEEK:
      if (weekend) return IsoWeek(absl::CivilDay(b)) + "-WE";
      return IsoWeek(absl::CivilDay(b));
    case DAY:
      if (season != nullptr) return absl::StrFormat("%04d-%s", y, season);
      if (weekend) return IsoWeek(absl::CivilDay(b)) + "-WE";
      return absl::StrFormat("%04d-%02d-%02d", y, b.month(), b.day());
    case HOUR:
    case MINUTE:
    case SECOND:
      if (part != nullptr && has_end && e - b >= 3 * 3600) {
        return absl::StrFormat("%04d-%02d-%02dT%s", y, b.month(), b.day(),
                               part);
      }
      if (v.grain() == SECOND && !has_end) return "PRESENT_REF";
      if (v.grain() == SECOND) {
        return absl::StrFormat("%04d-%02d-%02dT%02d:%02d:%02d", y, b.month(),
                               b.day(), b.hour(), b.minute(), b.second());
      }
      return absl::StrFormat("%04d-%02d-%02dT%02d:%02d", y, b.month(), b.day(),
                             b.hour(), b.minute());
    default:
      return absl::StrFormat("%04d-%02d-%02d", y, b.month(), b.day());
  }
}

std::string TimexValueOf(const Duration& d) {
  const double s = d.seconds();
  switch (d.grain()) {
    case DECADE:  // TimeML counts decades in years: "two decades" P20Y
      return Period(s / GrainSeconds(YEAR), "Y", false);
    case YEAR:
      return Period(s / GrainSeconds(YEAR), "Y", false);
    case QUARTER:
      return Period(s / GrainSeconds(QUARTER), "Q", false);
    case MONTH:
      return Period(s / GrainSeconds(MONTH), "M", false);
    case WEEK:
      return Period(s / GrainSeconds(WEEK), "W", false);
    case DAY:
      return Period(s / GrainSeconds(DAY), "D", false);
    case HOUR:
      return Period(s / 3600, "H", true);
    case MINUTE:
      return Period(s / 60, "M", true);
    default:
      return Period(s, "S", true);
  }
}

std::string TimexValueOf(const Duration& d, Grain stated_unit) {
  // The unit a fraction of the stated one is written in, and how many of
  // them make one stated unit.
  Grain rest_unit = GRAIN_UNSPECIFIED;
  double per = 0;
  switch (stated_unit) {
    case YEAR:
      rest_unit = MONTH, per = 12;
      break;
    case MONTH:
      rest_unit = DAY, per = 30;
      break;
    case WEEK:
      rest_unit = DAY, per = 7;
      break;
    case DAY:
      rest_unit = HOUR, per = 24;
      break;
    case HOUR:
      rest_unit = MINUTE, per = 60;
      break;
    case MINUTE:
      rest_unit = SECOND, per = 60;
      break;
    default:
      return TimexValueOf(d);
  }
  if (GrainSeconds(d.grain()) >= GrainSeconds(stated_unit)) {
    return TimexValueOf(d);
  }
  const double n = d.seconds() / GrainSeconds(stated_unit);
  const double whole = std::floor(n + 1e-9);
  const double rest = (n - whole) * per;
  if (whole < 1 || std::fabs(rest - std::round(rest)) > 1e-6 ||
      std::round(rest) < 1) {
    return TimexValueOf(d);
  }
  auto letter = [](Grain g) -> const char* {
    switch (g) {
      case YEAR:
        return "Y";
      case MONTH:
      case MINUTE:
        return "M";
      case WEEK:
        return "W";
      case DAY:
        return "D";
      case HOUR:
        return "H";
      default:
        return "S";
    }
  };
  auto is_time = [](Grain g) {
    return g == HOUR || g == MINUTE || g == SECOND;
  };
  std::string out = "P";
  if (is_time(stated_unit)) out += "T";
  absl::StrAppend(&out, static_cast<long long>(whole), letter(stated_unit));
  if (is_time(rest_unit) && !is_time(stated_unit)) out += "T";
  absl::StrAppend(&out, static_cast<long long>(std::llround(rest)),
                  letter(rest_unit));
  return out;
}

namespace {

// `text` with the possessive "'s" after a time word blanked out ("Friday's
// announcement", "This year's vaccine", "last week's vote"), so the
// grammars read the time word; byte offsets are unchanged.
std::string BlankTimePossessives(absl::string_view text) {
  std::string out(text);
  const Tokens all = Tokenize(text);
  for (size_t i = 0; i < all.size(); ++i) {
    const Token& w = all[i];
    if (!w.IsWord() || !w.apostrophe || w.text.size() < 4 ||
        w.text.compare(w.text.size() - 2, 2, "'s") != 0) {
      continue;
    }
    // "New Year's Day": a name goes on with a capital.
    if (w.capitalized && i + 1 < all.size() && all[i + 1].capitalized) continue;
    const std::string stem = w.text.substr(0, w.text.size() - 2);
    const Tokens st = Tokenize(stem);
    const bool time_word =
        st.size() == 1 && (st[0].weekday >= 0 || st[0].month > 0 ||
                           Words().possessive_time_nouns.Has(st[0]));
    if (!time_word) continue;
    // The apostrophe (1 to 3 bytes) and the "s" end the token.
    int k = w.end - 1;  // the "s"
    out[k] = ' ';
    --k;
    while (k > w.begin &&
           (static_cast<unsigned char>(out[k]) >= 0x80 || out[k] == '\'')) {
      out[k] = ' ';
      if (static_cast<unsigned char>(text[k]) >= 0x80 &&
          (static_cast<unsigned char>(text[k]) & 0xC0) == 0xC0) {
        break;  // the first byte of a multi-byte apostrophe
      }
      if (text[k] == '\'') break;
      --k;
    }
  }
  return out;
}

}  // namespace

std::vector<Timex> FindTimexes(absl::string_view original,
                               absl::CivilSecond dct) {
  const std::string masked = BlankTimePossessives(original);
  const absl::string_view text = masked;
  const Tokens t = Tokenize(text);
  const int n = static_cast<int>(t.size());
  const TimeContext ctx = NewsContext(dct);
  const std::vector<TimeMatch> times = FindTimeMatches(text, t, ctx);
  const std::vector<ValueMatch> durs = FindDurations(text, t);
  std::vector<TimexCandidate> cands;

  // Recurrences: "every morning", "each Thursday", "annually".
  for (int i = 0; i < n; ++i) {
    TimexCandidate c;
    c.priority = 3;
    Timex& x = c.timex;
    TimeValue* tv = x.value_proto.mutable_time();
    int e = 0;
    // "a quarterly dividend", "the daily newspaper": before a noun the
    // adjective classifies the noun and states no recurring time.
    const bool before_noun = i + 1 < n && t[i + 1].IsWord() &&
                             !t[i + 1].capitalized &&
                             !Words().not_noun_after_recurrence.Has(t[i + 1]);
    for (const TimeWords::Phrase& a : Words().recurrence_adverbs) {
      if (a.MatchAt(t, i) == 1 && !before_noun) {
        e = i + 1;
        tv->set_recurrence(a.value);
        x.value = a.value;
      }
    }
    if (e == 0 && (t[i].Is("every") || t[i].Is("each")) && i + 1 < n) {
      const Token& u = t[i + 1];
      for (const TimeWords::Phrase& un : Words().recurrence_units) {
        if (un.MatchAt(t, i + 1) == 1) {
          e = i + 2;
          tv->set_recurrence(un.value);
          x.value = un.value;
          if (const char* p = PartOfDayCode(u)) {
            tv->set_recurrence_part(absl::StrCat("T", p));
            x.value = absl::StrCat("XXXX-XX-XXT", p);
          }
        }
      }
      if (u.weekday >= 0) {
        e = i + 2;
        tv->set_recurrence("P1W");
        tv->set_recurrence_part(absl::StrCat("WXX-", u.weekday + 1));
        x.value = absl::StrCat("XXXX-WXX-", u.weekday + 1);
      } else if (u.month > 0 && u.capitalized) {
        e = i + 2;
        tv->set_recurrence("P1Y");
        tv->set_recurrence_part(absl::StrFormat("%02d", u.month));
        x.value = absl::StrFormat("XXXX-%02d", u.month);
      } else if (SeasonCode(u) != nullptr) {
        e = i + 2;
        tv->set_recurrence("P1Y");
        tv->set_recurrence_part(SeasonCode(u));
        x.value = absl::StrCat("XXXX-", SeasonCode(u));
      }
    }
    if (e == 0) continue;
    x.type = "SET";
    x.begin = t[i].begin;
    x.end = t[e - 1].end;
    cands.push_back(std::move(c));
  }

  // Times.
  {
    int ti = 0;
    for (const TimeMatch& m : times) {
      while (ti < n && t[ti].begin < m.match.begin) ++ti;
      int te = ti;
      while (te < n && t[te].end <= m.match.end) ++te;
      if (te == ti) continue;
      // A clock reading with seconds after "in", "of" or "time" is an
      // elapsed time: "won in 3:07:35", "a time of 2:05:11".
      {
        int k = ti;
        if (k < te && t[k].Is("in")) ++k;
        const bool elapsed_context =
            k > 0 && Words().elapsed_time_cues.Has(t[k - 1]);
        if (elapsed_context && te - k == 5 && t[k].IsDigits() &&
            t[k + 1].Is(":") && t[k + 2].IsDigits() && t[k + 3].Is(":") &&
            t[k + 4].IsDigits()) {
          const int h = std::atoi(t[k].text.c_str());
          const int mi = std::atoi(t[k + 2].text.c_str());
          const int se = std::atoi(t[k + 4].text.c_str());
          TimexCandidate c;
          c.priority = 2;
          c.timex.begin = t[k].begin;
          c.timex.end = t[k + 4].end;
          c.timex.type = "DURATION";
          c.timex.value = absl::StrFormat("PT%dH%dM%dS", h, mi, se);
          Duration* d = c.timex.value_proto.mutable_duration();
          d->set_seconds(3600.0 * h + 60.0 * mi + se);
          d->set_grain(SECOND);
          cands.push_back(std::move(c));
          continue;
        }
      }
      if (IsQuotedTitle(t, ti, te)) continue;
      TimeMatch left, right;
      int left_end = 0, right_begin = 0;
      if (m.interval && SplitRange(text, t, ti, te, ctx, &left, &left_end,
                                   &right, &right_begin)) {
        int lb = ti;
        while (lb < left_end && t[lb].begin < left.match.begin) ++lb;
        cands.push_back(FromTime(text, t, lb, left_end, left, durs, ctx));
        cands.push_back(FromTime(text, t, right_begin, te, right, durs, ctx));
        continue;
      }
      cands.push_back(FromTime(text, t, ti, te, m, durs, ctx));
    }
  }

  // Durations: "three days", "a 10-year sentence".
  for (const ValueMatch& d : durs) {
    TimexCandidate c;
    c.priority = 1;
    int i, e;
    TokenRange(t, d.begin, d.end, &i, &e);
    if (e == i) continue;
    // 2' and 1" are minutes and seconds in Duckling's corpus; in news they
    // close quotes.
    if (t[e - 1].Is("\"") || t[e - 1].Is("'")) continue;
    while (i + 1 < e && IsLeadingPreposition(t[i])) ++i;
    // "more than two years", "at least a decade": TimeML takes the bound
    // into the span and its mod (MORE_THAN, EQUAL_OR_MORE, ...).
    for (const TimeWords::Phrase& b : Words().duration_bounds) {
      const int len = static_cast<int>(b.words.size());
      if (b.MatchAt(t, i) == len && i + len < e) {
        c.timex.mod = b.value;  // the duration's own hedge: "about a decade"
        break;
      }
      if (i >= len && b.MatchAt(t, i - len) == len) {
        i -= len;
        c.timex.mod = b.value;
        break;
      }
    }
    c.timex.begin = t[i].begin;
    c.timex.end = t[e - 1].end;
    c.timex.type = "DURATION";
    c.timex.value = TimexValueOf(d.value.duration(), StatedUnit(t, i, e));
    if (IsVagueAmount(t, i, e)) c.timex.value = VagueValue(c.timex.value);
    c.timex.value_proto = d.value;
    cands.push_back(std::move(c));
  }

  for (int i = 0; i < n; ++i) {
    TimexCandidate c;
    c.priority = 1;
    Timex& x = c.timex;
    // Bare years: "a 2010 commando raid", "fiscal 1989".
    if (IsBareYear(t, i)) {
      const int b = i > 0 && t[i - 1].Is("fiscal") ? i - 1 : i;
      x.begin = t[b].begin;
      x.end = t[i].end;
      x.type = "DATE";
      x.value = t[i].text;
      TimeValue* v = x.value_proto.mutable_time();
      const int y = std::atoi(t[i].text.c_str());
      v->set_begin(FormatCivil(absl::CivilSecond(y, 1, 1, 0, 0, 0)));
      v->set_end(FormatCivil(absl::CivilSecond(y + 1, 1, 1, 0, 0, 0)));
      v->set_grain(YEAR);
      cands.push_back(std::move(c));
      continue;
    }
    // Quarters as modifiers: "third-quarter profit" is the last third
    // quarter begun by the creation time.
    const int q = QuarterOrdinal(t[i]);
    if (q > 0 && i + 2 < n && t[i + 1].Is("-") && t[i + 2].Is("quarter")) {
      // An ordinal glued to "-quarter" is never a day of the month: this
      // reading outranks the time parser's ("in third-quarter profit").
      c.priority = 3;
      int y = static_cast<int>(dct.year());
      if (absl::CivilMonth(y, 3 * (q - 1) + 1) > absl::CivilMonth(dct)) --y;
      x.begin = t[i].begin;
      x.end = t[i + 2].end;
      x.type = "DATE";
      x.value = absl::StrFormat("%04d-Q%d", y, q);
      TimeValue* v = x.value_proto.mutable_time();
      v->set_begin(
          FormatCivil(absl::CivilSecond(y, 3 * (q - 1) + 1, 1, 0, 0, 0)));
      v->set_end(FormatCivil(
          absl::CivilSecond(absl::CivilMonth(y, 3 * (q - 1) + 1) + 3)));
      v->set_grain(QUARTER);
      x.anchored = true;
      cands.push_back(std::move(c));
      continue;
    }
    // Years said in words, as transcripts write them: "nineteen
    // ninety-six", "the year two thousand", "January nineteen
    // ninety-seven", "the winter of nineteen ninety-four".
    {
      int y = 0;
      const int e = SpokenYearAt(t, i, &y);
      int b = i;
      std::string named;  // "January", "winter": a month or season before
      if (e > 0 && i > 0 && t[i - 1].month > 0 && t[i - 1].capitalized) {
        b = i - 1;
        named = t[b].text;
      } else if (e > 0 && i > 2 && t[i - 1].Is("of") &&
                 SeasonCode(t[i - 2]) != nullptr && t[i - 3].Is("the")) {
        b = i - 3;
        named = t[i - 2].text;
      } else if (e > 0 && i > 1 && t[i - 1].Is("year") && t[i - 2].Is("the")) {
        b = i - 2;
      }
      // "two thousand" alone is an amount; after "the year", a month or a
      // season it is a year.
      if (e > 0 && (t[i].number_word != 2 || b < i)) {
        x.begin = t[b].begin;
        x.end = t[e - 1].end;
        x.type = "DATE";
        x.value = absl::StrCat(y);
        TimeValue* v = x.value_proto.mutable_time();
        v->set_begin(FormatCivil(absl::CivilSecond(y, 1, 1, 0, 0, 0)));
        v->set_end(FormatCivil(absl::CivilSecond(y + 1, 1, 1, 0, 0, 0)));
        v->set_grain(YEAR);
        TimeMatch whole;
        const std::string digits = absl::StrCat(b == i - 3 ? "the " : "", named,
                                                b == i - 3 ? " of " : " ", y);
        if (!named.empty() && ParseWhole(digits, ctx, &whole)) {
          *v = whole.match.value.time();
          x.value = TimexValueOf(*v, digits);
        }
        // The scanners read the month or season without its spoken year.
        c.priority = b < i ? 3 : 2;
        cands.push_back(std::move(c));
        continue;
      }
    }
    // Centuries: "the 20th century", "the eleventh century" ("19", "10").
    {
      int k = i;
      if (t[k].Is("the")) ++k;
      int nth = -1, e = -1;
      if (k < n && t[k].ordinal_word > 0) {
        nth = t[k].ordinal_word;
        e = k + 1;
      } else if (k + 1 < n && t[k].IsDigits() && !t[k + 1].space_before &&
                 IsAny(t[k + 1], {"st", "nd", "rd", "th"})) {
        nth = std::atoi(t[k].text.c_str());
        e = k + 2;
      }
      if (nth >= 1 && nth <= 30 && e < n && t[e].Is("century")) {
        x.begin = t[i].begin;
        x.end = t[e].end;
        x.type = "DATE";
        x.value = absl::StrFormat("%02d", nth - 1);
        TimeValue* v = x.value_proto.mutable_time();
        v->set_begin(
            FormatCivil(absl::CivilSecond(100 * (nth - 1), 1, 1, 0, 0, 0)));
        v->set_end(FormatCivil(absl::CivilSecond(100 * nth, 1, 1, 0, 0, 0)));
        v->set_grain(DECADE);
        c.priority = 3;
        cands.push_back(std::move(c));
        continue;
      }
    }
    // "the nineties": the decade of the 1900s a plural tens word names.
    if (t[i].Is("the") && i + 1 < n) {
      const std::string* first_year =
          TimeWords::ValueOf(Words().decade_words, t[i + 1]);
      if (first_year != nullptr) {
        const int y = std::atoi(first_year->c_str());
        x.begin = t[i].begin;
        x.end = t[i + 1].end;
        x.type = "DATE";
        x.value = absl::StrCat(y / 10);
        TimeValue* v = x.value_proto.mutable_time();
        v->set_begin(FormatCivil(absl::CivilSecond(y, 1, 1, 0, 0, 0)));
        v->set_end(FormatCivil(absl::CivilSecond(y + 10, 1, 1, 0, 0, 0)));
        v->set_grain(DECADE);
        cands.push_back(std::move(c));
        continue;
      }
    }
    // "several months", "the past few weeks": lengths of unstated size.
    if (Words().vague_amounts.Has(t[i]) && i + 1 < n &&
        VagueUnit(t[i + 1]) != nullptr) {
      int b = i;
      if (b > 0 && t[b - 1].Is("a")) --b;
      if (b > 1 && t[b - 2].Is("the") &&
          Words().vague_length_frames.Has(t[b - 1]))
        b -= 2;
      x.begin = t[b].begin;
      x.end = t[i + 1].end;
      x.type = "DURATION";
      x.value = VagueUnit(t[i + 1]);
      x.value_proto.mutable_duration()->set_approximate(true);
      c.priority = 2;
      if (i + 2 < n && t[i + 2].Is("ago")) {
        // "several years ago": a vague past, TimeML's PAST_REF.
        x.end = t[i + 2].end;
        x.type = "DATE";
        x.value = "PAST_REF";
        x.value_proto.Clear();
        x.value_proto.mutable_time()->set_reference(TimeValue::PAST);
        x.anchored = true;
      }
      cands.push_back(std::move(c));
      continue;
    }
    // "the quarter", "the latest quarter": in news the quarter last
    // reported, the one before the quarter of writing; "the current
    // quarter" is the quarter of writing.
    if (t[i].Is("the") && i + 1 < n) {
      int k = i + 1;
      bool current = false;
      if (Words().reported_quarter_words.Has(t[k]) ||
          Words().current_quarter_words.Has(t[k])) {
        current = Words().current_quarter_words.Has(t[k]);
        ++k;
      } else if (t[k].Is("most") && k + 1 < n && t[k + 1].Is("recent")) {
        k += 2;
      }
      const bool followed =
          k + 1 < n &&
          (Words().quarter_followers.Has(t[k + 1]) || t[k + 1].IsDigits());
      if (k < n && t[k].Is("quarter") && !followed) {
        absl::CivilMonth q(dct.year(), (dct.month() - 1) / 3 * 3 + 1);
        if (!current && ClauseTense(t, i) != Tense::kFuture) q -= 3;
        x.begin = t[i].begin;
        x.end = t[k].end;
        x.type = "DATE";
        x.value = absl::StrFormat("%04d-Q%d", static_cast<int>(q.year()),
                                  (q.month() - 1) / 3 + 1);
        TimeValue* v = x.value_proto.mutable_time();
        v->set_begin(FormatCivil(absl::CivilSecond(q)));
        v->set_end(FormatCivil(absl::CivilSecond(q + 3)));
        v->set_grain(QUARTER);
        x.anchored = true;
        cands.push_back(std::move(c));
        continue;
      }
    }
    // "for years", "over months": vague lengths.
    if (i + 1 < n && (t[i].Is("for") || t[i].Is("over")) &&
        VagueUnit(t[i + 1]) != nullptr) {
      x.begin = t[i + 1].begin;
      x.end = t[i + 1].end;
      x.type = "DURATION";
      x.value = VagueUnit(t[i + 1]);
      x.value_proto.mutable_duration()->set_approximate(true);
      cands.push_back(std::move(c));
    }
  }

  // Vague references: "recently", "now", "the future".
  for (int i = 0; i < n; ++i) {
    for (const TimeWords::Phrase& r : Words().vague_references) {
      const int k = r.MatchAt(t, i);
      if (k == 0) continue;
      if (t[i].Is("the") && t[i + 1].Is("time") && !PrecedesPastTime(t, i))
        continue;
      // "current" names the present only as an adjective before its noun
      // ("current market conditions"), not the noun ("a strong current").
      if (Words().prenominal_references.Has(t[i]) &&
          !(i + 1 < n && t[i + 1].IsWord() && !t[i + 1].capitalized)) {
        continue;
      }
      TimexCandidate c;
      c.priority = 0;
      c.timex.begin = t[i].begin;
      c.timex.end = t[i + k - 1].end;
      c.timex.type = "DATE";
      TimeValue::Reference ref = ReferenceOf(r);
      // "the then current chairman": the present of a past time.
      if (ref == TimeValue::PRESENT && i > 0 && t[i - 1].Is("then")) {
        ref = TimeValue::PAST;
        c.timex.begin = t[i - 1].begin;
      }
      c.timex.value = TimexValueOf(
          [&] {
            TimeValue v;
            v.set_reference(ref);
            return v;
          }(),
          "");
      c.timex.value_proto.mutable_time()->set_reference(ref);
      c.timex.anchored = true;
      cands.push_back(std::move(c));
    }
  }

  // Higher priority first, then longer; keep those that overlap nothing
  // kept before.
  std::stable_sort(cands.begin(), cands.end(),
                   [](const TimexCandidate& a, const TimexCandidate& b) {
                     if (a.priority != b.priority)
                       return a.priority > b.priority;
                     return a.timex.end - a.timex.begin >
                            b.timex.end - b.timex.begin;
                   });
  std::vector<Timex> out;
  std::vector<bool> taken(text.size(), false);
  for (TimexCandidate& c : cands) {
    if (c.timex.value.empty()) continue;
    bool overlaps = false;
    for (int k = c.timex.begin; k < c.timex.end && !overlaps; ++k) {
      overlaps = taken[k];
    }
    if (overlaps) continue;
    for (int k = c.timex.begin; k < c.timex.end; ++k) taken[k] = true;
    out.push_back(std::move(c.timex));
  }
  std::sort(out.begin(), out.end(),
            [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  AddDefinitePeriods(t, dct, &out);
  ApplyReportingPeriod(text, t, dct, &out);
  ApplyNarrativeAnchors(t, &out);
  for (Timex& x : out) {
    x.value_proto.set_surface(
        std::string(original.substr(x.begin, x.end - x.begin)));
  }
  return out;
}

}  // namespace accord

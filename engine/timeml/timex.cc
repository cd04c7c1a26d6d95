#include "engine/timeml/timex.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/time.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

bool IsAny(const Token& t, std::initializer_list<absl::string_view> words) {
  for (absl::string_view w : words) {
    if (t.Is(w)) return true;
  }
  return false;
}

// Prepositions TimeML leaves outside a TIMEX3: "on Friday" is marked
// "Friday", "since 1990" "1990", "for three days" "three days".
bool IsLeadingPreposition(const Token& t) {
  return IsAny(t, {"in", "on", "at", "since", "after", "before", "until",
                   "till", "by", "from", "during", "through", "throughout",
                   "for", "within", "of", "over", "as"});
}

// Words that place a time within a period: TimeML marks the period with a
// mod. "early March" is March START, "the end of the year" the year END.
struct BoundaryWord {
  const char* words[4];
  const char* mod;
};
constexpr BoundaryWord kBoundaries[] = {
    {{"early"}, "START"},
    {{"the", "beginning", "of"}, "START"},
    {{"the", "start", "of"}, "START"},
    {{"beginning", "of"}, "START"},
    {{"mid"}, "MID"},
    {{"the", "middle", "of"}, "MID"},
    {{"late"}, "END"},
    {{"the", "end", "of"}, "END"},
    {{"end", "of"}, "END"},
};

// Number of tokens of `b` at tokens[i..] (0 when they do not all match).
int MatchWords(const Tokens& t, int i, const char* const* words) {
  int n = 0;
  for (; n < 4 && words[n] != nullptr; ++n) {
    if (i + n >= static_cast<int>(t.size()) || !t[i + n].Is(words[n])) return 0;
  }
  return n;
}

// Vague references TimeML gives PAST_REF, PRESENT_REF or FUTURE_REF: whole
// token sequences, matched case-insensitively.
struct VagueRef {
  const char* words[4];
  TimeValue::Reference ref;
};
constexpr VagueRef kVagueRefs[] = {
    {{"the", "past"}, TimeValue::PAST},
    {{"recently"}, TimeValue::PAST},
    {{"previously"}, TimeValue::PAST},
    {{"formerly"}, TimeValue::PAST},
    {{"the", "time"}, TimeValue::PAST},
    {{"now"}, TimeValue::PRESENT},
    {{"right", "now"}, TimeValue::PRESENT},
    {{"currently"}, TimeValue::PRESENT},
    {{"current"}, TimeValue::PRESENT},
    {{"nowadays"}, TimeValue::PRESENT},
    {{"these", "days"}, TimeValue::PRESENT},
    {{"the", "present"}, TimeValue::PRESENT},
    {{"present", "day"}, TimeValue::PRESENT},
    {{"the", "future"}, TimeValue::FUTURE},
    {{"the", "near", "future"}, TimeValue::FUTURE},
    {{"soon"}, TimeValue::FUTURE},
};

// Words before "the time" that make it a point in the past ("at the time",
// "by the time"); elsewhere "the time" is mostly not a time expression.
bool PrecedesPastTime(const Tokens& t, int i) {
  return i > 0 && (t[i - 1].Is("at") || t[i - 1].Is("by"));
}

// Recurrence adverbs: "daily" P1D.
struct Adverb {
  const char* word;
  const char* period;
};
constexpr Adverb kRecurrenceAdverbs[] = {
    {"hourly", "PT1H"},    {"daily", "P1D"},   {"nightly", "P1D"},
    {"weekly", "P1W"},     {"monthly", "P1M"}, {"quarterly", "P1Q"},
    {"annually", "P1Y"},   {"yearly", "P1Y"},  {"biweekly", "P2W"},
    {"biannually", "P6M"},
};

// Units after "every"/"each": "every day" P1D.
struct Unit {
  const char* word;
  const char* period;
};
constexpr Unit kRecurrenceUnits[] = {
    {"hour", "PT1H"},   {"day", "P1D"},     {"night", "P1D"},
    {"week", "P1W"},    {"weekend", "P1W"}, {"month", "P1M"},
    {"quarter", "P1Q"}, {"season", "P1Y"},  {"year", "P1Y"},
    {"decade", "P10Y"}, {"morning", "P1D"}, {"afternoon", "P1D"},
    {"evening", "P1D"},
};

const char* PartOfDayCode(const Token& t) {
  if (t.Is("morning") || t.Is("mornings")) return "MO";
  if (t.Is("afternoon") || t.Is("afternoons")) return "AF";
  if (t.Is("evening") || t.Is("evenings")) return "EV";
  if (t.Is("night") || t.Is("nights") || t.Is("tonight")) return "NI";
  return nullptr;
}

const char* SeasonCode(const Token& t) {
  if (t.Is("spring")) return "SP";
  if (t.Is("summer")) return "SU";
  if (t.Is("autumn") || t.Is("fall")) return "FA";
  if (t.Is("winter")) return "WI";
  return nullptr;
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
    if (!IsAny(t[k], {"the",       "past",     "last",  "next",   "coming",
                      "following", "previous", "first", "later",  "earlier",
                      "recent",    "another",  "more",  "nearly", "almost",
                      "about",     "some",     "over",  "full",   "entire",
                      "whole"})) {
      return false;
    }
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

// Converts a time match over tokens [i, e) to a TIMEX3 candidate.
TimexCandidate FromTime(absl::string_view text, const Tokens& t, int i, int e,
                        const TimeMatch& m, const std::vector<ValueMatch>& durs,
                        const TimeContext& ctx) {
  TimexCandidate c;
  c.priority = 2;
  Timex& x = c.timex;
  TimeMatch inner = m;
  // A leading preposition stays outside; what follows it is re-read on its
  // own, so "since 2014" has the value of "2014" rather than an open
  // interval and "by Friday" that of "Friday".
  while (i + 1 < e && IsLeadingPreposition(t[i])) ++i;
  for (const BoundaryWord& b : kBoundaries) {
    const int n = MatchWords(t, i, b.words);
    if (n > 0 && i + n < e) {
      x.mod = b.mod;
      const absl::string_view rest =
          text.substr(t[i + n].begin, t[e - 1].end - t[i + n].begin);
      if (!ParseWhole(rest, ctx, &inner)) x.mod.clear();
      break;
    }
  }
  if (inner.match.begin == m.match.begin && t[i].begin != m.match.begin &&
      x.mod.empty()) {
    const absl::string_view rest =
        text.substr(t[i].begin, t[e - 1].end - t[i].begin);
    ParseWhole(rest, ctx, &inner);
  }
  x.begin = t[i].begin;
  x.end = t[e - 1].end;
  const absl::string_view surface = text.substr(x.begin, x.end - x.begin);
  // A duration framed by "the past", "the next", "earlier", ... is a
  // DURATION; "three weeks ago" and "in two days" remain dates.
  for (const ValueMatch& d : durs) {
    if (d.begin < x.begin || d.end > x.end) continue;
    int df, dl;
    TokenRange(t, d.begin, d.end, &df, &dl);
    if (IsFramedDuration(t, i, e, df, dl)) {
      x.type = "DURATION";
      x.value = TimexValueOf(d.value.duration());
      x.value_proto = d.value;
      x.mod.clear();
      return c;
    }
  }
  const TimeValue& v = inner.match.value.time();
  x.value_proto = inner.match.value;
  x.value = TimexValueOf(v, surface);
  const Grain g = v.grain();
  const bool clock = g == HOUR || g == MINUTE || g == SECOND;
  x.type = clock || x.value.find('T') != std::string::npos ? "TIME" : "DATE";
  bool digits = false;
  for (int k = i; k < e; ++k) digits = digits || t[k].IsDigits();
  if (g == SECOND && !digits && v.begin() == FormatCivil(ctx.reference)) {
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
    case DECADE:
      return Period(s / GrainSeconds(DECADE), "DE", false);
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

std::vector<Timex> FindTimexes(absl::string_view text, absl::CivilSecond dct) {
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
    for (const Adverb& a : kRecurrenceAdverbs) {
      if (t[i].Is(a.word)) {
        e = i + 1;
        tv->set_recurrence(a.period);
        x.value = a.period;
      }
    }
    if (e == 0 && (t[i].Is("every") || t[i].Is("each")) && i + 1 < n) {
      const Token& u = t[i + 1];
      for (const Unit& un : kRecurrenceUnits) {
        if (u.Is(un.word)) {
          e = i + 2;
          tv->set_recurrence(un.period);
          x.value = un.period;
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
    while (i + 1 < e && IsLeadingPreposition(t[i])) ++i;
    c.timex.begin = t[i].begin;
    c.timex.end = t[e - 1].end;
    c.timex.type = "DURATION";
    c.timex.value = TimexValueOf(d.value.duration());
    c.timex.value_proto = d.value;
    cands.push_back(std::move(c));
  }

  // Vague references: "recently", "now", "the future".
  for (int i = 0; i < n; ++i) {
    for (const VagueRef& r : kVagueRefs) {
      const int k = MatchWords(t, i, r.words);
      if (k == 0) continue;
      if (t[i].Is("the") && t[i + 1].Is("time") && !PrecedesPastTime(t, i))
        continue;
      TimexCandidate c;
      c.priority = 0;
      c.timex.begin = t[i].begin;
      c.timex.end = t[i + k - 1].end;
      c.timex.type = "DATE";
      c.timex.value = TimexValueOf(
          [&] {
            TimeValue v;
            v.set_reference(r.ref);
            return v;
          }(),
          "");
      c.timex.value_proto.mutable_time()->set_reference(r.ref);
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
  for (Timex& x : out) {
    x.value_proto.set_surface(
        std::string(text.substr(x.begin, x.end - x.begin)));
  }
  return out;
}

}  // namespace accord

#include "engine/normalize/duration.h"

#include <cmath>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "engine/normalize/number.h"

namespace accord {
namespace {

using Tokens = std::vector<Token>;

int Size(const Tokens& t) { return static_cast<int>(t.size()); }

const absl::flat_hash_map<absl::string_view, Grain>& UnitWords() {
  static const auto* m = new absl::flat_hash_map<absl::string_view, Grain>{
      {"second", SECOND}, {"seconds", SECOND},  {"sec", SECOND},
      {"secs", SECOND},   {"minute", MINUTE},   {"minutes", MINUTE},
      {"min", MINUTE},    {"mins", MINUTE},     {"hour", HOUR},
      {"hours", HOUR},    {"hr", HOUR},         {"hrs", HOUR},
      {"day", DAY},       {"days", DAY},        {"week", WEEK},
      {"weeks", WEEK},    {"wk", WEEK},         {"wks", WEEK},
      {"month", MONTH},   {"months", MONTH},    {"mo", MONTH},
      {"mos", MONTH},     {"quarter", QUARTER}, {"quarters", QUARTER},
      {"qtr", QUARTER},   {"qtrs", QUARTER},    {"year", YEAR},
      {"years", YEAR},    {"yr", YEAR},         {"yrs", YEAR},
      {"decade", DECADE}, {"decades", DECADE},
  };
  return *m;
}

bool IsDigitNumber(const Tokens& t, const NumberParse& p) {
  return !p.spelled && !p.article && p.end > p.begin &&
         (t[p.end - 1].IsDigits() || t[p.end - 1].Is(".") ||
          t[p.end - 1].IsDigits());
}

// Unit at token j after a number ending at token j-1; handles the quote marks
// 2' and 1". Sets *end.
Grain UnitAt(const Tokens& t, int j, bool after_digits, int* end) {
  const int n = Size(t);
  if (j >= n) return GRAIN_UNSPECIFIED;
  if (after_digits && Adjacent(t, j)) {
    if (t[j].Is("'")) {
      *end = j + 1;
      return MINUTE;
    }
    if (t[j].Is("\"")) {
      *end = j + 1;
      return SECOND;
    }
  }
  if (!t[j].IsWord()) return GRAIN_UNSPECIFIED;
  const Grain g = DurationUnitGrain(t[j].text, after_digits);
  if (g != GRAIN_UNSPECIFIED) {
    *end = j + 1;
    // "hrs." / "mins." abbreviations keep their period outside the match.
  }
  return g;
}

// "and a half", "and half", "and an half" at j. Returns tokens consumed.
int AndAHalf(const Tokens& t, int j) {
  const int n = Size(t);
  if (j >= n || !t[j].Is("and")) return 0;
  int k = j + 1;
  if (k < n && (t[k].Is("a") || t[k].Is("an"))) ++k;
  if (k < n && t[k].Is("half")) return k + 1 - j;
  return 0;
}

// "and a quarter", "and two quarters", "and three quarter of" at j: fraction
// in quarters and tokens consumed (excluding "of").
int AndQuarters(const Tokens& t, int j, double* frac) {
  const int n = Size(t);
  if (j >= n || !t[j].Is("and")) return 0;
  int k = j + 1;
  double q = 1;
  if (k < n && (t[k].Is("a") || t[k].Is("an"))) {
    ++k;
  } else if (k < n) {
    const int v = t[k].number_word;  // NumberWordValue, looked up by Tokenize
    if (v >= 1 && v <= 3) {
      q = v;
      ++k;
    } else if (t[k].IsDigits() &&
               (t[k].Is("1") || t[k].Is("2") || t[k].Is("3"))) {
      q = t[k].text[0] - '0';
      ++k;
    }
  }
  if (k < n && (t[k].Is("quarter") || t[k].Is("quarters"))) {
    *frac = q / 4;
    return k + 1 - j;
  }
  return 0;
}

// A single-unit duration at i (no compounds). Returns false if none.
bool ParseSimple(const Tokens& t, int i, DurationParse* out) {
  const int n = Size(t);
  if (i >= n) return false;
  // Every form below starts with "half", "a"/"an", a number word (the
  // quarter forms) or where ParseNumberAt succeeds (MayBeginDuration): the
  // rest of the words of running text fail here without trying the forms.
  if (!MayBeginDuration(t[i])) return false;
  int j = i;
  double count = 0;
  bool article = false;
  // "half an hour", "half a day", "half hour".
  if (t[j].Is("half")) {
    int k = j + 1;
    if (k < n && (t[k].Is("a") || t[k].Is("an"))) ++k;
    int end = 0;
    const Grain g = UnitAt(t, k, false, &end);
    if (g == GRAIN_UNSPECIFIED || g == SECOND) return false;
    out->begin = i;
    out->end = end;
    out->seconds = 0.5 * GrainSeconds(g);
    out->grain = g;
    return true;
  }
  // "a quarter of an hour", "three-quarters of an hour".
  {
    int k = j;
    double q = 0;
    if (t[k].Is("a") || t[k].Is("an")) {
      ++k;
      q = 1;
    } else {
      const int v = t[k].number_word;  // NumberWordValue
      if (v >= 1 && v <= 3) {
        q = v;
        ++k;
        if (k < n && t[k].Is("-")) ++k;
      }
    }
    if (q > 0 && k < n && (t[k].Is("quarter") || t[k].Is("quarters"))) {
      int m = k + 1;
      if (m < n && t[m].Is("of")) ++m;
      if (m < n && (t[m].Is("a") || t[m].Is("an"))) ++m;
      int end = 0;
      const Grain g = UnitAt(t, m, false, &end);
      if (g == HOUR && m > k + 1) {
        out->begin = i;
        out->end = end;
        out->seconds = q / 4 * GrainSeconds(g);
        out->grain = g;
        return true;
      }
    }
  }
  NumberOptions o;
  o.allow_hedge = false;
  o.allow_negative = false;
  o.allow_suffix_scale = false;
  o.allow_article = true;
  o.allow_scale_words = true;
  NumberParse p;
  if (!ParseNumberAt(t, j, o, &p)) {
    // "a fortnight"
    return false;
  }
  if (p.value < 0) return false;
  count = p.value;
  article = p.article;
  j = p.end;
  const bool after_digits = IsDigitNumber(t, p);
  // "5 and a half minutes", "one and three quarters of hour".
  double frac = 0;
  int h = AndAHalf(t, j);
  if (h > 0) {
    frac = 0.5;
    j += h;
  } else if ((h = AndQuarters(t, j, &frac)) > 0) {
    j += h;
    if (j < n && t[j].Is("of")) ++j;
  }
  // "2 more minutes", "two additional minutes".
  if (j < n && (t[j].Is("more") || t[j].Is("additional") || t[j].Is("extra") ||
                t[j].Is("less") || t[j].Is("fewer")))
    ++j;
  // "72-hour", "three-day".
  if (j + 1 < n && t[j].Is("-") && Adjacent(t, j) && Adjacent(t, j + 1)) ++j;
  int end = 0;
  Grain g = UnitAt(t, j, after_digits && frac == 0, &end);
  if (g == GRAIN_UNSPECIFIED) {
    if (j < n && (t[j].Is("fortnight") || t[j].Is("fortnights"))) {
      out->begin = i;
      out->end = j + 1;
      out->seconds = (count + frac) * 14 * GrainSeconds(DAY);
      out->grain = DAY;
      out->article = article;
      return true;
    }
    return false;
  }
  // "the 1980s", "his 30s": decades and ages, not seconds.
  if (t[end - 1].Is("s") && Adjacent(t, end - 1) && count >= 10 &&
      static_cast<long long>(count) % 10 == 0)
    return false;
  // "a 45-year-old man": an age.
  if ((end < n && t[end].Is("old")) ||
      (end + 1 < n && t[end].Is("-") && t[end + 1].Is("old")))
    return false;
  // "a second round": the ordinal.
  if (article && g == SECOND && t[end - 1].Is("second") && end < n &&
      t[end].IsWord() && !t[end].Is("ago") && !t[end].Is("later") &&
      !t[end].Is("earlier") && !t[end].Is("and") && !t[end].Is("or") &&
      !t[end].Is("from") && !t[end].Is("before") && !t[end].Is("after") &&
      !t[end].Is("of") && !t[end].Is("in"))
    return false;
  count += frac;
  // "an hour and a half", "one month and half".
  if (frac == 0 && (h = AndAHalf(t, end)) > 0) {
    count += 0.5;
    end += h;
  }
  out->begin = i;
  out->end = end;
  out->seconds = count * GrainSeconds(g);
  out->grain = g;
  out->article = article;
  return true;
}

// Rounds `seconds` to the finest grain needed to state it in whole units.
Grain WholeGrain(double seconds, Grain g) {
  for (int k = 0; k < 8; ++k) {
    const double units = seconds / GrainSeconds(g);
    if (std::fabs(units - std::round(units)) < 1e-6 || g == SECOND) return g;
    g = FinerGrain(g);
  }
  return g;
}

}  // namespace

double GrainSeconds(Grain grain) {
  switch (grain) {
    case SECOND:
      return 1;
    case MINUTE:
      return 60;
    case HOUR:
      return 3600;
    case DAY:
      return 86400;
    case WEEK:
      return 7 * 86400.0;
    case MONTH:
      return 30 * 86400.0;
    case QUARTER:
      return 90 * 86400.0;
    case YEAR:
      return 365 * 86400.0;
    case DECADE:
      return 3650 * 86400.0;
    default:
      return 1;
  }
}

Grain FinerGrain(Grain grain) {
  switch (grain) {
    case DECADE:
      return YEAR;
    case YEAR:
      return MONTH;
    case QUARTER:
      return MONTH;
    case MONTH:
      return DAY;
    case WEEK:
      return DAY;
    case DAY:
      return HOUR;
    case HOUR:
      return MINUTE;
    default:
      return SECOND;
  }
}

Grain DurationUnitGrain(absl::string_view word, bool after_digits) {
  auto it = UnitWords().find(word);
  if (it != UnitWords().end()) return it->second;
  if (after_digits && word.size() == 1) {
    switch (word[0]) {
      case 's':
        return SECOND;
      case 'm':
        return MINUTE;
      case 'h':
        return HOUR;
      case 'd':
        return DAY;
      case 'w':
        return WEEK;
      case 'y':
        return YEAR;
      default:
        break;
    }
  }
  return GRAIN_UNSPECIFIED;
}

bool ArticleMayStartDuration(const Tokens& t, int i) {
  const int n = Size(t);
  if (i < 0 || i >= n || !(t[i].Is("a") || t[i].Is("an"))) return true;
  // ParseDurationAt at an article: articles are no hedges, so ParseSimple
  // runs at i. Its "half" form needs "half" at i; its quarter form needs
  // "quarter(s)" next; otherwise ParseNumberAt (allow_article) either
  // takes a longer number (ArticleMayStartNumber) or ends after the article
  // or a restated "(1)", and then the token after the article must be
  // "and" (AndAHalf, AndQuarters), more/additional/extra/less/fewer, "-",
  // a unit word (UnitAt, not after digits: DurationUnitGrain's words) or
  // fortnight(s).
  if (ArticleMayStartNumber(t, i)) return true;
  if (i + 1 >= n) return false;
  const Token& next = t[i + 1];
  if (next.Is("quarter") || next.Is("quarters") || next.Is("and") ||
      next.Is("more") || next.Is("additional") || next.Is("extra") ||
      next.Is("less") || next.Is("fewer") || next.Is("-") || next.Is("(") ||
      next.Is("fortnight") || next.Is("fortnights"))
    return true;
  return next.IsWord() &&
         DurationUnitGrain(next.text, false) != GRAIN_UNSPECIFIED;
}

bool ParseDurationAt(const Tokens& t, int i, bool allow_hedge,
                     DurationParse* out) {
  const int n = Size(t);
  if (i >= n) return false;
  if (!MayBeginDuration(t[i])) return false;
  if ((t[i].Is("a") || t[i].Is("an")) && !ArticleMayStartDuration(t, i))
    return false;
  int j = i;
  bool approximate = false;
  if (allow_hedge) {
    if (t[j].Is("about") || t[j].Is("around") || t[j].Is("approximately") ||
        t[j].Is("roughly") || t[j].Is("nearly") || t[j].Is("almost") ||
        t[j].Is("some") || t[j].Is("~")) {
      approximate = true;
      ++j;
    }
  }
  DurationParse first;
  if (!ParseSimple(t, j, &first)) return false;
  double seconds = first.seconds;
  Grain finest = first.grain;
  Grain last = first.grain;
  int end = first.end;
  // Compounds with strictly decreasing units: "2 years, 3 months and 4 days",
  // "1 hour thirty", "2 hours and 10".
  for (;;) {
    int k = end;
    if (k < n && t[k].Is(",")) ++k;
    if (k < n && t[k].Is("and")) ++k;
    DurationParse next;
    if (k < n && ParseSimple(t, k, &next) && !next.article &&
        GrainSeconds(next.grain) < GrainSeconds(last)) {
      // Like Duckling, the sum counts whole units of the finer grain:
      // "2 years and 3 months" is 27 months.
      if (GrainSeconds(next.grain) < GrainSeconds(finest)) {
        const double unit = GrainSeconds(next.grain);
        seconds = std::floor(seconds / unit + 1e-9) * unit;
        finest = next.grain;
      }
      seconds += next.seconds;
      last = next.grain;
      end = next.end;
      continue;
    }
    // A bare number after hours means minutes: "1 hour fifteen".
    if (last == HOUR && k < n) {
      NumberOptions o;
      o.allow_hedge = false;
      o.allow_negative = false;
      o.allow_suffix_scale = false;
      o.allow_fraction = false;
      o.allow_vague = false;
      o.allow_scale_words = false;
      NumberParse p;
      if (ParseNumberAt(t, k, o, &p) && p.value >= 1 && p.value < 60 &&
          !p.decimal &&
          (p.end >= n ||
           DurationUnitGrain(t[p.end].text, true) == GRAIN_UNSPECIFIED)) {
        seconds += p.value * 60;
        finest = MINUTE;
        end = p.end;
      }
    }
    break;
  }
  out->begin = i;
  out->end = end;
  out->seconds = seconds;
  out->grain = WholeGrain(seconds, finest);
  out->approximate = approximate;
  out->article = first.article && end == first.end;
  return true;
}

std::vector<ValueMatch> FindDurations(absl::string_view text) {
  return FindDurations(text, Tokenize(text));
}

std::vector<ValueMatch> FindDurations(absl::string_view text, const Tokens& t) {
  std::vector<ValueMatch> out;
  const int n = Size(t);
  for (int i = 0; i < n;) {
    // ParseDurationAt's first test, inline: most tokens start no duration,
    // and a call per token cost more than the test.
    if (!MayBeginDuration(t[i])) {
      ++i;
      continue;
    }
    DurationParse d;
    if (!ParseDurationAt(t, i, true, &d)) {
      ++i;
      continue;
    }
    ValueMatch m;
    m.begin = t[d.begin].begin;
    m.end = t[d.end - 1].end;
    Duration* v = m.value.mutable_duration();
    v->set_seconds(d.seconds);
    v->set_grain(d.grain);
    v->set_approximate(d.approximate);
    m.value.set_surface(std::string(text.substr(m.begin, m.end - m.begin)));
    out.push_back(std::move(m));
    i = d.end;
  }
  return out;
}

}  // namespace accord

// The time normalizer's entry points (time.h): the scan over a text's
// tokens that asks the parser (time_parser.h) for the longest time at each
// token, and the ISO civil-time format of its values.

#include "engine/normalize/time.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>

#include "absl/strings/str_format.h"
#include "engine/normalize/iso_civil.h"
#include "engine/normalize/time_parser.h"
#include "engine/normalize/tokenizer.h"

namespace accord {

using absl::CivilSecond;
using time_internal::Parser;
using time_internal::Resolved;
using time_internal::Size;
using time_internal::Tokens;

namespace time_internal {
int PieceStartCheckViolations(const std::vector<Token>& tokens) {
  TimeContext ctx;
  ctx.reference = CivilSecond(2025, 5, 5, 9, 0, 0);
  const Parser p(tokens, ctx);
  int violations = 0;
  for (int i = 0; i < Size(tokens); ++i) {
    if (!p.PieceChecksHoldForTesting(i)) ++violations;
  }
  return violations;
}
}  // namespace time_internal

std::string FormatCivil(CivilSecond t) {
  // Years 0-9999 (all that news text yields) are written by hand: StrFormat
  // was 2 % of extraction, called for both ends of every time found.
  if (t.year() >= 0 && t.year() <= 9999) {
    std::string out(19, '\0');
    char* p = out.data();
    auto put2 = [&p](int v) {
      *p++ = static_cast<char>('0' + v / 10);
      *p++ = static_cast<char>('0' + v % 10);
    };
    const int year = static_cast<int>(t.year());
    put2(year / 100);
    put2(year % 100);
    *p++ = '-';
    put2(t.month());
    *p++ = '-';
    put2(t.day());
    *p++ = 'T';
    put2(t.hour());
    *p++ = ':';
    put2(t.minute());
    *p++ = ':';
    put2(t.second());
    return out;
  }
  if (t.year() < 0) {
    return absl::StrFormat("-%04d-%02d-%02dT%02d:%02d:%02d",
                           static_cast<int>(-t.year()), t.month(), t.day(),
                           t.hour(), t.minute(), t.second());
  }
  return absl::StrFormat("%04d-%02d-%02dT%02d:%02d:%02d",
                         static_cast<int>(t.year()), t.month(), t.day(),
                         t.hour(), t.minute(), t.second());
}

bool ParseCivil(absl::string_view s, CivilSecond* out) {
  // What FormatCivil writes, without sscanf (see iso_civil.h).
  if (ParseIsoCivilFast(s, out)) return true;
  bool negative = false;
  if (!s.empty() && s[0] == '-') {
    negative = true;
    s.remove_prefix(1);
  }
  int y, mo, d, h, mi, se;
  if (s.size() != 19) return false;
  const std::string str(s);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi,
                  &se) != 6)
    return false;
  *out = CivilSecond(negative ? -y : y, mo, d, h, mi, se);
  return true;
}

namespace {

// True when token `k` is digits followed, after a space, by a proper
// fraction: the whole part of a mixed number ("4 5/8", "101 1/4").
bool WholeOfMixedNumber(const Tokens& t, int k) {
  const int n = Size(t);
  if (k < 0 || k + 3 >= n || !t[k].IsDigits()) return false;
  const Token& num = t[k + 1];
  const Token& slash = t[k + 2];
  const Token& den = t[k + 3];
  if (!num.IsDigits() || !num.space_before || !slash.Is("/") ||
      slash.space_before || !den.IsDigits() || den.space_before ||
      num.text.size() > 2 || den.text.size() > 2) {
    return false;
  }
  return std::atoi(num.text.c_str()) < std::atoi(den.text.c_str());
}

// True when token `k` is the denominator of a fraction glued to its
// numerator ("5/8" in "4 5/8") and that fraction follows a whole number.
bool DenominatorOfMixedNumber(const Tokens& t, int k) {
  return k >= 3 && WholeOfMixedNumber(t, k - 3);
}

}  // namespace

std::vector<TimeMatch> FindTimeMatches(absl::string_view text,
                                       const TimeContext& ctx) {
  return FindTimeMatches(text, Tokenize(text), ctx);
}

std::vector<TimeMatch> FindTimeMatches(absl::string_view text, const Tokens& t,
                                       const TimeContext& ctx) {
  std::vector<TimeMatch> out;
  Parser parser(t, ctx);
  const int n = Size(t);
  for (int i = 0; i < n;) {
    // ParseAt tests CanStart first; most tokens fail it, so neither the
    // call nor a Resolved is spent on them.
    if (!parser.CanStart(i)) {
      ++i;
      continue;
    }
    int end = 0;
    Resolved r;
    if (!parser.ParseAt(i, &end, &r)) {
      ++i;
      continue;
    }
    // A number of a mixed number is an amount, never part of a time:
    // stock prices "surged 4 5/8 to 112 5/8", "priced at 101 1/4".
    if (WholeOfMixedNumber(t, end - 1) || DenominatorOfMixedNumber(t, i)) {
      ++i;
      continue;
    }
    TimeMatch m;
    m.match.begin = t[i].begin;
    m.match.end = t[end - 1].end;
    TimeValue* v = m.match.value.mutable_time();
    if (!r.open_begin) v->set_begin(FormatCivil(r.begin));
    if (!r.open_end) v->set_end(FormatCivil(r.end));
    v->set_grain(r.grain);
    if (r.day_inferred) v->set_day_inferred(true);
    m.match.value.set_surface(
        std::string(text.substr(m.match.begin, m.match.end - m.match.begin)));
    m.interval = r.interval;
    m.holiday = r.holiday;
    out.push_back(std::move(m));
    i = end;
  }
  return out;
}

std::vector<ValueMatch> FindTimes(absl::string_view text,
                                  const TimeContext& ctx) {
  return FindTimes(text, Tokenize(text), ctx);
}

std::vector<ValueMatch> FindTimes(absl::string_view text, const Tokens& t,
                                  const TimeContext& ctx) {
  std::vector<ValueMatch> out;
  for (TimeMatch& m : FindTimeMatches(text, t, ctx))
    out.push_back(std::move(m.match));
  return out;
}

}  // namespace accord

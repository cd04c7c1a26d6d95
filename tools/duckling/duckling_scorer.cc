#include "tools/duckling/duckling_scorer.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/number.h"
#include "engine/normalize/ordinal.h"
#include "engine/normalize/quantity.h"
#include "engine/normalize/time.h"
#include "re2/re2.h"

namespace accord {
namespace duckling {
namespace {

// Index of the match covering all of `text` (ignoring surrounding spaces),
// else of the longest; -1 when there is none.
template <typename T, typename GetMatch>
int Choose(absl::string_view text, const std::vector<T>& ms, GetMatch get) {
  if (ms.empty()) return -1;
  const absl::string_view stripped = absl::StripAsciiWhitespace(text);
  const int first = static_cast<int>(stripped.data() - text.data());
  const int last = first + static_cast<int>(stripped.size());
  int best = 0;
  for (int k = 0; k < static_cast<int>(ms.size()); ++k) {
    const ValueMatch& m = get(ms[k]);
    if (m.begin == first && m.end == last) return k;
    const ValueMatch& b = get(ms[best]);
    if (m.end - m.begin > b.end - b.begin) best = k;
  }
  return best;
}

std::string FormatNumber(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
    return absl::StrCat(static_cast<long long>(std::round(v)));
  return absl::StrFormat("%.10g", v);
}

std::string GrainName(Grain g) {
  switch (g) {
    case SECOND:
      return "Second";
    case MINUTE:
      return "Minute";
    case HOUR:
      return "Hour";
    case DAY:
      return "Day";
    case WEEK:
      return "Week";
    case MONTH:
      return "Month";
    case QUARTER:
      return "Quarter";
    case YEAR:
    case DECADE:
      return "Year";
    default:
      return "";
  }
}

Output FormatDuration(const Duration& d) {
  Output o;
  Grain g = d.grain() == DECADE ? YEAR : d.grain();
  const long long n =
      static_cast<long long>(std::floor(d.seconds() / GrainSeconds(g) + 1e-9));
  const char* unit = "";
  bool time_part = false;
  switch (g) {
    case SECOND:
      unit = "S";
      time_part = true;
      break;
    case MINUTE:
      unit = "M";
      time_part = true;
      break;
    case HOUR:
      unit = "H";
      time_part = true;
      break;
    case DAY:
      unit = "D";
      break;
    case WEEK:
      unit = "W";
      break;
    case MONTH:
      unit = "M";
      break;
    case QUARTER:
      unit = "Q";
      break;
    default:
      unit = "Y";
      break;
  }
  o.normalized = absl::StrCat(time_part ? "PT" : "P", n, unit);
  o.grain_or_unit = GrainName(g);
  return o;
}

// Duckling reports metric masses in grams and names other units as is.
Output FormatQuantity(const QuantityMatch& m) {
  Output o;
  const Quantity& q = m.match.value.quantity();
  double scale = 1;
  std::string unit = q.unit();
  if (unit == "kilogram" || unit == "milligram" || unit == "gram") {
    ConvertUnit(1, unit, "gram", &scale);
    unit = "Gram";
  } else if (unit.empty()) {
    unit = "Unnamed";
  } else {
    unit[0] = absl::ascii_toupper(unit[0]);
  }
  const double lo = q.low() * scale, hi = q.high() * scale;
  if (std::isinf(hi) && !std::isinf(lo)) {
    o.normalized = ">=" + FormatNumber(lo);
  } else if (std::isinf(lo) && !std::isinf(hi)) {
    o.normalized = "<=" + FormatNumber(hi);
  } else if (lo != hi) {
    o.normalized = FormatNumber(lo) + ".." + FormatNumber(hi);
  } else {
    o.normalized = FormatNumber(q.value() * scale);
  }
  o.grain_or_unit = unit;
  o.extra = m.product;
  return o;
}

Output FormatTime(const TimeMatch& m) {
  Output o;
  const TimeValue& t = m.match.value.time();
  if (t.begin().empty()) {
    o.normalized = "../" + t.end();
    o.extra = "before";
  } else if (t.end().empty()) {
    o.normalized = t.begin() + "/..";
    o.extra = "after";
  } else if (m.interval) {
    o.normalized = t.begin() + "/" + t.end();
  } else {
    o.normalized = t.begin();
  }
  if (o.extra.empty()) o.extra = m.holiday;
  o.grain_or_unit = GrainName(t.grain());
  return o;
}

bool SameNumber(absl::string_view a, absl::string_view b) {
  double x = 0, y = 0;
  if (!absl::SimpleAtod(a, &x) || !absl::SimpleAtod(b, &y)) return a == b;
  return std::fabs(x - y) <= 1e-6 * std::max(1.0, std::fabs(y));
}

// Compares "lo..hi", "<=x", ">=x" or "x" numerically.
bool SameQuantityValue(absl::string_view a, absl::string_view b) {
  for (absl::string_view prefix : {"<=", ">="}) {
    if (absl::StartsWith(a, prefix) != absl::StartsWith(b, prefix))
      return false;
    if (absl::StartsWith(a, prefix))
      return SameNumber(a.substr(2), b.substr(2));
  }
  const std::vector<absl::string_view> pa = absl::StrSplit(a, "..");
  const std::vector<absl::string_view> pb = absl::StrSplit(b, "..");
  if (pa.size() != pb.size()) return false;
  for (size_t k = 0; k < pa.size(); ++k)
    if (!SameNumber(pa[k], pb[k])) return false;
  return true;
}

}  // namespace

const std::vector<std::string>& Dimensions() {
  static const auto* d = new std::vector<std::string>{
      "Numeral", "Ordinal", "Duration", "Quantity", "Time"};
  return *d;
}

absl::StatusOr<std::vector<Row>> ReadRows(absl::string_view eval_dir,
                                          absl::string_view dimension) {
  const std::string path =
      absl::StrCat(eval_dir, "/duckling/", dimension, ".EN.normalized.tsv");
  std::ifstream in(path);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    if (f.size() < 5)
      return absl::DataLossError(absl::StrCat(path, ": bad row: ", line));
    f.resize(6);
    rows.push_back(Row{f[0], f[1], f[2], f[3], f[4], f[5]});
  }
  if (rows.empty()) return absl::DataLossError(absl::StrCat(path, ": empty"));
  return rows;
}

Output RunRow(const Row& row) {
  const absl::string_view text = row.text;
  if (row.dimension == "Numeral") {
    const std::vector<ValueMatch> ms = FindNumbers(text);
    const int k = Choose(
        text, ms, [](const ValueMatch& m) -> const ValueMatch& { return m; });
    Output o;
    if (k >= 0) o.normalized = FormatNumber(ms[k].value.quantity().value());
    return o;
  }
  if (row.dimension == "Ordinal") {
    const std::vector<ValueMatch> ms = FindOrdinals(text);
    const int k = Choose(
        text, ms, [](const ValueMatch& m) -> const ValueMatch& { return m; });
    Output o;
    if (k >= 0) o.normalized = absl::StrCat(ms[k].value.ordinal());
    return o;
  }
  if (row.dimension == "Duration") {
    const std::vector<ValueMatch> ms = FindDurations(text);
    const int k = Choose(
        text, ms, [](const ValueMatch& m) -> const ValueMatch& { return m; });
    if (k < 0) return Output();
    return FormatDuration(ms[k].value.duration());
  }
  if (row.dimension == "Quantity") {
    const std::vector<QuantityMatch> ms = FindQuantityMatches(text);
    const int k = Choose(
        text, ms,
        [](const QuantityMatch& m) -> const ValueMatch& { return m.match; });
    if (k < 0) return Output();
    return FormatQuantity(ms[k]);
  }
  if (row.dimension == "Time") {
    TimeContext ctx;
    ctx.reference = absl::CivilSecond(2013, 2, 12, 4, 30, 0);
    ctx.weekday = TimeContext::WeekdayDirection::kNext;
    ctx.dates = TimeContext::DateDirection::kNext;
    ctx.latent = row.section == "latentCorpus";
    ctx.utc_offset_minutes = -120;  // Duckling's reference is UTC-02:00
    const std::vector<TimeMatch> ms = FindTimeMatches(text, ctx);
    const int k = Choose(text, ms, [](const TimeMatch& m) -> const ValueMatch& {
      return m.match;
    });
    if (k < 0) return Output();
    return FormatTime(ms[k]);
  }
  return Output();
}

bool Matches(const Row& row, const Output& got) {
  if (row.normalized == "NONE") return got.normalized == "NONE";
  if (got.normalized == "NONE") return false;
  if (row.dimension == "Numeral" || row.dimension == "Ordinal")
    return SameNumber(got.normalized, row.normalized);
  if (row.dimension == "Quantity") {
    return SameQuantityValue(got.normalized, row.normalized) &&
           got.grain_or_unit == row.grain_or_unit &&
           absl::AsciiStrToLower(got.extra) == absl::AsciiStrToLower(row.extra);
  }
  return got.normalized == row.normalized &&
         got.grain_or_unit == row.grain_or_unit;
}

bool IsNewsForm(const Row& row) {
  if (row.dimension != "Time" || row.normalized == "NONE") return false;
  if (row.section != "allExamples" && row.section != "defaultCorpus")
    return false;
  // Holidays and open intervals are not news forms.
  if (!row.extra.empty()) return false;
  static const std::vector<const RE2*>* const kPatterns = [] {
    const std::string month =
        "(?:january|february|march|april|may|june|july|august|september|"
        "october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|"
        "nov|dec)\\.?";
    const std::string weekday =
        "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|"
        "tues|tue|wed|thurs|thu|fri|sat|sun)\\.?";
    const std::string day = "(?:\\d{1,2}(?:st|nd|rd|th)?)";
    const std::string year = "(?:\\d{4})";
    const std::string clock =
        "(?:\\d{1,2}(?::\\d{2}(?::\\d{2})?)?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?)";
    const std::string range_sep = "(?:-|to|through|thru|and|until)";
    const std::string date = "(?:" + month + "\\s+(?:the\\s+)?" + day +
                             "(?:,?\\s+" + year + ")?|(?:the\\s+)?" + day +
                             "\\s+(?:of\\s+)?" + month + "(?:,?\\s+" + year +
                             ")?)";
    return new std::vector<const RE2*>{
        // Absolute dates, with an optional weekday and time.
        new RE2("(?:on\\s+)?(?:" + weekday + ",?\\s+)?" + date +
                "(?:,?\\s+(?:at\\s+)?" + clock + ")?"),
        new RE2("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?"),
        // Months and years.
        new RE2("(?:in\\s+|during\\s+)?" + month + "(?:,?\\s+" + year + ")?"),
        new RE2("(?:in\\s+|since\\s+)?" + year),
        // Date ranges.
        // Date ranges name a month on at least one side ("May 7-10",
        // "13 to 15 July"); two bare numbers ("2-15") are not a news date.
        new RE2("(?:from\\s+|between\\s+)?" + date + "\\s*" + range_sep +
                "\\s*(?:the\\s+)?(?:" + date + "|" + day + ")"),
        new RE2("(?:from\\s+|between\\s+)?(?:the\\s+)?" + day + "\\s*" +
                range_sep + "\\s*(?:the\\s+)?" + date),
        // Weekdays and relative days.
        new RE2("(?:on\\s+|this\\s+|next\\s+|last\\s+)?" + weekday),
        new RE2("(?:the\\s+day\\s+(?:after|before)\\s+)?"
                "(?:today|tomorrow|yesterday|tonight)"),
        new RE2("(?:this|next|last|past|previous|coming|upcoming|current)\\s+"
                "(?:week|month|year|quarter)"),
        // Clock times.
        new RE2("(?:at\\s+|@\\s*)?\\d{1,2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)"),
        new RE2("(?:at\\s+)?\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|"
                "p\\.m\\.)?"),
        new RE2("(?:at\\s+)?(?:noon|midnight)"),
    };
  }();
  const std::string lower = absl::AsciiStrToLower(row.text);
  for (const RE2* p : *kPatterns) {
    if (RE2::FullMatch(lower, *p)) return true;
  }
  return false;
}

absl::StatusOr<DimensionScore> ScoreDimension(absl::string_view eval_dir,
                                              absl::string_view dimension) {
  absl::StatusOr<std::vector<Row>> rows = ReadRows(eval_dir, dimension);
  if (!rows.ok()) return rows.status();
  DimensionScore s;
  s.dimension = std::string(dimension);
  for (const Row& row : *rows) {
    const Output got = RunRow(row);
    const bool ok = Matches(row, got);
    ++s.rows;
    if (ok) ++s.exact;
    if (IsNewsForm(row)) {
      ++s.news_rows;
      if (ok) ++s.news_exact;
    }
    if (!ok) s.misses.push_back(Miss{row, got});
  }
  return s;
}

}  // namespace duckling
}  // namespace accord

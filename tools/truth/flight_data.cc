#include "tools/truth/flight_data.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "re2/re2.h"

namespace accord {
namespace truth {
namespace {

bool IsTimeAttribute(absl::string_view attribute) {
  return !absl::EndsWith(attribute, "gate");
}

int Minutes(absl::string_view hhmm) {
  int h = 0, m = 0;
  if (hhmm.size() != 5 || !absl::SimpleAtoi(hhmm.substr(0, 2), &h) ||
      !absl::SimpleAtoi(hhmm.substr(3, 2), &m)) {
    return -1;
  }
  return h * 60 + m;
}

// P(X >= k) for X ~ Binomial(n, p).
double BinomialTail(int n, int k, double p) {
  if (k <= 0) return 1;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  double sum = 0;
  for (int j = k; j <= n; ++j) {
    sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(j + 1.0) -
                    std::lgamma(n - j + 1.0) + j * std::log(p) +
                    (n - j) * std::log1p(-p));
  }
  return std::min(1.0, sum);
}

int CircularDistance(int a, int b) {
  int d = std::abs(a - b) % 1440;
  return std::min(d, 1440 - d);
}

absl::StatusOr<std::vector<std::vector<std::string>>> ReadTsv(
    const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot open ", path));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    rows.push_back(absl::StrSplit(line, '\t'));
  }
  return rows;
}

}  // namespace

const std::vector<std::string>& FlightAttributes() {
  static const auto* kAttributes =
      new std::vector<std::string>{"sched_dep", "actual_dep", "dep_gate",
                                   "sched_arr", "actual_arr", "arr_gate"};
  return *kAttributes;
}

int ParseFlightTime(absl::string_view raw) {
  static const RE2* kTime =
      new RE2(R"((\d{1,2}):(\d{2})\s*(?:([AaPp])\.?\s*[Mm]?\.?)?)");
  re2::StringPiece input(raw.data(), raw.size());
  int hour = 0, minute = 0;
  std::string marker;
  if (!RE2::PartialMatch(input, *kTime, &hour, &minute, &marker)) return -1;
  if (hour > 23 || minute > 59) return -1;
  if (!marker.empty()) {
    if (hour < 1 || hour > 12) return -1;
    const bool pm = marker[0] == 'p' || marker[0] == 'P';
    hour %= 12;
    if (pm) hour += 12;
  }
  return hour * 60 + minute;
}

std::string NormalizeFlightTime(absl::string_view raw) {
  const int t = ParseFlightTime(raw);
  if (t < 0) return "";
  return absl::StrFormat("%02d:%02d", t / 60, t % 60);
}

std::string NormalizeGate(absl::string_view raw) {
  std::string s = absl::AsciiStrToUpper(absl::StripAsciiWhitespace(raw));
  const size_t dash = s.rfind(" - ");
  if (dash != std::string::npos) {
    s = s.substr(dash + 3);
  } else if (absl::StartsWith(s, "TERM")) {
    return "";  // a terminal alone is not a gate
  }
  // "G20/T3", "B9/B", "A23/A": the gate, then its terminal.
  const size_t slash = s.find('/');
  if (slash != std::string::npos) s = s.substr(0, slash);
  absl::string_view v = absl::StripAsciiWhitespace(s);
  absl::ConsumePrefix(&v, "GATE");
  std::string out;
  for (char c : v) {
    if (absl::ascii_isalnum(c)) out.push_back(c);
  }
  if (out.empty() || out == "NOTPROVIDEDBYAIRLINE" || out == "NOTAVAILABLE" ||
      out == "NA" || out == "TBD" || out == "CONTACTAIRLINE") {
    return "";
  }
  return out;
}

std::string NormalizeFlightValue(absl::string_view attribute,
                                 absl::string_view raw) {
  // "(Runway)", "(Estimated runway)": wheels-off/on time, not the gate time
  // the attribute means.
  if (absl::AsciiStrToLower(raw).find("runway") != std::string::npos) return "";
  return IsTimeAttribute(attribute) ? NormalizeFlightTime(raw)
                                    : NormalizeGate(raw);
}

bool FlightValueModel::Same(absl::string_view attribute, absl::string_view a,
                            absl::string_view b) const {
  if (a == b) return true;
  if (!IsTimeAttribute(attribute)) return false;
  const int x = Minutes(a), y = Minutes(b);
  return x >= 0 && y >= 0 && CircularDistance(x, y) <= tolerance_;
}

double FlightValueModel::Similarity(absl::string_view attribute,
                                    absl::string_view a,
                                    absl::string_view b) const {
  if (Same(attribute, a, b)) return 1;
  if (!IsTimeAttribute(attribute)) return 0;
  const int x = Minutes(a), y = Minutes(b);
  if (x < 0 || y < 0) return 0;
  return std::max(0.0, 1.0 - CircularDistance(x, y) / 60.0);
}

static bool IsRunwayQualified(absl::string_view raw) {
  return absl::AsciiStrToLower(raw).find("runway") != std::string::npos;
}

absl::StatusOr<std::vector<Observation>> LoadFlightObservations(
    const std::string& path, const FlightLoadOptions& options,
    std::vector<std::pair<std::string, std::string>>* reinterpreted) {
  auto rows = ReadTsv(path);
  if (!rows.ok()) return rows.status();
  const auto& attrs = FlightAttributes();
  std::vector<Observation> out;
  // Explicitly runway-qualified times: (flight, attribute) -> [(source,
  // minutes)].
  std::map<std::pair<std::string, std::string>,
           std::vector<std::pair<std::string, int>>>
      runway;
  for (const auto& row : *rows) {
    if (row.size() < 2) continue;
    const std::string source(absl::StripAsciiWhitespace(row[0]));
    const std::string flight(absl::StripAsciiWhitespace(row[1]));
    if (source.empty() || flight.empty()) continue;
    for (size_t a = 0; a < attrs.size() && a + 2 < row.size(); ++a) {
      if (IsTimeAttribute(attrs[a]) && IsRunwayQualified(row[a + 2])) {
        const int t = ParseFlightTime(row[a + 2]);
        if (t >= 0) runway[{flight, attrs[a]}].emplace_back(source, t);
        continue;
      }
      std::string v = NormalizeFlightValue(attrs[a], row[a + 2]);
      if (!v.empty()) out.push_back(Observation{source, flight, attrs[a], v});
    }
  }
  if (out.empty()) {
    return absl::DataLossError(absl::StrCat("no observations in ", path));
  }
  if (options.runway_match_fraction > 1) return out;
  // Chance coincidence: per attribute and minute of the day, how many items
  // have a runway-qualified time within the window. A gate time coincides
  // with some item's runway time at roughly the rate the day's schedule
  // packs them, whatever the day's size.
  const int window = options.runway_match_minutes;
  std::map<std::string, std::vector<int>> cover;  // attribute -> 1440 counts
  std::map<std::string, int> items;               // attribute -> items
  for (const auto& [key, times] : runway) {
    std::vector<int>& c = cover[key.second];
    c.resize(1440, 0);
    ++items[key.second];
    std::vector<bool> hit(1440, false);
    for (const auto& r : times) {
      for (int d = -window; d <= window; ++d) {
        hit[((r.second + d) % 1440 + 1440) % 1440] = true;
      }
    }
    for (int m = 0; m < 1440; ++m) c[m] += hit[m];
  }
  // Per (source, attribute): of its unqualified times on items where another
  // source gives a runway-qualified time, how many coincide with one, and
  // how many would by chance (the sum of each time's chance rate).
  struct Match {
    int matched = 0;
    int total = 0;
    double chance = 0;
  };
  std::map<std::pair<std::string, std::string>, Match> match;
  for (const Observation& o : out) {
    if (!IsTimeAttribute(o.attribute)) continue;
    auto it = runway.find({o.object, o.attribute});
    if (it == runway.end()) continue;
    const int t = Minutes(o.value);
    bool any_other = false, coincides = false;
    for (const auto& r : it->second) {
      if (r.first == o.source) continue;
      any_other = true;
      coincides |=
          CircularDistance(t, r.second) <= options.runway_match_minutes;
    }
    if (!any_other) continue;
    Match& m = match[{o.source, o.attribute}];
    ++m.total;
    m.matched += coincides;
    // Other items' runway times near t (this item's own excluded).
    const int n = items[o.attribute];
    bool own = false;  // this item's runway times cover t (counted in cover)
    for (const auto& r : it->second) {
      own |= CircularDistance(t, r.second) <= window;
    }
    // The share of the other items with a runway time near t, with one
    // pseudo-item on each side (Laplace), so a rate is never 0 and a few
    // items are never proof.
    const int others = cover[o.attribute][((t % 1440) + 1440) % 1440] - own;
    m.chance += (others + 1.0) / (n - 1 + 2.0);
  }
  std::set<std::pair<std::string, std::string>> drop;
  for (const auto& kv : match) {
    const Match& m = kv.second;
    const double p = m.total > 0 ? m.chance / m.total : 0;
    if (m.matched >= options.runway_match_fraction * m.total &&
        BinomialTail(m.total, m.matched, p) <= options.runway_significance) {
      drop.insert(kv.first);
      if (reinterpreted != nullptr) reinterpreted->push_back(kv.first);
    }
  }
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const Observation& o) {
                             return drop.count({o.source, o.attribute}) > 0;
                           }),
            out.end());
  return out;
}

absl::StatusOr<std::map<std::pair<std::string, std::string>, std::string>>
LoadFlightGold(const std::string& path) {
  auto rows = ReadTsv(path);
  if (!rows.ok()) return rows.status();
  const auto& attrs = FlightAttributes();
  std::map<std::pair<std::string, std::string>, std::string> gold;
  for (const auto& row : *rows) {
    if (row.empty()) continue;
    const std::string flight(absl::StripAsciiWhitespace(row[0]));
    for (size_t a = 0; a < attrs.size() && a + 1 < row.size(); ++a) {
      std::string v = NormalizeFlightValue(attrs[a], row[a + 1]);
      if (!v.empty()) gold.emplace(std::make_pair(flight, attrs[a]), v);
    }
  }
  if (gold.empty())
    return absl::DataLossError(absl::StrCat("no gold in ", path));
  return gold;
}

}  // namespace truth
}  // namespace accord

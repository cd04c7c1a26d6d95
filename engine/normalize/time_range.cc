// Ranges of the time parser: "from May 7 to 10", "May 7-10", "between 3 and
// 4pm", "9:30 - 11:00 CST", "4pm for 30 mins".
//
// Part of the Parser behind FindTimes (time_parser.h); see time.h for the
// value model. Entry point here: Parser::RangeAt.

#include <algorithm>

#include "absl/strings/string_view.h"
#include "engine/normalize/duration.h"
#include "engine/normalize/longest.h"
#include "engine/normalize/time_calendar.h"
#include "engine/normalize/time_parser.h"
#include "engine/normalize/time_spec.h"
#include "engine/normalize/tokenizer.h"

namespace accord {
namespace time_internal {

using absl::CivilSecond;

// Range connectors: "-", "to", "through", "until", ...; "and" after
// "between"; "but before" after "later than".
int RangeConnector(const Tokens& t, int k, int opener) {
  if (k >= static_cast<int>(t.size())) return -1;
  const absl::string_view w = t[k].text;
  if (opener == 1) return (w == "and" || w == "-") ? k + 1 : -1;
  if (opener == 2)
    return (w == "but" && TokenIs(t, k + 1, "before")) ? k + 2 : -1;
  if (w == "-" || w == "to" || w == "through" || w == "thru" || w == "till" ||
      w == "til" || w == "until" || w == "untill" || w == "/")
    return k + 1;
  return -1;
}

// One side of a range: a composite, or a bare day ("10") or hour ("4").
struct Parser::Side {
  int end = -1;
  Spec spec;
  bool bare = false;  // a bare number read as an hour
};

Parser::Sides Parser::SidesAt(int k) const {
  Sides out;
  if (Is(k, "the")) {
    for (Side s : SidesAt(k + 1)) out.push_back(s);
  }
  Side c;
  c.end = CompositeAt(k, &c.spec);
  if (c.end > 0) out.push_back(c);
  int day = 0;
  bool ordinal = false;
  const int de = DayAt(k, &day, &ordinal);
  if (de > 0) {
    Side d;
    d.end = de;
    d.spec.day = day;
    out.push_back(d);
  }
  int v = -1;
  if (IsDigits(k) && t_[k].text.size() <= 2 &&
      !(Adj(k + 1) && (Is(k + 1, ":") || IsDigits(k + 1) || Is(k + 1, "."))))
    v = DigitsValue(k);
  else if (IsWord(k))
    v = t_[k].number_word;
  if (v >= 0 && v <= 24) {
    Side h;
    h.spec.hour = v % 24;
    h.spec.hour_certain = v == 0 || v > 12;
    h.end = k + 1;
    h.bare = true;
    Spec pod;
    const int pe = PartOfDayAt(h.end, &pod);
    if (pe > 0) {
      Merge(&h.spec, pod);
      h.end = pe;
    }
    out.push_back(h);
  }
  return out;
}

// Ranges: "from May 7 to 10", "May 7-10", "between May 7 and 10",
// "July 13 - July 15", "from 13 to 15 July", "9:30 - 11:00 on Thursday",
// "Thursday from 9:30 to 11:00", "3-4pm", "1960 - 1961", "4pm for 30 mins",
// "18th Dec for 10 days".
bool Parser::RangeAt(int i, int* end, Resolved* out) const {
  Longest<Resolved> best;
  // A leading day for a range of clock times: "Thursday from 9:30 to
  // 11:00", "this Thu 9-11am", "tomorrow in between 1-2:30".
  absl::InlinedVector<std::pair<int, Spec>, 2> starts;
  starts.push_back({i, Spec()});
  {
    Spec c;
    const int ce = CompositeAt(i, &c);
    if (ce > 0 && c.hour == kUnset && c.HasDate() && !c.anchor_interval) {
      int k = ce;
      if (Is(k, ",")) ++k;
      if (Is(k, "in") && Is(k + 1, "between")) ++k;
      starts.push_back({k, c});
    }
  }
  for (const auto& start : starts) {
    const int j0 = start.first;
    const bool has_lead = start.first != i;
    int j = j0;
    int opener = 0;
    if (Is(j, "from")) {
      ++j;
    } else if (Is(j, "between")) {
      ++j;
      opener = 1;
    } else if (Is(j, "later") && Is(j + 1, "than")) {
      j += 2;
      opener = 2;
    }
    for (const Side& x : SidesAt(j)) {
      // "for <duration>": "4pm for 30 mins", "18th Dec for 10 days".
      if (Is(x.end, "for")) {
        DurationParse d;
        if (ParseDurationAt(t_, x.end + 1, false, &d) && d.end > best.end()) {
          Spec xs = x.spec;
          if (has_lead && !Merge(&xs, start.second)) continue;
          Resolved rx;
          if ((!xs.latent || has_lead) && Resolve(xs, &rx)) {
            const Grain g = std::min(rx.grain, d.grain);
            Resolved r;
            r.begin = rx.begin;
            r.end = AddGrain(AddDuration(rx.begin, d, 1), g, 1);
            r.grain = g;
            r.interval = true;
            best.Consider(d.end, r);
          }
        }
      }
      const int k = RangeConnector(t_, x.end, opener);
      if (k < 0) continue;
      for (const Side& y : SidesAt(Is(k, "~") ? k + 1 : k)) {
        Spec xs = x.spec, ys = y.spec;
        int e = y.end;
        // A trailing day: "9:30 - 11:00 on Thursday", "1pm-2pm tomorrow".
        Spec trail;
        int te = -1;
        {
          int m = e;
          if (Is(m, "on") || Is(m, ",")) ++m;
          Spec c;
          const int ce = CompositeAt(m, &c);
          if (ce > 0 && c.hour == kUnset && c.HasDate() && xs.hour != kUnset) {
            trail = c;
            te = ce;
          }
        }
        for (int use_trail = 0; use_trail < 2; ++use_trail) {
          Spec xx = xs, yy = ys;
          int ee = e;
          if (use_trail) {
            if (te < 0) continue;
            if (!Merge(&xx, trail) || !Merge(&yy, trail)) continue;
            ee = te;
          }
          if (has_lead) {
            if (xx.hour == kUnset) continue;
            if (!Merge(&xx, start.second) || !Merge(&yy, start.second))
              continue;
          }
          if (ee <= best.end()) continue;
          Complete(&xx, yy);
          Complete(&yy, xx);
          // The sides must be of comparable kinds.
          if ((xx.hour != kUnset) != (yy.hour != kUnset)) continue;
          // Two bare numbers ("2-15", "3 - 4") are not a range of hours
          // unless a day or part of day says so.
          const bool x_only_number = x.bare || x.spec.bare_hour;
          const bool y_only_number =
              (y.bare || y.spec.bare_hour) && y.spec.pod_begin == kUnset;
          if (Is(x.end, "/") && (xx.hour == kUnset || !xx.HasDate())) continue;
          if (x_only_number && y_only_number && !use_trail && !has_lead &&
              xx.pod_begin == kUnset)
            continue;  // "3 - 4" alone
          if (xx.hour == kUnset && xx.month == kUnset && xx.year == kUnset &&
              !xx.anchored && xx.holiday == kUnset)
            continue;  // two bare days
          if (xx.latent && yy.latent && !ctx_.latent) continue;
          Resolved rx, ry;
          if (!Resolve(xx, &rx)) continue;
          if (!ResolveNotBefore(yy, rx, &ry)) continue;
          // "15 to noon" is a clock time, not 15:00 to noon tomorrow.
          if (xx.hour != kUnset && x_only_number &&
              ry.begin - rx.begin >= 12 * 3600)
            continue;
          Resolved r;
          r.begin = rx.begin;
          r.grain = std::min(rx.grain, ry.grain);
          if (xx.hour != kUnset || ry.grain <= r.grain) {
            // Up to and including the last unit of the finer grain.
            r.end = AddGrain(ry.begin, r.grain, 1);
          } else {
            r.end = ry.end;
          }
          if (r.end <= r.begin) continue;
          r.interval = true;
          best.Consider(ee, r);
        }
      }
    }
  }
  // "for 10 days from 18th Dec", "for 30' starting from 4pm".
  if (Is(i, "for")) {
    DurationParse d;
    if (ParseDurationAt(t_, i + 1, false, &d)) {
      int k = d.end;
      if (Is(k, "starting")) ++k;
      if (Is(k, "from")) {
        Spec x;
        const int xe = CompositeAt(k + 1, &x);
        Resolved rx;
        if (xe > best.end() && Resolve(x, &rx)) {
          const Grain g = std::min(rx.grain, d.grain);
          Resolved r;
          r.begin = rx.begin;
          r.end = AddGrain(AddDuration(rx.begin, d, 1), g, 1);
          r.grain = g;
          r.interval = true;
          best.Consider(xe, r);
        }
      }
    }
  }
  if (best.end() < 0) return false;
  *end = best.end();
  *out = best.value();
  return true;
}

}  // namespace time_internal
}  // namespace accord

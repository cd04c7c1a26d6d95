#include "engine/timeml/narrative_anchor.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "engine/normalize/time.h"
#include "engine/timeml/time_words.h"

namespace accord {
namespace {

// The time the narrative last stated: where "the following <unit>" counts
// from.
struct Anchor {
  absl::CivilDay day;
  Grain grain = GRAIN_UNSPECIFIED;
};

// `x` as an anchor, if it is a DATE or TIME with a start, at day grain or
// coarser (up to a year).
bool AnchorOf(const Timex& x, Anchor* out) {
  if (x.type != "DATE" && x.type != "TIME") return false;
  if (!x.value_proto.has_time()) return false;
  const TimeValue& v = x.value_proto.time();
  absl::CivilSecond begin;
  if (!ParseCivil(v.begin(), &begin)) return false;
  if (v.grain() < SECOND || v.grain() > YEAR) return false;
  out->day = absl::CivilDay(begin);
  out->grain = std::max(v.grain(), DAY);
  return true;
}

Grain GrainNamed(const std::string& name) {
  if (name == "YEAR") return YEAR;
  if (name == "MONTH") return MONTH;
  return DAY;
}

// Makes `x` the DATE `unit` moved by `offset` from `a` (TIMEX3 value and
// accord's time); its span and mod stay.
void Moved(const Anchor& a, Grain unit, int offset, Timex* x) {
  absl::CivilSecond begin, end;
  if (unit == YEAR) {
    const absl::CivilYear y = absl::CivilYear(a.day) + offset;
    begin = absl::CivilSecond(y);
    end = absl::CivilSecond(y + 1);
    x->value = absl::StrFormat("%04d", static_cast<int>(y.year()));
  } else if (unit == MONTH) {
    const absl::CivilMonth m = absl::CivilMonth(a.day) + offset;
    begin = absl::CivilSecond(m);
    end = absl::CivilSecond(m + 1);
    x->value =
        absl::StrFormat("%04d-%02d", static_cast<int>(m.year()), m.month());
  } else {
    const absl::CivilDay d = a.day + offset;
    begin = absl::CivilSecond(d);
    end = absl::CivilSecond(d + 1);
    x->value = absl::StrFormat("%04d-%02d-%02d", static_cast<int>(d.year()),
                               d.month(), d.day());
  }
  x->type = "DATE";
  x->anchored = false;
  x->value_proto.Clear();
  TimeValue* v = x->value_proto.mutable_time();
  v->set_begin(FormatCivil(begin));
  v->set_end(FormatCivil(end));
  v->set_grain(unit);
}

}  // namespace

void ApplyNarrativeAnchors(const std::vector<Token>& t,
                           std::vector<Timex>* timexes) {
  const TimeWords& words = TimeWords::Default();
  const int n = static_cast<int>(t.size());
  std::vector<Timex>& xs = *timexes;
  std::vector<Timex> added;
  Anchor anchor;
  bool have_anchor = false;
  size_t next = 0;  // the first TIMEX3 not yet passed
  for (int i = 0; i < n; ++i) {
    // Every TIMEX3 ending before token i may be the anchor.
    for (; next < xs.size() && xs[next].end <= t[i].begin; ++next) {
      Anchor a;
      if (AnchorOf(xs[next], &a)) {
        anchor = a;
        have_anchor = true;
      }
    }
    if (!have_anchor) continue;
    for (const TimeWords::Phrase& off : words.narrative_offsets) {
      const int k = off.MatchAt(t, i);
      if (k == 0 || i + k >= n) continue;
      const std::string* unit_name =
          TimeWords::ValueOf(words.narrative_units, t[i + k]);
      if (unit_name == nullptr) continue;
      // "that year's", "the following year-end": part of a longer word.
      if (i + k + 1 < n && t[i + k + 1].Is("-")) continue;
      const Grain unit = GrainNamed(*unit_name);
      if (unit < anchor.grain) continue;
      int offset = 0;
      if (!absl::SimpleAtoi(off.value, &offset)) continue;
      const bool opener = i > 0 && words.narrative_span_openers.Has(t[i - 1]);
      const int begin = t[opener ? i - 1 : i].begin, end = t[i + k].end;
      // The TIMEX3 the phrase is part of, else a new one.
      Timex* target = nullptr;
      for (Timex& x : xs) {
        if (x.begin < end && begin < x.end) target = &x;
      }
      // One expression: the TIMEX3 read inside the phrase ("previous
      // month" in "the previous month") takes the phrase's span.
      if (target != nullptr) {
        target->begin = std::min(target->begin, begin);
        target->end = std::max(target->end, end);
      }
      if (target == nullptr) {
        added.emplace_back();
        target = &added.back();
        target->begin = begin;
        target->end = end;
      }
      Moved(anchor, unit, offset, target);
      Anchor made;
      absl::CivilSecond b;
      ParseCivil(target->value_proto.time().begin(), &b);
      made.day = absl::CivilDay(b);
      made.grain = unit;
      anchor = made;
      i += k;
      break;
    }
  }
  if (added.empty()) return;
  for (Timex& x : added) xs.push_back(std::move(x));
  std::stable_sort(xs.begin(), xs.end(), [](const Timex& a, const Timex& b) {
    return a.begin < b.begin;
  });
}

}  // namespace accord

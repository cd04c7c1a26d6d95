#include "engine/report/claim_placement.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace accord {
namespace {

bool Holds(const google::protobuf::RepeatedPtrField<std::string>& ids,
           absl::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Index of the side of `c` citing `id`, or -1.
int SideOf(const Conflict& c, absl::string_view id) {
  for (int i = 0; i < c.sides_size(); ++i) {
    if (Holds(c.sides(i).claim_ids(), id)) return i;
  }
  return -1;
}

std::string FactName(const Fact* f) {
  return f == nullptr ? "no fact"
                      : absl::StrCat("fact ", f->id(), " (",
                                     FactStatus_Name(f->status()), ")");
}

}  // namespace

Placement FindPlacement(const Report& report, absl::string_view a,
                        absl::string_view b) {
  Placement p;
  for (const Fact& f : report.facts()) {
    if (p.fact_a == nullptr && Holds(f.claim_ids(), a)) p.fact_a = &f;
    if (p.fact_b == nullptr && Holds(f.claim_ids(), b)) p.fact_b = &f;
  }
  for (const auto* list :
       {&report.conflicts(), &report.possible_conflicts(), &report.updates()}) {
    for (const Conflict& c : *list) {
      if (SideOf(c, a) >= 0 || SideOf(c, b) >= 0) p.conflicts.push_back(&c);
    }
  }
  return p;
}

std::string DescribePlacement(const Report& report, absl::string_view a,
                              absl::string_view b) {
  const Placement p = FindPlacement(report, a, b);
  std::string out =
      p.aligned()
          ? absl::StrCat("ALIGNED into one fact: ", FactName(p.fact_a), ".\n")
          : absl::StrCat("NOT ALIGNED: ", a, " is in ", FactName(p.fact_a),
                         ", ", b, " in ", FactName(p.fact_b), ".\n");
  for (const Conflict* c : p.conflicts) {
    const bool possible = std::any_of(
        report.possible_conflicts().begin(), report.possible_conflicts().end(),
        [c](const Conflict& x) { return &x == c; });
    const char* list = c->kind() == UPDATE ? "update"
                       : possible          ? "possible conflict"
                                           : "conflict";
    absl::StrAppend(&out, "  ", list, " on ", c->role(), " of ", c->fact_id());
    if (c->kind() != UPDATE) {
      absl::StrAppend(&out,
                      absl::StrFormat(" (confidence %.2f)", c->confidence()));
    }
    for (absl::string_view id : {a, b}) {
      const int side = SideOf(*c, id);
      absl::StrAppend(
          &out, "; ", id, ": ",
          side < 0 ? "no side"
                   : absl::StrCat("side ", side + 1, " of ", c->sides_size()));
    }
    absl::StrAppend(&out, "\n    ", c->explanation(), "\n");
  }
  return out;
}

}  // namespace accord

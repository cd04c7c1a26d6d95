#include "engine/reconcile/generic_conflicts.h"

#include <algorithm>
#include <set>
#include <string>

#include "engine/extract/generic_frame.h"

namespace accord {
namespace {

const Claim* FindClaim(const std::vector<Claim>& claims,
                       const std::string& id) {
  auto it = std::lower_bound(
      claims.begin(), claims.end(), id,
      [](const Claim& c, const std::string& key) { return c.id() < key; });
  return it != claims.end() && it->id() == id ? &*it : nullptr;
}

}  // namespace

void GenericConflicts::Dismiss(const std::vector<Claim>& claims,
                               Alignment* alignment) const {
  std::set<std::string> generic_facts;
  for (const Fact& f : alignment->facts) {
    if (f.frame() == kGenericFrame) generic_facts.insert(f.id());
  }
  if (generic_facts.empty()) return;
  auto is_participant = [&](const Argument& a) {
    return (a.role() == "agent" || a.role() == "patient") &&
           a.value().has_entity_id() && !a.value().entity_id().empty() &&
           !lexicon_->IsPronoun(a.value().surface()) &&
           !lexicon_->IsPronoun(a.value().entity_id());
  };
  // A denial answers only what was stated as done: "chose not to pay
  // him" (planned) or "may not reopen" (hedged) denies nothing that
  // happened.
  auto stated = [](const Conflict& c, const Claim& claim) {
    return c.kind() != POLARITY ||
           (claim.modality() != PLANNED && claim.modality() != HEDGED);
  };
  // Whether claims on two different sides of `c` name one participant
  // (for a polarity conflict, claims stated as done).
  auto shared_participant = [&](const Conflict& c) {
    for (int i = 0; i < c.sides_size(); ++i) {
      for (int j = i + 1; j < c.sides_size(); ++j) {
        for (const std::string& a_id : c.sides(i).claim_ids()) {
          const Claim* a = FindClaim(claims, a_id);
          if (a == nullptr || !stated(c, *a)) continue;
          for (const std::string& b_id : c.sides(j).claim_ids()) {
            const Claim* b = FindClaim(claims, b_id);
            if (b == nullptr || !stated(c, *b)) continue;
            for (const Argument& x : a->args()) {
              if (!is_participant(x)) continue;
              for (const Argument& y : b->args()) {
                if (!is_participant(y) || y.role() != x.role()) continue;
                const Comparison r = comparator_->Compare(x.value(), y.value());
                if (r == EQUAL || r == COMPATIBLE) return true;
              }
            }
          }
        }
      }
    }
    return false;
  };
  std::vector<Conflict> kept;
  std::set<std::string> dismissed, still_conflicted;
  for (Conflict& c : alignment->conflicts) {
    if (generic_facts.count(c.fact_id()) && !shared_participant(c)) {
      dismissed.insert(c.fact_id());
      continue;
    }
    still_conflicted.insert(c.fact_id());
    kept.push_back(std::move(c));
  }
  alignment->conflicts = std::move(kept);
  std::set<std::string> updated;
  for (const Conflict& u : alignment->updates) updated.insert(u.fact_id());
  for (Fact& f : alignment->facts) {
    if (f.status() != CONFLICT || !dismissed.count(f.id()) ||
        still_conflicted.count(f.id())) {
      continue;
    }
    f.set_status(updated.count(f.id()) ? UPDATED : CORROBORATED);
  }
}

}  // namespace accord

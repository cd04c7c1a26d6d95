// Editors' cards for conflicts: one card per fact, listing each disputed
// role. The Report keeps one Conflict per (fact, role), which is what a
// program wants to count and filter; an editor reads one fact once, so the
// Markdown and HTML writers group the conflicts of a fact into one card.
//
//   for (const ConflictCard& card : GroupConflictsByFact(report.conflicts()))
//     for (const Conflict* role : card.roles) ...
#ifndef ACCORD_ENGINE_REPORT_CONFLICT_CARDS_H_
#define ACCORD_ENGINE_REPORT_CONFLICT_CARDS_H_

#include <string>
#include <vector>

#include "google/protobuf/repeated_ptr_field.h"
#include "proto/accord.pb.h"

namespace accord {

// The conflicts of one fact, one per disputed role, in report order.
struct ConflictCard {
  std::string fact_id;
  std::vector<const Conflict*> roles;  // not owned; never empty
};

// Groups `conflicts` by Conflict.fact_id. Cards come in the order of each
// fact's first conflict; within a card, roles keep their order in
// `conflicts`. The pointers point into `conflicts`, which must outlive the
// result and stay unmodified. Thread-compatible.
std::vector<ConflictCard> GroupConflictsByFact(
    const google::protobuf::RepeatedPtrField<Conflict>& conflicts);

// What the card disputes, for its heading: "value mismatch on agent" for
// one role; "value mismatch on agent and duration; set divergence on guests"
// for several (kinds in card order, each role once).
std::string CardRolesLabel(const ConflictCard& card);

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_CONFLICT_CARDS_H_

// A frame claim under construction: the claim, its trigger in the tagged
// text and the roles the extraction passes have filled so far.
//
//   ClaimDraft draft;
//   if (!draft.filled.contains("time")) draft.AddArg("time", value);
#ifndef ACCORD_ENGINE_EXTRACT_CLAIM_DRAFT_H_
#define ACCORD_ENGINE_EXTRACT_CLAIM_DRAFT_H_

#include <algorithm>
#include <utility>

#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"

namespace accord {

// The roles a claim has filled so far: a handful, so a linear scan of
// views beats a std::set<std::string> that copies every name. The names
// must outlive the set (rule groups, the frame's roles, literals).
class FilledRoles {
 public:
  bool contains(absl::string_view role) const {
    return std::find(roles_.begin(), roles_.end(), role) != roles_.end();
  }
  void insert(absl::string_view role) {
    if (!contains(role)) roles_.push_back(role);
  }

 private:
  absl::InlinedVector<absl::string_view, 8> roles_;
};

// Thread-compatible; `role` names passed in must outlive the draft.
struct ClaimDraft {
  Claim claim;
  // The trigger's bytes in the tagged text (the whole match when the rule
  // has no trigger group).
  int trigger_begin = 0;
  int trigger_end = 0;
  FilledRoles filled;

  // Appends an argument of `role` and marks the role filled.
  void AddArg(absl::string_view role, Value value) {
    Argument* arg = claim.add_args();
    arg->set_role(role.data(), role.size());
    *arg->mutable_value() = std::move(value);
    filled.insert(role);
  }
};

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_CLAIM_DRAFT_H_

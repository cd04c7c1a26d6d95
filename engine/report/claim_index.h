// Finds a report's claims (and facts) by id. A Report keeps every claim
// once, in Report.claims; facts and conflict sides name theirs by id
// (Fact.claim_ids, ConflictSide.claim_ids), and conflicts name their fact
// (Conflict.fact_id). Writers and scorers resolve the ids through this index.
//
//   ClaimIndex index(report);
//   for (const Claim* c : index.Resolve(fact.claim_ids())) Show(*c);
#ifndef ACCORD_ENGINE_REPORT_CLAIM_INDEX_H_
#define ACCORD_ENGINE_REPORT_CLAIM_INDEX_H_

#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "proto/accord.pb.h"

namespace accord {

class ClaimIndex {
 public:
  // Indexes `report.claims()` and `report.facts()`; `report` must outlive
  // the index and not change while it is used.
  explicit ClaimIndex(const Report& report);

  // The claims with `id`, in Report.claims order (normally one; several
  // when inputs reuse an id); empty when there is none.
  absl::Span<const Claim* const> Find(absl::string_view id) const;

  // The claims named by `ids`, in the order of `ids` (claims sharing an id
  // in Report.claims order). Unknown ids are skipped.
  std::vector<const Claim*> Resolve(
      const google::protobuf::RepeatedPtrField<std::string>& ids) const;

  // The first claim `ids` resolves to, or nullptr.
  const Claim* First(
      const google::protobuf::RepeatedPtrField<std::string>& ids) const;

  // The first fact in Report.facts with `id`, or nullptr.
  const Fact* FindFact(absl::string_view id) const;

 private:
  absl::flat_hash_map<absl::string_view, absl::InlinedVector<const Claim*, 1>>
      by_id_;
  absl::flat_hash_map<absl::string_view, const Fact*> facts_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_REPORT_CLAIM_INDEX_H_

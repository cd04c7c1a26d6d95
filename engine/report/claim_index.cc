#include "engine/report/claim_index.h"

namespace accord {

ClaimIndex::ClaimIndex(const Report& report) {
  by_id_.reserve(report.claims_size());
  for (const Claim& c : report.claims()) by_id_[c.id()].push_back(&c);
  facts_.reserve(report.facts_size());
  for (const Fact& f : report.facts()) facts_.try_emplace(f.id(), &f);
}

const Fact* ClaimIndex::FindFact(absl::string_view id) const {
  auto it = facts_.find(id);
  return it == facts_.end() ? nullptr : it->second;
}

absl::Span<const Claim* const> ClaimIndex::Find(absl::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return {};
  return absl::MakeConstSpan(it->second);
}

std::vector<const Claim*> ClaimIndex::Resolve(
    const google::protobuf::RepeatedPtrField<std::string>& ids) const {
  std::vector<const Claim*> out;
  out.reserve(ids.size());
  for (const std::string& id : ids) {
    for (const Claim* c : Find(id)) out.push_back(c);
  }
  return out;
}

const Claim* ClaimIndex::First(
    const google::protobuf::RepeatedPtrField<std::string>& ids) const {
  for (const std::string& id : ids) {
    absl::Span<const Claim* const> found = Find(id);
    if (!found.empty()) return found.front();
  }
  return nullptr;
}

}  // namespace accord

#include "engine/report/conflict_cards.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "engine/report/labels.h"

namespace accord {

std::vector<ConflictCard> GroupConflictsByFact(
    const google::protobuf::RepeatedPtrField<Conflict>& conflicts) {
  std::vector<ConflictCard> cards;
  absl::flat_hash_map<std::string, size_t> card_of_fact;
  for (const Conflict& c : conflicts) {
    auto [it, inserted] = card_of_fact.emplace(c.fact_id(), cards.size());
    if (inserted) {
      cards.emplace_back();
      cards.back().fact_id = c.fact_id();
    }
    cards[it->second].roles.push_back(&c);
  }
  return cards;
}

std::string CardRolesLabel(const ConflictCard& card) {
  // Kinds in order of first appearance, each with its roles.
  std::vector<std::pair<ConflictKind, std::vector<std::string>>> kinds;
  for (const Conflict* c : card.roles) {
    auto it = std::find_if(kinds.begin(), kinds.end(),
                           [&](const auto& k) { return k.first == c->kind(); });
    if (it == kinds.end()) {
      kinds.emplace_back(c->kind(), std::vector<std::string>());
      it = std::prev(kinds.end());
    }
    if (std::find(it->second.begin(), it->second.end(), c->role()) ==
        it->second.end()) {
      it->second.push_back(c->role());
    }
  }
  std::string out;
  for (const auto& [kind, roles] : kinds) {
    absl::StrAppend(&out, out.empty() ? "" : "; ", ConflictKindLabel(kind),
                    " on ");
    for (size_t i = 0; i < roles.size(); ++i) {
      const char* sep = i == 0 ? "" : i + 1 == roles.size() ? " and " : ", ";
      absl::StrAppend(&out, sep, roles[i]);
    }
  }
  return out;
}

}  // namespace accord

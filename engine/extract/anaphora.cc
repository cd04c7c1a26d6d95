#include "engine/extract/anaphora.h"

#include <string>

#include "absl/strings/match.h"

namespace accord {

Occasions CollectOccasions(const std::vector<AnnotatedSentence>& sentences) {
  Occasions occasions;
  for (const AnnotatedSentence& s : sentences) {
    for (const Mention& m : s.mentions) {
      if (m.tag == "EVT" && !absl::StartsWith(m.value.entity_id(), "@")) {
        occasions.push_back({s.index, m.value.entity_id()});
      }
    }
  }
  return occasions;
}

void ResolveForwardOccasions(const Occasions& occasions,
                             std::vector<AnnotatedSentence>* sentences) {
  for (AnnotatedSentence& s : *sentences) {
    for (Mention& m : s.mentions) {
      if (m.tag != "EVT" || m.value.entity_id() != "@occasion") continue;
      for (const auto& [index, id] : occasions) {
        if (index >= s.index) {
          m.value.set_entity_id(id);
          break;
        }
      }
    }
  }
}

void ResolveProposalTheme(const std::vector<Claim>& claims, int last_proposal,
                          ClaimDraft* draft) {
  for (Argument& a : *draft->claim.mutable_args()) {
    if (a.role() != "theme" || a.value().entity_id() != "@proposal") continue;
    if (last_proposal < 0) break;
    const Claim& proposal = claims[last_proposal];
    for (const Argument& pa : proposal.args()) {
      if (pa.role() == "theme") {
        const std::string surface = a.value().surface();
        *a.mutable_value() = pa.value();
        a.mutable_value()->set_surface(surface);
      }
    }
    if (!draft->filled.contains("duration")) {
      for (const Argument& pa : proposal.args()) {
        if (pa.role() == "duration") *draft->claim.add_args() = pa;
      }
    }
    break;
  }
}

}  // namespace accord

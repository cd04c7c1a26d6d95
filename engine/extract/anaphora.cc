#include "engine/extract/anaphora.h"

#include <string>

#include "absl/strings/match.h"

namespace accord {

void ResolveForwardOccasions(const DocumentContext& context,
                             std::vector<AnnotatedSentence>* sentences) {
  for (AnnotatedSentence& s : *sentences) {
    for (Mention& m : s.mentions) {
      if (m.tag != "EVT" || m.value.entity_id() != "@occasion") continue;
      if (const std::string* id = context.FirstFrom("EVT", s.index)) {
        m.value.set_entity_id(*id);
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

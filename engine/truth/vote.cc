#include "engine/truth/vote.h"

namespace accord {
namespace truth {

Result RunVote(const Problem& problem) {
  Result result;
  result.method = "vote";
  result.items.resize(problem.items.size());
  for (size_t i = 0; i < problem.items.size(); ++i) {
    const Item& item = problem.items[i];
    ItemResult& out = result.items[i];
    out.values.resize(item.candidates.size());
    for (size_t c = 0; c < item.candidates.size(); ++c) {
      out.values[c].candidate = static_cast<int>(c);
    }
    for (const auto& claim : item.claims) {
      ValueScore& v = out.values[claim.second];
      v.support += 1;
      v.supporters.push_back(Support{claim.first, 1.0, 1.0, -1});
    }
    for (ValueScore& v : out.values) {
      v.confidence = item.claims.empty() ? 0 : v.support / item.claims.size();
    }
    RankValues(&out);
  }
  result.source_accuracy = AgreementWithChosen(problem, result.items);
  result.iterations = 1;
  return result;
}

}  // namespace truth
}  // namespace accord

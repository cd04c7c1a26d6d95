#include "engine/truth/result.h"

#include <algorithm>

#include "engine/truth/observation.h"

namespace accord {
namespace truth {

void RankValues(ItemResult* item) {
  std::sort(item->values.begin(), item->values.end(),
            [](const ValueScore& a, const ValueScore& b) {
              if (a.confidence != b.confidence) {
                return a.confidence > b.confidence;
              }
              if (a.support != b.support) return a.support > b.support;
              return a.candidate < b.candidate;
            });
  item->chosen = item->values.empty() ? -1 : item->values[0].candidate;
}

std::vector<double> AgreementWithChosen(const Problem& problem,
                                        const std::vector<ItemResult>& items) {
  std::vector<double> out(problem.sources.size(), 0.0);
  for (size_t s = 0; s < problem.sources.size(); ++s) {
    const auto& claims = problem.source_claims[s];
    if (claims.empty()) continue;
    int agree = 0;
    for (const auto& c : claims) agree += items[c.first].chosen == c.second;
    out[s] = static_cast<double>(agree) / claims.size();
  }
  return out;
}

}  // namespace truth
}  // namespace accord

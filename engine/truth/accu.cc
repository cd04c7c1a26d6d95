#include "engine/truth/accu.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "engine/truth/copy_detection.h"

namespace accord {
namespace truth {
namespace {

struct State {
  std::vector<double> accuracy;
  std::vector<std::vector<double>> prob;  // [item][candidate]
  std::unique_ptr<DependenceMatrix> dependence;
};

// Computes truth probabilities of all items; fills `items` when non-null.
void ScoreValues(const Problem& problem, const Options& options, bool sim,
                 State* state, std::vector<ItemResult>* items) {
  const double n = options.accu_false_values;
  std::vector<double> weight(problem.sources.size());
  for (size_t s = 0; s < weight.size(); ++s) {
    const double a = state->accuracy[s];
    weight[s] = std::log(n * a / (1 - a));
  }
  std::vector<std::vector<Support>> supporters;
  std::vector<double> votes, star;
  for (size_t i = 0; i < problem.items.size(); ++i) {
    const Item& item = problem.items[i];
    const size_t k = item.candidates.size();
    supporters.assign(k, {});
    for (const auto& claim : item.claims) {
      supporters[claim.second].push_back(
          Support{claim.first, weight[claim.first], 1.0, -1});
    }
    votes.assign(k, 0.0);
    for (size_t c = 0; c < k; ++c) {
      auto& sup = supporters[c];
      if (state->dependence != nullptr) {
        std::sort(sup.begin(), sup.end(),
                  [&](const Support& a, const Support& b) {
                    const double x = state->accuracy[a.source];
                    const double y = state->accuracy[b.source];
                    if (x != y) return x > y;
                    return a.source < b.source;
                  });
        DiscountDependentVotes(*state->dependence, options.copy_rate, &sup);
      }
      for (const Support& s : sup) votes[c] += s.weight * s.independence;
    }
    star = votes;
    if (sim) {
      for (size_t c = 0; c < k; ++c) {
        double extra = 0;
        for (size_t d = 0; d < k; ++d) {
          if (d != c) extra += votes[d] * item.similarity[c][d];
        }
        star[c] += options.accu_sim_rho * extra;
      }
    }
    double top = 0;  // unseen values have vote 0
    for (double v : star) top = std::max(top, v);
    const double unseen = std::max(0.0, n + 1 - static_cast<double>(k));
    double denom = unseen * std::exp(-top);
    for (double v : star) denom += std::exp(v - top);
    auto& p = state->prob[i];
    p.resize(k);
    for (size_t c = 0; c < k; ++c) p[c] = std::exp(star[c] - top) / denom;
    if (items != nullptr) {
      ItemResult& out = (*items)[i];
      out.values.resize(k);
      for (size_t c = 0; c < k; ++c) {
        ValueScore& v = out.values[c];
        v.candidate = static_cast<int>(c);
        v.confidence = p[c];
        v.support = star[c];
        v.supporters = std::move(supporters[c]);
        std::sort(v.supporters.begin(), v.supporters.end(),
                  [](const Support& a, const Support& b) {
                    return a.source < b.source;
                  });
      }
      RankValues(&out);
    }
  }
}

}  // namespace

Result RunAccu(const Problem& problem, const Options& options) {
  const bool copy = options.method == Method::kAccuCopy;
  const bool sim = copy || options.method == Method::kAccuSim;
  Result result;
  result.method = MethodName(copy  ? Method::kAccuCopy
                             : sim ? Method::kAccuSim
                                   : Method::kAccu);
  State state;
  state.accuracy.assign(problem.sources.size(), options.accu_initial_accuracy);
  state.prob.resize(problem.items.size());
  for (int iter = 1; iter <= options.max_iterations; ++iter) {
    ScoreValues(problem, options, sim, &state, nullptr);
    double change = 0;
    for (size_t s = 0; s < problem.sources.size(); ++s) {
      const auto& claims = problem.source_claims[s];
      if (claims.empty()) continue;
      double sum = 0;
      for (const auto& c : claims) sum += state.prob[c.first][c.second];
      const double a =
          std::min(options.accu_max_accuracy,
                   std::max(options.accu_min_accuracy, sum / claims.size()));
      change = std::max(change, std::fabs(a - state.accuracy[s]));
      state.accuracy[s] = a;
    }
    if (copy) {
      if (state.dependence == nullptr) {
        state.dependence = std::make_unique<DependenceMatrix>(
            static_cast<int>(problem.sources.size()));
        change = std::max(change, 1.0);  // dependence changes the votes
      }
      ComputeDependence(problem, state.prob, state.accuracy, options,
                        state.dependence.get());
    }
    result.iterations = iter;
    if (change < options.tolerance) break;
  }
  result.items.resize(problem.items.size());
  ScoreValues(problem, options, sim, &state, &result.items);
  result.source_accuracy = state.accuracy;
  if (state.dependence != nullptr) {
    result.dependent_pairs = state.dependence->Pairs(options.dependence_report);
  }
  return result;
}

}  // namespace truth
}  // namespace accord

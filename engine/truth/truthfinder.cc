#include "engine/truth/truthfinder.h"

#include <algorithm>
#include <cmath>

namespace accord {
namespace truth {
namespace {

constexpr double kMaxTrust = 1 - 1e-6;

double Tau(double t) { return -std::log(1 - std::min(t, kMaxTrust)); }

// Fills confidences of every candidate of every item given trust.
void ScoreFacts(const Problem& problem, const Options& options,
                const std::vector<double>& trust,
                std::vector<std::vector<double>>* sigma_star,
                std::vector<std::vector<double>>* conf) {
  std::vector<double> sigma;
  for (size_t i = 0; i < problem.items.size(); ++i) {
    const Item& item = problem.items[i];
    const size_t n = item.candidates.size();
    sigma.assign(n, 0.0);
    for (const auto& claim : item.claims) {
      sigma[claim.second] += Tau(trust[claim.first]);
    }
    auto& star = (*sigma_star)[i];
    auto& c = (*conf)[i];
    star.assign(n, 0.0);
    c.assign(n, 0.0);
    for (size_t f = 0; f < n; ++f) {
      double adjust = 0;
      for (size_t g = 0; g < n; ++g) {
        if (g == f) continue;
        adjust += sigma[g] * (item.similarity[f][g] - options.tf_base_sim);
      }
      star[f] = sigma[f] + options.tf_rho * adjust;
      c[f] = 1.0 / (1.0 + std::exp(-options.tf_gamma * star[f]));
    }
  }
}

}  // namespace

Result RunTruthFinder(const Problem& problem, const Options& options) {
  const size_t num_sources = problem.sources.size();
  std::vector<double> trust(num_sources, options.tf_initial_trust);
  std::vector<std::vector<double>> sigma_star(problem.items.size());
  std::vector<std::vector<double>> conf(problem.items.size());
  Result result;
  result.method = "truthfinder";
  for (int iter = 1; iter <= options.max_iterations; ++iter) {
    ScoreFacts(problem, options, trust, &sigma_star, &conf);
    double change = 0;
    for (size_t s = 0; s < num_sources; ++s) {
      const auto& claims = problem.source_claims[s];
      if (claims.empty()) continue;
      double sum = 0;
      for (const auto& c : claims) sum += conf[c.first][c.second];
      const double t = sum / claims.size();
      change = std::max(change, std::fabs(t - trust[s]));
      trust[s] = t;
    }
    result.iterations = iter;
    if (change < options.tolerance) break;
  }
  ScoreFacts(problem, options, trust, &sigma_star, &conf);

  result.items.resize(problem.items.size());
  for (size_t i = 0; i < problem.items.size(); ++i) {
    const Item& item = problem.items[i];
    ItemResult& out = result.items[i];
    out.values.resize(item.candidates.size());
    for (size_t c = 0; c < item.candidates.size(); ++c) {
      out.values[c].candidate = static_cast<int>(c);
      out.values[c].confidence = conf[i][c];
      out.values[c].support = sigma_star[i][c];
    }
    for (const auto& claim : item.claims) {
      out.values[claim.second].supporters.push_back(
          Support{claim.first, Tau(trust[claim.first]), 1.0, -1});
    }
    RankValues(&out);
  }
  result.source_accuracy = trust;
  return result;
}

}  // namespace truth
}  // namespace accord

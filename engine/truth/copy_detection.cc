#include "engine/truth/copy_detection.h"

#include <algorithm>
#include <cmath>

namespace accord {
namespace truth {

DependenceMatrix::DependenceMatrix(int num_sources)
    : n_(num_sources),
      prob_(static_cast<size_t>(num_sources) * num_sources, 0.0),
      kt_(prob_.size(), 0.0),
      kf_(prob_.size(), 0.0),
      kd_(prob_.size(), 0.0) {}

std::vector<DependentPair> DependenceMatrix::Pairs(double threshold) const {
  std::vector<DependentPair> out;
  for (int a = 0; a < n_; ++a) {
    for (int b = a + 1; b < n_; ++b) {
      const size_t k = Index(a, b);
      if (prob_[k] >= threshold && prob_[k] > 0) {
        out.push_back(DependentPair{a, b, prob_[k], kt_[k], kf_[k], kd_[k]});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const DependentPair& x, const DependentPair& y) {
                     return x.probability > y.probability;
                   });
  return out;
}

void ComputeDependence(const Problem& problem,
                       const std::vector<std::vector<double>>& truth_prob,
                       const std::vector<double>& accuracy,
                       const Options& options, DependenceMatrix* m) {
  std::fill(m->kt_.begin(), m->kt_.end(), 0.0);
  std::fill(m->kf_.begin(), m->kf_.end(), 0.0);
  std::fill(m->kd_.begin(), m->kd_.end(), 0.0);
  std::fill(m->prob_.begin(), m->prob_.end(), 0.0);
  const size_t n = static_cast<size_t>(m->n_);
  for (size_t i = 0; i < problem.items.size(); ++i) {
    const auto& claims = problem.items[i].claims;  // sorted by source
    const auto& p = truth_prob[i];
    // The item's most probable candidate (ties: lowest index) is "true".
    int best = 0;
    for (size_t c = 1; c < p.size(); ++c) {
      if (p[c] > p[best]) best = static_cast<int>(c);
    }
    for (size_t x = 0; x < claims.size(); ++x) {
      const size_t row = claims[x].first * n;
      const int cx = claims[x].second;
      for (size_t y = x + 1; y < claims.size(); ++y) {
        const size_t k = row + claims[y].first;
        if (claims[y].second == cx) {
          (cx == best ? m->kt_[k] : m->kf_[k]) += 1;
        } else {
          m->kd_[k] += 1;
        }
      }
    }
  }
  const double c = options.copy_rate;
  const double nf = options.accu_false_values;
  const double log_prior =
      std::log((1 - options.copy_prior) / options.copy_prior);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      const size_t k = a * n + b;
      const double shared = m->kt_[k] + m->kf_[k] + m->kd_[k];
      if (shared < options.copy_min_shared) continue;
      const double e = 1 - (accuracy[a] + accuracy[b]) / 2;
      const double pt = (1 - e) * (1 - e);
      const double pf = e * e / nf;
      const double pd = std::max(1e-12, 1 - pt - pf);
      const double qt = pt * (1 - c) + c * (1 - e);
      const double qf = pf * (1 - c) + c * e;
      const double qd = pd * (1 - c);
      const double log_ratio = log_prior + m->kt_[k] * std::log(pt / qt) +
                               m->kf_[k] * std::log(pf / qf) +
                               m->kd_[k] * std::log(pd / qd);
      // Pr(dep) = 1 / (1 + exp(log_ratio)), computed stably.
      m->prob_[k] = log_ratio > 0
                        ? std::exp(-log_ratio) / (1 + std::exp(-log_ratio))
                        : 1 / (1 + std::exp(log_ratio));
    }
  }
}

void DiscountDependentVotes(const DependenceMatrix& matrix, double copy_rate,
                            std::vector<Support>* supporters) {
  for (size_t k = 0; k < supporters->size(); ++k) {
    Support& s = (*supporters)[k];
    s.independence = 1;
    s.depends_on = -1;
    double worst = 0;
    for (size_t j = 0; j < k; ++j) {
      const int other = (*supporters)[j].source;
      const double p = matrix.Probability(s.source, other);
      s.independence *= 1 - copy_rate * p;
      if (p > worst) {
        worst = p;
        s.depends_on = other;
      }
    }
  }
}

}  // namespace truth
}  // namespace accord

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

namespace {

// Per-pair model probabilities for error rate e (Dong et al. 2009, Sec. 3).
struct PairModel {
  double pt, pf, pd, qt, qf, qd;
};

PairModel Model(double e, double c, double n) {
  PairModel m;
  m.pt = (1 - e) * (1 - e);
  m.pf = e * e / n;
  m.pd = std::max(1e-12, 1 - m.pt - m.pf);
  m.qt = m.pt * (1 - c) + c * (1 - e);
  m.qf = m.pf * (1 - c) + c * e;
  m.qd = m.pd * (1 - c);
  return m;
}

}  // namespace

void ComputeDependence(const Problem& problem,
                       const std::vector<std::vector<double>>& truth_prob,
                       const std::vector<double>& accuracy,
                       const Options& options, DependenceMatrix* m) {
  std::fill(m->kt_.begin(), m->kt_.end(), 0.0);
  std::fill(m->kf_.begin(), m->kf_.end(), 0.0);
  std::fill(m->kd_.begin(), m->kd_.end(), 0.0);
  std::fill(m->prob_.begin(), m->prob_.end(), 0.0);
  const size_t n = static_cast<size_t>(m->n_);
  const double c = options.copy_rate;
  const double nf = options.accu_false_values;
  const bool soft = options.copy_soft_truth;
  // Log-likelihood ratio log Pr(obs | independent) / Pr(obs | dependent) of
  // the shared same values, accumulated per pair in prob_ (reused).
  std::vector<double>& llr = m->prob_;
  for (size_t i = 0; i < problem.items.size(); ++i) {
    const auto& claims = problem.items[i].claims;  // sorted by source
    const auto& p = truth_prob[i];
    // The item's most probable candidate (ties: lowest index).
    int best = 0;
    for (size_t v = 1; v < p.size(); ++v) {
      if (p[v] > p[best]) best = static_cast<int>(v);
    }
    for (size_t x = 0; x < claims.size(); ++x) {
      const int sx = claims[x].first;
      const size_t row = sx * n;
      const int cx = claims[x].second;
      for (size_t y = x + 1; y < claims.size(); ++y) {
        const int sy = claims[y].first;
        const size_t k = row + sy;
        if (claims[y].second != cx) {
          m->kd_[k] += 1;
          continue;
        }
        if (!soft) {
          (cx == best ? m->kt_[k] : m->kf_[k]) += 1;
          continue;
        }
        // The shared value is true with probability p[cx]: the likelihood
        // of sharing it mixes the true and false cases.
        const double pv = p[cx];
        m->kt_[k] += pv;
        m->kf_[k] += 1 - pv;
        const PairModel pm =
            Model(1 - (accuracy[sx] + accuracy[sy]) / 2, c, nf);
        llr[k] += std::log((pv * pm.pt + (1 - pv) * pm.pf) /
                           (pv * pm.qt + (1 - pv) * pm.qf));
      }
    }
  }
  const double log_prior =
      std::log((1 - options.copy_prior) / options.copy_prior);
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) {
      const size_t k = a * n + b;
      const double shared = m->kt_[k] + m->kf_[k] + m->kd_[k];
      if (shared < options.copy_min_shared) {
        m->prob_[k] = 0;
        continue;
      }
      const PairModel pm = Model(1 - (accuracy[a] + accuracy[b]) / 2, c, nf);
      double log_ratio = log_prior + m->kd_[k] * std::log(pm.pd / pm.qd);
      if (soft) {
        log_ratio += llr[k];
      } else {
        log_ratio += m->kt_[k] * std::log(pm.pt / pm.qt) +
                     m->kf_[k] * std::log(pm.pf / pm.qf);
      }
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

// Source-dependence (copy) detection between structured sources, after
// Dong, Berti-Equille, Srivastava, "Integrating conflicting data: the role
// of source dependence", VLDB 2009.
//
// For two sources sharing items, count the items where they give the same
// value (kt + kf) or different values (kd). With error rate
// e = 1 - mean accuracy, n false values per item, copy rate c and prior
// alpha:
//   Pt = (1-e)^2, Pf = e^2/n, Pd = 1 - Pt - Pf           (independent)
//   Qt = Pt(1-c) + c(1-e), Qf = Pf(1-c) + c e, Qd = Pd(1-c) (dependent)
// A shared value that is true with current probability P contributes the
// likelihood ratio (P Pt + (1-P) Pf) / (P Qt + (1-P) Qf) (the paper's
// mixture; Options::copy_soft_truth, default), and
//   Pr(dep) = 1 / (1 + (1-alpha)/alpha * prod(ratios) * (Pd/Qd)^kd).
// kt and kf are reported as sum P and sum (1-P). (Adding P and 1-P as
// fractional counts in the exponents instead would let a 1% doubt on
// thousands of true values add up to spurious "shared false values"; the
// mixture does not.) With copy_soft_truth=false the item's argmax counts
// as true and kt/kf are hard counts (the previous behaviour; it 2-cycles
// on Book and Flight).
// Sharing a false value is strong evidence of copying (Pf << Qf); sharing
// true values is weak evidence; differing is evidence of independence.
//
//   DependenceMatrix dep(problem.sources.size());
//   ComputeDependence(problem, truth_prob, accuracy, options, &dep);
//   double w = VoteIndependence(...);
#ifndef ACCORD_ENGINE_TRUTH_COPY_DETECTION_H_
#define ACCORD_ENGINE_TRUTH_COPY_DETECTION_H_

#include <vector>

#include "engine/truth/observation.h"
#include "engine/truth/options.h"
#include "engine/truth/result.h"

namespace accord {
namespace truth {

// Symmetric matrix of dependence probabilities plus the evidence counts.
class DependenceMatrix {
 public:
  explicit DependenceMatrix(int num_sources);
  int size() const { return n_; }
  // Pr(a and b are dependent); 0 on the diagonal.
  double Probability(int a, int b) const {
    return a == b ? 0.0 : prob_[Index(a, b)];
  }
  // Pairs with probability >= threshold, sorted by decreasing probability,
  // ties by (a, b).
  std::vector<DependentPair> Pairs(double threshold) const;

 private:
  friend void ComputeDependence(const Problem&,
                                const std::vector<std::vector<double>>&,
                                const std::vector<double>&, const Options&,
                                DependenceMatrix*);
  size_t Index(int a, int b) const {
    return a < b ? static_cast<size_t>(a) * n_ + b
                 : static_cast<size_t>(b) * n_ + a;
  }
  int n_;
  std::vector<double> prob_, kt_, kf_, kd_;
};

// Recomputes every pair's dependence probability. `truth_prob[i][c]` is the
// probability that candidate c of item i is true (only the argmax is used);
// `accuracy[s]` the current accuracy of source s. Pairs sharing fewer than
// options.copy_min_shared items get probability 0.
void ComputeDependence(const Problem& problem,
                       const std::vector<std::vector<double>>& truth_prob,
                       const std::vector<double>& accuracy,
                       const Options& options, DependenceMatrix* matrix);

// Vote discount for the sources `supporters` of one value, visited in the
// given order: supporter k keeps prod_{j<k} (1 - c * Pr(dep(k, j))) of its
// vote (Dong et al. 2009, Sec. 3.3). Fills independence and depends_on.
void DiscountDependentVotes(const DependenceMatrix& matrix, double copy_rate,
                            std::vector<Support>* supporters);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_COPY_DETECTION_H_

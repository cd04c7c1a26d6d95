// Truth-discovery methods and their parameters.
//
//   accord::truth::Options opts;
//   opts.method = accord::truth::Method::kAccuCopy;
//
// Defaults follow the papers: TruthFinder (Yin, Han, Yu, KDD 2007) and
// Accu/AccuCopy (Dong, Berti-Equille, Srivastava, VLDB 2009).
#ifndef ACCORD_ENGINE_TRUTH_OPTIONS_H_
#define ACCORD_ENGINE_TRUTH_OPTIONS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {
namespace truth {

enum class Method {
  kVote,         // majority: each source one vote
  kTruthFinder,  // Yin et al. 2007
  kAccu,         // Bayesian source accuracy (Dong et al. 2009)
  kAccuSim,      // Accu + value similarity
  kAccuCopy,     // Accu + similarity + source-dependence discount
};

struct Options {
  Method method = Method::kAccuCopy;

  // Iterative methods stop when no source's reliability moves by more than
  // `tolerance`, or after `max_iterations`.
  int max_iterations = 100;
  double tolerance = 1e-4;

  // TruthFinder: initial trustworthiness, dampening gamma, implication
  // weight rho and base similarity (implication = sim - base_sim).
  double tf_initial_trust = 0.9;
  double tf_gamma = 0.3;
  double tf_rho = 0.5;
  double tf_base_sim = 0.5;

  // Accu: initial accuracy, number of false values per item `n`, accuracy
  // clamp, and the similarity weight rho of ACCUSIM/ACCUCOPY.
  double accu_initial_accuracy = 0.8;
  double accu_false_values = 100;
  double accu_min_accuracy = 0.01;
  double accu_max_accuracy = 0.99;
  double accu_sim_rho = 0.5;

  // AccuCopy: prior probability that two sources are dependent (alpha),
  // copy rate c, and the probability above which a pair is reported.
  double copy_prior = 0.2;
  double copy_rate = 0.8;
  double dependence_report = 0.5;
  // Pairs sharing fewer items than this are treated as independent.
  int copy_min_shared = 3;
  // How a shared value's truth enters copy detection. true: as in Dong et
  // al. 2009, each shared value is true with its current probability P and
  // contributes log((P Pt + (1-P) Pf) / (P Qt + (1-P) Qf)); false: the
  // item's argmax counts as true (hard kt/kf counts).
  bool copy_soft_truth = true;
};

// Stable lower-case names: "vote", "truthfinder", "accu", "accusim",
// "accucopy".
std::string MethodName(Method method);

// Parses a MethodName(); InvalidArgument on anything else.
absl::StatusOr<Method> ParseMethod(absl::string_view name);

// All methods in a fixed order.
std::vector<Method> AllMethods();

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_ENGINE_TRUTH_OPTIONS_H_

// Scores truth-discovery methods against the Book and Flight gold
// standards. Gold values are used only here, after a method has chosen.
//
//   auto scores = accord::truth::ScoreDataset(eval_dir, "flight", methods);
//   for (const auto& s : *scores) std::cout << FormatScore(s);
//
// Flight: precision over the gold (flight, attribute) items that have a
// gold value and at least one observation (Li et al. count items the same
// way); a chosen time is right within 10 minutes, a gate when equal.
// Book: fraction of the 100 gold books whose chosen surname multiset equals
// the gold one (book_data.h); a book nobody lists counts as wrong.
#ifndef ACCORD_TOOLS_TRUTH_SCORER_H_
#define ACCORD_TOOLS_TRUTH_SCORER_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/truth/observation.h"
#include "engine/truth/options.h"
#include "tools/truth/flight_data.h"

namespace accord {
namespace truth {

struct Tally {
  int correct = 0;
  int total = 0;
  double Precision() const { return total ? double(correct) / total : 0; }
};

struct MethodScore {
  std::string dataset;
  std::string method;
  Tally overall;
  std::map<std::string, Tally> per_attribute;
  int dependent_pairs = 0;
  int iterations = 0;
};

// A loaded data set: the problem, its value model and the gold items
// (object, attribute) -> normalized gold value.
struct Dataset {
  std::string name;
  std::unique_ptr<ValueModel> model;
  Problem problem;
  std::map<std::pair<std::string, std::string>, std::string> gold;
  int observations = 0;
  // Flight: (source, attribute) pairs found to report runway times.
  std::vector<std::pair<std::string, std::string>> reinterpreted;
};

// Loads "book" or "flight" from <eval_dir>/truth/<name>/.
absl::StatusOr<Dataset> LoadDataset(
    const std::string& eval_dir, const std::string& name,
    const FlightLoadOptions& flight_options = FlightLoadOptions());

// Runs `method` on a loaded data set and scores it.
MethodScore ScoreMethod(const Dataset& data, Method method,
                        const Options& base);

// Loads `name` and scores every method in `methods`.
absl::StatusOr<std::vector<MethodScore>> ScoreDataset(
    const std::string& eval_dir, const std::string& name,
    const std::vector<Method>& methods, const Options& base = Options());

// Diagnostic: for every gold item `method` gets wrong, the gold value, the
// chosen one and every candidate with its supporting sources.
std::string FormatMisses(const Dataset& data, Method method,
                         const Options& base);

// One line per score: "flight accucopy 0.953 (2011/2110) sched_dep=..."
std::string FormatScore(const MethodScore& score);

}  // namespace truth
}  // namespace accord

#endif  // ACCORD_TOOLS_TRUTH_SCORER_H_

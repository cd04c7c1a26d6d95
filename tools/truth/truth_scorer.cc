// truth_scorer: precision of each truth-discovery method on the Book and
// Flight gold standards.
//
//   bazel-bin/tools/truth/truth_scorer --eval_dir=/work/shared/eval \
//       --dataset=all --method=all
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "engine/truth/options.h"
#include "tools/eval/eval_dir.h"
#include "tools/truth/flight_data.h"
#include "tools/truth/scorer.h"

ABSL_FLAG(std::string, eval_dir, "",
          "evaluation directory holding truth/book and truth/flight "
          "(default: $ACCORD_EVAL_DIR)");
ABSL_FLAG(std::string, dataset, "all", "book, flight or all");
ABSL_FLAG(double, runway_match_fraction,
          accord::truth::FlightLoadOptions().runway_match_fraction,
          "Flight: fraction of a source's times coinciding with other "
          "sources' runway-qualified times above which its times on that "
          "attribute are runway times, not claims (> 1 disables)");
ABSL_FLAG(bool, verbose, false,
          "print reinterpreted (source, attribute) pairs and, per method, "
          "every missed gold item with its candidates and supporters");
ABSL_FLAG(std::string, method, "all",
          "vote, truthfinder, accu, accusim, accucopy or all");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const absl::StatusOr<std::string> dir =
      accord::EvalDir(absl::GetFlag(FLAGS_eval_dir));
  if (!dir.ok()) {
    std::cerr << "truth_scorer: " << dir.status().message() << "\n";
    return 2;
  }
  const std::string& eval_dir = *dir;
  std::vector<accord::truth::Method> methods;
  if (absl::GetFlag(FLAGS_method) == "all") {
    methods = accord::truth::AllMethods();
  } else {
    auto m = accord::truth::ParseMethod(absl::GetFlag(FLAGS_method));
    if (!m.ok()) {
      std::cerr << "truth_scorer: " << m.status() << "\n";
      return 2;
    }
    methods.push_back(*m);
  }
  std::vector<std::string> datasets;
  const std::string d = absl::GetFlag(FLAGS_dataset);
  if (d == "all") {
    datasets = {"book", "flight"};
  } else {
    datasets = {d};
  }
  for (const std::string& name : datasets) {
    accord::truth::FlightLoadOptions flight_options;
    flight_options.runway_match_fraction =
        absl::GetFlag(FLAGS_runway_match_fraction);
    auto data = accord::truth::LoadDataset(eval_dir, name, flight_options);
    if (!data.ok()) {
      std::cerr << "truth_scorer: " << data.status() << "\n";
      return 1;
    }
    if (absl::GetFlag(FLAGS_verbose)) {
      for (const auto& r : data->reinterpreted) {
        std::cout << name << " runway times: " << r.first << " " << r.second
                  << "\n";
      }
    }
    std::vector<accord::truth::MethodScore> scores;
    for (accord::truth::Method m : methods) {
      scores.push_back(accord::truth::ScoreMethod(*data, m, {}));
    }
    if (absl::GetFlag(FLAGS_verbose)) {
      for (accord::truth::Method m : methods) {
        std::cout << "== misses " << name << " " << accord::truth::MethodName(m)
                  << "\n"
                  << accord::truth::FormatMisses(*data, m, {});
      }
    }
    for (const auto& s : scores) {
      std::cout << accord::truth::FormatScore(s) << "\n";
    }
  }
  return 0;
}

// ecb_scorer: accord's cross-document alignment scored on the ECB+ clusters
// (docs/ecbplus.md): per cluster and overall claims, aligned pairs, pair
// precision and instance recall.
//
//   bazel-bin/tools/ecb/ecb_scorer --eval_dir=/work/shared/eval [--show]
#include <cstdlib>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "engine/extract/extractor.h"
#include "tools/ecb/gold.h"
#include "tools/ecb/scorer.h"
#include "tools/eval/eval_dir.h"

ABSL_FLAG(std::string, eval_dir, "",
          "evaluation directory holding ecbplus/ (default: $ACCORD_EVAL_DIR)");
ABSL_FLAG(bool, show, false,
          "also print every aligned pair with its verdict, the missed gold "
          "instances and the conflicts found");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const absl::StatusOr<std::string> dir =
      accord::EvalDir(absl::GetFlag(FLAGS_eval_dir));
  if (!dir.ok()) {
    std::cerr << "ecb_scorer: " << dir.status().message() << "\n";
    return 2;
  }
  const std::string& eval_dir = *dir;
  auto clusters = accord::ecb::ReadEcbPlus(eval_dir);
  if (!clusters.ok()) {
    std::cerr << "ecb_scorer: " << clusters.status() << "\n";
    return 1;
  }
  auto extractor = accord::Extractor::CreateDefault();
  if (!extractor.ok()) {
    std::cerr << "ecb_scorer: " << extractor.status() << "\n";
    return 1;
  }
  accord::ecb::ClusterScore total;
  total.name = "overall";
  for (const accord::ecb::GoldCluster& c : *clusters) {
    auto r = accord::ecb::RunCluster(**extractor, c);
    if (!r.ok()) {
      std::cerr << "ecb_scorer: " << r.status() << "\n";
      return 1;
    }
    if (absl::GetFlag(FLAGS_show)) std::cout << FormatDetails(*r);
    std::cout << FormatScore(r->score) << "\n";
    total.Add(r->score);
  }
  std::cout << FormatScore(total) << "\n";
  return 0;
}

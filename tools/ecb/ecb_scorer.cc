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

ABSL_FLAG(std::string, eval_dir, "",
          "evaluation directory holding ecbplus/ (default: $ACCORD_EVAL_DIR)");
ABSL_FLAG(bool, show, false,
          "also print every aligned pair with its verdict, the missed gold "
          "instances and the conflicts found");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  std::string eval_dir = absl::GetFlag(FLAGS_eval_dir);
  if (eval_dir.empty()) {
    const char* env = std::getenv("ACCORD_EVAL_DIR");
    if (env != nullptr) eval_dir = env;
  }
  if (eval_dir.empty()) {
    std::cerr << "ecb_scorer: pass --eval_dir or set ACCORD_EVAL_DIR\n";
    return 2;
  }
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

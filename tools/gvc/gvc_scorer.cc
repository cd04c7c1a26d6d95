// gvc_scorer: accord's casualty counts scored on the Gun Violence Archive
// incidents (docs/gvc.md): per incident and overall, the incidents where a
// KILL and an INJURE count is given, how often the best-supported count
// equals GVA's figure, the coverage of incidents with victims and the
// conflicts flagged per incident.
//
//   bazel-bin/tools/gvc/gvc_scorer --eval_dir=/work/shared/eval [--show]
#include <chrono>
#include <iostream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_format.h"
#include "engine/extract/extractor.h"
#include "tools/eval/eval_dir.h"
#include "tools/gvc/gold.h"
#include "tools/gvc/scorer.h"

ABSL_FLAG(std::string, eval_dir, "",
          "evaluation directory holding gvc/ (default: $ACCORD_EVAL_DIR)");
ABSL_FLAG(bool, show, false,
          "also print each incident's gold, count candidates, the claims "
          "behind them and every conflict with its sentences");
ABSL_FLAG(std::string, incident, "",
          "score only this incident (for debugging; the overall line then "
          "covers it alone)");
ABSL_FLAG(int, jobs, 1, "extraction threads per incident");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const absl::StatusOr<std::string> dir =
      accord::EvalDir(absl::GetFlag(FLAGS_eval_dir));
  if (!dir.ok()) {
    std::cerr << "gvc_scorer: " << dir.status().message() << "\n";
    return 2;
  }
  auto incidents = accord::gvc::ReadGvc(*dir);
  if (!incidents.ok()) {
    std::cerr << "gvc_scorer: " << incidents.status() << "\n";
    return 1;
  }
  auto extractor = accord::Extractor::CreateDefault();
  if (!extractor.ok()) {
    std::cerr << "gvc_scorer: " << extractor.status() << "\n";
    return 1;
  }
  accord::PipelineOptions options;
  options.jobs = std::max(1, absl::GetFlag(FLAGS_jobs));
  const std::string only = absl::GetFlag(FLAGS_incident);
  const auto start = std::chrono::steady_clock::now();
  accord::gvc::GvcScore total;
  total.name = "overall";
  int status = 0;
  for (const accord::gvc::GvcIncident& g : *incidents) {
    if (!only.empty() && g.id != only) continue;
    auto r = accord::gvc::RunIncident(**extractor, g, options);
    if (!r.ok()) {
      // Other incidents are still scored; the exit code says one failed.
      std::cerr << "gvc_scorer: " << r.status() << "\n";
      status = 1;
      continue;
    }
    if (absl::GetFlag(FLAGS_show)) std::cout << FormatDetails(*r);
    std::cout << FormatScore(r->score) << "\n";
    total.Add(r->score);
  }
  std::cout << FormatScore(total) << "\n";
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  std::cerr << absl::StrFormat("gvc_scorer: %d incidents in %.1f s\n",
                               total.incidents, seconds);
  return status;
}

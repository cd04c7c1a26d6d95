// duckling_scorer: scores accord's value normalizers against Duckling's
// English corpora and prints, per dimension, rows, exact matches, accuracy
// and (with --show_misses) every miss.
//
//   tools/bazel run //tools/duckling:duckling_scorer -- \
//       --eval_dir=/work/shared/eval --dimension=Time --show_misses

#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_format.h"
#include "tools/duckling/duckling_scorer.h"
#include "tools/eval/eval_dir.h"

ABSL_FLAG(std::string, eval_dir, "",
          "External evaluation directory holding duckling/*.tsv "
          "(default: $ACCORD_EVAL_DIR)");
ABSL_FLAG(std::string, dimension, "",
          "Numeral, Ordinal, Duration, Quantity or Time; empty for all");
ABSL_FLAG(bool, show_misses, false, "Print every row that is not exact");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const absl::StatusOr<std::string> dir =
      accord::EvalDir(absl::GetFlag(FLAGS_eval_dir));
  if (!dir.ok()) {
    std::fprintf(stderr, "duckling_scorer: %s\n",
                 std::string(dir.status().message()).c_str());
    return 2;
  }
  const std::string& eval_dir = *dir;
  const std::string only = absl::GetFlag(FLAGS_dimension);
  int failures = 0;
  std::printf("%-10s %6s %6s %9s\n", "dimension", "rows", "exact", "accuracy");
  for (const std::string& dim : accord::duckling::Dimensions()) {
    if (!only.empty() && only != dim) continue;
    absl::StatusOr<accord::duckling::DimensionScore> s =
        accord::duckling::ScoreDimension(eval_dir, dim);
    if (!s.ok()) {
      std::fprintf(stderr, "duckling_scorer: %s\n",
                   std::string(s.status().message()).c_str());
      ++failures;
      continue;
    }
    std::printf("%-10s %6d %6d %8.1f%%\n", dim.c_str(), s->rows, s->exact,
                100 * s->Accuracy());
    if (s->news_rows > 0) {
      std::printf("%-10s %6d %6d %8.1f%%\n", "  news", s->news_rows,
                  s->news_exact, 100 * s->NewsAccuracy());
    }
    if (absl::GetFlag(FLAGS_show_misses)) {
      for (const auto& m : s->misses) {
        std::printf("  MISS %-14s %-45s want %s %s %s | got %s %s %s%s\n",
                    m.row.section.c_str(), m.row.text.c_str(),
                    m.row.normalized.c_str(), m.row.grain_or_unit.c_str(),
                    m.row.extra.c_str(), m.got.normalized.c_str(),
                    m.got.grain_or_unit.c_str(), m.got.extra.c_str(),
                    accord::duckling::IsNewsForm(m.row) ? "  [news]" : "");
      }
    }
  }
  return failures ? 1 : 0;
}

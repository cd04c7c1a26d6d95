// timeml_scorer: scores accord's TIMEX3 (engine/timeml/timex.h) against the
// TimeML corpora in the evaluation directory (TimeBank, AQUAINT) with the
// TempEval-3 formula and prints strict and relaxed span P/R/F1, type and
// value accuracy and value F1 per corpus and overall; --show_errors lists
// every miss, spurious TIMEX3 and wrong value.
//
//   tools/bazel run -c opt //tools/timeml:timeml_scorer -- --show_errors

#include <cstdio>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "tools/eval/eval_dir.h"
#include "tools/timeml/timeml_scorer.h"

ABSL_FLAG(std::string, eval_dir, "",
          "External evaluation directory holding timeml/{TimeBank,AQUAINT} "
          "(default: $ACCORD_EVAL_DIR)");
ABSL_FLAG(bool, show_context, false,
          "with --show_errors, print each error's document, creation date "
          "and line of text");
ABSL_FLAG(bool, show_errors, false,
          "Print every missed, spurious or wrongly valued TIMEX3");

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const absl::StatusOr<std::string> dir =
      accord::EvalDir(absl::GetFlag(FLAGS_eval_dir));
  if (!dir.ok()) {
    std::fprintf(stderr, "timeml_scorer: %s\n",
                 std::string(dir.status().message()).c_str());
    return 2;
  }
  accord::timeml::TimexCounts total;
  int failures = 0;
  for (const std::string& corpus : accord::timeml::Corpora()) {
    absl::StatusOr<accord::timeml::CorpusScore> s =
        accord::timeml::ScoreCorpus(*dir, corpus);
    if (!s.ok()) {
      std::fprintf(stderr, "timeml_scorer: %s\n",
                   std::string(s.status().message()).c_str());
      ++failures;
      continue;
    }
    total.Add(s->counts);
    std::printf(
        "%s",
        accord::timeml::FormatCounts(
            corpus + " (" + std::to_string(s->documents) + " docs)", s->counts)
            .c_str());
    if (absl::GetFlag(FLAGS_show_errors)) {
      for (const accord::timeml::TimexError& e : s->errors) {
        const char* kind = e.gold_text.empty()     ? "SPURIOUS"
                           : e.system_text.empty() ? "MISSED"
                                                   : "VALUE";
        std::printf("  %-8s gold [%s] %s %s | got [%s] %s %s\n", kind,
                    e.gold_text.c_str(), e.gold_type.c_str(),
                    e.gold_value.c_str(), e.system_text.c_str(),
                    e.system_type.c_str(), e.system_value.c_str());
        if (absl::GetFlag(FLAGS_show_context)) {
          std::string context = e.context;
          for (char& ch : context) {
            if (ch == '\n') ch = ' ';
          }
          std::printf("           %s dct %s: %s\n", e.doc.c_str(),
                      e.dct.c_str(), context.c_str());
        }
      }
    }
  }
  std::printf("%s", accord::timeml::FormatCounts("overall", total).c_str());
  return failures == 0 ? 0 : 1;
}

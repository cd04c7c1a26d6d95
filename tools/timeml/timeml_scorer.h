// TempEval-3 entity scores for TIMEX3: accord's time expressions
// (engine/timeml/timex.h) against TimeML gold, with the formula of the TE3
// evaluation script (UzZaman et al., SemEval-2013 Task 1):
//
//   strict match:  same span;  relaxed (loose) match: overlapping spans.
//   P = matched system / system, R = matched gold / gold, F1 harmonic mean.
//   type / value accuracy = gold TIMEX3 with a relaxed match whose system
//     type / value is equal, over gold TIMEX3 with a relaxed match.
//   value F1 = value accuracy * relaxed F1 (the TE3 ranking score).
//
//   TimexCounts c;
//   for (const TimeMLDoc& d : docs) c.Add(ScoreDocument(d, FindTimexes(...)));
//   std::cout << FormatCounts("TimeBank", c);
#ifndef ACCORD_TOOLS_TIMEML_TIMEML_SCORER_H_
#define ACCORD_TOOLS_TIMEML_TIMEML_SCORER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "engine/timeml/timex.h"
#include "tools/timeml/timeml_gold.h"

namespace accord {
namespace timeml {

// Counts summed over documents.
struct TimexCounts {
  int gold = 0;
  int system = 0;
  int gold_strict = 0;     // gold with a system TIMEX3 of the same span
  int gold_relaxed = 0;    // gold overlapped by a system TIMEX3
  int system_strict = 0;   // system with a gold TIMEX3 of the same span
  int system_relaxed = 0;  // system overlapping a gold TIMEX3
  int type_match = 0;      // relaxed gold whose matched system type is equal
  int value_match = 0;     // relaxed gold whose matched system value is equal

  void Add(const TimexCounts& o);
  double strict_precision() const;
  double strict_recall() const;
  double strict_f1() const;
  double relaxed_precision() const;
  double relaxed_recall() const;
  double relaxed_f1() const;
  double type_accuracy() const;
  double value_accuracy() const;
  // value_accuracy() * relaxed_f1().
  double value_f1() const;
};

// A gold TIMEX3 that was missed or got another value, for error listings.
struct TimexError {
  std::string gold_text, gold_type, gold_value;  // gold_text "" if spurious
  std::string system_text, system_type, system_value;  // "" if missed
  // Where: the document's file name, its creation date ("1998-08-07") and
  // the line of text around the TIMEX3 (gold, else system), for reading
  // errors by class (--show_context).
  std::string doc, dct, context;
};

// Scores one document. The system TIMEX3 a gold one is compared with is the
// one with the same span, else the one overlapping it most. Appends the
// misses, spurious ones and wrong values to `errors` when not null.
TimexCounts ScoreDocument(const TimeMLDoc& doc,
                          const std::vector<Timex>& system,
                          std::vector<TimexError>* errors = nullptr);

// The corpora under `eval_dir`/timeml that ScoreCorpus reads, in order:
// "TimeBank", "AQUAINT".
std::vector<std::string> Corpora();

// A corpus scored: its counts and, per gold or system TIMEX3 that is not
// right, one error.
struct CorpusScore {
  std::string name;
  int documents = 0;
  TimexCounts counts;
  std::vector<TimexError> errors;
};

// Reads `eval_dir`/timeml/`corpus`/*.tml, runs FindTimexes on each
// document's text with its DCT and scores it. Fails naming the directory or
// file that cannot be read or parsed.
absl::StatusOr<CorpusScore> ScoreCorpus(const std::string& eval_dir,
                                        const std::string& corpus);

// One line per measure, percentages with two decimals, headed by `name`.
std::string FormatCounts(absl::string_view name, const TimexCounts& c);

}  // namespace timeml
}  // namespace accord

#endif  // ACCORD_TOOLS_TIMEML_TIMEML_SCORER_H_

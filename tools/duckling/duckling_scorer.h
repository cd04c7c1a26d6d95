// Duckling scorer: runs accord's value normalizers over Facebook Duckling's
// English test corpora (flattened to TSV under <eval_dir>/duckling/) and
// counts the rows whose value is reproduced exactly.
//
//   absl::StatusOr<DimensionScore> s = ScoreDimension(eval_dir, "Time");
//   s->exact / s->rows
//
// Each row has a dimension (Numeral, Ordinal, Duration, Quantity, Time), a
// corpus section, the text, and Duckling's value in its own notation. The
// scorer runs the matching Find* on the text, takes the match covering the
// whole text (or else the longest), formats it in Duckling's notation and
// compares. Rows in 'negative' sections must yield no value at all.

#ifndef ACCORD_TOOLS_DUCKLING_DUCKLING_SCORER_H_
#define ACCORD_TOOLS_DUCKLING_DUCKLING_SCORER_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {
namespace duckling {

// One corpus row.
struct Row {
  std::string dimension;
  std::string section;
  std::string text;
  std::string normalized;     // Duckling's value; "NONE" for negative rows
  std::string grain_or_unit;  // "Day", "Minute", "Gram", "Unnamed", ""
  std::string extra;          // holiday, product, or "after"/"before"
};

// Reads <eval_dir>/duckling/<dimension>.EN.normalized.tsv.
absl::StatusOr<std::vector<Row>> ReadRows(absl::string_view eval_dir,
                                          absl::string_view dimension);

// What accord produced for a row, in Duckling's notation.
struct Output {
  std::string normalized = "NONE";
  std::string grain_or_unit;
  std::string extra;
};

// Runs the normalizer for `row.dimension` on `row.text` and formats the
// chosen match. Time rows resolve against Duckling's reference time
// 2013-02-12T04:30:00 with next-occurrence semantics; latent forms are
// enabled only for the 'latentCorpus' section.
Output RunRow(const Row& row);

// True when `got` reproduces the row: numeric values compare numerically
// (1e-6 relative), the grain or unit must match, and for Quantity the product
// (extra) too. Time holiday names are not compared.
bool Matches(const Row& row, const Output& got);

// True for Time rows in the news-forms subset (see docs/normalizers.md):
// absolute dates, date ranges, weekdays, relative days and periods, months,
// years and clock times, recognized by the shape of the text.
bool IsNewsForm(const Row& row);

struct Miss {
  Row row;
  Output got;
};

struct DimensionScore {
  std::string dimension;
  int rows = 0;
  int exact = 0;
  int news_rows = 0;   // Time only
  int news_exact = 0;  // Time only
  std::vector<Miss> misses;
  double Accuracy() const { return rows ? 1.0 * exact / rows : 0; }
  double NewsAccuracy() const {
    return news_rows ? 1.0 * news_exact / news_rows : 0;
  }
};

// Scores one dimension.
absl::StatusOr<DimensionScore> ScoreDimension(absl::string_view eval_dir,
                                              absl::string_view dimension);

// The five dimensions, in report order.
const std::vector<std::string>& Dimensions();

}  // namespace duckling
}  // namespace accord

#endif  // ACCORD_TOOLS_DUCKLING_DUCKLING_SCORER_H_

// Test support: the default extractor run on one written text, for the
// table-driven tests of engine/extract that check what a sentence yields.
//
//   for (const Claim& c : ExtractText("Two men were shot.")) { ... }
//   EXPECT_THAT(CountsOf("Five were shot, one fatally.", "INJURE"), ...);
#ifndef ACCORD_ENGINE_EXTRACT_EXTRACT_TEXT_H_
#define ACCORD_ENGINE_EXTRACT_EXTRACT_TEXT_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "proto/accord.pb.h"

namespace accord {

// The claims the default extractor finds in `text`, read as document "t"
// of source `source`, published on `published` ("YYYY-MM-DD", "" for
// unknown). The extractor is built once per process and shared; the call
// is thread-safe. Aborts if the extractor cannot be built or fails on the
// text (test support only).
std::vector<Claim> ExtractText(absl::string_view text,
                               absl::string_view published = "",
                               absl::string_view source = "t");

// The counts of the claims of `frame` in `text`, in claim order (0 for a
// claim of the frame without a count). Thread-safe.
std::vector<double> CountsOf(absl::string_view text, absl::string_view frame);

// The count of the first claim of `frame` in `text` (CountsOf's first), or
// -1 when `text` gives no claim of the frame: the one value the count
// tables check per row. Thread-safe.
double FirstCountOf(absl::string_view text, absl::string_view frame);

// One row of a count table: a sentence written for the test, a frame, and
// the count FirstCountOf must give (0 = a claim without a count, -1 = no
// claim of the frame).
struct CountCase {
  const char* sentence;
  const char* frame;
  double count;
};

// Checks every row with a gtest EXPECT, naming the row's sentence and frame
// when it fails. Thread-safe.
void ExpectFirstCounts(absl::Span<const CountCase> cases);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_EXTRACT_TEXT_H_

// Cue patterns: the count data's English word lists (counts.textproto) as
// RE2 alternations, and the compilation of the patterns built from them,
// shared by the count readers (CountCues, SingularVictims, NounVictims,
// PatientAges).
//
//   std::unique_ptr<RE2> aux;
//   const CuePattern patterns[] = {
//       {&aux, absl::StrCat(" ", LongestFirst(p.singular_auxiliaries()), "
//       $")}};
//   absl::Status s = CompileCuePatterns(patterns);
#ifndef ACCORD_ENGINE_EXTRACT_CUE_PATTERNS_H_
#define ACCORD_ENGINE_EXTRACT_CUE_PATTERNS_H_

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/types/span.h"
#include "re2/re2.h"

namespace accord {

// The words as one RE2 group of alternatives "(?:w1|w2|...)", each quoted,
// longest first so that "age of" wins over "age" (ties in byte order).
// `Words` is any range of std::string (a repeated proto field, a vector).
// Pure.
template <typename Words>
std::string LongestFirst(const Words& words) {
  std::vector<std::string> w;
  for (const std::string& s : words) w.push_back(RE2::QuoteMeta(s));
  std::sort(w.begin(), w.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  return absl::StrCat("(?:", absl::StrJoin(w, "|"), ")");
}

// The words as one RE2 group of alternatives "(?:w1|w2|...)", each quoted,
// in their given order (RE2 prefers the earlier of two that match at one
// place). Pure.
template <typename Words>
std::string InOrder(const Words& words) {
  std::vector<std::string> w;
  for (const std::string& s : words) w.push_back(RE2::QuoteMeta(s));
  return absl::StrCat("(?:", absl::StrJoin(w, "|"), ")");
}

// One pattern to compile and where the compiled RE2 goes.
struct CuePattern {
  std::unique_ptr<RE2>* out;
  std::string pattern;
};

// `pattern` compiled with RE2's default options, or InvalidArgument naming
// the pattern and RE2's error. Pure.
absl::StatusOr<std::unique_ptr<RE2>> CompileCuePattern(
    const std::string& pattern);

// Compiles every pattern into its `out`; stops at the first that fails
// and returns its error (the `out`s before it are set). The caller owns
// the `out`s.
absl::Status CompileCuePatterns(absl::Span<const CuePattern> patterns);

}  // namespace accord

#endif  // ACCORD_ENGINE_EXTRACT_CUE_PATTERNS_H_

#include "engine/extract/modality.h"

#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "re2/re2.h"

namespace accord {
namespace {

// The regexes ModalityOf replaced: the reference it must agree with.
Modality ModalityOfRegex(absl::string_view window) {
  static const LazyRE2 kReported = {
      "\\b(?:reportedly|allegedly|(?:was|were|is|are) (?:reported|said) "
      "to)\\b"};
  static const LazyRE2 kPlanned = {
      "\\b(?:will|shall|would|(?:is|are|was|were) to|expected to|set to|"
      "slated to|scheduled to|due to|plans? to|planning to|planned to|"
      "intends? to|going to|poised to|about to|upcoming|hopes? to|to)\\b"};
  static const LazyRE2 kHedged = {
      "\\b(?:may|might|could|likely|possibly|perhaps|probably)\\b"};
  const re2::StringPiece w(window.data(), window.size());
  if (RE2::PartialMatch(w, *kReported)) return REPORTED;
  if (RE2::PartialMatch(w, *kHedged)) return HEDGED;
  if (RE2::PartialMatch(w, *kPlanned)) return PLANNED;
  return ASSERTED;
}

TEST(ModalityTest, Examples) {
  EXPECT_EQ(ModalityOf("Xi "), ASSERTED);
  EXPECT_EQ(ModalityOf("Xi will "), PLANNED);
  EXPECT_EQ(ModalityOf("Xi is expected to "), PLANNED);
  EXPECT_EQ(ModalityOf("Xi may "), HEDGED);
  EXPECT_EQ(ModalityOf("Xi may be about to "), HEDGED);
  EXPECT_EQ(ModalityOf("Xi was reported to have "), REPORTED);
  EXPECT_EQ(ModalityOf("Xi reportedly may "), REPORTED);
  EXPECT_EQ(ModalityOf("Xi was  reported to "), PLANNED);  // two spaces
  EXPECT_EQ(ModalityOf("Xi was reported today "), ASSERTED);
  EXPECT_EQ(ModalityOf("towards maybe "), ASSERTED);
}

// Random windows over the regexes' words, near misses and separators,
// compared with the regexes.
TEST(ModalityTest, MatchesRegex) {
  const std::vector<std::string> pieces = {
      "reportedly", "allegedly", "was",      "were",        "is",    "are",
      "reported",   "said",      "to",       "To",          "will",  "shall",
      "would",      "upcoming",  "may",      "might",       "could", "likely",
      "possibly",   "perhaps",   "probably", "expected",    "set",   "plans",
      "hopes",      "going",     "about",    "mayor",       "tool",  "xto",
      "to_",        "_to",       "2to",      "willing",     "said2", "Xi",
      "[",          "]",         " ",        " ",           " ",     "  ",
      ",",          "'",         "-",        "\xc3\xa9",    "\n",    "_",
      "PER",        "a",         "",         "\xe2\x80\x99"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> len(0, 12);
  int kinds[5] = {};
  for (int iter = 0; iter < 200000; ++iter) {
    std::string w;
    const int k = len(rng);
    for (int j = 0; j < k; ++j) w += pieces[pick(rng)];
    const Modality expected = ModalityOfRegex(w);
    ASSERT_EQ(ModalityOf(w), expected) << "window: \"" << w << "\"";
    ++kinds[expected];
  }
  // Every outcome was exercised.
  for (int m = 1; m <= 4; ++m) EXPECT_GT(kinds[m], 100) << m;
}

}  // namespace
}  // namespace accord

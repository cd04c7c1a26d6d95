// Elided ages on sentences written for this test: a bare number coordinated
// with an age is an age. Each row names a frame and the count of its first
// claim (0 = a claim without a count).
#include "engine/extract/elided_ages.h"

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(ElidedAgesTest, ANumberCoordinatedWithAnAgeIsAnAge) {
  const CountCase kCases[] = {
      // The ages are no count. (The rules do not reach "Two women" across
      // the dashes: no count rather than a wrong 19.)
      {"Two women - one age 34 and the other 19 - were arrested on Monday.",
       "ARREST", 0},
      {"Three teenagers were injured, ages 15 and 17.", "INJURE", 3},
      // A counted noun after the number keeps it a count.
      {"A woman aged 70 and 3 children were injured in the fire.", "INJURE", 3},
      // No age before "and": the number is a count.
      {"One man was killed and 4 were injured.", "INJURE", 4},
  };
  ExpectFirstCounts(kCases);
}

}  // namespace
}  // namespace accord

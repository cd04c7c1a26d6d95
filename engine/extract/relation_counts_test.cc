// Relation counts on sentences written for this test: "<person noun> of N"
// counts the person's relatives, not the event's patients. Each row names
// a frame and the count of its first claim (0 = a claim without a count).
#include "engine/extract/relation_counts.h"

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(RelationCountsTest, ARelativesCountIsNoCountOfVictims) {
  const CountCase kCases[] = {
      // The person is the one victim. (A name with an apposition before
      // the passive implies no count yet: no count rather than a wrong 3.)
      {"Ana Ruiz, a mother of three, was shot outside her home.", "SHOOT", 0},
      {"A father of four was killed in the crash.", "KILL", 1},
      {"Tom Lee of Dover, a grandfather of 12, was stabbed to death.", "KILL",
       0},
      {"A mother of two boys was injured in the blast.", "INJURE", 1},
      // Not a person before "of": still a count.
      {"A total of 40 people were injured.", "INJURE", 40},
      {"A group of five students were injured.", "INJURE", 5},
      // A plural relative clause makes the counted people the patients.
      {"He is the father of two boys who were killed in the fire.", "KILL", 2},
      // Counts elsewhere in the sentence are still read.
      {"Four people were killed, among them a father of two.", "KILL", 4},
  };
  ExpectFirstCounts(kCases);
}

}  // namespace
}  // namespace accord

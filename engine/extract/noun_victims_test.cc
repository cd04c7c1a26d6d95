// Noun victims on sentences written for this test: a death noun's
// of-phrase, a possessor of a death, a multiplier and a murder-suicide name
// the dead without a number. Each row names a frame and the count its first
// claim must carry (0 = a claim without a count, -1 = no claim of the
// frame).
#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(NounVictimsTest, ADeathNounNamesItsVictims) {
  const CountCase kCases[] = {
      // The of-phrase's person is the victim.
      {"Police are investigating the death of his wife.", "DIE", 1},
      {"A man was arrested in the slaying of Maria Lopez, 15, on Monday.",
       "KILL", 1},
      {"Two men were charged in the murder of 15-year-old Tom Reed.", "KILL",
       1},
      {"Detectives are looking into the shooting death of a 2-year-old.", "DIE",
       1},
      {"Suspect held in killing of teenager", "KILL", 1},
      {"He was convicted in the killings of Tom Reed, 23, and Ana Ruiz, 19.",
       "KILL", 2},
      {"He is charged with the murder of his wife and her mother.", "KILL", 2},
      // A multiplier before a killing noun, and a murder-suicide.
      {"Police are investigating a double homicide.", "KILL", 2},
      {"It was the city's first triple murder in a decade.", "KILL", 3},
      {"Police called the deaths a murder-suicide.", "KILL", 2},
      // No person in the of-phrase: no count.
      {"The death of the project surprised nobody.", "DIE", 0},
      {"They mourned the killing of civilians.", "KILL", 0},
      {"The murder of a family shocked the town.", "KILL", 0},
      // A verb's of-phrase is its cause, not its victim.
      {"The driver died of his injuries.", "DIE", 1},
  };
  ExpectFirstCounts(kCases);
}

}  // namespace
}  // namespace accord

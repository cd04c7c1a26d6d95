// Singular victims on sentences written for this test: a definite or
// possessive singular person, a headline's bare person noun and the subject
// of an intransitive death verb imply one victim; plurals, groups, things
// and coordinated people do not imply one. Each row names a frame and the
// count its first claim must carry (0 = a claim without a count, -1 = no
// claim of the frame).
#include <string>

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(SingularVictimsTest, ImpliesOneVictimForASingularPerson) {
  const CountCase kCases[] = {
      // The subject of an intransitive death verb is its victim.
      {"The boy died at a hospital on Monday.", "DIE", 1},
      {"A 40-year-old farmer died after the crash.", "DIE", 1},
      {"Her grandmother later died of her injuries.", "DIE", 1},
      {"The retired teacher has died, his family said.", "DIE", 1},
      {"Dr. Carla Mendes, 71, died in the fire.", "DIE", 1},
      {"Carla Mendes, 71, and Tom Ruiz, 70, died in the fire.", "DIE", 2},
      {"A toddler who died last week was buried on Friday.", "DIE", 1},
      // Headlines drop the determiner.
      {"Teenager dies after fall from bridge", "DIE", 1},
      // Plurals, groups and two people are not one.
      {"The victims died at the scene.", "DIE", 0},
      {"The family died in the blaze.", "DIE", 0},
      {"The man and woman died in the crash.", "DIE", 0},
      // Each singular person coordinated before the subject is one more.
      {"A 60-year-old man and his 9-year-old granddaughter died.", "DIE", 2},
      // A definite singular person as a passive subject or an object.
      {"The 8-year-old victim was struck and killed by a car.", "KILL", 1},
      {"The driver was killed instantly.", "KILL", 1},
      {"A man who killed his neighbor was arrested.", "KILL", 1},
      {"Police said he fatally stabbed his little brother.", "KILL", 1},
      {"The gunman killed his wife and her mother.", "KILL", 2},
      // A conjunct without a determiner may be the same person; the head
      // is the phrase's last noun, so a plural after a person noun is no
      // singular.
      {"He fatally shot his 17-year-old friend and classmate.", "KILL", 1},
      {"A father killed his twin sons at their home.", "KILL", 0},
      // A singular personal pronoun as the victim; a possessive is none.
      {"He later died at the hospital.", "DIE", 1},
      {"The boy found the gun and fatally shot himself.", "KILL", 1},
      {"They died in the fire.", "DIE", 0},
      // A tally in a relative clause is no count of the event's dead.
      {"The city counted the 600 who died this year.", "DIE", 0},
      {"Police named one of the two men who died on Friday.", "DIE", 2},
      // A definite thing or group is no victim count.
      {"The storm killed the crops.", "KILL", 0},
      {"The gunman killed the family.", "KILL", 0},
      // Singular people coordinated before a plural auxiliary of a death
      // are each one victim; "both" is two.
      {"A baby and a man were shot and killed in a parked car.", "KILL", 2},
      {"A woman and her son were killed in the crash.", "KILL", 2},
      {"His wife and daughter were pronounced dead at the scene.", "DIE", 2},
      {"Both were killed instantly.", "KILL", 2},
      // A death verb after an auxiliary: its subject died.
      {"The driver was pronounced dead at the scene.", "DIE", 1},
      {"A woman was declared dead at the hospital.", "DIE", 1},
      // A quantifier's number counts the dead; set off, it is an age.
      {"All four died at the scene.", "DIE", 4},
      {"Jackson and Franklin, both 16, were killed.", "KILL", 0},
      // Counts still win over the implied one.
      {"Two died and three others were hurt.", "DIE", 2},
      {"Four passengers later died of their injuries.", "DIE", 4},
  };
  ExpectFirstCounts(kCases);
}

}  // namespace
}  // namespace accord

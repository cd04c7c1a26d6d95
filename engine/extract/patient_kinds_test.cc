// Patient kinds through the default extractor, on sentences written for
// this test: which claims have an animal as patient.
#include "engine/extract/patient_kinds.h"

#include <string>
#include <vector>

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

struct Case {
  const char* sentence;
  const char* frame;
  const char* head;  // the animal marked, "" = not marked
};

TEST(PatientKindsTest, AnimalPatients) {
  const Case cases[] = {
      // A passive subject, across "also", an apposition and a participle
      // after "was".
      {"The farmer's old horse, Bella, was also killed.", "KILL", "horse"},
      {"Their spaniel was found beaten to death in the yard.", "KILL",
       "spaniel"},
      {"Their spaniel, Rex, was also found beaten to death.", "KILL",
       "spaniel"},
      // An intransitive subject and a possessive of an event noun.
      {"The zoo's elephant died on Tuesday.", "DIE", "elephant"},
      {"Keepers mourned the giraffe's death.", "DIE", "giraffe"},
      // A plural possessive sheds its apostrophe alone (the data file's
      // order: "'" before "s'").
      {"Keepers mourned the giraffes' deaths.", "DIE", "giraffes"},
      // The of-phrase of an event noun and an active verb's object.
      {"Residents condemned the killing of two swans.", "KILL", "swans"},
      {"A hunter shot a bear near the lake.", "SHOOT", "bear"},
      // People, and coordinations headed by a person, are not marked.
      {"A neighbour was killed in the attack.", "KILL", ""},
      {"He is accused of killing his mother, sister and pet dog.", "KILL", ""},
      {"The gunman shot a guard near the lake.", "SHOOT", ""},
      {"Three officers were injured in the blast.", "INJURE", ""},
      // The agent of an active verb is not its patient.
      {"A dog killed the postman on Friday.", "KILL", ""},
  };
  for (const Case& c : cases) {
    const std::vector<Claim> claims = ExtractText(c.sentence);
    const Claim* found = nullptr;
    for (const Claim& claim : claims) {
      if (claim.frame() == c.frame) found = &claim;
    }
    ASSERT_NE(found, nullptr) << c.sentence;
    const Value* kind = ArgValue(*found, kPatientKindRole);
    if (*c.head == '\0') {
      EXPECT_EQ(kind, nullptr) << c.sentence;
      continue;
    }
    ASSERT_NE(kind, nullptr) << c.sentence;
    EXPECT_EQ(kind->text(), kAnimalPatient) << c.sentence;
    EXPECT_EQ(kind->surface(), c.head) << c.sentence;
  }
}

}  // namespace
}  // namespace accord

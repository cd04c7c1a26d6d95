// Patient ages on sentences written for this test: the age of the one
// victim, as the claim of the named frame carries it ("" = no age).
#include <string>

#include "engine/extract/extract_text.h"
#include "engine/extract/patient_age.h"
#include "gtest/gtest.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

// The patient age of the first claim of `frame` in `text`, "" when it has
// none, "-" when there is no such claim.
std::string AgeOf(const char* text, const char* frame) {
  for (const Claim& c : ExtractText(text)) {
    if (c.frame() != frame) continue;
    const Value* v = ArgValue(c, kPatientAgeRole);
    return v == nullptr ? "" : v->text();
  }
  return "-";
}

TEST(PatientAgesTest, TheOneVictimsAge) {
  const struct {
    const char* text;
    const char* frame;
    const char* age;
  } kCases[] = {
      // The subject of a death verb, with a determiner or a name.
      {"A 31-year-old Fresno woman died Saturday night.", "DIE", "31"},
      {"Leo Ruiz, 15, died at the hospital.", "DIE", "15"},
      // The subject of a passive, across an auxiliary and an adverb.
      {"A 19-year-old man was fatally shot outside a store.", "KILL", "19"},
      {"The 8-year-old boy was shot and killed on Monday.", "KILL", "8"},
      // An active verb's object, and a noun's of-phrase.
      {"A gunman killed a 52-year-old clerk.", "KILL", "52"},
      {"Police are investigating the death of a 3-year-old girl.", "DIE", "3"},
      // The agent's age is not the victim's.
      {"A 40-year-old man shot his neighbor.", "SHOOT", ""},
      // Several people have no one age.
      {"Police shot two 17-year-olds on Friday.", "SHOOT", ""},
      {"Two 17-year-old boys died in the crash.", "DIE", ""},
      // A count is no age.
      {"A man died on Friday.", "DIE", ""},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(AgeOf(c.text, c.frame), c.age) << c.text;
  }
}

}  // namespace
}  // namespace accord

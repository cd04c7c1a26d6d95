// Casualty counts on sentences written for this test: what a number next to
// a casualty verb counts (ages, partitives, clauses, implied counts). Each
// row names a frame and the count its claim must carry (0 = a claim of the
// frame without a count, -1 = no claim of the frame at all).
#include <cmath>
#include <string>
#include <vector>

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"
#include "proto/claim_args.h"

namespace accord {
namespace {

TEST(CountsTest, CountsWhatTheSentenceCounts) {
  const CountCase kCases[] = {
      // Ages are not counts; the person they describe is one victim.
      {"Maria Gonzalez, 52, was stabbed to death on Tuesday.", "KILL", 1},
      {"Gunmen killed a 33-year-old courier near the depot.", "KILL", 1},
      {"A flood killed 7 year old Tim Brody.", "KILL", 1},
      {"A woman aged 81 was injured in the fire.", "INJURE", 1},
      {"Ana Ruiz, 8, and Leo Ruiz, 11, were injured.", "INJURE", 2},
      {"Dozens of pupils under the age of 12 were injured.", "INJURE", 0},
      // Partitives: a subset of the group counted before, of another frame.
      {"Six men were shot, two of them fatally.", "SHOOT", 6},
      {"Six men were shot, two of them fatally.", "KILL", 2},
      {"Twelve people were shot, one fatally.", "SHOOT", 12},
      {"Twelve people were shot, one fatally.", "KILL", 1},
      // Counts of different clauses are never summed.
      {"Four people were killed and 2 children were injured.", "KILL", 4},
      {"Four people were killed and 2 children were injured.", "INJURE", 2},
      {"Three soldiers died and one was hurt.", "INJURE", 1},
      {"The bombing left two dead and nine injured.", "KILL", -1},
      // Headlines and "left" clauses drop the auxiliary.
      {"The bombing left two dead and nine injured.", "INJURE", 9},
      {"Police: 2 dead, 3 injured in downtown shooting", "INJURE", 3},
      {"The crash left a driver dead and four other people hurt.", "INJURE", 4},
      {"Fire at a warehouse, 1 injured", "INJURE", 1},
      // ... but people found "with" wounds include the dead, and a number
      // before a wound counts wounds.
      {"Police found three people with gunshot wounds.", "INJURE", 0},
      {"Each victim had suffered at least one gunshot wound.", "INJURE", 0},
      // A count and a verb joined by "and" are two clauses, and an active
      // verb's count before it is its agent's (the one suspect hurt is
      // the count).
      {"The gunman killed 3 and injured 5 outside the bar.", "INJURE", 5},
      {"Three officers injured the suspect during the arrest.", "INJURE", 1},
      // A count after "including" is a part of the group counted before.
      // (The rules do not reach the total across the subset's commas: no
      // count rather than a wrong 2.)
      {"Five guests, including two children, were injured.", "INJURE", 0},
      {"Nine were hurt, among them three children.", "INJURE", 9},
      // One noun phrase enumerating one event's victims is summed.
      {"The rebels killed 4 soldiers and 3 soldiers.", "KILL", 7},
      // People of different kinds add up (WordNet: both name people).
      {"Six guards and two visitors were injured.", "INJURE", 8},
      {"The gunman wounded 3 men and 4 women.", "INJURE", 7},
      {"The storm killed 7 people and 12 cows.", "KILL", 7},
      // "fatally wounded" is a killing, not an injury.
      {"Two guards were fatally wounded.", "KILL", 2},
      {"Two guards were fatally wounded.", "INJURE", -1},
      // A wound a death came from is the killing's, no injury.
      {"The guard died of a single gunshot wound.", "INJURE", -1},
      {"She later died at the hospital from her injuries.", "INJURE", -1},
      {"The man died Friday; his son has a gunshot wound.", "INJURE", 0},
      // Implied counts: a singular patient, named people.
      {"A man was shot and killed outside a bar.", "KILL", 1},
      {"Police shot a teenager in the leg.", "SHOOT", 1},
      {"No one was injured in the blast.", "INJURE", 0},
      // Each singular person coordinated with an implied patient is one
      // more; a plural or a thing is not.
      {"The gunman wounded a cashier and her manager.", "INJURE", 2},
      {"Police shot a 19-year-old man and a woman.", "SHOOT", 2},
      {"The blast injured a guard and damaged the gate.", "INJURE", 1},
      {"The gunman wounded a cashier and two customers.", "INJURE", 1},
      // A definite or possessive singular person hurt is one survivor,
      // also beside a death; coordinated people add up; a death told
      // after the injury, a plural or no person is none.
      {"His 11-year-old brother was critically wounded.", "INJURE", 1},
      {"A boy was killed and his teenage brother was wounded.", "INJURE", 1},
      {"The gunman killed a clerk and critically injured her son.", "INJURE",
       1},
      {"Her sister and mother were injured by gunfire.", "INJURE", 2},
      {"The other victim was also wounded in the arm.", "INJURE", 1},
      {"His brother was critically wounded and later died.", "INJURE", 0},
      {"Their sons were wounded in the attack.", "INJURE", 0},
      {"The building was damaged and the guard was hurt.", "INJURE", 1},
      {"His sister were injured.", "INJURE", 0},
      // An adverb before the auxiliary, a relative clause after one
      // person, and an indefinite person coordinated with a definite one.
      {"Her father also was wounded.", "INJURE", 1},
      {"A victim who ran from the house also was injured in the attack.",
       "INJURE", 1},
      {"A woman and her son were injured in the crash.", "INJURE", 2},
      // "another": one more person, as a subject whose participle takes
      // the auxiliary of the clause before, or alone as the object.
      {"A teenager was fatally shot and another teenager injured.", "INJURE",
       1},
      {"The gunman killed two people and wounded another.", "INJURE", 1},
      {"He shot three, killing two and wounding another in the leg.", "INJURE",
       1},
      {"The gunman wounded another man.", "INJURE", 1},
      // (The rules do not read a number after "another" yet: no count
      // rather than a wrong 1.)
      {"The gunfire injured another four teenagers.", "INJURE", 0},
      // A number shared by two casualty verbs joined by "or" counts the
      // people of either: neither's count.
      {"Five adults were wounded or killed by gunfire.", "INJURE", 0},
      {"Three were killed or injured in the blast.", "KILL", 0},
      // "a total of" is no singular patient (the rules do not read the
      // number after it yet: no count rather than a wrong 1).
      {"The blast injured a total of 40 people.", "INJURE", 0},
      // How often or with what is no count of victims.
      {"A courier was shot 6 times in the chest.", "SHOOT", 1},
      {"The gunman shot 12 rounds into the air.", "SHOOT", 0},
      // Bounds are carried.
      {"At least 9 people were injured.", "INJURE", 9},
  };
  ExpectFirstCounts(kCases);
}

TEST(CountsTest, PeopleInAHospitalConditionWereHurt) {
  // A person's hospital condition tells one hurt; the verb must agree
  // with the person; a thing in good condition or a plural pronoun (no
  // number) gives no claim at all.
  const CountCase kCases[] = {
      {"The boy is in stable condition at a local hospital.", "INJURE", 1},
      {"He was taken to a hospital, where he remains in serious condition.",
       "INJURE", 1},
      {"A 17-year-old man was last listed in critical condition.", "INJURE", 1},
      {"Ana Ruiz, 8, and Leo Ruiz, 11, are in fair condition.", "INJURE", 2},
      {"Her husband and son were in stable condition on Monday.", "INJURE", 2},
      {"The woman was taken to a hospital and is in good condition.", "INJURE",
       1},
      {"The clerk remained in critical but stable condition.", "INJURE", 1},
      {"Two others are in stable condition.", "INJURE", 2},
      {"The house is in good condition.", "INJURE", -1},
      {"They are in stable condition.", "INJURE", -1},
      {"His sister were in stable condition.", "INJURE", -1},
  };
  ExpectFirstCounts(kCases);
  // Those in one condition are some of the people hurt: "One is in
  // critical condition and two are in stable condition" are at least 1 and
  // at least 2, not one figure against another.
  for (const Claim& c :
       ExtractText("One is in critical condition and two are in stable "
                   "condition.")) {
    if (c.frame() != "INJURE") continue;
    const Value* count = ArgValue(c, "count");
    ASSERT_NE(count, nullptr) << c.trigger().text();
    EXPECT_TRUE(std::isinf(count->quantity().high())) << c.trigger().text();
  }
}

TEST(CountsTest, LowerBoundsAreKept) {
  // "More than 20"; "five others" besides the man told before.
  const struct {
    const char* text;
    double low;
    bool bounded;
  } kCases[] = {
      {"More than 20 people were injured.", 20, true},
      {"A man was shot and five others were injured.", 5, true},
      {"Three other teenagers were injured.", 3, true},
      {"Five teenagers were injured.", 5, false},
      // A bare "one" before its verb picks one of a group.
      {"One was injured, and a second was treated at the scene.", 1, true},
      {"One person was injured.", 1, false},
  };
  for (const auto& c : kCases) {
    bool found = false;
    const std::vector<Claim> claims = ExtractText(c.text);
    for (const Claim& claim : claims) {
      for (const Argument& a : claim.args()) {
        if (claim.frame() == "INJURE" && a.role() == "count") {
          found = true;
          EXPECT_GE(a.value().quantity().low(), c.low) << c.text;
          EXPECT_EQ(std::isinf(a.value().quantity().high()), c.bounded)
              << c.text;
        }
      }
    }
    EXPECT_TRUE(found) << c.text;
  }
}

}  // namespace
}  // namespace accord

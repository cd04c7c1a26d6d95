#include "engine/wordnet/noun_kinds.h"

#include "gtest/gtest.h"

namespace accord {
namespace {

// Lookups binary-search the generated text without indexing it, so they
// are right only if gen_noun_kinds wrote it sorted by key.
TEST(NounKindsTest, GeneratedTableIsSortedByKey) {
  EXPECT_TRUE(NounKinds::Default().SortedByKey());
}

TEST(NounKindsTest, KindsFromTheHierarchy) {
  const NounKinds& k = NounKinds::Default();
  EXPECT_GT(k.size(), 100000u);
  struct Case {
    const char* noun;
    int has;      // bits that must be set
    int has_not;  // bits that must not be set
  };
  const Case kCases[] = {
      {"courier", NounKinds::kPerson, 0},
      {"officers", NounKinds::kPerson, 0},
      {"Teenager", NounKinds::kPerson, 0},
      {"women", NounKinds::kPerson, 0},     // irregular plural
      {"children", NounKinds::kPerson, 0},  // irregular plural
      {"civilians", NounKinds::kPerson, 0},
      {"juveniles", NounKinds::kPerson, 0},
      {"sparrows", NounKinds::kAnimal, NounKinds::kPerson},
      {"police", NounKinds::kGroup, 0},
      {"philosophy", NounKinds::kOther,
       NounKinds::kPerson | NounKinds::kAnimal},
      {"feelings", NounKinds::kOther, NounKinds::kPerson | NounKinds::kAnimal},
      {"bridge", NounKinds::kOther, NounKinds::kPerson},
      {"legs", NounKinds::kBodyPart, 0},
  };
  for (const Case& c : kCases) {
    const int kinds = k.Of(c.noun);
    EXPECT_EQ(kinds & c.has, c.has) << c.noun << " " << kinds;
    EXPECT_EQ(kinds & c.has_not, 0) << c.noun << " " << kinds;
  }
  EXPECT_EQ(k.Of("xqzzyv"), 0);
  // The most frequent sense: a cow is an animal, an officer a person.
  EXPECT_TRUE(k.Of("cow") & NounKinds::kPerson);  // "a large woman"
  EXPECT_FALSE(k.IsPerson("cows"));
  EXPECT_TRUE(k.FirstSenseOf("cows") & NounKinds::kAnimal);
  EXPECT_TRUE(k.IsPerson("officers"));
  EXPECT_TRUE(k.IsPerson("women"));
  EXPECT_FALSE(k.IsPerson("philosophy"));
}

}  // namespace
}  // namespace accord

#include "engine/reconcile/event_hypernyms.h"

#include <string>
#include <vector>

#include "engine/wordnet/word_senses.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// A generic claim of `word` read as `pos`, as extraction builds it.
Claim Generic(const std::string& word, WordSenses::Pos pos) {
  WordSenses::Sense sense;
  EXPECT_TRUE(WordSenses::Find(word, pos, &sense)) << word;
  Claim c;
  c.set_frame("EVENT");
  Argument* a = c.add_args();
  a->set_role("event");
  a->mutable_value()->set_text(WordSenses::GroupKey(sense));
  a->mutable_value()->set_surface(word);
  return c;
}

TEST(JoinByHypernymTest, ADirectHypernymJoins) {
  // "robbery" is a kind of "theft"; "stab" a way to "wound"; "sing" is
  // neither.
  const Claim robbery = Generic("robbery", WordSenses::kNoun);
  const Claim theft = Generic("theft", WordSenses::kNoun);
  const Claim stab = Generic("stab", WordSenses::kVerb);
  const Claim wound = Generic("wound", WordSenses::kVerb);
  const Claim sing = Generic("sing", WordSenses::kVerb);
  const std::vector<int> into =
      JoinByHypernym({{&theft}, {&stab}, {&robbery}, {&sing}, {&wound}});
  EXPECT_EQ(into, (std::vector<int>{0, 1, 0, 3, 1}));
}

TEST(JoinByHypernymTest, TwoStepsDoNotJoin) {
  // robbery -> theft -> felony: "robbery" and "felony" stay apart unless
  // "theft" is told too.
  const Claim robbery = Generic("robbery", WordSenses::kNoun);
  const Claim felony = Generic("felony", WordSenses::kNoun);
  EXPECT_EQ(JoinByHypernym({{&robbery}, {&felony}}), (std::vector<int>{0, 1}));
}

TEST(JoinByHypernymTest, ClaimsWithoutAWordStayAlone) {
  Claim empty;
  empty.set_frame("EVENT");
  EXPECT_EQ(JoinByHypernym({{&empty}, {&empty}}), (std::vector<int>{0, 1}));
}

}  // namespace
}  // namespace accord

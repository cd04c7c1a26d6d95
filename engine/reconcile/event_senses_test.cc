#include "engine/reconcile/event_senses.h"

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
  c.set_rule(pos == WordSenses::kVerb ? "generic_verb" : "generic_noun");
  Argument* a = c.add_args();
  a->set_role("event");
  a->mutable_value()->set_text(WordSenses::GroupKey(sense));
  a->mutable_value()->set_surface(word);
  return c;
}

TEST(JoinBySharedSenseTest, ASharedEarlySenseJoins) {
  const auto n = WordSenses::kNoun, v = WordSenses::kVerb;
  // "heist" (1: a rip-off, 2: an armed robbery) and "holdup" (1: an armed
  // robbery); "looted" (2: to ransack) and "ransacked" (1: the same);
  // "snatched" (3: to kidnap) and "kidnapped" (1); "sang" shares nothing.
  const Claim heist = Generic("heist", n), holdup = Generic("holdups", n);
  const Claim looted = Generic("looted", v),
              ransacked = Generic("ransacked", v);
  const Claim snatched = Generic("snatched", v);
  const Claim kidnapped = Generic("kidnapped", v);
  const Claim sang = Generic("sang", v);
  const std::vector<int> into = JoinBySharedSense({{&heist},
                                                   {&looted},
                                                   {&snatched},
                                                   {&sang},
                                                   {&holdup},
                                                   {&ransacked},
                                                   {&kidnapped}},
                                                  3);
  EXPECT_EQ(into, (std::vector<int>{0, 1, 2, 3, 0, 1, 2}));
}

TEST(JoinBySharedSenseTest, RareSensesDoNotJoin) {
  const auto n = WordSenses::kNoun, v = WordSenses::kVerb;
  // "attacked" is an assault only in its fourth sense: within three senses
  // the two stay apart, within four they join.
  const Claim assaulted = Generic("assaulted", v);
  const Claim attacked = Generic("attacked", v);
  EXPECT_EQ(JoinBySharedSense({{&assaulted}, {&attacked}}, 3),
            (std::vector<int>{0, 1}));
  EXPECT_EQ(JoinBySharedSense({{&assaulted}, {&attacked}}, 4),
            (std::vector<int>{0, 0}));
  // First senses alone never join different groups.
  const Claim heist = Generic("heist", n), holdup = Generic("holdup", n);
  EXPECT_EQ(JoinBySharedSense({{&heist}, {&holdup}}, 1),
            (std::vector<int>{0, 1}));
}

TEST(JoinBySharedSenseTest, ClaimsWithoutAWordStayAlone) {
  Claim empty;
  empty.set_frame("EVENT");
  EXPECT_EQ(JoinBySharedSense({{&empty}, {&empty}}, 3),
            (std::vector<int>{0, 1}));
}

}  // namespace
}  // namespace accord

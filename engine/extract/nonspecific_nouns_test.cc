#include "engine/extract/nonspecific_nouns.h"

#include <memory>
#include <string>

#include "engine/data/embedded_data.h"
#include "engine/io/bounded_parse.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

class NonSpecificNounsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lexicon_ = Lexicon::FromTextproto(embedded::kLexicon).value();
    GenericEventFile file;
    ASSERT_TRUE(ParseTextproto(embedded::kGenericEvents, &file).ok());
    nonspecific_ = NonSpecificNouns::Create(*lexicon_, file);
  }
  // Whether `trigger`, the first occurrence of the word in the tagged
  // sentence `t`, is non-specific; `nouns` are the frame's noun forms.
  bool NonSpecific(const std::string& t, const std::string& trigger,
                   bool headline = false,
                   const absl::flat_hash_set<std::string>& nouns = {}) const {
    size_t at = t.find(trigger);
    while (at != std::string::npos && at > 0 && t[at - 1] != ' ' &&
           t[at - 1] != '-') {
      at = t.find(trigger, at + 1);
    }
    EXPECT_NE(at, std::string::npos) << trigger << " in " << t;
    if (at == std::string::npos) return false;
    return nonspecific_->NonSpecific(t, static_cast<int>(at),
                                     static_cast<int>(at + trigger.size()),
                                     headline, nouns);
  }
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<NonSpecificNouns> nonspecific_;
};

TEST_F(NonSpecificNounsTest, BarePluralsAreKindsOrUnspecifiedSets) {
  struct Case {
    const char* t;
    const char* trigger;
    bool nonspecific;
  } cases[] = {
      // Bare plurals that name a kind: the object of a present verb, or
      // a subject of a present or modal verb.
      {"the new filter helps prevent successful attacks on phones.", "attacks",
       true},
      {"the patch will deter attacks on routers.", "attacks", true},
      // A word before it that is a noun too may head a compound ("gang
      // robberies"): left alone even when it is the verb.
      {"the patch will address attacks on routers.", "attacks", false},
      {"robberies have fallen in most suburbs.", "robberies", true},
      {"targeted attacks can spread quickly.", "attacks", true},
      // Bare plurals in a past clause are happenings.
      {"fresh riots were reported in the capital.", "riots", false},
      {"after the match, new clashes erupted near the port.", "clashes", false},
      // After a preposition: left alone.
      {"the vendor is aware of targeted attacks on its routers.", "attacks",
       false},
      // A verb with its object: "kills 1, wounds 2".
      {"gunman kills ⟦NUM#0⟧, wounds ⟦NUM#1⟧ at office", "wounds", false},
      // Specific: a determiner, a possessive, a number, a name.
      {"the attacks on the routers began in may.", "attacks", false},
      {"police blamed the port's clashes on two gangs.", "clashes", false},
      {"⟦NUM#0⟧ robberies were reported overnight.", "robberies", false},
      {"the town's robberies worried the mayor.", "robberies", false},
      // A noun before it may be a compound or the subject: left alone.
      {"gang robberies rose.", "robberies", false},
      // A verb, not a noun: after a pronoun.
      {"she attacks the plan every week.", "attacks", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NonSpecific(c.t, c.trigger), c.nonspecific) << c.t;
  }
}

TEST_F(NonSpecificNounsTest, HeadlinesDropDeterminers) {
  EXPECT_TRUE(NonSpecific("to prevent robberies in the suburbs", "robberies"));
  EXPECT_FALSE(NonSpecific("to prevent robberies in the suburbs", "robberies",
                           /*headline=*/true));
}

TEST_F(NonSpecificNounsTest, NounModifiersNameKinds) {
  struct Case {
    const char* t;
    const char* trigger;
    bool nonspecific;
  } cases[] = {
      {"researchers published the attack code on friday.", "attack", true},
      {"a riot police unit blocked the bridge.", "riot", true},
      // Inside a hyphenated compound: read with the compound's neighbours.
      {"they were dispersed by anti-riot police.", "riot", true},
      // The head is itself an act or event: about one happening.
      {"the murder trial opened on monday.", "murder", false},
      // The noun's own verb follows: a specific happening.
      {"the attack killed four people.", "attack", false},
      {"the robbery happened at dawn.", "robbery", false},
      // A verb with its object, not a modifier.
      {"hackers attack websites every day.", "attack", false},
      {"they will attack towns.", "attack", false},
      // A gerund with its object is a verb.
      {"he is suspected of killing his neighbour.", "killing", false},
      {"he is suspected of killing children.", "killing", false},
      // A time after it heads nothing.
      {"he was held on suspicion of murder yesterday.", "murder", false},
      {"a deputy died after a shooting friday afternoon.", "shooting", false},
      // Nothing follows.
      {"nobody saw the robbery.", "robbery", false},
  };
  const absl::flat_hash_set<std::string> attack_nouns = {
      "attack", "attacks", "riot", "riots", "murder"};
  for (const Case& c : cases) {
    EXPECT_EQ(NonSpecific(c.t, c.trigger, false, attack_nouns), c.nonspecific)
        << c.t;
  }
}

TEST_F(NonSpecificNounsTest, HeadlineDetection) {
  EXPECT_TRUE(NonSpecificNouns::IsHeadline(
      "Vendor Rushes Emergency Fix To Stop Router Attacks"));
  EXPECT_FALSE(NonSpecificNouns::IsHeadline(
      "The vendor rushed out a fix to stop attacks on its routers."));
}

}  // namespace
}  // namespace accord

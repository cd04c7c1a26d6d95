// The news-event frames and rules on sentences written for this test (no
// evaluation text): each row says which frame and trigger a sentence must
// yield, or that a frame must not fire.
#include <string>
#include <vector>

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

struct Case {
  const char* sentence;
  const char* frame;
  const char* trigger;    // "" = the frame must not fire
  const char* role = "";  // optional: a role the claim must carry
};

TEST(NewsRulesTest, FramesFireOnGeneralNews) {
  const Case cases[] = {
      {"A gunman killed three people at a shopping mall on Tuesday.", "KILL",
       "killed", "count"},
      {"Two police officers were shot outside the station.", "SHOOT", "shot"},
      {"The suspect opened fire on the crowd.", "SHOOT", "opened fire on"},
      {"Police arrested a 45-year-old man late Sunday.", "ARREST", "arrested"},
      {"Five men were arrested after the raid.", "ARREST", "arrested", "count"},
      {"The driver was charged with reckless driving.", "CHARGE", "charged"},
      {"A judge sentenced the former mayor to 12 years in prison.", "SENTENCE",
       "sentenced"},
      {"The singer died at her home on Friday.", "DIE", "died"},
      {"The death of the senator shocked the state.", "DIE", "death"},
      {"The explosion destroyed a warehouse.", "EXPLODE", "explosion"},
      {"A 6.4-magnitude earthquake struck the coast.", "QUAKE", "earthquake",
       "magnitude"},
      {"The carmaker agreed to buy its rival for $2 billion.", "ACQUIRE",
       "buy"},
      {"The merger was announced on Monday.", "ACQUIRE", "merger"},
      {"The actor has checked himself into a rehab facility.", "ENTER_CARE",
       "checked ⟦PRO into"},
      {"Rebels hijacked a cargo ship off the coast.", "HIJACK", "hijacked"},
      {"Thousands of students took to the streets, and the riots spread.",
       "PROTEST", "riots"},
      {"The minister resigned after the scandal.", "RESIGN", "resigned"},
      {"Power lines were knocked out across the county.", "DISRUPT",
       "knocked out"},
      {"Two undersea cables were severed.", "DAMAGE", "severed"},
      {"The coast guard rescued 14 fishermen.", "RESCUE", "rescued"},
      {"The army's offensive entered its second week.", "CAMPAIGN",
       "offensive"},
  };
  for (const Case& c : cases) {
    const std::vector<Claim> claims = ExtractText(c.sentence);
    bool found = false;
    for (const Claim& claim : claims) {
      if (claim.frame() != c.frame) continue;
      std::string want = c.trigger;
      // "⟦PRO" stands for the reflexive pronoun the rule matched.
      const size_t pro = want.find("⟦PRO");
      const std::string& got = claim.trigger().text();
      const bool same = pro == std::string::npos
                            ? got == want
                            : got.rfind(want.substr(0, pro), 0) == 0 &&
                                  got.size() > want.size() - pro;
      if (!same) continue;
      found = true;
      if (*c.role != '\0') {
        bool has = false;
        for (const Argument& a : claim.args()) has |= a.role() == c.role;
        EXPECT_TRUE(has) << c.sentence << ": no " << c.role;
      }
    }
    EXPECT_TRUE(found) << c.sentence << ": no " << c.frame << " on \""
                       << c.trigger << "\"";
  }
}

TEST(NewsRulesTest, LivingPatientsKeepTheEvent) {
  const Case cases[] = {
      {"Gunmen killed the shopkeeper yesterday.", "KILL", "killed"},
      {"The dog was killed by a car.", "KILL", "killed"},
      {"The striker injured his knee in training.", "INJURE", "injured"},
      {"Police shot a man outside the bank.", "SHOOT", "shot"},
      {"Officers arrested the crowd at the gate.", "ARREST", "arrested"},
      // The subject before a compound auxiliary ("who has been").
      {"Smith, who has been arrested, appeared in court.", "ARREST",
       "arrested"},
      {"The victims have been identified and the suspect was arrested.",
       "ARREST", "arrested"},
  };
  for (const Case& c : cases) {
    bool found = false;
    for (const Claim& claim : ExtractText(c.sentence)) {
      found |= claim.frame() == c.frame && claim.trigger().text() == c.trigger;
    }
    EXPECT_TRUE(found) << c.sentence;
  }
}

TEST(NewsRulesTest, NounsVerbsAndChargesThatAreNotEvents) {
  const Case cases[] = {
      // A verb form after a determiner is a thing, not the event.
      {"The boy fired a single shot into the air.", "SHOOT", ""},
      // A parade marching is not a protest; a trade war is not an
      // offensive.
      {"A military parade marching through the square.", "PROTEST", ""},
      {"The two countries are locked in a trade war.", "CAMPAIGN", ""},
      // "go to" is a care entry only when a facility follows.
      {"The minister will go to Paris next week.", "ENTER_CARE", ""},
      // Violence done to no living thing is figurative (WordNet: no sense
      // of the patient is a person, animal, group or body part).
      {"The coach said the team is executing the plan well.", "KILL", ""},
      {"Their feelings were hurt by the remarks.", "INJURE", ""},
      {"The senator killed the proposal in committee.", "KILL", ""},
      {"The director shot a documentary in the desert.", "SHOOT", ""},
  };
  for (const Case& c : cases) {
    for (const Claim& claim : ExtractText(c.sentence)) {
      EXPECT_NE(claim.frame(), c.frame)
          << c.sentence << ": fired on \"" << claim.trigger().text() << "\"";
    }
  }
}

// The "episode" a claim carries: "" for the story's main event, "charge"
// for the name of a charge, "earlier" for an event told in the past
// perfect or called earlier, "other" for another of its kind. Each episode
// is a fact of its own.
std::string EpisodeOf(const Claim& claim) {
  for (const Argument& a : claim.args()) {
    if (a.role() == "episode") return a.value().text();
  }
  return "";
}

TEST(NewsRulesTest, ChargesAndEarlierEventsAreEpisodesOfTheirOwn) {
  struct EpisodeCase {
    const char* sentence;
    const char* frame;
    const char* trigger;
    const char* episode;
  };
  const EpisodeCase cases[] = {
      // The name of a charge is not the killing.
      {"He was charged with first-degree murder.", "KILL", "murder", "charge"},
      {"He was charged with second-degree murder after a brawl.", "KILL",
       "murder", "charge"},
      {"She faces a murder charge.", "KILL", "murder", "charge"},
      {"The murder trial opened in March.", "KILL", "murder", "charge"},
      // "accused of murdering two patients" states the act.
      {"The nurse is accused of murdering two patients.", "KILL", "murdering",
       ""},
      // The past perfect tells an earlier event.
      {"The coast guard had rescued 40 migrants in the same waters.", "RESCUE",
       "rescued", "earlier"},
      {"Police said the man had been arrested twice before.", "ARREST",
       "arrested", "earlier"},
      // Another of its kind, or one called earlier.
      {"Troops thwarted another attack on the convoy.", "PREVENT", "thwarted",
       "other"},
      {"Troops thwarted another attack on the convoy.", "ATTACK", "attack",
       "other"},
      {"A second bombing shook the market an hour later.", "EXPLODE", "bombing",
       "other"},
      {"Officers recalled an earlier raid on the house.", "ATTACK", "raid",
       "earlier"},
      {"In a separate incident, two soldiers were wounded.", "INJURE",
       "wounded", "other"},
      {"Earlier that day, rebels attacked a checkpoint.", "ATTACK", "attacked",
       "earlier"},
      // One more victim is not another event.
      {"The gunman killed another man before he fled.", "KILL", "killed", ""},
      // A verb before its object is not a charge name.
      {"Police rarely detain suspects overnight.", "ARREST", "detain", ""},
      {"Police arrested two men on Sunday.", "ARREST", "arrested", ""},
      {"The men have been arrested.", "ARREST", "arrested", ""},
  };
  for (const EpisodeCase& c : cases) {
    bool found = false;
    for (const Claim& claim : ExtractText(c.sentence)) {
      if (claim.frame() != c.frame || claim.trigger().text() != c.trigger) {
        continue;
      }
      found = true;
      EXPECT_EQ(EpisodeOf(claim), c.episode) << c.sentence;
    }
    EXPECT_TRUE(found) << c.sentence << ": no " << c.frame << " on \""
                       << c.trigger << "\"";
  }
}

TEST(NewsRulesTest, EnumeratedCountsAddUp) {
  struct CountCase {
    const char* sentence;
    const char* frame;
    double count;
  };
  const CountCase cases[] = {
      // One noun shared by the enumeration: the counts add up.
      {"Marines captured 12 Iraqi and 9 Syrian fighters.", "ARREST", 21},
      {"The gunman killed 3 soldiers, 2 soldiers and 4 soldiers.", "KILL", 9},
      // Different nouns, a range, another verb's count: the first count.
      {"The storm killed 7 people and 12 cows.", "KILL", 7},
      {"Police arrested between 10 and 20 people.", "ARREST", 10},
      {"Police arrested 5 people and seized 2 cars.", "ARREST", 5},
  };
  for (const CountCase& c : cases) {
    bool found = false;
    for (const Claim& claim : ExtractText(c.sentence)) {
      if (claim.frame() != c.frame) continue;
      for (const Argument& a : claim.args()) {
        if (a.role() != "count") continue;
        found = true;
        EXPECT_EQ(a.value().quantity().value(), c.count) << c.sentence;
      }
    }
    EXPECT_TRUE(found) << c.sentence << ": no " << c.frame << " count";
  }
}

TEST(NewsRulesTest, GerundWithObjectAfterAccusedStatesTheEvent) {
  bool found = false;
  for (const Claim& claim :
       ExtractText("The nurse is accused of murdering two patients.")) {
    found |= claim.frame() == "KILL";
  }
  EXPECT_TRUE(found);
}

// One word states one event: triggers of one frame that nest ("a life
// sentence", "sentence") give one claim, the one with more arguments, then
// the longer trigger.
TEST(NewsRulesTest, NestedTriggersOfOneFrameGiveOneClaim) {
  const struct {
    const char* sentence;
    const char* frame;
    const char* trigger;
  } cases[] = {
      {"The former mayor received a life sentence.", "SENTENCE",
       "life sentence"},
      {"The judge handed down a prison sentence on Friday.", "SENTENCE",
       "prison sentence"},
  };
  for (const auto& c : cases) {
    std::vector<std::string> triggers;
    for (const Claim& claim : ExtractText(c.sentence)) {
      if (claim.frame() == c.frame) triggers.push_back(claim.trigger().text());
    }
    EXPECT_EQ(triggers, std::vector<std::string>{c.trigger}) << c.sentence;
  }
}

}  // namespace
}  // namespace accord

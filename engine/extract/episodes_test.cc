// Episodes, on words and sentences written for this test: which episode
// the words before a trigger tell (OtherEpisode), and which episode a news
// claim reports through the default extractor ("" for the story's main
// event).
#include "engine/extract/episodes.h"

#include <string>
#include <vector>

#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// Tagged text before and after a trigger, written for this test: which
// episode the words tell.
TEST(OtherEpisodeTest, WordsBeforeTheTrigger) {
  struct Case {
    std::string before;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"police foiled another ", "other"},
      {"the navy thwarted a second ", "other"},
      // One more of its kind: "additional", "extra" after a number or an
      // indefinite article, and "a new".
      {"he received ⟦NUM#1⟧ additional ", "other"},
      {"he received ⟦NUM#1⟧ extra ", "other"},
      {"she was handed an additional ", "other"},
      {"he was given a new ⟦DUR#2⟧ ", "other"},
      {"crowds gathered as a new ", "other"},
      // Up to two modifiers between the cue and the noun.
      {"this is the ⟦ORD#0⟧ drug related ", "other"},
      {"police foiled another carefully planned ", "other"},
      {"he was given a new ⟦DUR#2⟧ prison ", "other"},
      // Further away the cue belongs to another phrase.
      {"another man told reporters about the ", ""},
      // A definite "new" refers back to one already told.
      {"the judge explained the new ", ""},
      {"he was given a ", ""},
      {"officials described an earlier ", "earlier"},
  };
  const auto none = [](absl::string_view) { return false; };
  // Mention 0 is the ordinal "second".
  std::vector<Mention> mentions(1);
  mentions[0].tag = "ORD";
  mentions[0].value.set_ordinal(2);
  for (const Case& c : cases) {
    EXPECT_EQ(OtherEpisode(c.before, "", mentions, none), c.want) << c.before;
  }
}

struct ClaimCase {
  const char* sentence;
  const char* frame;
  const char* trigger;
  const char* episode;
};

TEST(EpisodesTest, EpisodeOfEachClaim) {
  const ClaimCase cases[] = {
      // The story's event.
      {"A gunman killed two guards at the bank.", "KILL", "killed", ""},
      {"The driver managed to escape before police arrested him.", "ARREST",
       "arrested", ""},
      // Earlier and other occurrences.
      {"The navy had captured eight pirates.", "ARREST", "captured", "earlier"},
      {"Police foiled another attack in the port.", "ATTACK", "attack",
       "other"},
      // A sentence opening on the addition of an event tells others after
      // its comma; the opener's own event is the story's.
      {"In addition to Friday's attack at the bank, a clerk was shot "
       "Thursday night at a gas station.",
       "SHOOT", "shot", "other"},
      {"Besides the shooting on Main Street, two men were injured.", "INJURE",
       "injured", "other"},
      {"In addition to the shooting victim, two bystanders were wounded.",
       "INJURE", "wounded", ""},
      {"In addition to Friday's attack at the bank, a clerk was shot "
       "Thursday night at a gas station.",
       "ATTACK", "attack", ""},
      // A term being served was decided before the story.
      {"The inmate was serving a life sentence for robbery.", "SENTENCE",
       "life sentence", "earlier"},
      {"She completed a three-year sentence in May.", "SENTENCE", "sentence",
       "earlier"},
      // Threats, orders and plots state no occurrence; attempts are their
      // own (engine/extract/control_complements.h).
      {"The gang leader threatened to kill the witness.", "KILL", "kill",
       "intended"},
      {"He ordered his men to shoot the guards.", "SHOOT", "shoot", "intended"},
      {"The suspect tried to kill a police officer.", "KILL", "kill",
       "attempted"},
  };
  for (const ClaimCase& c : cases) {
    const std::vector<Claim> claims = ExtractText(c.sentence);
    const Claim* found = nullptr;
    for (const Claim& claim : claims) {
      if (claim.frame() == c.frame && claim.trigger().text() == c.trigger) {
        found = &claim;
      }
    }
    EXPECT_NE(found, nullptr) << c.sentence;
    if (found == nullptr) continue;
    std::string episode;
    for (const Argument& a : found->args()) {
      if (a.role() == "episode") episode = a.value().text();
    }
    EXPECT_EQ(episode, c.episode) << c.sentence;
  }
}

}  // namespace
}  // namespace accord

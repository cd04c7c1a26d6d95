// Episodes through the default extractor, on sentences written for this
// test: which episode a news claim reports ("" for the story's main
// event).
#include "engine/extract/episodes.h"

#include <string>
#include <vector>

#include "engine/extract/extractor.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

struct Case {
  const char* sentence;
  const char* frame;
  const char* trigger;
  const char* episode;
};

TEST(EpisodesTest, EpisodeOfEachClaim) {
  static const Extractor* const extractor =
      Extractor::CreateDefault().value().release();
  const Case cases[] = {
      // The story's event.
      {"A gunman killed two guards at the bank.", "KILL", "killed", ""},
      {"The driver managed to escape before police arrested him.", "ARREST",
       "arrested", ""},
      // Earlier and other occurrences.
      {"The navy had captured eight pirates.", "ARREST", "captured", "earlier"},
      {"Police foiled another attack in the port.", "ATTACK", "attack",
       "other"},
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
  for (const Case& c : cases) {
    Document doc;
    doc.set_id("t");
    doc.mutable_source()->set_id("t");
    doc.set_text(c.sentence);
    const std::vector<Claim> claims = extractor->Extract(doc).value();
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

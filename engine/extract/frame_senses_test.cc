#include "engine/extract/frame_senses.h"

#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "engine/extract/extract_text.h"
#include "engine/wordnet/word_senses.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// "FRAME trigger" for each claim of `text`.
std::vector<std::string> Claims(const std::string& text) {
  std::vector<std::string> out;
  for (const Claim& c : ExtractText(text, "2026-03-10")) {
    out.push_back(c.frame() + " " + c.trigger().text());
  }
  return out;
}

// A generic event noun in the event group of a frame's verb is that
// frame's noun: "fire" (combustion) derives from "burn", a BLAZE verb.
TEST(FrameSensesTest, NounsOfAFramesVerbGroupAreTheFrames) {
  struct Case {
    std::string text;
    std::vector<std::string> claims;
  } cases[] = {
      {"A fire destroyed the old warehouse on Monday.",
       {"BLAZE fire", "EVENT destroyed"}},
      {"Crews fought the fire for six hours.", {"EVENT fought", "BLAZE fire"}},
      // A noun of no frame's verb group stays generic.
      {"The flood reached the town.", {"EVENT flood", "EVENT reached"}},
      // A noun modifying another is no trigger at all.
      {"The fire department arrived.", {"EVENT arrived"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Claims(c.text), c.claims) << c.text;
  }
}

TEST(FrameSensesTest, FrameOfAGroup) {
  auto lexicon = Lexicon::FromTextproto(embedded::kLexicon);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  FrameSenses senses(**lexicon);
  WordSenses::Sense fire, burn, flood, announce;
  ASSERT_TRUE(WordSenses::Find("fire", WordSenses::kNoun, &fire));
  ASSERT_TRUE(WordSenses::Find("burn", WordSenses::kVerb, &burn));
  ASSERT_TRUE(WordSenses::Find("flood", WordSenses::kNoun, &flood));
  ASSERT_TRUE(WordSenses::Find("announce", WordSenses::kVerb, &announce));
  EXPECT_EQ(WordSenses::GroupKey(fire), WordSenses::GroupKey(burn));
  const FrameSpec* blaze = senses.FrameOf(WordSenses::GroupKey(fire));
  ASSERT_NE(blaze, nullptr);
  EXPECT_EQ(blaze->name(), "BLAZE");
  EXPECT_EQ(senses.FrameOf(WordSenses::GroupKey(flood)), nullptr);
  // PROPOSE names its events by verbs only: no noun becomes its.
  EXPECT_EQ(senses.FrameOf(WordSenses::GroupKey(announce)), nullptr);

  // A reframed claim keeps the frame's roles only.
  Claim claim;
  claim.set_frame("EVENT");
  claim.set_rule("generic_noun");
  Argument* event = claim.add_args();
  event->set_role("event");
  event->mutable_value()->set_text(WordSenses::GroupKey(fire));
  Argument* time = claim.add_args();
  time->set_role("time");
  time->mutable_value()->set_text("Monday");
  Argument* money = claim.add_args();
  money->set_role("money");
  ASSERT_TRUE(senses.Reframe(&claim));
  EXPECT_EQ(claim.frame(), "BLAZE");
  EXPECT_EQ(claim.rule(), "frame_sense_noun");
  ASSERT_EQ(claim.args_size(), 1);
  EXPECT_EQ(claim.args(0).role(), "time");
  // A generic verb stays generic.
  claim.set_frame("EVENT");
  claim.set_rule("generic_verb");
  EXPECT_FALSE(senses.Reframe(&claim));
}

}  // namespace
}  // namespace accord

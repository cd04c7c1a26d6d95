#include "engine/reconcile/time_attachment.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

// A claim of `sentence` whose trigger is the first occurrence of `trigger`
// and whose time phrase, if not empty, is `time` (the value itself does not
// matter to the rule).
Claim Make(const std::string& sentence, const std::string& trigger,
           const std::string& time, int offset = 100) {
  Claim c;
  c.set_frame("KILL");
  c.mutable_sentence()->set_doc_id("d");
  c.mutable_sentence()->set_begin(offset);
  c.mutable_sentence()->set_text(sentence);
  const size_t at = sentence.find(trigger);
  EXPECT_NE(at, std::string::npos) << trigger;
  c.mutable_trigger()->set_doc_id("d");
  c.mutable_trigger()->set_begin(offset + at);
  c.mutable_trigger()->set_end(offset + at + trigger.size());
  c.mutable_trigger()->set_text(trigger);
  if (!time.empty()) {
    Argument* a = c.add_args();
    a->set_role("time");
    a->mutable_value()->mutable_time()->set_begin("2026-03-03T00:00:00");
    a->mutable_value()->set_surface(time);
  }
  return c;
}

TEST(TimesOfOtherClaims, ATimeBelongsToTheNearestVerbBeforeIt) {
  const struct {
    const char* sentence;
    std::vector<std::pair<std::string, std::string>> claims;  // trigger, time
    std::vector<bool> foreign;
  } kCases[] = {
      // The death is later than the shooting the time phrase dates.
      {"The boy died after he was shot three days ago.",
       {{"died", "three days ago"}, {"shot", "three days ago"}},
       {true, false}},
      // The surrender, not the charge, was on Friday.
      {"The teenager surrendered to police Friday to face murder charges.",
       {{"surrendered", "Friday"}, {"charges", "Friday"}},
       {false, true}},
      // Coordinated verbs share the phrase that follows them.
      {"Officers arrested and charged the woman on Monday.",
       {{"arrested", "Monday"}, {"charged", "Monday"}},
       {false, false}},
      // Overlapping triggers ("shot and killed", "shot") are one verb.
      {"A gunman shot and killed a clerk Sunday.",
       {{"shot and killed", "Sunday"}, {"shot", "Sunday"}},
       {false, false}},
      // A phrase that opens the sentence scopes over every verb.
      {"On Tuesday, detectives arrested a man and charged him with murder.",
       {{"arrested", "Tuesday"}, {"charged", "Tuesday"}},
       {false, false}},
      // A phrase before a noun modifies it: the charge is not dated.
      {"Two men were charged in the March 3 shooting of a guard.",
       {{"charged", "March 3"}, {"shooting", "March 3"}},
       {true, false}},
      {"Police arrested a suspect in Saturday's killing of a cashier.",
       {{"arrested", "Saturday"}, {"killing", "Saturday"}},
       {true, false}},
      // One claim alone keeps its time: nothing tells it is another's.
      {"The woman died Thursday.", {{"died", "Thursday"}}, {false}},
      // Claims without a time are not judged.
      {"He was shot Monday and died later.",
       {{"shot", "Monday"}, {"died", ""}},
       {false, false}},
  };
  for (const auto& c : kCases) {
    std::vector<Claim> claims;
    for (const auto& [trigger, time] : c.claims) {
      claims.push_back(Make(c.sentence, trigger, time));
    }
    EXPECT_EQ(TimesOfOtherClaims(claims), c.foreign) << c.sentence;
  }
}

TEST(TimesOfOtherClaims, OnlyClaimsOfOneSentenceShareAPhrase) {
  const std::string s = "The man died after he was shot Monday.";
  std::vector<Claim> claims = {Make(s, "died", "Monday", 0),
                               Make(s, "shot", "Monday", 500)};
  EXPECT_EQ(TimesOfOtherClaims(claims), std::vector<bool>({false, false}));
}

}  // namespace
}  // namespace accord

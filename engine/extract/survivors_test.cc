// Survivors on sentences written for this test: a total of the people hit
// less its fatal part is the survivors' (INJURE) count (each row lists the
// counts of every claim of one frame in the sentence, 0 = a claim without a
// count, in text order), and people shot in reports that tell of no death
// lived (claims built by hand).
#include "engine/extract/survivors.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "engine/extract/extract_text.h"
#include "engine/extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

using ::testing::ElementsAreArray;

struct Case {
  const char* sentence;
  const char* frame;
  std::vector<double> counts;
};

TEST(SurvivorsTest, TotalLessItsFatalPartLived) {
  const Case kCases[] = {
      // A total of the people shot, then its fatal part: the rest lived.
      {"Seven people were shot, two fatally, outside a bar.", "INJURE", {5}},
      {"Seven people were shot, two fatally, outside a bar.", "SHOOT", {7}},
      {"Seven people were shot, two fatally, outside a bar.", "KILL", {2}},
      // The partitive pronoun may stand between; the total is not summed
      // with its part.
      {"Ten people were shot, one of them fatally.", "SHOOT", {10}},
      {"Ten people were shot, one of them fatally.", "INJURE", {9}},
      {"Ten people were shot, one of them fatally.", "KILL", {1}},
      // An injury total is rewritten, not doubled.
      {"Six guards were wounded, two of them mortally.", "INJURE", {4}},
      // Headline style, digits (the auxiliary-less count rule reads INJURE
      // only, so a headline's "9 shot" gives no total yet).
      {"9 wounded, 1 fatally, at a house party", "INJURE", {8}},
      {"9 shot, 1 fatally, at a house party", "INJURE", {}},
  };
  for (const Case& c : kCases) {
    EXPECT_THAT(CountsOf(c.sentence, c.frame), ElementsAreArray(c.counts))
        << c.sentence << " " << c.frame;
  }
}

TEST(SurvivorsTest, OnlyExactTotalsLargerThanTheFatalPart) {
  const Case kCases[] = {
      // A bound is no total to subtract from.
      {"At least six people were shot, one fatally.", "INJURE", {}},
      // A fatal part as large as the total leaves nobody alive.
      {"Two men were shot, both fatally.", "INJURE", {}},
      {"Two men were shot, two of them fatally.", "INJURE", {}},
      // No fatal adverb: no survivors are inferred from a shooting.
      {"Four people were shot near the station.", "INJURE", {}},
      // The fatal part of a later total is not this one's.
      {"Three were shot in May, and four were shot in June, one fatally.",
       "INJURE",
       {3}},
  };
  for (const Case& c : kCases) {
    EXPECT_THAT(CountsOf(c.sentence, c.frame), ElementsAreArray(c.counts))
        << c.sentence << " " << c.frame;
  }
}

// Claims of several reports for CountUnnumbered: `frame` with `count`
// (high = infinity for an implied "at least").
Claim MakeClaim(const std::string& id, const std::string& frame, double count,
                bool bound, Polarity polarity = POSITIVE) {
  Claim c;
  c.set_id(id);
  c.set_frame(frame);
  c.set_polarity(polarity);
  c.set_rule("r");
  if (count > 0) {
    Argument* a = c.add_args();
    a->set_role("count");
    Quantity* q = a->mutable_value()->mutable_quantity();
    q->set_value(count);
    q->set_low(count);
    q->set_high(bound ? std::numeric_limits<double>::infinity() : count);
  }
  return c;
}

TEST(CountUnnumberedTest, PeopleShotInReportsThatTellNoDeathLived) {
  const Survivors survivors(Extractor::CreateDefault().value()->count_cues());
  // "A boy was shot in the leg." (a/1/0) and "Two men were shot." (b/4/0,
  // b/4/1 a place claim) in two reports, neither telling of a death.
  std::vector<Claim> claims = {
      MakeClaim("a/1/0", "SHOOT", 1, /*bound=*/true),
      MakeClaim("b/4/0", "SHOOT", 2, /*bound=*/false),
      MakeClaim("b/4/1", "VISIT", 0, false),
      // "No one was shot" and a shooting without a count give nothing.
      MakeClaim("b/5/0", "SHOOT", 1, false, NEGATIVE),
      MakeClaim("b/6/0", "SHOOT", 0, false),
  };
  survivors.CountUnnumbered(&claims);
  ASSERT_EQ(claims.size(), 7u);
  EXPECT_EQ(claims[5].id(), "a/1/1");
  EXPECT_EQ(claims[5].frame(), "INJURE");
  EXPECT_EQ(claims[5].rule(), "r+survivors");
  EXPECT_EQ(claims[5].args(0).value().quantity().low(), 1);
  EXPECT_EQ(claims[6].id(), "b/4/2");
  EXPECT_EQ(claims[6].frame(), "INJURE");
  // At least as many as were shot: they may be some of those hurt.
  EXPECT_EQ(claims[6].args(0).value().quantity().low(), 2);
  EXPECT_TRUE(std::isinf(claims[6].args(0).value().quantity().high()));
}

TEST(CountUnnumberedTest, NothingWhenAnyReportTellsOfADeath) {
  const Survivors survivors(Extractor::CreateDefault().value()->count_cues());
  // "A man was shot in the head." in one report, "The man died." in
  // another: the victim shot may be the one who died.
  for (const char* death : {"KILL", "DIE"}) {
    std::vector<Claim> claims = {
        MakeClaim("a/1/0", "SHOOT", 1, true),
        MakeClaim("b/2/0", death, 1, true),
    };
    survivors.CountUnnumbered(&claims);
    EXPECT_EQ(claims.size(), 2u) << death;
  }
}

TEST(DropGraveConditionsTest, AGraveConditionIsNoSurvivorBesideADeath) {
  const Survivors survivors(Extractor::CreateDefault().value()->count_cues());
  // "She was rushed to a hospital in critical condition" (a/1/0), "he is
  // in stable condition" (a/2/0) and "The woman died" (b/1/0): the woman
  // in critical condition may be the one who died; the man in stable
  // condition lived.
  auto condition = [](const std::string& id, const std::string& word) {
    Claim c = MakeClaim(id, "INJURE", 1, /*bound=*/true);
    c.mutable_trigger()->set_text(word);
    return c;
  };
  const std::vector<Claim> reports = {condition("a/1/0", "Critical"),
                                      condition("a/2/0", "stable")};
  std::vector<Claim> claims = reports;
  claims.push_back(MakeClaim("b/1/0", "DIE", 1, true));
  survivors.DropGraveConditions(&claims);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].id(), "a/2/0");
  EXPECT_EQ(claims[1].id(), "b/1/0");
  // With no death told, a grave condition is a survivor too.
  claims = reports;
  survivors.DropGraveConditions(&claims);
  EXPECT_EQ(claims.size(), 2u);
}

}  // namespace
}  // namespace accord

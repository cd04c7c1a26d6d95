// Survivors on sentences written for this test: a total of the people hit
// less its fatal part is the survivors' (INJURE) count. Each row lists the
// counts of every claim of one frame in the sentence (0 = a claim without a
// count), in text order.
#include <string>
#include <vector>

#include "engine/extract/extractor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

using ::testing::ElementsAreArray;

class SurvivorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    extractor_ = Extractor::CreateDefault().value().release();
  }
  // The counts of the claims of `frame` in `text` (0 for none).
  static std::vector<double> Counts(const std::string& text,
                                    const std::string& frame) {
    Document doc;
    doc.set_id("t");
    doc.mutable_source()->set_id("t");
    doc.set_text(text);
    std::vector<double> out;
    const std::vector<Claim> claims = extractor_->Extract(doc).value();
    for (const Claim& c : claims) {
      if (c.frame() != frame) continue;
      double n = 0;
      for (const Argument& a : c.args()) {
        if (a.role() == "count" && a.value().has_quantity()) {
          n = a.value().quantity().value();
        }
      }
      out.push_back(n);
    }
    return out;
  }
  static Extractor* extractor_;
};

Extractor* SurvivorsTest::extractor_ = nullptr;

struct Case {
  const char* sentence;
  const char* frame;
  std::vector<double> counts;
};

TEST_F(SurvivorsTest, TotalLessItsFatalPartLived) {
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
    EXPECT_THAT(Counts(c.sentence, c.frame), ElementsAreArray(c.counts))
        << c.sentence << " " << c.frame;
  }
}

TEST_F(SurvivorsTest, OnlyExactTotalsLargerThanTheFatalPart) {
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
    EXPECT_THAT(Counts(c.sentence, c.frame), ElementsAreArray(c.counts))
        << c.sentence << " " << c.frame;
  }
}

}  // namespace
}  // namespace accord

#include "engine/report/claim_placement.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

// Two facts: KILL#0 holds a/0/0 and b/0/0 (with a possible conflict between
// them), KILL#1 holds c/5/0.
Report SmallReport() {
  Report r;
  Fact* f0 = r.add_facts();
  f0->set_id("KILL#0");
  f0->set_status(CONFLICT);
  f0->add_claim_ids("a/0/0");
  f0->add_claim_ids("b/0/0");
  Fact* f1 = r.add_facts();
  f1->set_id("KILL#1");
  f1->set_status(SINGLE_SOURCE);
  f1->add_claim_ids("c/5/0");
  Conflict* c = r.add_possible_conflicts();
  c->set_fact_id("KILL#0");
  c->set_kind(VALUE_MISMATCH);
  c->set_role("count");
  c->set_confidence(0.3);
  c->set_explanation("3 vs 5.");
  c->add_sides()->add_claim_ids("a/0/0");
  c->add_sides()->add_claim_ids("b/0/0");
  return r;
}

TEST(ClaimPlacementTest, ClaimsInOneFact) {
  const Report r = SmallReport();
  const Placement p = FindPlacement(r, "a/0/0", "b/0/0");
  EXPECT_TRUE(p.aligned());
  ASSERT_EQ(p.conflicts.size(), 1u);
  const std::string text = DescribePlacement(r, "a/0/0", "b/0/0");
  EXPECT_NE(text.find("ALIGNED into one fact: fact KILL#0 (CONFLICT)."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("possible conflict on count of KILL#0 (confidence "
                      "0.30); a/0/0: side 1 of 2; b/0/0: side 2 of 2"),
            std::string::npos)
      << text;
}

TEST(ClaimPlacementTest, ClaimsInDifferentFacts) {
  const Report r = SmallReport();
  const Placement p = FindPlacement(r, "a/0/0", "c/5/0");
  EXPECT_FALSE(p.aligned());
  EXPECT_EQ(p.fact_b, &r.facts(1));
  const std::string text = DescribePlacement(r, "a/0/0", "c/5/0");
  EXPECT_EQ(text.rfind("NOT ALIGNED: a/0/0 is in fact KILL#0 (CONFLICT), "
                       "c/5/0 in fact KILL#1 (SINGLE_SOURCE).\n",
                       0),
            0u)
      << text;
}

TEST(ClaimPlacementTest, UnknownClaimIsInNoFact) {
  const Report r = SmallReport();
  EXPECT_FALSE(FindPlacement(r, "x/0/0", "x/0/0").aligned());
  EXPECT_NE(DescribePlacement(r, "x/0/0", "c/5/0").find("x/0/0 is in no fact"),
            std::string::npos);
}

}  // namespace
}  // namespace accord

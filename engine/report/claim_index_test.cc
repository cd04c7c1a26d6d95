#include "engine/report/claim_index.h"

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

Report ThreeClaims() {
  Report r;
  for (const char* id : {"a/0/0", "b/0/0", "b/0/0"}) {
    Claim* c = r.add_claims();
    c->set_id(id);
    c->set_rule(absl::StrCat("rule", r.claims_size()));
  }
  return r;
}

TEST(ClaimIndexTest, FindsClaimsById) {
  const Report r = ThreeClaims();
  const ClaimIndex index(r);
  ASSERT_EQ(index.Find("a/0/0").size(), 1u);
  EXPECT_EQ(index.Find("a/0/0")[0], &r.claims(0));
  // A reused id stands for every claim that has it, in report order.
  ASSERT_EQ(index.Find("b/0/0").size(), 2u);
  EXPECT_EQ(index.Find("b/0/0")[0], &r.claims(1));
  EXPECT_EQ(index.Find("b/0/0")[1], &r.claims(2));
  EXPECT_TRUE(index.Find("c/0/0").empty());
}

TEST(ClaimIndexTest, ResolvesIdListsInOrderSkippingUnknown) {
  const Report r = ThreeClaims();
  const ClaimIndex index(r);
  google::protobuf::RepeatedPtrField<std::string> ids;
  *ids.Add() = "x/0/0";
  *ids.Add() = "b/0/0";
  *ids.Add() = "a/0/0";
  const std::vector<const Claim*> got = index.Resolve(ids);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0], &r.claims(1));
  EXPECT_EQ(got[1], &r.claims(2));
  EXPECT_EQ(got[2], &r.claims(0));
  EXPECT_EQ(index.First(ids), &r.claims(1));
  EXPECT_EQ(index.First({}), nullptr);
}

TEST(ClaimIndexTest, FindsFactsById) {
  Report r;
  for (const char* id :
       {"MEET(agent=a)#1", "VISIT(agent=b)#1", "MEET(agent=a)#1"}) {
    Fact* f = r.add_facts();
    f->set_id(id);
    f->set_frame(absl::StrCat("frame", r.facts_size()));
  }
  const ClaimIndex index(r);
  EXPECT_EQ(index.FindFact("VISIT(agent=b)#1"), &r.facts(1));
  // A repeated id finds the first fact that has it.
  EXPECT_EQ(index.FindFact("MEET(agent=a)#1"), &r.facts(0));
  EXPECT_EQ(index.FindFact("MEET(agent=a)#2"), nullptr);
}

}  // namespace
}  // namespace accord

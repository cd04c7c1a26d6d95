#include "engine/reconcile/source_support.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

// A report with one conflict on "agent" between the given sides (each a
// list of source ids) and `agreements` other facts every listed source
// corroborates.
Report Make(const std::vector<std::vector<std::string>>& sides) {
  Report r;
  Conflict* c = r.add_conflicts();
  c->set_fact_id("F");
  c->set_kind(VALUE_MISMATCH);
  c->set_role("agent");
  int n = 0;
  for (const auto& sources : sides) {
    ConflictSide* side = c->add_sides();
    side->mutable_value()->set_entity_id("person" + std::to_string(n++));
    for (const std::string& s : sources) side->add_source_ids(s);
  }
  return r;
}

TEST(SourceSupportTest, VoteCountsWitnesses) {
  Report r = Make({{"a", "b"}, {"c"}});
  ValueComparator cmp(nullptr);
  WeighConflicts(SupportOptions(), {}, cmp, &r);
  EXPECT_EQ(r.support_method(), "vote");
  EXPECT_EQ(r.conflicts(0).preferred_side(), 0);
  EXPECT_GT(r.conflicts(0).sides(0).support(),
            r.conflicts(0).sides(1).support());
  EXPECT_NE(r.conflicts(0).support_explanation().find("Better supported"),
            std::string::npos);
}

TEST(SourceSupportTest, WireCopyIsOneWitnessSoTheVoteTies) {
  Report r = Make({{"a", "b"}, {"c"}});
  ValueComparator cmp(nullptr);
  const IndependenceGroups groups = {{"a", "a"}, {"b", "a"}, {"c", "c"}};
  WeighConflicts(SupportOptions(), groups, cmp, &r);
  EXPECT_EQ(r.conflicts(0).preferred_side(), -1);
  const std::string& why = r.conflicts(0).support_explanation();
  EXPECT_NE(why.find("No side is better supported"), std::string::npos);
  EXPECT_NE(why.find("b counted with a"), std::string::npos);
}

TEST(SourceSupportTest, DependentSourcesOnOppositeSidesStaySeparate) {
  Report r = Make({{"a", "c"}, {"b"}});
  ValueComparator cmp(nullptr);
  const IndependenceGroups groups = {{"a", "a"}, {"b", "a"}, {"c", "c"}};
  WeighConflicts(SupportOptions(), groups, cmp, &r);
  EXPECT_EQ(r.conflicts(0).preferred_side(), 0);  // a and c outvote b
}

TEST(SourceSupportTest, EveryMethodRunsAndExplains) {
  for (truth::Method m : truth::AllMethods()) {
    Report r = Make({{"a", "b", "c"}, {"d"}});
    ValueComparator cmp(nullptr);
    SupportOptions options;
    options.method = m;
    WeighConflicts(options, {}, cmp, &r);
    EXPECT_EQ(r.support_method(), truth::MethodName(m));
    EXPECT_EQ(r.conflicts(0).preferred_side(), 0) << truth::MethodName(m);
    EXPECT_FALSE(r.conflicts(0).support_explanation().empty());
  }
}

}  // namespace
}  // namespace accord

#include "tools/ecb/scorer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tools/ecb/gold.h"

namespace accord {
namespace ecb {
namespace {

TEST(GoldTest, ParsesRowsAndSkipsHeader) {
  const std::string tsv =
      "doc\tm_id\ttag\tsentence\tvalidated_sentence\tchar_start\tchar_end\t"
      "text\tgold_instance\n"
      "a.xml\t1\tACTION_OCCURRENCE\t0\tyes\t4\t10\tfired\tACT1\n";
  auto rows = ParseGoldMentions(tsv);
  ASSERT_TRUE(rows.ok()) << rows.status();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].doc, "a");
  EXPECT_EQ((*rows)[0].begin, 4);
  EXPECT_TRUE(IsAction((*rows)[0]));
  EXPECT_FALSE(ParseGoldMentions("a.xml\t1\tACTION\n").ok());
}

TEST(GoldTest, CrossDocInstances) {
  struct Case {
    const char* id;
    bool cross;
  } cases[] = {{"ACT123", true},
               {"HUM9", true},
               {"INTRA_a_3", false},
               {"SINGLETON_a.xml_4", false},
               {"", false}};
  for (const Case& c : cases) {
    EXPECT_EQ(IsCrossDocInstance(c.id), c.cross) << c.id;
  }
}

Claim MakeClaim(const std::string& doc, int begin, int end) {
  Claim c;
  c.set_id(doc + "/" + std::to_string(begin));
  c.set_source_id(doc);
  c.mutable_trigger()->set_doc_id(doc);
  c.mutable_trigger()->set_begin(begin);
  c.mutable_trigger()->set_end(end);
  return c;
}

// Puts `c` in the report's claims and names it in `fact`.
void AddClaim(Claim c, Fact* fact, Report* report) {
  fact->add_claim_ids(c.id());
  *report->add_claims() = std::move(c);
}

GoldMention Action(const std::string& doc, int b, int e,
                   const std::string& instance) {
  return GoldMention{doc, "ACTION_OCCURRENCE", b, e, "x", instance};
}

// Documents: line 0 annotated, line 1 not ("x" lines are 10 bytes + '\n').
TEST(ScoreClusterTest, PairsJudgedCorrectAndFound) {
  GoldCluster gold;
  gold.name = "t";
  gold.mentions = {Action("a", 2, 6, "ACT1"), Action("b", 0, 4, "ACT1"),
                   Action("c", 0, 4, "ACT2"), Action("c", 5, 8, "ACT1"),
                   Action("d", 0, 3, "SINGLETON_d_1")};
  ClusterResult r;
  for (const char* id : {"a", "b", "c", "d"}) {
    Document d;
    d.set_id(id);
    d.set_text("0123456789\nabcdefghij\n");
    r.inputs.documents.push_back(d);
  }
  // Fact 1: a and b on ACT1 (correct), a and c's ACT2 (wrong), b and c's
  // ACT2 (wrong). Fact 2: a's unannotated line with d (unjudged), plus a
  // same-document pair that is never counted.
  Fact* f1 = r.report.add_facts();
  AddClaim(MakeClaim("a", 3, 5), f1, &r.report);
  AddClaim(MakeClaim("b", 1, 2), f1, &r.report);
  AddClaim(MakeClaim("c", 0, 2), f1, &r.report);
  Fact* f2 = r.report.add_facts();
  AddClaim(MakeClaim("a", 12, 14), f2, &r.report);
  AddClaim(MakeClaim("a", 2, 4), f2, &r.report);
  AddClaim(MakeClaim("d", 12, 15), f2, &r.report);
  ScoreCluster(gold, &r);
  const ClusterScore& s = r.score;
  EXPECT_EQ(s.aligned_pairs, 5);
  EXPECT_EQ(s.judged_pairs, 3);
  EXPECT_EQ(s.correct_pairs, 1);
  EXPECT_EQ(s.gold_instances, 1);  // ACT1 in a, b, c; ACT2 only in c
  EXPECT_EQ(s.found_instances, 1);
  EXPECT_DOUBLE_EQ(s.precision(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(s.recall(), 1.0);
}

// Conflicts: sides' claims mapping to one instance (same event), only to
// different instances (cross event), or with a side mapping to nothing.
TEST(ScoreClusterTest, ConflictsJudgedSameOrCrossEvent) {
  GoldCluster gold;
  gold.name = "t";
  gold.mentions = {Action("a", 0, 4, "ACT1"), Action("b", 0, 4, "ACT1"),
                   Action("c", 0, 4, "ACT2")};
  ClusterResult r;
  for (const char* id : {"a", "b", "c"}) {
    Document d;
    d.set_id(id);
    d.set_text("0123456789\nabcdefghij\n");
    r.inputs.documents.push_back(d);
  }
  for (const auto& [doc, begin] : std::vector<std::pair<std::string, int>>{
           {"a", 1}, {"b", 1}, {"c", 1}, {"c", 13}}) {
    *r.report.add_claims() = MakeClaim(doc, begin, begin + 2);
  }
  auto conflict = [&](const std::string& x, const std::string& y) {
    Conflict* c = r.report.add_conflicts();
    c->add_sides()->add_claim_ids(x);
    c->add_sides()->add_claim_ids(y);
  };
  conflict("a/1", "b/1");   // ACT1 vs ACT1: same event
  conflict("a/1", "c/1");   // ACT1 vs ACT2: cross event
  conflict("a/1", "c/13");  // c's claim overlaps no mention: unjudged
  ScoreCluster(gold, &r);
  EXPECT_EQ(r.score.conflicts, 3);
  EXPECT_EQ(r.score.conflicts_same_event, 1);
  EXPECT_EQ(r.score.conflicts_cross_event, 1);
  EXPECT_DOUBLE_EQ(r.score.conflict_precision(), 0.5);
  EXPECT_EQ(r.score.possible_conflicts, 0);

  // The same conflicts set apart as possible: counted in the totals and in
  // the possible verdicts.
  r.report.mutable_possible_conflicts()->Swap(r.report.mutable_conflicts());
  ScoreCluster(gold, &r);
  EXPECT_EQ(r.score.conflicts, 3);
  EXPECT_EQ(r.score.possible_conflicts, 3);
  EXPECT_EQ(r.score.conflicts_same_event, 1);
  EXPECT_EQ(r.score.possible_same_event, 1);
  EXPECT_EQ(r.score.possible_cross_event, 1);
}

TEST(ScoreClusterTest, EmptyReportFindsNothing) {
  GoldCluster gold;
  gold.mentions = {Action("a", 0, 2, "ACT1"), Action("b", 0, 2, "ACT1")};
  ClusterResult r;
  ScoreCluster(gold, &r);
  EXPECT_EQ(r.score.gold_instances, 1);
  EXPECT_EQ(r.score.found_instances, 0);
  EXPECT_EQ(r.score.precision(), 0.0);
  ASSERT_EQ(r.missed.size(), 1u);
}

}  // namespace
}  // namespace ecb
}  // namespace accord

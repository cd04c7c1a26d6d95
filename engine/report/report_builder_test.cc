#include "engine/report/report_builder.h"

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(ReportBuilderTest, SummarizesSourcesFactsAndDependence) {
  std::vector<Document> docs(2);
  docs[0].set_id("a1");
  docs[0].mutable_source()->set_id("a");
  docs[0].mutable_source()->set_name("Outlet A");
  docs[1].set_id("b1");
  docs[1].mutable_source()->set_id("b");
  std::vector<Claim> claims(3);
  claims[0].set_source_id("a");
  claims[1].set_source_id("b");
  claims[2].set_source_id("external");  // from a claim file, no document
  Alignment alignment;
  Fact agreed;
  agreed.set_id("F1");
  agreed.set_status(CORROBORATED);
  agreed.add_source_ids("a");
  agreed.add_source_ids("b");
  Fact disputed = agreed;
  disputed.set_id("F2");
  disputed.set_status(CONFLICT);
  Fact alone;
  alone.set_id("F3");
  alone.set_status(SINGLE_SOURCE);
  alone.add_source_ids("a");
  alignment.facts = {agreed, disputed, alone};
  Conflict c;
  c.set_fact_id("F2");
  alignment.conflicts = {c};
  Dependence d;
  d.set_source_a("a");
  d.set_source_b("b");
  DocumentError e;
  e.set_path("x.txt");

  const Report r = BuildReport(docs, claims, alignment, {e}, {d});
  ASSERT_EQ(r.sources_size(), 3);
  const SourceSummary& a = r.sources(0);
  EXPECT_EQ(a.source().name(), "Outlet A");
  EXPECT_EQ(a.claims(), 1);
  EXPECT_EQ(a.shared_facts(), 2);
  EXPECT_EQ(a.agreeing_facts(), 1);
  ASSERT_EQ(a.depends_on_size(), 1);
  EXPECT_EQ(a.depends_on(0), "b");
  EXPECT_EQ(r.sources(2).source().id(), "external");
  EXPECT_EQ(r.stats().documents(), 2);
  EXPECT_EQ(r.stats().claims(), 3);
  EXPECT_EQ(r.stats().facts(), 3);
  EXPECT_EQ(r.stats().conflicts(), 1);
  EXPECT_EQ(r.stats().corroborated(), 1);
  EXPECT_EQ(r.stats().single_source(), 1);
  EXPECT_EQ(r.errors_size(), 1);
  EXPECT_EQ(r.dependencies_size(), 1);
}

TEST(ReportBuilderTest, KeepsEachClaimOnceSortedById) {
  std::vector<Claim> claims(3);
  claims[0].set_id("z/0/0");
  claims[1].set_id("a/0/0");
  claims[2].set_id("m/0/0");
  for (Claim& c : claims) c.set_source_id("s");
  Alignment alignment;
  Fact f;
  f.set_id("F");
  f.add_claim_ids("a/0/0");
  f.add_claim_ids("m/0/0");
  f.add_claim_ids("z/0/0");
  alignment.facts = {f};
  const Report r =
      BuildReport({}, std::move(claims), std::move(alignment), {}, {});
  ASSERT_EQ(r.claims_size(), 3);
  EXPECT_EQ(r.claims(0).id(), "a/0/0");
  EXPECT_EQ(r.claims(1).id(), "m/0/0");
  EXPECT_EQ(r.claims(2).id(), "z/0/0");
  ASSERT_EQ(r.facts_size(), 1);
  EXPECT_EQ(r.facts(0).claim_ids_size(), 3);
  EXPECT_EQ(r.stats().claims(), 3);
}

}  // namespace
}  // namespace accord

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
  Slot* role = disputed.add_slots();
  role->set_agreement(CONFLICTING);
  role->add_candidates()->add_source_indexes(0);  // a alone
  role->add_candidates()->add_source_indexes(1);  // b alone
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

TEST(ReportBuilderTest, ConsumersReadDocumentsSidesAndSummariesWithoutAJoin) {
  std::vector<Document> docs(2);
  docs[0].set_id("a1");
  docs[0].mutable_source()->set_id("a");
  docs[0].mutable_source()->set_name("Outlet A");
  docs[0].mutable_source()->set_url("https://a.example/1");
  docs[0].set_published("2025-05-08");
  docs[0].set_title("Leaders arrive");
  docs[0].set_sentences(7);
  docs[1].set_id("b1");
  docs[1].mutable_source()->set_id("b");  // no name: the id stands in
  docs[1].set_sentences(5);
  std::vector<Claim> claims(2);
  claims[0].set_id("a1/0/0");
  claims[0].set_source_id("a");
  claims[0].mutable_sentence()->set_text("Xi arrived in Moscow.");
  claims[1].set_id("b1/0/0");
  claims[1].set_source_id("b");
  claims[1].mutable_sentence()->set_text("Xi arrived in Minsk.");
  Fact f;
  f.set_id("F");
  f.set_frame("VISIT");
  f.set_status(CONFLICT);
  Slot* agent = f.add_slots();
  agent->set_role("agent");
  agent->set_agreement(EQUAL);
  agent->add_candidates()->mutable_value()->set_surface("Xi");
  Slot* where = f.add_slots();
  where->set_role("destination");
  where->set_agreement(CONFLICTING);
  where->add_candidates()->mutable_value()->set_surface("Moscow");
  Conflict c;
  c.set_fact_id("F");
  c.set_preferred_side(0);  // the aligner's default reads "side 0 wins"
  ConflictSide* side_a = c.add_sides();
  side_a->add_source_ids("a");
  side_a->add_claim_ids("a1/0/0");
  ConflictSide* side_b = c.add_sides();
  side_b->add_source_ids("b");
  side_b->add_claim_ids("b1/0/0");
  side_b->add_claim_ids("missing");
  Alignment alignment;
  alignment.facts = {f};
  alignment.conflicts = {c};

  const Report r = BuildReport(docs, claims, alignment, {}, {});
  EXPECT_EQ(r.schema_version(), kReportSchemaVersion);
  EXPECT_EQ(r.stats().sentences(), 12);
  ASSERT_EQ(r.documents_size(), 2);
  EXPECT_EQ(r.documents(0).source_name(), "Outlet A");
  EXPECT_EQ(r.documents(0).url(), "https://a.example/1");
  EXPECT_EQ(r.documents(0).published(), "2025-05-08");
  EXPECT_EQ(r.documents(0).title(), "Leaders arrive");
  EXPECT_EQ(r.documents(0).sentences(), 7);
  EXPECT_EQ(r.documents(1).source_name(), "b");
  ASSERT_EQ(r.conflicts_size(), 1);
  const Conflict& out = r.conflicts(0);
  EXPECT_EQ(out.preferred_side(), -1);  // no method weighed the sides
  ASSERT_EQ(out.sides(0).source_names_size(), 1);
  EXPECT_EQ(out.sides(0).source_names(0), "Outlet A");
  EXPECT_EQ(out.sides(1).source_names(0), "b");
  ASSERT_EQ(out.sides(0).sentences_size(), 1);
  EXPECT_EQ(out.sides(0).sentences(0).text(), "Xi arrived in Moscow.");
  // One sentence per claim id, an empty one for an id with no claim.
  ASSERT_EQ(out.sides(1).sentences_size(), 2);
  EXPECT_EQ(out.sides(1).sentences(0).text(), "Xi arrived in Minsk.");
  EXPECT_EQ(out.sides(1).sentences(1).text(), "");
  ASSERT_EQ(r.facts_size(), 1);
  EXPECT_EQ(r.facts(0).summary(), "VISIT: agent Xi; destination [disputed]");
}

TEST(ReportBuilderTest, TheMajoritySideOfAConflictAgrees) {
  Fact f;
  f.set_id("F");
  f.set_status(CONFLICT);
  for (const char* id : {"a", "b", "c"}) f.add_source_ids(id);
  Slot* agreed = f.add_slots();  // all three agree here
  agreed->set_agreement(EQUAL);
  Candidate* all = agreed->add_candidates();
  for (int i : {0, 1, 2}) all->add_source_indexes(i);
  Slot* disputed = f.add_slots();
  disputed->set_agreement(CONFLICTING);
  disputed->add_candidates()->add_source_indexes(0);  // a and b ...
  disputed->mutable_candidates(0)->add_source_indexes(1);
  disputed->add_candidates()->add_source_indexes(2);  // ... against c
  Alignment alignment;
  alignment.facts = {f};
  const Report r = BuildReport({}, {}, std::move(alignment), {}, {});
  ASSERT_EQ(r.sources_size(), 3);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(r.sources(i).shared_facts(), 1);
  EXPECT_EQ(r.sources(0).agreeing_facts(), 1);  // a: with b
  EXPECT_EQ(r.sources(1).agreeing_facts(), 1);  // b: with a
  EXPECT_EQ(r.sources(2).agreeing_facts(), 0);  // c: alone
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

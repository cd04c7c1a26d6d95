#include "engine/report/markdown_writer.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

Claim ClaimIn(const std::string& source, const std::string& sentence,
              int trigger_begin, int trigger_end) {
  Claim c;
  c.set_id(source + "/0/0");
  c.set_frame("REJECT");
  c.set_source_id(source);
  c.mutable_sentence()->set_doc_id(source);
  c.mutable_sentence()->set_begin(100);
  c.mutable_sentence()->set_end(100 + sentence.size());
  c.mutable_sentence()->set_text(sentence);
  c.mutable_trigger()->set_begin(100 + trigger_begin);
  c.mutable_trigger()->set_end(100 + trigger_end);
  return c;
}

TEST(MarkdownWriterTest, ConflictsComeFirstWithEverySideAndSentence) {
  Report r;
  r.mutable_stats()->set_documents(2);
  r.mutable_stats()->set_conflicts(1);
  Fact* f = r.add_facts();
  f->set_id("REJECT(theme=ceasefire)#1");
  f->set_frame("REJECT");
  f->set_status(CONFLICT);
  Conflict* c = r.add_conflicts();
  c->set_fact_id(f->id());
  c->set_kind(VALUE_MISMATCH);
  c->set_role("agent");
  c->set_explanation("Sources disagree.");
  ConflictSide* s1 = c->add_sides();
  s1->mutable_value()->set_entity_id("putin");
  s1->add_source_ids("a");
  *r.add_claims() = ClaimIn("a", "Putin rejected it | <b>.", 6, 14);
  s1->add_claim_ids("a/0/0");
  ConflictSide* s2 = c->add_sides();
  s2->mutable_value()->set_entity_id("kyiv");
  s2->add_source_ids("b");
  *r.add_claims() = ClaimIn("b", "Kyiv rejected it.", 5, 13);
  s2->add_claim_ids("b/0/0");
  Fact* g = r.add_facts();
  g->set_id("VISIT(agent=x)#1");
  g->set_frame("VISIT");
  g->set_status(CORROBORATED);

  const std::string md = RenderMarkdown(r, ValueComparator(nullptr));
  const size_t conflicts = md.find("## Conflicts");
  const size_t corroborated = md.find("## Corroborated facts");
  const size_t single = md.find("## Single-source claims");
  const size_t sources = md.find("## Sources");
  ASSERT_NE(conflicts, std::string::npos);
  EXPECT_LT(conflicts, corroborated);
  EXPECT_LT(corroborated, single);
  EXPECT_LT(single, sources);
  EXPECT_NE(md.find("value mismatch on agent"), std::string::npos);
  EXPECT_NE(md.find("Putin **rejected** it \\| &lt;b&gt;."), std::string::npos)
      << md;
  EXPECT_NE(md.find("[a:100-"), std::string::npos);
  EXPECT_NE(md.find("Kyiv **rejected** it."), std::string::npos);
  // Deterministic.
  EXPECT_EQ(md, RenderMarkdown(r, ValueComparator(nullptr)));
}

// Editors see outlets, dates and links, never bare ids or empty quotes.
TEST(MarkdownWriterTest, SidesNameOutletsWithDatesLinksAndNoEmptyQuotes) {
  Report r;
  SourceSummary* a = r.add_sources();
  a->mutable_source()->set_id("a1");
  a->mutable_source()->set_name("Outlet A");
  r.add_sources()->mutable_source()->set_id("llm");
  DocumentSummary* d = r.add_documents();
  d->set_id("a1");
  d->set_published("2025-05-04");
  d->set_url("https://a.example/story");
  Fact* f = r.add_facts();
  f->set_id("F");
  f->set_frame("REJECT");
  f->set_status(CONFLICT);
  Conflict* c = r.add_conflicts();
  c->set_fact_id("F");
  c->set_support_explanation(
      "No side is better supported (vote).\nputin: confidence 0.50 from a1 "
      "weight 1.00\nkyiv: confidence 0.50 from llm weight 1.00, a1x weight "
      "0.10");
  ConflictSide* s1 = c->add_sides();
  s1->add_source_ids("a1");
  *r.add_claims() = ClaimIn("a1", "Putin rejected it.", 6, 14);
  s1->add_claim_ids("a1/0/0");
  ConflictSide* s2 = c->add_sides();
  s2->add_source_ids("llm");
  Claim* external = r.add_claims();  // from a claim file, no sentence
  external->set_id("llm/0/0");
  external->set_source_id("llm");
  external->set_rule("gpt-extractor");
  s2->add_claim_ids("llm/0/0");

  const std::string md = RenderMarkdown(r, ValueComparator(nullptr));
  EXPECT_NE(md.find("[a1:100-118, published 2025-05-04, "
                    "<https://a.example/story>, asserted]"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("from Outlet A weight 1.00"), std::string::npos) << md;
  EXPECT_NE(md.find("a1x weight"), std::string::npos) << md;  // not a1+x
  EXPECT_NE(md.find("[external claim by gpt-extractor, asserted]"),
            std::string::npos)
      << md;
  EXPECT_EQ(md.find("[:0-0"), std::string::npos) << md;
}

// A Report with one REJECT fact disputed on `roles` (one Conflict each,
// sides from sources a and b, whose one claim each backs every role), plus
// a second fact disputed on "time".
Report TwoFactsInConflict(const std::vector<std::string>& roles) {
  Report r;
  *r.add_claims() = ClaimIn("a", "Putin rejected the 3-day truce.", 6, 14);
  *r.add_claims() = ClaimIn("b", "Kyiv rejected the 30-day truce.", 5, 13);
  for (const char* id : {"F", "G"}) {
    Fact* f = r.add_facts();
    f->set_id(id);
    f->set_frame("REJECT");
    f->set_status(CONFLICT);
  }
  auto add = [&r](const std::string& fact, const std::string& role) {
    Conflict* c = r.add_conflicts();
    c->set_fact_id(fact);
    c->set_kind(VALUE_MISMATCH);
    c->set_role(role);
    c->set_explanation("Sources disagree on " + role + ".");
    for (const char* source : {"a", "b"}) {
      ConflictSide* side = c->add_sides();
      side->mutable_value()->set_text(role + " of " + source);
      side->add_source_ids(source);
      side->add_claim_ids(std::string(source) + "/0/0");
    }
  };
  for (const std::string& role : roles) add("F", role);
  add("G", "time");
  r.mutable_stats()->set_conflicts(r.conflicts_size());
  return r;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// One card per fact: a fact disputed on two roles is one card that lists
// both, each role with its sides; each sentence is quoted once per card.
TEST(MarkdownWriterTest, OneCardPerFactListsEachDisputedRole) {
  const std::string md = RenderMarkdown(
      TwoFactsInConflict({"agent", "duration"}), ValueComparator(nullptr));
  EXPECT_NE(md.find("facts: 2 conflicts (3 disputed roles),"),
            std::string::npos)
      << md;
  EXPECT_EQ(Count(md, "\n### "), 2u) << md;  // two cards
  EXPECT_NE(md.find("### 1. REJECT — value mismatch on agent and duration\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("### 2. REJECT — value mismatch on time\n"),
            std::string::npos)
      << md;
  const size_t agent = md.find("#### agent — value mismatch");
  const size_t duration = md.find("#### duration — value mismatch");
  const size_t second = md.find("### 2.");
  ASSERT_NE(agent, std::string::npos) << md;
  ASSERT_NE(duration, std::string::npos) << md;
  EXPECT_LT(agent, duration);
  EXPECT_LT(duration, second);
  for (const char* want :
       {"**\"agent of a\"**", "**\"agent of b\"**", "**\"duration of a\"**",
        "**\"duration of b\"**", "Sources disagree on duration."}) {
    EXPECT_NE(md.find(want), std::string::npos) << want;
  }
  // Card 1 quotes each sentence once and points to it for the second role;
  // card 2 quotes them again.
  EXPECT_EQ(Count(md, "Putin **rejected** the 3-day truce."), 2u) << md;
  EXPECT_EQ(Count(md, "(sentence quoted above)"), 2u) << md;
  EXPECT_LT(md.find("(sentence quoted above)"), second);
  // A card with one role has no role sub-heading.
  EXPECT_EQ(md.find("#### time"), std::string::npos) << md;
}

TEST(MarkdownWriterTest, OneRolePerFactKeepsTheConflictCount) {
  const std::string md =
      RenderMarkdown(TwoFactsInConflict({"agent"}), ValueComparator(nullptr));
  EXPECT_NE(md.find("facts: 2 conflicts, "), std::string::npos) << md;
  EXPECT_EQ(md.find("disputed roles"), std::string::npos) << md;
  EXPECT_EQ(md.find("####"), std::string::npos) << md;
}

// An updated figure is listed under its own heading, after the conflicts,
// and counted apart from them.
TEST(MarkdownWriterTest, UpdatesHaveTheirOwnSectionAfterConflicts) {
  Report r;
  r.mutable_stats()->set_updates(1);
  Fact* f = r.add_facts();
  f->set_id("KILL#1");
  f->set_frame("KILL");
  f->set_status(UPDATED);
  Conflict* u = r.add_updates();
  u->set_fact_id(f->id());
  u->set_kind(UPDATE);
  u->set_role("count");
  u->set_explanation("The count changed: 2 (2015-01-05), then 3.");
  u->set_preferred_side(1);
  for (const auto& [source, count] :
       std::vector<std::pair<std::string, int>>{{"a", 2}, {"b", 3}}) {
    ConflictSide* side = u->add_sides();
    side->mutable_value()->mutable_quantity()->set_value(count);
    side->add_source_ids(source);
    *r.add_claims() = ClaimIn(source, "People were killed.", 12, 18);
    side->add_claim_ids(source + "/0/0");
  }
  const std::string md = RenderMarkdown(r, ValueComparator(nullptr));
  EXPECT_NE(md.find("0 conflicts, 1 updated figures,"), std::string::npos)
      << md;
  const size_t conflicts = md.find("## Conflicts");
  const size_t updates = md.find("## Updated figures (not conflicts)");
  ASSERT_NE(updates, std::string::npos) << md;
  EXPECT_LT(conflicts, updates);
  EXPECT_NE(md.find("The count changed: 2 (2015-01-05), then 3."),
            std::string::npos);
  EXPECT_NE(md.find("were **killed**."), std::string::npos) << md;
}

// Claim files can carry any int32 offsets and any metadata; the report must
// neither crash (std::out_of_range, signed overflow under UBSan) nor pass
// raw HTML or terminal escapes through.
TEST(MarkdownWriterTest, HostileOffsetsAndNamesAreSafe) {
  constexpr int32_t kMax = 2147483647;
  constexpr int32_t kMin = -2147483647 - 1;
  const int32_t offsets[][4] = {
      // sentence begin, end, trigger begin, end
      {kMax, 5, kMin, 3}, {kMin, kMax, kMax, kMin}, {0, 10, kMin, kMax},
      {kMax, kMax, 0, 0}, {-1, -1, -1, -1},         {100, 120, 99, 200},
  };
  for (const auto& o : offsets) {
    Report r;
    SourceSummary* src = r.add_sources();
    src->mutable_source()->set_id("s<svg onload=alert(1)>");
    src->mutable_source()->set_name("<script>x</script>\x1b[31m\0");
    src->add_doc_ids("d<b>|");
    Fact* f = r.add_facts();
    f->set_id("F#1");
    f->set_frame("REJECT");
    f->set_status(SINGLE_SOURCE);
    f->add_source_ids(src->source().id());
    Claim c = ClaimIn("s<svg onload=alert(1)>", "Short sentence.", 0, 1);
    c.mutable_sentence()->set_begin(o[0]);
    c.mutable_sentence()->set_end(o[1]);
    c.mutable_trigger()->set_begin(o[2]);
    c.mutable_trigger()->set_end(o[3]);
    c.mutable_attribution()->set_speaker("<img src=x>");
    f->add_claim_ids(c.id());
    *r.add_claims() = c;
    const std::string md = RenderMarkdown(r, ValueComparator(nullptr));
    EXPECT_EQ(md.find("<svg"), std::string::npos) << md;
    EXPECT_EQ(md.find("<script"), std::string::npos) << md;
    EXPECT_EQ(md.find("<img"), std::string::npos) << md;
    EXPECT_EQ(md.find('\x1b'), std::string::npos) << md;
    EXPECT_EQ(md.find('\0'), std::string::npos) << md;
    EXPECT_NE(md.find("&lt;svg onload=alert(1)&gt;"), std::string::npos) << md;
  }
}

// A single-source generic EVENT fact is counted but not listed; a generic
// fact two sources state, and a single-source frame fact, are listed.
TEST(MarkdownWriterTest, SingleSourceGenericEventsAreNotListed) {
  struct Case {
    const char* frame;
    FactStatus status;
    bool listed;
  };
  const Case cases[] = {
      {"EVENT", SINGLE_SOURCE, false},
      {"EVENT", CORROBORATED, true},
      {"REJECT", SINGLE_SOURCE, true},
  };
  for (const Case& c : cases) {
    Report r;
    Fact* f = r.add_facts();
    f->set_id("F1");
    f->set_frame(c.frame);
    f->set_status(c.status);
    Claim claim = ClaimIn("a", "The blaze gutted the depot.", 10, 16);
    claim.set_frame(c.frame);
    f->add_claim_ids(claim.id());
    *r.add_claims() = claim;
    const std::string md = RenderMarkdown(r, ValueComparator(nullptr));
    EXPECT_EQ(md.find("**gutted**") != std::string::npos, c.listed)
        << c.frame << "\n"
        << md;
    EXPECT_EQ(md.find("single-source generic events") != std::string::npos,
              !c.listed)
        << md;
  }
}

}  // namespace
}  // namespace accord

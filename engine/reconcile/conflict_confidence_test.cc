#include "engine/reconcile/conflict_confidence.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

// A small run built by hand: each side is one claim from its own document.
class ConflictConfidenceTest : public ::testing::Test {
 protected:
  ConflictConfidenceTest() : cmp_(nullptr), scorer_(&cmp_) {}

  // Adds a claim from document `doc` (published `published`) at sentence
  // `sentence`, with `args`, as a new side of conflict_ whose value is
  // `side_value`.
  Claim* AddSide(const std::string& doc, const std::string& published,
                 int sentence, const Value& side_value) {
    Document d;
    d.set_id(doc);
    d.set_published(published);
    documents_.push_back(d);
    Claim* c = report_.add_claims();
    c->set_id(doc + "/" + std::to_string(sentence) + "/0");
    c->set_source_id(doc);
    c->mutable_trigger()->set_doc_id(doc);
    c->set_modality(ASSERTED);
    c->set_polarity(POSITIVE);
    ConflictSide* s = conflict_.add_sides();
    *s->mutable_value() = side_value;
    s->add_claim_ids(c->id());
    s->add_source_ids(doc);
    s->set_independent_sources(1);
    return c;
  }

  static void AddArg(Claim* c, const std::string& role, const Value& v) {
    Argument* a = c->add_args();
    a->set_role(role);
    *a->mutable_value() = v;
  }

  static Value Entity(const std::string& id) {
    Value v;
    v.set_entity_id(id);
    return v;
  }
  static Value Count(double n, const std::string& unit = "person") {
    Value v;
    v.mutable_quantity()->set_value(n);
    v.mutable_quantity()->set_unit(unit);
    return v;
  }
  // The day `iso` ("2020-01-05") and the one after, as [begin, end).
  static Value Day(const std::string& iso, const std::string& next,
                   const std::string& surface) {
    Value v;
    v.mutable_time()->set_begin(iso + "T00:00:00");
    v.mutable_time()->set_end(next + "T00:00:00");
    v.mutable_time()->set_grain(DAY);
    v.set_surface(surface);
    return v;
  }
  static Value Text(const std::string& t) {
    Value v;
    v.set_text(t);
    return v;
  }

  // Scores conflict_ against the run and returns it.
  Conflict Scored() {
    std::vector<const Claim*> claims;
    for (const Claim& c : report_.claims()) claims.push_back(&c);
    std::sort(claims.begin(), claims.end(),
              [](const Claim* a, const Claim* b) { return a->id() < b->id(); });
    Conflict c = conflict_;
    scorer_.Score(documents_, claims, &c);
    return c;
  }

  ValueComparator cmp_;
  ConflictConfidence scorer_;
  std::vector<Document> documents_;
  Report report_;
  Conflict conflict_;
};

TEST_F(ConflictConfidenceTest, LeadClaimsSharingAParticipantAreConfident) {
  conflict_.set_kind(VALUE_MISMATCH);
  conflict_.set_role("count");
  AddArg(AddSide("a", "2020-01-01", 0, Count(3)), "place", Entity("dayton"));
  AddArg(AddSide("b", "2020-01-01", 1, Count(5)), "place", Entity("dayton"));
  const Conflict c = Scored();
  EXPECT_DOUBLE_EQ(c.confidence(), 1.0);
  EXPECT_EQ(c.confidence_reasons_size(), 0);
}

TEST_F(ConflictConfidenceTest, EachRuleWeakensByItsFactor) {
  struct Case {
    const char* name;
    ConflictKind kind;
    const char* role;
    Value a, b;           // side values
    int sentence_b;       // sentence of side b's claim
    const char* place_b;  // side b's place ("" for none)
    const char* published_b;
    double want;
  };
  Value about_5 = Count(5);
  about_5.mutable_quantity()->set_approximate(true);
  Value at_least_5 = Count(5);
  at_least_5.mutable_quantity()->set_low(5);
  at_least_5.mutable_quantity()->set_high(1e9);
  const Case cases[] = {
      {"shared place, lead", VALUE_MISMATCH, "count", Count(3), Count(5), 1,
       "dayton", "2020-01-01", 1.0},
      {"no shared anchor", VALUE_MISMATCH, "count", Count(3), Count(5), 1,
       "dallas", "2020-01-01", 0.6},
      {"deep in the article", VALUE_MISMATCH, "count", Count(3), Count(5), 12,
       "dayton", "2020-01-01", 0.7},
      {"approximate figure", VALUE_MISMATCH, "count", Count(3), about_5, 1,
       "dayton", "2020-01-01", 0.6},
      {"lower bound", VALUE_MISMATCH, "count", Count(3), at_least_5, 1,
       "dayton", "2020-01-01", 0.6},
      {"officers among people", VALUE_MISMATCH, "count", Count(2, "officer"),
       Count(5, "person"), 1, "dayton", "2020-01-01", 0.6},
      {"dates far apart", VALUE_MISMATCH, "time",
       Day("2020-01-01", "2020-01-02", "January 1"),
       Day("2020-01-09", "2020-01-10", "January 9"), 1, "dayton", "2020-01-01",
       1.0},
      {"adjacent days", VALUE_MISMATCH, "time",
       Day("2020-01-01", "2020-01-02", "January 1"),
       Day("2020-01-02", "2020-01-03", "January 2"), 1, "dayton", "2020-01-01",
       0.7},
      {"weekday read from another publication day", VALUE_MISMATCH, "time",
       Day("2020-01-01", "2020-01-02", "January 1"),
       Day("2020-01-05", "2020-01-06", "Sunday"), 1, "dayton", "2020-01-06",
       0.5},
      {"weekday, same publication day", VALUE_MISMATCH, "time",
       Day("2020-01-01", "2020-01-02", "January 1"),
       Day("2020-01-05", "2020-01-06", "Sunday"), 1, "dayton", "2020-01-01",
       1.0},
  };
  for (const Case& t : cases) {
    documents_.clear();
    report_.Clear();
    conflict_.Clear();
    conflict_.set_kind(t.kind);
    conflict_.set_role(t.role);
    AddArg(AddSide("a", "2020-01-01", 0, t.a), "place", Entity("dayton"));
    Claim* b = AddSide("b", t.published_b, t.sentence_b, t.b);
    if (*t.place_b) AddArg(b, "place", Entity(t.place_b));
    const Conflict c = Scored();
    EXPECT_NEAR(c.confidence(), t.want, 1e-9) << t.name;
    EXPECT_EQ(c.confidence_reasons_size(), t.want < 1 ? 1 : 0) << t.name;
  }
}

TEST_F(ConflictConfidenceTest, IncompatibleTimesMeanDifferentOccurrences) {
  conflict_.set_kind(VALUE_MISMATCH);
  conflict_.set_role("count");
  Claim* a = AddSide("a", "2020-01-01", 0, Count(3));
  Claim* b = AddSide("b", "2020-01-01", 0, Count(5));
  for (Claim* c : {a, b}) AddArg(c, "place", Entity("dayton"));
  AddArg(a, "time", Day("2020-01-01", "2020-01-02", "January 1"));
  AddArg(b, "time", Day("2016-07-07", "2016-07-08", "July 7, 2016"));
  EXPECT_NEAR(Scored().confidence(), 0.5, 1e-9);
}

TEST_F(ConflictConfidenceTest, DenialOfAnotherSubjectIsWeak) {
  // "He did not shoot" against "the officer was shot": different subjects.
  conflict_.set_kind(POLARITY);
  conflict_.set_role("polarity");
  Claim* a = AddSide("a", "2020-01-01", 0, Text("affirmed"));
  AddArg(a, "patient", Entity("officer_smith"));
  Claim* d = AddSide("b", "2020-01-01", 0, Text("denied"));
  d->set_polarity(NEGATIVE);
  AddArg(d, "agent", Entity("john_doe"));
  EXPECT_NEAR(Scored().confidence(), 0.3, 1e-9);

  // "Doe did not shoot the officer" against "Doe shot the officer".
  AddArg(a, "agent", Entity("john_doe"));
  EXPECT_NEAR(Scored().confidence(), 1.0, 1e-9);
}

TEST_F(ConflictConfidenceTest, HedgedSideIsWeakAndCorroborationRaises) {
  conflict_.set_kind(VALUE_MISMATCH);
  conflict_.set_role("count");
  AddArg(AddSide("a", "2020-01-01", 0, Count(3)), "place", Entity("dayton"));
  Claim* b = AddSide("b", "2020-01-01", 9, Count(5));
  AddArg(b, "place", Entity("dayton"));
  b->set_modality(HEDGED);
  EXPECT_NEAR(Scored().confidence(), 0.7 * 0.7, 1e-9);
  // The same, each side told by two independent outlets.
  for (ConflictSide& s : *conflict_.mutable_sides()) {
    s.set_independent_sources(2);
  }
  const Conflict c = Scored();
  EXPECT_NEAR(c.confidence(), 0.49 + 0.51 / 2, 1e-9);
  EXPECT_EQ(c.confidence_reasons_size(), 3);
}

TEST_F(ConflictConfidenceTest, ApplyMovesWeakConflictsAside) {
  conflict_.set_kind(VALUE_MISMATCH);
  conflict_.set_role("count");
  conflict_.set_fact_id("KILL#1");
  AddArg(AddSide("a", "2020-01-01", 0, Count(3)), "place", Entity("dayton"));
  AddArg(AddSide("b", "2020-01-01", 0, Count(5)), "place", Entity("dallas"));
  *report_.add_conflicts() = conflict_;  // 0.6
  report_.mutable_conflicts(0)->set_fact_id("KILL#0");
  *report_.add_conflicts() = conflict_;
  report_.mutable_conflicts(1)->mutable_sides(1)->clear_claim_ids();
  report_.mutable_conflicts(1)->mutable_sides(1)->add_claim_ids("a/0/0");
  // Second conflict: both sides from claim a/0/0's anchors: confident.
  scorer_.Apply(documents_, 0.65, &report_);
  ASSERT_EQ(report_.conflicts_size(), 1);
  EXPECT_EQ(report_.conflicts(0).fact_id(), "KILL#1");
  ASSERT_EQ(report_.possible_conflicts_size(), 1);
  EXPECT_EQ(report_.possible_conflicts(0).fact_id(), "KILL#0");
  EXPECT_NEAR(report_.possible_conflicts(0).confidence(), 0.6, 1e-9);
  EXPECT_EQ(report_.stats().conflicts(), 1);
  EXPECT_EQ(report_.stats().possible_conflicts(), 1);
}

}  // namespace
}  // namespace accord

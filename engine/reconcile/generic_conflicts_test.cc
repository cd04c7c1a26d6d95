#include "engine/reconcile/generic_conflicts.h"

#include <memory>
#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "engine/reconcile/aligner.h"
#include "engine/rules/lexicon.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

Value Entity(const std::string& id) {
  Value v;
  v.set_entity_id(id);
  return v;
}

Value Day(const std::string& day) {
  Value v;
  v.mutable_time()->set_begin(day + "T00:00:00");
  v.mutable_time()->set_end(day + "T23:59:59");  // within the day
  v.mutable_time()->set_grain(DAY);
  return v;
}

Value Money(double amount, const std::string& currency) {
  Value v;
  Quantity* q = v.mutable_quantity();
  q->set_value(amount);
  q->set_low(amount);
  q->set_high(amount);
  q->set_unit(currency);
  return v;
}

Claim Generic(const std::string& id, const std::string& source,
              std::vector<std::pair<std::string, Value>> args,
              Polarity polarity = POSITIVE) {
  Claim c;
  c.set_id(id);
  c.set_source_id(source);
  c.set_frame("EVENT");
  c.set_polarity(polarity);
  c.mutable_trigger()->set_doc_id(source);
  Argument* e = c.add_args();
  e->set_role("event");
  e->mutable_value()->set_text("release.v.00000001");
  for (auto& [role, v] : args) {
    Argument* a = c.add_args();
    a->set_role(role);
    *a->mutable_value() = v;
  }
  return c;
}

class GenericConflictsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lexicon_ = Lexicon::FromTextproto(embedded::kLexicon).value();
    comparator_ = std::make_unique<ValueComparator>(nullptr);
    aligner_ = std::make_unique<Aligner>(lexicon_.get(), comparator_.get());
  }

  // Aligns `claims` (sorted by id) and dismisses weak generic conflicts.
  Alignment Run(const std::vector<Claim>& claims) {
    Alignment a = aligner_->Align(claims);
    GenericConflicts(comparator_.get(), lexicon_.get()).Dismiss(claims, &a);
    return a;
  }

  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<ValueComparator> comparator_;
  std::unique_ptr<Aligner> aligner_;
};

TEST_F(GenericConflictsTest, DatesWithoutACommonParticipantAreNotFlagged) {
  // "Police released photos on Monday" / "... a statement on Thursday".
  const std::vector<Claim> claims = {
      Generic("a/0/0", "a", {{"time", Day("2026-03-09")}}),
      Generic("b/0/0", "b", {{"time", Day("2026-03-12")}}),
  };
  // The aligner alone flags the dates...
  ASSERT_EQ(aligner_->Align(claims).conflicts.size(), 1u);
  // ...but nothing shows the two are one happening.
  const Alignment a = Run(claims);
  EXPECT_TRUE(a.conflicts.empty());
  ASSERT_EQ(a.facts.size(), 1u);
  EXPECT_EQ(a.facts[0].status(), CORROBORATED);
}

TEST_F(GenericConflictsTest, DatesWithACommonParticipantConflict) {
  const std::vector<Claim> claims = {
      Generic("a/0/0", "a",
              {{"agent", Entity("acme")}, {"time", Day("2026-03-09")}}),
      Generic("b/0/0", "b",
              {{"agent", Entity("acme")}, {"time", Day("2026-03-12")}}),
  };
  const Alignment a = Run(claims);
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].role(), "time");
  EXPECT_EQ(a.facts[0].status(), CONFLICT);
}

TEST_F(GenericConflictsTest, APronounIsNoCommonParticipant) {
  Value she = Entity("jane_doe");
  she.set_surface("she");
  const std::vector<Claim> claims = {
      Generic("a/0/0", "a", {{"agent", she}, {"time", Day("2026-03-09")}}),
      Generic("b/0/0", "b", {{"agent", she}, {"time", Day("2026-03-12")}}),
  };
  EXPECT_TRUE(Run(claims).conflicts.empty());
}

TEST_F(GenericConflictsTest, DenialNeedsTheSameParticipant) {
  // "The car has not been recovered" vs "police recovered property".
  const std::vector<Claim> claims = {
      Generic("a/0/0", "a", {{"patient", Entity("property")}}),
      Generic("b/0/0", "b", {{"patient", Entity("car")}}, NEGATIVE),
  };
  EXPECT_TRUE(Run(claims).conflicts.empty());
  const std::vector<Claim> same = {
      Generic("a/0/0", "a", {{"patient", Entity("car")}}),
      Generic("b/0/0", "b", {{"patient", Entity("car")}}, NEGATIVE),
  };
  ASSERT_EQ(Run(same).conflicts.size(), 1u);
  EXPECT_EQ(Run(same).conflicts[0].kind(), POLARITY);
  // "... may choose not to recover the car": a plan denies nothing done.
  std::vector<Claim> planned = same;
  planned[1].set_modality(PLANNED);
  EXPECT_TRUE(Run(planned).conflicts.empty());
}

TEST_F(GenericConflictsTest, MoneyInDifferentCurrenciesIsNoConflict) {
  const std::vector<Claim> claims = {
      Generic("a/0/0", "a",
              {{"agent", Entity("acme")}, {"money", Money(137e6, "dollar")}}),
      Generic("b/0/0", "b",
              {{"agent", Entity("acme")}, {"money", Money(85e6, "euro")}}),
  };
  EXPECT_TRUE(Run(claims).conflicts.empty());
  const std::vector<Claim> same_currency = {
      Generic("a/0/0", "a",
              {{"agent", Entity("acme")}, {"money", Money(137e6, "dollar")}}),
      Generic("b/0/0", "b",
              {{"agent", Entity("acme")}, {"money", Money(85e6, "dollar")}}),
  };
  ASSERT_EQ(Run(same_currency).conflicts.size(), 1u);
  EXPECT_EQ(Run(same_currency).conflicts[0].role(), "money");
  // "EUR 85 million ($108 million)": the article's own rate makes the
  // amounts comparable; $137 million against $108 million disagree, $108
  // million agrees.
  Value euros_with_rate = Money(85e6, "euro");
  *euros_with_rate.mutable_quantity()->add_equivalents() =
      Money(108e6, "dollar").quantity();
  const std::vector<Claim> with_rate = {
      Generic("a/0/0", "a",
              {{"agent", Entity("acme")}, {"money", Money(137e6, "dollar")}}),
      Generic("b/0/0", "b",
              {{"agent", Entity("acme")}, {"money", euros_with_rate}}),
  };
  ASSERT_EQ(Run(with_rate).conflicts.size(), 1u);
  EXPECT_EQ(Run(with_rate).conflicts[0].role(), "money");
  const std::vector<Claim> agreeing = {
      Generic("a/0/0", "a",
              {{"agent", Entity("acme")}, {"money", Money(108e6, "dollar")}}),
      Generic("b/0/0", "b",
              {{"agent", Entity("acme")}, {"money", euros_with_rate}}),
  };
  EXPECT_TRUE(Run(agreeing).conflicts.empty());
}

TEST_F(GenericConflictsTest, FrameConflictsAreUntouched) {
  Claim a = Generic("a/0/0", "a", {{"time", Day("2026-03-09")}});
  Claim b = Generic("b/0/0", "b", {{"time", Day("2026-03-12")}});
  for (Claim* c : {&a, &b}) {
    c->set_frame("ARREST");
    c->clear_args();
    Argument* t = c->add_args();
    t->set_role("time");
    *t->mutable_value() = Day(c == &a ? "2026-03-09" : "2026-03-10");
  }
  const std::vector<Claim> claims = {a, b};
  EXPECT_EQ(Run(claims).conflicts.size(),
            aligner_->Align(claims).conflicts.size());
}

}  // namespace
}  // namespace accord

#include "engine/report/conflict_cards.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

// A conflict on `fact`'s `role`.
Conflict Make(const std::string& fact, const std::string& role,
              ConflictKind kind = VALUE_MISMATCH) {
  Conflict c;
  c.set_fact_id(fact);
  c.set_role(role);
  c.set_kind(kind);
  return c;
}

// "fact:role,role|fact:role" for comparing groupings.
std::string Describe(const std::vector<ConflictCard>& cards) {
  std::string out;
  for (const ConflictCard& card : cards) {
    if (!out.empty()) out += "|";
    out += card.fact_id + ":";
    for (size_t i = 0; i < card.roles.size(); ++i) {
      if (i > 0) out += ",";
      out += card.roles[i]->role();
    }
  }
  return out;
}

TEST(GroupConflictsByFactTest, GroupsRolesOfOneFactInReportOrder) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> conflicts;
    std::string want;
  };
  const std::vector<Case> cases = {
      {{}, ""},
      {{{"f1", "agent"}}, "f1:agent"},
      // Two roles of one fact: one card listing both.
      {{{"f1", "agent"}, {"f1", "duration"}}, "f1:agent,duration"},
      // Different facts stay apart.
      {{{"f1", "agent"}, {"f2", "agent"}}, "f1:agent|f2:agent"},
      // A fact's later role joins its card; cards keep first-seen order.
      {{{"f2", "time"}, {"f1", "agent"}, {"f2", "place"}},
       "f2:time,place|f1:agent"},
  };
  for (const Case& c : cases) {
    google::protobuf::RepeatedPtrField<Conflict> conflicts;
    for (const auto& [fact, role] : c.conflicts) {
      *conflicts.Add() = Make(fact, role);
    }
    EXPECT_EQ(Describe(GroupConflictsByFact(conflicts)), c.want) << c.want;
  }
}

TEST(GroupConflictsByFactTest, PointsIntoTheInput) {
  google::protobuf::RepeatedPtrField<Conflict> conflicts;
  *conflicts.Add() = Make("f1", "agent");
  *conflicts.Add() = Make("f1", "duration");
  const std::vector<ConflictCard> cards = GroupConflictsByFact(conflicts);
  ASSERT_EQ(cards.size(), 1u);
  EXPECT_EQ(cards[0].roles[0], &conflicts.Get(0));
  EXPECT_EQ(cards[0].roles[1], &conflicts.Get(1));
}

TEST(CardRolesLabelTest, NamesEachRoleOnceUnderItsKind) {
  struct Case {
    std::vector<std::pair<std::string, ConflictKind>> roles;
    std::string want;
  };
  const std::vector<Case> cases = {
      {{{"agent", VALUE_MISMATCH}}, "value mismatch on agent"},
      {{{"agent", VALUE_MISMATCH}, {"duration", VALUE_MISMATCH}},
       "value mismatch on agent and duration"},
      {{{"agent", VALUE_MISMATCH},
        {"time", VALUE_MISMATCH},
        {"place", VALUE_MISMATCH}},
       "value mismatch on agent, time and place"},
      {{{"agent", VALUE_MISMATCH},
        {"guests", SET_DIVERGENCE},
        {"time", VALUE_MISMATCH}},
       "value mismatch on agent and time; set divergence on guests"},
      // A role disputed twice in one way is named once.
      {{{"agent", VALUE_MISMATCH}, {"agent", VALUE_MISMATCH}},
       "value mismatch on agent"},
  };
  for (const Case& c : cases) {
    google::protobuf::RepeatedPtrField<Conflict> conflicts;
    for (const auto& [role, kind] : c.roles) {
      *conflicts.Add() = Make("f1", role, kind);
    }
    const std::vector<ConflictCard> cards = GroupConflictsByFact(conflicts);
    ASSERT_EQ(cards.size(), 1u);
    EXPECT_EQ(CardRolesLabel(cards[0]), c.want);
  }
}

}  // namespace
}  // namespace accord

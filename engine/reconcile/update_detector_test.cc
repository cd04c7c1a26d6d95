#include "engine/reconcile/update_detector.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(UpdateDetectorTest, RevisionCuesMatchWholeWords) {
  const UpdateDetector d("# comment\nrose to\nrevised\nlater died\n");
  const struct {
    const char* sentence;
    bool want;
  } cases[] = {
      {"The death toll rose to 12 on Tuesday.", true},
      {"The agency REVISED the magnitude to 5.2.", true},
      {"A second victim later died in hospital.", true},
      {"Put the roses to the left.", false},   // "roses to" is not "rose to"
      {"The unrevised figure stood.", false},  // not a word
      {"Two people were killed.", false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(d.HasRevisionCue(c.sentence), c.want) << c.sentence;
  }
}

TEST(UpdateDetectorTest, PublishedBefore) {
  EXPECT_TRUE(UpdateDetector::PublishedBefore("2015-01-05", "2015-01-06"));
  EXPECT_FALSE(UpdateDetector::PublishedBefore("2015-01-06", "2015-01-05"));
  EXPECT_FALSE(UpdateDetector::PublishedBefore("2015-01-05", "2015-01-05"));
  EXPECT_TRUE(
      UpdateDetector::PublishedBefore("2015-01-05T08:00", "2015-01-05T17:30"));
  // A date alone is not ordered against a time on the same day.
  EXPECT_FALSE(
      UpdateDetector::PublishedBefore("2015-01-05", "2015-01-05T17:30"));
  EXPECT_FALSE(UpdateDetector::PublishedBefore("", "2015-01-05"));
  EXPECT_FALSE(UpdateDetector::PublishedBefore("2015-01-05", ""));
}

// A small run: documents with publication dates, one claim each.
class MoveUpdatesTest : public ::testing::Test {
 protected:
  void AddDoc(const std::string& id, const std::string& published,
              const std::string& sentence) {
    Document d;
    d.set_id(id);
    d.set_published(published);
    documents_.push_back(d);
    Claim c;
    c.set_id(id + "/0/0");
    c.set_source_id(id);
    c.mutable_trigger()->set_doc_id(id);
    c.mutable_sentence()->set_doc_id(id);
    c.mutable_sentence()->set_text(sentence);
    claims_.push_back(c);
  }
  ConflictSide Side(const std::vector<std::string>& docs, double count) {
    ConflictSide s;
    s.mutable_value()->mutable_quantity()->set_value(count);
    s.mutable_value()->set_surface(std::to_string(static_cast<int>(count)));
    for (const std::string& d : docs) s.add_claim_ids(d + "/0/0");
    return s;
  }
  // One fact "F" with one VALUE_MISMATCH conflict of the given sides.
  void Conflicting(const std::vector<ConflictSide>& sides,
                   const std::string& role = "count") {
    Fact f;
    f.set_id("F");
    f.set_status(CONFLICT);
    alignment_.facts.push_back(f);
    Conflict c;
    c.set_fact_id("F");
    c.set_kind(VALUE_MISMATCH);
    c.set_role(role);
    for (const ConflictSide& s : sides) *c.add_sides() = s;
    alignment_.conflicts.push_back(c);
  }
  void Run() {
    std::sort(claims_.begin(), claims_.end(),
              [](const Claim& a, const Claim& b) { return a.id() < b.id(); });
    detector_.MoveUpdates(documents_, claims_, &alignment_);
  }

  const UpdateDetector detector_{"rose to\nlater died\nrevised\n",
                                 "originally\nfirst reported\n"};
  std::vector<Document> documents_;
  std::vector<Claim> claims_;
  Alignment alignment_;
};

TEST_F(MoveUpdatesTest, LaterFigureFromLaterArticlesIsAnUpdate) {
  AddDoc("a", "2015-01-05", "Two people were killed.");
  AddDoc("b", "2015-01-05", "Two people died.");
  AddDoc("c", "2015-01-06", "Three people were killed.");
  Conflicting({Side({"c"}, 3), Side({"a", "b"}, 2)});
  Run();
  EXPECT_TRUE(alignment_.conflicts.empty());
  ASSERT_EQ(alignment_.updates.size(), 1u);
  const Conflict& u = alignment_.updates[0];
  EXPECT_EQ(u.kind(), UPDATE);
  ASSERT_EQ(u.sides_size(), 2);
  EXPECT_EQ(u.sides(0).value().quantity().value(), 2);  // oldest first
  EXPECT_EQ(u.sides(1).value().quantity().value(), 3);
  EXPECT_EQ(u.preferred_side(), 1);
  EXPECT_EQ(u.explanation(),
            "The count changed as reporting went on: 2 (2015-01-05), then 3 "
            "(2015-01-06); the latest figure is 3.");
  EXPECT_EQ(alignment_.facts[0].status(), UPDATED);
}

TEST_F(MoveUpdatesTest, OverlappingPublicationStaysAConflict) {
  // b (figure 2) is published after c (figure 3): no order, no cue.
  AddDoc("a", "2015-01-05", "Two people were killed.");
  AddDoc("b", "2015-01-07", "Two people died.");
  AddDoc("c", "2015-01-06", "Three people were killed.");
  Conflicting({Side({"a", "b"}, 2), Side({"c"}, 3)});
  Run();
  EXPECT_EQ(alignment_.conflicts.size(), 1u);
  EXPECT_TRUE(alignment_.updates.empty());
  EXPECT_EQ(alignment_.facts[0].status(), CONFLICT);
}

TEST_F(MoveUpdatesTest, SameDayFiguresNeedARevisionCue) {
  AddDoc("a", "2015-01-05", "Two people were killed.");
  AddDoc("b", "2015-01-05", "The death toll rose to three.");
  Conflicting({Side({"b"}, 3), Side({"a"}, 2)});
  Run();
  ASSERT_EQ(alignment_.updates.size(), 1u);
  EXPECT_EQ(alignment_.updates[0].sides(1).value().quantity().value(), 3);
}

TEST_F(MoveUpdatesTest, UndatedArticlesStayConflicts) {
  AddDoc("a", "", "Two people were killed.");
  AddDoc("b", "2015-01-06", "Three people were killed.");
  Conflicting({Side({"a"}, 2), Side({"b"}, 3)});
  Run();
  EXPECT_EQ(alignment_.conflicts.size(), 1u);
}

TEST_F(MoveUpdatesTest, NonNumericValuesAreNeverUpdates) {
  AddDoc("a", "2025-05-04", "Zelenskyy rejected the offer.");
  AddDoc("b", "2025-05-05", "Putin rejected it.");
  ConflictSide zelenskyy, putin;
  zelenskyy.mutable_value()->set_entity_id("zelenskyy");
  zelenskyy.add_claim_ids("a/0/0");
  putin.mutable_value()->set_entity_id("putin");
  putin.add_claim_ids("b/0/0");
  Conflicting({zelenskyy, putin}, "agent");
  Run();
  EXPECT_EQ(alignment_.conflicts.size(), 1u);
  EXPECT_TRUE(alignment_.updates.empty());
}

// Which figure is the latest follows the cue's direction: a revision cue
// marks its own figure as the newer one, an older-figure cue ("originally")
// marks its own figure as the older one. Same-day articles, so only the
// cues can tell.
TEST_F(MoveUpdatesTest, CuesMarkTheNewerOrTheOlderFigure) {
  struct Case {
    std::string a_sentence, b_sentence;  // a states 5.6, b states 5.2
    double latest;                       // 0: stays a conflict
  };
  const std::vector<Case> cases = {
      {"The quake measured 5.6.", "The magnitude was revised to 5.2.", 5.2},
      {"The magnitude was revised to 5.6.", "The quake measured 5.2.", 5.6},
      {"The quake was originally rated 5.6.", "The quake measured 5.2.", 5.2},
      {"The quake measured 5.6.", "It was first reported as 5.2.", 5.6},
      // Both cues point the same way.
      {"It was originally rated 5.6.", "It was revised to 5.2.", 5.2},
      {"It was revised to 5.6.", "It was originally rated 5.2.", 5.6},
      // Opposite ways (one sentence has both), or no cue: no order.
      {"It was originally 5.6, before it was revised.",
       "The quake measured 5.2.", 0},
      {"The quake measured 5.6.", "The quake measured 5.2.", 0},
  };
  for (const Case& c : cases) {
    documents_.clear();
    claims_.clear();
    alignment_ = Alignment();
    AddDoc("a", "2015-01-05", c.a_sentence);
    AddDoc("b", "2015-01-05", c.b_sentence);
    Conflicting({Side({"a"}, 5.6), Side({"b"}, 5.2)});
    Run();
    if (c.latest == 0) {
      EXPECT_EQ(alignment_.conflicts.size(), 1u) << c.a_sentence;
      EXPECT_TRUE(alignment_.updates.empty()) << c.a_sentence;
      continue;
    }
    ASSERT_EQ(alignment_.updates.size(), 1u) << c.a_sentence;
    const Conflict& u = alignment_.updates[0];
    EXPECT_EQ(u.sides(u.preferred_side()).value().quantity().value(), c.latest)
        << c.a_sentence << " / " << c.b_sentence;
  }
}

TEST(UpdateDetectorTest, EarlierFigureCuesAreTheirOwnList) {
  const UpdateDetector d("rose to\n", "# comment\noriginally\n");
  EXPECT_TRUE(d.HasEarlierFigureCue("It was Originally rated 5.6."));
  EXPECT_FALSE(d.HasRevisionCue("It was originally rated 5.6."));
  EXPECT_FALSE(d.HasEarlierFigureCue("The toll rose to 9."));
  EXPECT_FALSE(d.HasEarlierFigureCue("unoriginally"));
  // The embedded lists keep the two directions apart.
  const UpdateDetector& e = UpdateDetector::Default();
  EXPECT_TRUE(e.HasEarlierFigureCue("The quake was initially rated 6.1."));
  EXPECT_FALSE(e.HasRevisionCue("The quake was initially rated 6.1."));
  EXPECT_TRUE(e.HasRevisionCue("The toll has risen to 12."));
  EXPECT_FALSE(e.HasEarlierFigureCue("The toll has risen to 12."));
}

}  // namespace
}  // namespace accord

#include "engine/reconcile/event_anchors.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/data/embedded_data.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// A claim of `frame` stated by `sentence` (at `offset` in document `doc`),
// whose trigger is the first occurrence of `trigger` in it, with a time
// beginning `time` if not empty (see below).
Claim Make(const std::string& sentence, const std::string& trigger,
           const std::string& time = "", const std::string& frame = "KILL",
           const std::string& doc = "d", int offset = 0) {
  Claim c;
  c.set_id(absl::StrCat(doc, "/", offset, "/", trigger));
  c.set_frame(frame);
  c.set_source_id(doc);
  c.mutable_sentence()->set_doc_id(doc);
  c.mutable_sentence()->set_begin(offset);
  c.mutable_sentence()->set_end(offset + sentence.size());
  c.mutable_sentence()->set_text(sentence);
  const size_t at = sentence.find(trigger);
  EXPECT_NE(at, std::string::npos) << trigger;
  c.mutable_trigger()->set_doc_id(doc);
  c.mutable_trigger()->set_begin(offset + at);
  c.mutable_trigger()->set_end(offset + at + trigger.size());
  c.mutable_trigger()->set_text(trigger);
  if (!time.empty()) {
    // "2026-05-03" is that day, open at its end; "2025-01-01..2026-01-01"
    // an interval; "~" before either a time of the sentence that dates
    // the trigger but is not the claim's (Claim.unstated_time).
    const bool unstated = time[0] == '~';
    const std::string value = unstated ? time.substr(1) : time;
    const size_t dots = value.find("..");
    TimeValue* t;
    if (unstated) {
      c.mutable_unstated_time()->set_scope(TimeAttachment::TRIGGER);
      t = c.mutable_unstated_time()->mutable_value();
    } else {
      t = c.add_args()->mutable_value()->mutable_time();
      c.mutable_args(0)->set_role("time");
    }
    t->set_begin(absl::StrCat(value.substr(0, dots), "T00:00:00"));
    t->set_end(dots == std::string::npos
                   ? ""
                   : absl::StrCat(value.substr(dots + 2), "T00:00:00"));
  }
  return c;
}

class EventAnchorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lexicon_ = Lexicon::FromTextproto(embedded::kLexicon).value();
    for (const FrameSpec& f : lexicon_->proto().frames()) {
      for (std::string& n : Lexicon::NounForms(f)) nouns_.insert(n);
    }
    determiners_.insert(lexicon_->proto().determiners().begin(),
                        lexicon_->proto().determiners().end());
  }
  EventAnchor Anchor(const Claim& c) const {
    return EventAnchors::FromSentence(EventCues::Default(), nouns_,
                                      determiners_, {"2026"}, "2026-05-04",
                                      /*window_days=*/7, c);
  }
  std::unique_ptr<Lexicon> lexicon_;
  absl::flat_hash_set<std::string> nouns_, determiners_;
};

TEST_F(EventAnchorsTest, SentencesWrittenForTheRule) {
  struct Case {
    std::string sentence, trigger, time;
    bool background;
    std::string key;
  };
  const std::vector<Case> cases = {
      // The main event.
      {"Five people were killed on Sunday at the mall.", "killed", "2026-05-03",
       false, ""},
      {"Police said the shooting began at noon.", "shooting", "", false, ""},
      // "another" before a noun is another event; before a person, not.
      {"It was the second time in a month: another shooting left two dead.",
       "shooting", "", true, ""},
      {"One man was killed and another man was wounded.", "killed", "", false,
       ""},
      {"A similar deadly attack happened across town.", "attack", "", true, ""},
      {"The previous night's shooting was quiet.", "shooting", "", false, ""},
      {"He was questioned about last year's shooting.", "shooting", "", true,
       ""},
      {"The city has seen a string of shootings.", "shootings", "", true, ""},
      // A period, when the claim has no time of its own.
      {"Last year, a gunman killed 12 at the same mall.", "killed", "", true,
       ""},
      {"More than 700 people have been killed in the city this year.", "killed",
       "", true, ""},
      {"Five were killed on Sunday, the tenth shooting this year.", "killed",
       "2026-05-03", false, ""},
      // A claim's own time longer than one occurrence is a period.
      {"The city had 27 homicides in 2025.", "homicides",
       "2025-01-01..2026-01-01", true, "year 2025"},
      {"A man was killed over the weekend.", "killed", "2026-05-02..2026-05-04",
       false, ""},
      // A year other than the article's, in a time of the sentence that
      // dates the trigger though the claim's rule did not take it.
      {"In 2004, a tsunami killed thousands along the coast.", "killed",
       "~2004-01-01..2005-01-01", true, "year 2004"},
      {"He had been convicted of murder in 1998.", "murder",
       "~1998-01-01..1999-01-01", true, "year 1998"},
      {"The 2011 earthquake was stronger.", "earthquake",
       "~2011-01-01..2012-01-01", true, "year 2011"},
      {"In 2026, two men were killed in the town.", "killed",
       "~2026-01-01..2027-01-01", false, ""},
      // A year written in the sentence that dates no part of the claim's
      // clause is no cue.
      {"He had been convicted of murder in 1998.", "murder", "", false, ""},
      {"About 2000 people were killed, officials said.", "killed", "", false,
       ""},
  };
  for (const Case& c : cases) {
    const EventAnchor a = Anchor(Make(c.sentence, c.trigger, c.time));
    EXPECT_EQ(a.background, c.background) << c.sentence << " " << a.cue;
    EXPECT_EQ(a.key, c.key) << c.sentence;
  }
}

// `c` with a count argument of `n`.
Claim WithCount(Claim c, double n) {
  Argument* a = c.add_args();
  a->set_role("count");
  a->mutable_value()->mutable_quantity()->set_value(n);
  return c;
}

TEST_F(EventAnchorsTest, CountsOverSeveralEventsAreTotals) {
  struct Case {
    std::string sentence, trigger, time;
    double count;  // 0: the claim states no count
    bool total;
  };
  const std::vector<Case> cases = {
      // A clause that names several events: its count is their total,
      // whatever its time.
      {"The weekend left seven people dead and 14 others hurt in 17 "
       "shootings.",
       "hurt", "2026-05-02..2026-05-04", 14, true},
      {"Two men were killed Sunday in two separate shootings.", "killed",
       "2026-05-03", 2, true},
      {"More than 900 people have been wounded in those attacks.", "wounded",
       "", 900, true},
      {"In other shootings on Thursday, two men were wounded.", "wounded",
       "2026-04-30", 2, true},
      {"A rash of shootings across town left four people dead.", "dead", "", 4,
       true},
      {"Two dead, seven hurt after shootings on the east side", "hurt", "", 7,
       true},
      {"One dead, four wounded in overnight shootings", "wounded", "", 4, true},
      {"Two men were hurt after some shootings downtown.", "hurt", "", 2, true},
      // ... or a place-wide scope.
      {"Eleven people were shot citywide on Saturday.", "shot", "2026-05-02",
       11, true},
      {"Across the city, 30 people were shot during the holiday.", "shot", "",
       30, true},
      // ... or a period beside the verb, even with a time of its own.
      {"At least 2,000 people have been shot since January 1.", "shot",
       "2026-01-01", 2000, true},
      {"Since January 1, more than 900 children have been shot.", "shot",
       "~2026-01-01", 900, true},
      {"Since the start of the year, 30 people have been killed.", "killed",
       "2026-01-01", 30, true},
      // A bound within one occurrence is this event's time.
      {"Two men have been missing since Saturday.", "missing", "2026-05-02", 2,
       false},
      {"Forty children have been killed so far this year.", "killed",
       "2026-01-01..2027-01-01", 40, true},
      // A period that holds the article's day, told in the present
      // perfect, runs up to the article: a tally whatever names it; in the
      // past tenses, or begun within one occurrence, it is not.
      {"Twelve people have been shot in the county this spring.", "shot",
       "2026-03-20..2026-06-21", 12, true},
      {"This spring, 12 people have been fatally shot in the county.", "shot",
       "~2026-03-20..2026-06-21", 12, true},
      {"Twelve people were shot in the county this spring.", "shot",
       "2026-03-20..2026-06-21", 12, false},
      {"Twelve people had been shot in the county this spring.", "shot",
       "2026-03-20..2026-06-21", 12, false},
      {"Three people have been shot in the county this month.", "shot",
       "2026-05-01..2026-06-01", 3, false},
      // One of several events is one event; a count outside the clause
      // of the phrase, or a claim without a count, is untouched.
      {"Two men were killed in one of three shootings.", "killed", "", 2,
       false},
      {"Three people were shot, police said, after two shootings last week.",
       "shot", "", 3, false},
      {"Police linked the shooting to two earlier shootings.", "shooting", "",
       0, false},
      {"Five were killed on Sunday, the tenth shooting this year.", "killed",
       "2026-05-03", 5, false},
      // A period that dates one earlier event makes no total.
      {"Two men were killed earlier this year near the school.", "killed", "",
       2, false},
      {"A boy who was shot and killed last year was buried.", "killed", "", 1,
       false},
      {"Four people were killed in the shooting, the third in the city.",
       "killed", "", 4, false},
      {"He was charged in the shootings of three teenagers.", "shootings", "",
       3, false},
      {"Three men were wounded in the shootings outside the club.", "wounded",
       "", 3, false},
      // Any determiner of the lexicon's list makes the plural this event's.
      {"Three men were wounded in our shootings outside the club.", "wounded",
       "", 3, false},
  };
  for (const Case& c : cases) {
    Claim claim = Make(c.sentence, c.trigger, c.time);
    if (c.count > 0) claim = WithCount(std::move(claim), c.count);
    const EventAnchor a = Anchor(claim);
    EXPECT_EQ(a.total, c.total) << c.sentence << " " << a.cue;
    EXPECT_TRUE(!a.total || a.background) << c.sentence;
  }
}

// A time open at its end after a clock time ("just after 11 p.m.") is
// when one event happened, not a tally's bound.
TEST_F(EventAnchorsTest, ClockTimeIsNoTallyBound) {
  Claim c = WithCount(Make("One man was shot and killed just after 11 p.m. on "
                           "February 1.",
                           "killed", "2026-02-01"),
                      1);
  c.mutable_args(0)->mutable_value()->mutable_time()->set_grain(HOUR);
  EXPECT_FALSE(Anchor(c).total) << Anchor(c).cue;
  c.mutable_args(0)->mutable_value()->mutable_time()->set_grain(DAY);
  EXPECT_TRUE(Anchor(c).total);
}

// A time across years names no one year ("over the past two years").
TEST_F(EventAnchorsTest, PeriodAcrossYearsIsNoYearCue) {
  const EventAnchor a =
      Anchor(Make("The visit follows meetings over the past two years.",
                  "visit", "~2024-05-04..2026-05-04"));
  EXPECT_FALSE(a.background) << a.cue;
}

TEST_F(EventAnchorsTest, CurlyApostropheIsAnApostrophe) {
  const EventAnchor a = Anchor(Make(
      "He recalled last year\xE2\x80\x99s shooting downtown.", "shooting"));
  EXPECT_TRUE(a.background) << a.cue;
}

TEST_F(EventAnchorsTest, BackReferenceTakesTheEarlierEventsAnchor) {
  const std::string first = "In 2011 an earthquake struck the region.";
  const std::string second = "That earthquake killed hundreds.";
  const std::string third = "Today's earthquake was weaker.";
  std::vector<Claim> claims = {
      Make(first, "earthquake", "~2011-01-01..2012-01-01", "QUAKE", "d", 0),
      Make(second, "earthquake", "", "QUAKE", "d", 100),
  };
  Document d;
  d.set_id("d");
  d.set_published("2026-05-04");
  EventAnchors anchors(EventCues::Default(), *lexicon_, {d}, claims);
  EXPECT_TRUE(anchors.Of(claims[0]).background);
  EXPECT_TRUE(anchors.Of(claims[1]).background);
  EXPECT_EQ(anchors.Of(claims[1]).key, "year 2011");

  // Without the earlier background event, "that" refers to the main one.
  std::vector<Claim> main = {
      Make(third, "earthquake", "", "QUAKE", "d", 0),
      Make(second, "earthquake", "", "QUAKE", "d", 100),
  };
  EventAnchors main_anchors(EventCues::Default(), *lexicon_, {d}, main);
  EXPECT_FALSE(main_anchors.Of(main[1]).background);
}

TEST_F(EventAnchorsTest, UndatedArticleTakesItsYearsFromTheLead) {
  std::vector<Claim> claims = {
      Make("Five people were killed on Sunday.", "killed", "2026-05-03", "KILL",
           "d", 0),
      Make("In 2026 the town had seen no killings.", "killings",
           "~2026-01-01..2027-01-01", "KILL", "d", 50),
      Make("In 2019 a gunman killed 12 at the mall.", "killed",
           "~2019-01-01..2020-01-01", "KILL", "d", 100),
  };
  EventAnchors anchors(EventCues::Default(), *lexicon_, {}, claims);
  EXPECT_FALSE(anchors.Of(claims[1]).background);
  EXPECT_TRUE(anchors.Of(claims[2]).background);
}

TEST(EventCuesTest, RejectsUnknownKindsNamingTheLine) {
  EXPECT_TRUE(EventCues::Parse("# comment\nmodifier another\n").ok());
  const auto bad = EventCues::Parse("modifier another\nsometimes x\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 2"), std::string::npos);
  EXPECT_FALSE(EventCues::Parse("modifier\n").ok());
  EXPECT_FALSE(EventCues::Parse("demonstrative that one\n").ok());
  EXPECT_FALSE(EventCues::Parse("several two three\n").ok());
  EXPECT_TRUE(EventCues::Parse("scope across the city\n").ok());
}

}  // namespace
}  // namespace accord

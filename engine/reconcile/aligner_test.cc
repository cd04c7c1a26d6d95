#include "engine/reconcile/aligner.h"

#include <algorithm>
#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "engine/reconcile/event_anchors.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

class AlignerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lexicon_ = Lexicon::FromTextproto(embedded::kLexicon).value();
    gazetteer_ = Gazetteer::FromTextproto(embedded::kGazetteer).value();
    comparator_ = std::make_unique<ValueComparator>(gazetteer_.get());
    aligner_ = std::make_unique<Aligner>(lexicon_.get(), comparator_.get());
  }

  static Claim Make(const std::string& id, const std::string& source,
                    const std::string& frame,
                    std::vector<std::pair<std::string, Value>> args,
                    Polarity polarity = POSITIVE) {
    Claim c;
    c.set_id(id);
    c.set_source_id(source);
    c.set_frame(frame);
    c.set_polarity(polarity);
    for (auto& [role, v] : args) {
      Argument* a = c.add_args();
      a->set_role(role);
      *a->mutable_value() = v;
    }
    return c;
  }
  static Value E(const std::string& id) {
    Value v;
    v.set_entity_id(id);
    return v;
  }
  static Value D(double days) {
    Value v;
    v.mutable_duration()->set_seconds(days * 86400);
    return v;
  }
  static Value T(const std::string& day, const std::string& next) {
    Value v;
    v.mutable_time()->set_begin(day + "T00:00:00");
    v.mutable_time()->set_end(next + "T00:00:00");
    v.mutable_time()->set_grain(DAY);
    return v;
  }
  static Value S(std::vector<std::string> ids) {
    Value v;
    for (const std::string& id : ids) *v.mutable_set()->add_members() = E(id);
    return v;
  }

  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<Gazetteer> gazetteer_;
  std::unique_ptr<ValueComparator> comparator_;
  std::unique_ptr<Aligner> aligner_;
};

TEST_F(AlignerTest, EquivalentValuesCorroborate) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "PROPOSE",
           {{"agent", E("vladimir_putin")},
            {"theme", E("ceasefire")},
            {"duration", D(3)}}),
      Make("b/0/0", "b", "PROPOSE",
           {{"agent", E("vladimir_putin")},
            {"theme", E("ceasefire")},
            {"duration", D(3)}}),
  });
  ASSERT_EQ(a.facts.size(), 1u);
  EXPECT_EQ(a.facts[0].status(), CORROBORATED);
  EXPECT_TRUE(a.conflicts.empty());
}

TEST_F(AlignerTest, FunctionalMismatchBetweenSourcesConflicts) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "REJECT",
           {{"agent", E("volodymyr_zelenskyy")}, {"theme", E("ceasefire")}}),
      Make("b/0/0", "b", "REJECT",
           {{"agent", E("vladimir_putin")}, {"theme", E("ceasefire")}}),
  });
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].kind(), VALUE_MISMATCH);
  EXPECT_EQ(a.conflicts[0].role(), "agent");
  EXPECT_EQ(a.facts[0].status(), CONFLICT);
}

TEST_F(AlignerTest, OneSourceNeverConflictsWithItself) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "REJECT",
           {{"agent", E("volodymyr_zelenskyy")}, {"theme", E("ceasefire")}}),
      Make("a/1/0", "a", "REJECT",
           {{"agent", E("vladimir_putin")}, {"theme", E("ceasefire")}}),
  });
  EXPECT_TRUE(a.conflicts.empty());
  EXPECT_EQ(a.facts[0].status(), SINGLE_SOURCE);
}

TEST_F(AlignerTest, ContainedPlacesAndFittingDurationsAgree) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "VISIT",
           {{"agent", E("xi_jinping")},
            {"destination", E("moscow")},
            {"time", T("2025-05-07", "2025-05-11")}}),
      Make("b/0/0", "b", "VISIT",
           {{"agent", E("xi_jinping")},
            {"destination", E("russia")},
            {"duration", D(4)}}),
  });
  ASSERT_EQ(a.facts.size(), 1u);
  EXPECT_EQ(a.facts[0].status(), CORROBORATED);
}

TEST_F(AlignerTest, WrongLengthConflicts) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "VISIT",
           {{"agent", E("xi_jinping")},
            {"time", T("2025-05-07", "2025-05-11")}}),
      Make("b/0/0", "b", "VISIT",
           {{"agent", E("xi_jinping")}, {"duration", D(2)}}),
  });
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].role(), "time");
}

TEST_F(AlignerTest, DistantTimesAreDifferentOccurrences) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "VISIT",
           {{"agent", E("xi_jinping")},
            {"time", T("2015-05-08", "2015-05-09")}}),
      Make("b/0/0", "b", "VISIT",
           {{"agent", E("xi_jinping")},
            {"time", T("2025-05-07", "2025-05-11")}}),
  });
  EXPECT_EQ(a.facts.size(), 2u);
  EXPECT_TRUE(a.conflicts.empty());
}

// Within SHOOT's 7-day window, two sources dating one shooting differently
// disagree; one article that dates two shootings differently reports two
// events (an article does not contradict itself).
TEST_F(AlignerTest, OneArticlesTwoDatesAreTwoOccurrences) {
  auto shoot = [](const std::string& doc, const std::string& n,
                  const std::string& day, const std::string& next) {
    Claim c = Make(doc + "/" + n, doc, "SHOOT", {{"time", T(day, next)}});
    c.mutable_trigger()->set_doc_id(doc);
    return c;
  };
  const Alignment two_sources = aligner_->Align({
      shoot("a", "0", "2016-10-13", "2016-10-14"),
      shoot("b", "0", "2016-10-18", "2016-10-19"),
  });
  EXPECT_EQ(two_sources.facts.size(), 1u);
  EXPECT_EQ(two_sources.conflicts.size(), 1u);

  const Alignment one_article = aligner_->Align({
      shoot("a", "0", "2016-10-13", "2016-10-14"),
      shoot("a", "1", "2016-10-18", "2016-10-19"),
      shoot("b", "0", "2016-10-18", "2016-10-19"),
  });
  EXPECT_EQ(one_article.facts.size(), 2u);
  EXPECT_TRUE(one_article.conflicts.empty());
}

// A court case goes through dated steps (charged, arraigned, heard again,
// sentenced), so two sources dating a CHARGE to two days report two steps,
// not one step with two dates: the frame is occurrence_per_day. A clock
// time on the same day is the same step; SHOOT, an incident, still
// conflicts within its window.
TEST_F(AlignerTest, StepsOfACaseOnDifferentDaysAreDifferentSteps) {
  auto claim = [](const std::string& frame, const std::string& doc,
                  const Value& time) {
    Claim c = Make(doc + "/0", doc, frame, {{"time", time}});
    c.mutable_trigger()->set_doc_id(doc);
    return c;
  };
  Value clock = T("2017-02-27", "2017-02-27");
  clock.mutable_time()->set_begin("2017-02-27T09:30:00");
  clock.mutable_time()->set_end("2017-02-27T09:31:00");
  struct Case {
    std::string frame;
    Value a, b;
    size_t facts, conflicts;
  } cases[] = {
      {"CHARGE", T("2017-02-27", "2017-02-28"), T("2017-03-02", "2017-03-03"),
       2, 0},
      {"CHARGE", T("2017-02-27", "2017-02-28"), T("2017-02-28", "2017-03-01"),
       2, 0},
      {"SENTENCE", T("2016-06-01", "2016-07-01"), T("2016-07-07", "2016-07-08"),
       2, 0},
      {"CHARGE", T("2017-02-27", "2017-02-28"), clock, 1, 0},
      {"CONVICT", T("2017-02-27", "2017-02-28"), T("2017-02-27", "2017-02-28"),
       1, 0},
      {"SHOOT", T("2017-02-27", "2017-02-28"), T("2017-03-02", "2017-03-03"), 1,
       1},
  };
  for (const Case& c : cases) {
    const Alignment a =
        aligner_->Align({claim(c.frame, "a", c.a), claim(c.frame, "b", c.b)});
    EXPECT_EQ(a.facts.size(), c.facts)
        << c.frame << " " << c.a.time().begin() << " " << c.b.time().begin();
    EXPECT_EQ(a.conflicts.size(), c.conflicts)
        << c.frame << " " << c.a.time().begin() << " " << c.b.time().begin();
  }
}

TEST_F(AlignerTest, DifferentEnumerationsDiverge) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "ATTEND",
           {{"event", E("victory_day")}, {"agent", S({"brazil", "serbia"})}}),
      Make("b/0/0", "b", "ATTEND",
           {{"event", E("victory_day")}, {"agent", S({"brazil", "vietnam"})}}),
      Make("c/0/0", "c", "ATTEND",
           {{"event", E("victory_day")}, {"agent", E("xi_jinping")}}),
  });
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].kind(), SET_DIVERGENCE);
  EXPECT_EQ(a.conflicts[0].sides_size(), 2);  // single members are no list
}

TEST_F(AlignerTest, OppositePolarityConflicts) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "VISIT", {{"agent", E("olaf_scholz")}}),
      Make("b/0/0", "b", "VISIT", {{"agent", E("olaf_scholz")}}, NEGATIVE),
  });
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].kind(), POLARITY);
}

TEST_F(AlignerTest, OneQuoteTwoSpeakersIsAnAttributionConflict) {
  Value quote;
  quote.set_text("our national interests coincide");
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "STATE",
           {{"speaker", E("vladimir_putin")}, {"text", quote}}),
      Make("b/0/0", "b", "STATE",
           {{"speaker", E("dmitry_peskov")}, {"text", quote}}),
  });
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].kind(), ATTRIBUTION);
}

TEST_F(AlignerTest, QuotesSharingOneWordAreDifferentStatements) {
  // Two quotes that share one word, or only function words, are two
  // statements, so two speakers are no conflict; a quote an outlet cut
  // is still the same statement.
  const struct {
    const char* a;
    const char* b;
    size_t conflicts;
  } kCases[] = {
      {"there\xE2\x80\x99s a lot of damage on the north side of the river",
       "there\xE2\x80\x99s a lot to learn from this case", 0},
      {"it was a terrible day for the family",
       "it was a day we will never forget", 0},
      {"the bridge will be rebuilt by spring", "rebuilt by spring", 1},
      {"the bridge will be rebuilt by spring",
       "the bridge will be rebuilt before winter", 1},
  };
  for (const auto& c : kCases) {
    Value qa, qb;
    qa.set_text(c.a);
    qb.set_text(c.b);
    const Alignment a = aligner_->Align({
        Make("a/0/0", "a", "STATE",
             {{"speaker", E("janice_mitchell")}, {"text", qa}}),
        Make("b/0/0", "b", "STATE", {{"speaker", E("ray_dunn")}, {"text", qb}}),
    });
    EXPECT_EQ(a.conflicts.size(), c.conflicts) << c.a << " / " << c.b;
  }
}

TEST_F(AlignerTest, APronounIsNeverASideOfAConflict) {
  Value quote;
  quote.set_text("we will rebuild the bridge");
  const struct {
    const char* name;
    std::vector<Value> speakers;
    size_t conflicts;
  } kCases[] = {
      {"he vs he", {E("he"), E("he")}, 0},
      {"he vs a name", {E("he"), E("dmitry_peskov")}, 0},
      {"she vs they vs a name", {E("she"), E("they"), E("dmitry_peskov")}, 0},
      // Two names still disagree, and the pronoun is no third side.
      {"two names and a pronoun",
       {E("vladimir_putin"), E("dmitry_peskov"), E("he")},
       1},
  };
  for (const auto& c : kCases) {
    std::vector<Claim> claims;
    for (size_t i = 0; i < c.speakers.size(); ++i) {
      const std::string src(1, static_cast<char>('a' + i));
      claims.push_back(Make(src + "/0/0", src, "STATE",
                            {{"speaker", c.speakers[i]}, {"text", quote}}));
    }
    const Alignment a = aligner_->Align(claims);
    ASSERT_EQ(a.conflicts.size(), c.conflicts) << c.name;
    if (c.conflicts == 1) {
      EXPECT_EQ(a.conflicts[0].sides_size(), 2) << c.name;
    }
  }
}

TEST_F(AlignerTest, AFullNameAndASurnameAreOneSpeaker) {
  Value quote;
  quote.set_text("they were already gone when we got there");
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "STATE",
           {{"speaker", E("janice_mitchell")}, {"text", quote}}),
      Make("b/0/0", "b", "STATE",
           {{"speaker", E("mitchell")}, {"text", quote}}),
  });
  EXPECT_TRUE(a.conflicts.empty());
  // Different names still disagree.
  const Alignment b = aligner_->Align({
      Make("a/0/0", "a", "STATE",
           {{"speaker", E("janice_mitchell")}, {"text", quote}}),
      Make("b/0/0", "b", "STATE",
           {{"speaker", E("ray_dunn")}, {"text", quote}}),
  });
  EXPECT_EQ(b.conflicts.size(), 1u);
}

// Two articles write "Garcia said" after spelling her first name
// differently: the same words name one speaker.
TEST_F(AlignerTest, OneSpeakerSurfaceIsOneSpeaker) {
  Value quote;
  quote.set_text("she was like a niece to me");
  auto named = [](const std::string& id, const std::string& surface) {
    Value v;
    v.set_entity_id(id);
    v.set_surface(surface);
    return v;
  };
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "STATE",
           {{"speaker", named("consuelo_garcia", "Garcia")}, {"text", quote}}),
      Make("b/0/0", "b", "STATE",
           {{"speaker", named("comsuelo_garcia", "Garcia")}, {"text", quote}}),
  });
  EXPECT_TRUE(a.conflicts.empty());
  const Alignment b = aligner_->Align({
      Make("a/0/0", "a", "STATE",
           {{"speaker", named("consuelo_garcia", "Garcia")}, {"text", quote}}),
      Make("b/0/0", "b", "STATE",
           {{"speaker", named("ana_lopez", "Lopez")}, {"text", quote}}),
  });
  EXPECT_EQ(b.conflicts.size(), 1u);
}

TEST_F(AlignerTest, DifferentQuotesAreDifferentStatements) {
  Value q1, q2;
  q1.set_text("our national interests coincide");
  q2.set_text("the parade will proceed as scheduled");
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "STATE",
           {{"speaker", E("vladimir_putin")}, {"text", q1}}),
      Make("b/0/0", "b", "STATE",
           {{"speaker", E("dmitry_peskov")}, {"text", q2}}),
  });
  EXPECT_EQ(a.facts.size(), 2u);
  EXPECT_TRUE(a.conflicts.empty());
}

TEST_F(AlignerTest, ADenialAboutAnotherAgentIsNoConflict) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "REJECT",
           {{"agent", E("vladimir_putin")}, {"theme", E("ceasefire")}}),
      Make("b/0/0", "b", "REJECT",
           {{"agent", E("volodymyr_zelenskyy")}, {"theme", E("ceasefire")}},
           NEGATIVE),
      Make("c/0/0", "c", "REJECT", {{"theme", E("ceasefire")}}, NEGATIVE),
  });
  ASSERT_EQ(a.facts.size(), 1u);
  for (const Conflict& c : a.conflicts) EXPECT_NE(c.kind(), POLARITY);
}

// "A 7-year-old was not injured" says nothing about the brother who was;
// a denial about the same patient does conflict.
TEST_F(AlignerTest, ADenialAboutAnotherPatientIsNoConflict) {
  auto text = [](const std::string& t) {
    Value v;
    v.set_text(t);
    return v;
  };
  const Alignment other = aligner_->Align({
      Make("a/0/0", "a", "INJURE", {{"victim", text("his brother")}}),
      Make("b/0/0", "b", "INJURE", {{"victim", text("a 7-year-old")}},
           NEGATIVE),
  });
  for (const Conflict& c : other.conflicts) EXPECT_NE(c.kind(), POLARITY);
  const Alignment same = aligner_->Align({
      Make("a/0/0", "a", "INJURE", {{"victim", text("his brother")}}),
      Make("b/0/0", "b", "INJURE", {{"victim", text("his brother")}}, NEGATIVE),
  });
  ASSERT_EQ(same.conflicts.size(), 1u);
  EXPECT_EQ(same.conflicts[0].kind(), POLARITY);
}

// "His wife and child were in the house but were not hurt": a denial that
// names nobody cannot be tied to the affirmed event ("a gunshot wound",
// "Lee was injured"), so it is no side of a polarity conflict; "no arrests
// have been made" against "police arrested two men" likewise.
TEST_F(AlignerTest, ADenialNamingNobodyIsNoConflict) {
  auto text = [](const std::string& t) {
    Value v;
    v.set_text(t);
    return v;
  };
  const struct {
    const char* name;
    std::vector<std::pair<std::string, Value>> affirmed, denied;
    size_t conflicts;
  } kCases[] = {
      {"neither names a victim", {}, {}, 0},
      {"only the affirmation names one", {{"victim", text("Lee")}}, {}, 0},
      {"the same victim",
       {{"victim", text("Lee")}},
       {{"victim", text("Lee")}},
       1},
      {"the same agent, no victim",
       {{"agent", E("vladimir_putin")}},
       {{"agent", E("vladimir_putin")}},
       1},
  };
  for (const auto& c : kCases) {
    const Alignment al = aligner_->Align({
        Make("a/0/0", "a", "INJURE", c.affirmed),
        Make("b/0/0", "b", "INJURE", c.denied, NEGATIVE),
    });
    size_t polarity = 0;
    for (const Conflict& cf : al.conflicts) polarity += cf.kind() == POLARITY;
    EXPECT_EQ(polarity, c.conflicts) << c.name;
  }
}

TEST_F(AlignerTest, ADenialAboutTheSameAgentConflicts) {
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "REJECT",
           {{"agent", E("vladimir_putin")}, {"theme", E("ceasefire")}}),
      Make("b/0/0", "b", "REJECT",
           {{"agent", E("vladimir_putin")}, {"theme", E("ceasefire")}},
           NEGATIVE),
  });
  ASSERT_EQ(a.conflicts.size(), 1u);
  EXPECT_EQ(a.conflicts[0].kind(), POLARITY);
}

TEST_F(AlignerTest, DependentSourcesCountOnce) {
  IndependenceGroups groups = {{"a", "a"}, {"b", "a"}, {"c", "c"}};
  const Alignment al = aligner_->Align(
      {
          Make("a/0/0", "a", "REJECT",
               {{"agent", E("vladimir_putin")}, {"theme", E("ceasefire")}}),
          Make("b/0/0", "b", "REJECT",
               {{"agent", E("vladimir_putin")}, {"theme", E("ceasefire")}}),
          Make(
              "c/0/0", "c", "REJECT",
              {{"agent", E("volodymyr_zelenskyy")}, {"theme", E("ceasefire")}}),
      },
      groups);
  ASSERT_EQ(al.conflicts.size(), 1u);
  for (const ConflictSide& side : al.conflicts[0].sides()) {
    EXPECT_EQ(side.independent_sources(), 1);
  }
}

// News frames have no KEY: places tell occurrences apart, and a claim
// without a place joins the largest occurrence.
TEST_F(AlignerTest, OccurrenceRolesSplitDifferentPlacesWildcardsJoin) {
  Value lakeside = E("lakeside");
  lakeside.set_surface("Lakeside");
  Value lakeside_short = E("lakeside_county");
  lakeside_short.set_surface("Lakeside County");
  Value dunmore = E("dunmore");
  dunmore.set_surface("Dunmore");
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "KILL", {{"place", lakeside}}),
      Make("b/0/0", "b", "KILL", {{"place", lakeside_short}}),
      Make("c/0/0", "c", "KILL", {{"place", dunmore}}),
      Make("d/0/0", "d", "KILL", {}),
  });
  ASSERT_EQ(a.facts.size(), 2u);
  std::vector<int> sizes;
  for (const Fact& f : a.facts) sizes.push_back(f.claim_ids_size());
  std::sort(sizes.begin(), sizes.end());
  EXPECT_EQ(sizes, (std::vector<int>{1, 3}));
  for (const Fact& f : a.facts) {
    if (f.claim_ids_size() == 1) {
      EXPECT_EQ(f.claim_ids(0), "c/0/0");
    }
  }
}

// A measure in an occurrence role tells occurrences apart: "a 20-year
// sentence", "a 10-year sentence" and "a life sentence" are three
// sentences; two 20-year ones agree, and a claim without a term joins the
// largest.
TEST_F(AlignerTest, OccurrenceRolesSplitDifferentMeasures) {
  auto word = [](const std::string& w) {
    Value v;
    v.set_text(w);
    return v;
  };
  const double year = 365;
  const Alignment a = aligner_->Align({
      Make("a/0/0", "a", "SENTENCE", {{"term", D(20 * year)}}),
      Make("b/0/0", "b", "SENTENCE", {{"term", D(20 * year)}}),
      Make("c/0/0", "c", "SENTENCE", {{"term", D(10 * year)}}),
      Make("d/0/0", "d", "SENTENCE", {{"term", word("life")}}),
      Make("e/0/0", "e", "SENTENCE", {{"term", word("life")}}),
      Make("f/0/0", "f", "SENTENCE", {{"term", word("death")}}),
      Make("g/0/0", "g", "SENTENCE", {}),
  });
  std::vector<std::vector<std::string>> facts;
  for (const Fact& f : a.facts) {
    facts.emplace_back(f.claim_ids().begin(), f.claim_ids().end());
    std::sort(facts.back().begin(), facts.back().end());
  }
  std::sort(facts.begin(), facts.end());
  EXPECT_EQ(facts,
            (std::vector<std::vector<std::string>>{{"a/0/0", "b/0/0", "g/0/0"},
                                                   {"c/0/0"},
                                                   {"d/0/0", "e/0/0"},
                                                   {"f/0/0"}}));
}

// "The shooting" (the incident) and "she was shot" (one act in it) are
// different facts of SHOOT; "accused of shooting" is the act.
TEST_F(AlignerTest, NounsAndVerbsOfAnIncidentFrameAreDifferentFacts) {
  auto shoot = [](const std::string& id, const std::string& sentence,
                  const std::string& trigger) {
    Claim c = Make(id, id.substr(0, 1), "SHOOT", {});
    c.mutable_sentence()->set_text(sentence);
    c.mutable_sentence()->set_begin(100);
    c.mutable_trigger()->set_text(trigger);
    c.mutable_trigger()->set_begin(100 + sentence.find(trigger));
    return c;
  };
  const Alignment a = aligner_->Align({
      shoot("a/0/0", "Police are investigating the shooting.", "shooting"),
      shoot("b/0/0", "Neighbours heard the shooting at night.", "shooting"),
      shoot("c/0/0", "The clerk was shot twice.", "shot"),
      shoot("d/0/0", "He is accused of shooting the clerk.", "shooting"),
  });
  ASSERT_EQ(a.facts.size(), 2u);
  for (const Fact& f : a.facts) {
    ASSERT_EQ(f.claim_ids_size(), 2);
    // The two "the shooting" claims, or the shot and accused-of-shooting.
    const bool incident =
        f.claim_ids(0) == "a/0/0" && f.claim_ids(1) == "b/0/0";
    const bool act = f.claim_ids(0) == "c/0/0" && f.claim_ids(1) == "d/0/0";
    EXPECT_TRUE(incident || act) << f.DebugString();
  }
}

TEST_F(AlignerTest, OutputDoesNotDependOnInputOrder) {
  std::vector<Claim> claims = {
      Make("a/0/0", "a", "MEET",
           {{"agent", E("xi_jinping")}, {"partner", E("vladimir_putin")}}),
      Make("b/0/0", "b", "MEET",
           {{"agent", E("vladimir_putin")}, {"partner", E("xi_jinping")}}),
      Make("c/0/0", "c", "VISIT", {{"agent", E("xi_jinping")}}),
  };
  const Alignment x = aligner_->Align(claims);
  std::reverse(claims.begin(), claims.end());
  const Alignment y = aligner_->Align(claims);
  ASSERT_EQ(x.facts.size(), 2u);  // A meets B = B meets A
  ASSERT_EQ(y.facts.size(), 2u);
  for (size_t i = 0; i < x.facts.size(); ++i) {
    EXPECT_EQ(x.facts[i].SerializeAsString(), y.facts[i].SerializeAsString());
  }
}

// Claims stated by sentences: "a" and "b" report Sunday's five deaths;
// "c" recalls last year's twelve at the same mall, "d" and "e" recall the
// 2004 attack.
TEST_F(AlignerTest, BackgroundEventsStayOutOfTheMainEvent) {
  auto said = [](Claim c, const std::string& sentence,
                 const std::string& trigger) {
    const std::string doc = c.source_id();
    c.mutable_sentence()->set_doc_id(doc);
    c.mutable_sentence()->set_text(sentence);
    c.mutable_sentence()->set_end(sentence.size());
    const size_t at = sentence.find(trigger);
    c.mutable_trigger()->set_doc_id(doc);
    c.mutable_trigger()->set_begin(at);
    c.mutable_trigger()->set_end(at + trigger.size());
    c.mutable_trigger()->set_text(trigger);
    return c;
  };
  auto count = [](double n) {
    Value v;
    v.mutable_quantity()->set_value(n);
    return v;
  };
  // A time of the sentence that dates the trigger though the claim's
  // rule did not take it (Claim.unstated_time), as extraction gives it.
  auto in_2004 = [](Claim c) {
    c.mutable_unstated_time()->set_scope(TimeAttachment::TRIGGER);
    c.mutable_unstated_time()->mutable_value()->set_begin(
        "2004-01-01T00:00:00");
    c.mutable_unstated_time()->mutable_value()->set_end("2005-01-01T00:00:00");
    return c;
  };
  const std::vector<Claim> claims = {
      said(Make("a/0/0", "a", "KILL", {{"count", count(5)}}),
           "Five people were killed at the mall.", "killed"),
      said(Make("b/0/0", "b", "KILL", {{"count", count(5)}}),
           "A gunman killed five shoppers.", "killed"),
      said(Make("c/0/0", "c", "KILL", {{"count", count(12)}}),
           "Last year, a gunman killed 12 at the same mall.", "killed"),
      in_2004(said(Make("d/0/0", "d", "KILL", {{"count", count(20)}}),
                   "In 2004, a bomber killed 20 there.", "killed")),
      in_2004(said(Make("e/0/0", "e", "KILL", {{"count", count(21)}}),
                   "A bomber killed 21 people there in 2004.", "killed")),
  };
  std::vector<Document> documents(5);
  for (int i = 0; i < 5; ++i) {
    documents[i].set_id(std::string(1, 'a' + i));
    documents[i].set_published("2026-05-04");
  }
  const EventAnchors anchors(EventCues::Default(), *lexicon_, documents,
                             claims);
  const Alignment with = aligner_->Align(claims, {}, &anchors);
  // {a, b} corroborate 5; c stands alone; d and e share the year 2004 and
  // disagree about it.
  ASSERT_EQ(with.facts.size(), 3u);
  std::vector<std::vector<std::string>> ids;
  for (const Fact& f : with.facts) {
    ids.emplace_back(f.claim_ids().begin(), f.claim_ids().end());
  }
  std::sort(ids.begin(), ids.end());
  EXPECT_EQ(ids, (std::vector<std::vector<std::string>>{
                     {"a/0/0", "b/0/0"}, {"c/0/0"}, {"d/0/0", "e/0/0"}}));
  ASSERT_EQ(with.conflicts.size(), 1u);
  EXPECT_EQ(with.conflicts[0].sides(0).claim_ids(0), "d/0/0");

  // Without anchors all five are one fact and 5 conflicts with 12.
  const Alignment without = aligner_->Align(claims);
  EXPECT_EQ(without.facts.size(), 1u);
}

}  // namespace
}  // namespace accord

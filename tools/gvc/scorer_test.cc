#include "tools/gvc/scorer.h"

#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace accord {
namespace gvc {
namespace {

Report Parse(const std::string& text) {
  Report r;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &r)) << text;
  return r;
}

// Sources a..d: c depends on b (wire copy); d2 is a second article of d's
// outlet.
constexpr char kSources[] = R"(
  sources { source { id: "a" name: "a.com" } }
  sources { source { id: "b" name: "b.com" } }
  sources { source { id: "c" name: "c.com" } depends_on: "b" }
  sources { source { id: "d" name: "d.com" } }
  sources { source { id: "d2" name: "d.com" } }
)";

std::string CountFact(const std::string& frame,
                      const std::vector<std::pair<int, std::string>>& values) {
  // One claim per (value, source).
  std::string fact = "facts { frame: \"" + frame + "\" ";
  std::string slot = "slots { role: \"count\" ";
  int i = 0;
  for (const auto& [value, source] : values) {
    fact += "claim_ids: \"" + frame + std::to_string(i) + "\" ";
    fact += "source_ids: \"" + source + "\" ";
    slot += "candidates { value { quantity { value: " + std::to_string(value) +
            " } } claim_indexes: " + std::to_string(i) +
            " source_indexes: " + std::to_string(i) + " } ";
    ++i;
  }
  return fact + slot + "} }";
}

struct Case {
  const char* name;
  std::vector<std::pair<int, std::string>> values;
  long long best;
  int best_sources;
};

TEST(CountCandidatesTest, BestSupportedIsTheValueWithMostIndependentSources) {
  const Case kCases[] = {
      {"one value", {{3, "a"}}, 3, 1},
      {"two outlets beat one", {{2, "a"}, {3, "b"}, {3, "d"}}, 3, 2},
      // b and c are one witness, d and d2 one outlet: 2 vs 1.
      {"dependent merged", {{2, "a"}, {2, "d"}, {5, "b"}, {5, "c"}}, 2, 2},
      // d and d2 are one outlet: 1 source each, 6 has more claims.
      {"same outlet merged", {{4, "a"}, {6, "d"}, {6, "d2"}}, 6, 1},
      // Tie on sources and claims: the larger figure.
      {"tie takes larger", {{1, "a"}, {2, "b"}}, 2, 1},
  };
  for (const Case& c : kCases) {
    const Report r = Parse(std::string(kSources) + CountFact("KILL", c.values));
    const std::vector<CountCandidate> cs = CountCandidates(r, {"KILL"});
    ASSERT_FALSE(cs.empty()) << c.name;
    EXPECT_EQ(cs[0].value, c.best) << c.name;
    EXPECT_EQ(cs[0].sources, c.best_sources) << c.name;
    EXPECT_TRUE(CountCandidates(r, {"INJURE"}).empty()) << c.name;
  }
}

TEST(CountCandidatesTest, PoolsOneValueOverTheFramesFacts) {
  // 3 from a in one fact and from b in another: 2 sources; 4 from d alone.
  const Report r =
      Parse(std::string(kSources) + CountFact("KILL", {{3, "a"}, {4, "d"}}) +
            CountFact("KILL", {{3, "b"}}));
  const std::vector<CountCandidate> cs = CountCandidates(r, {"KILL"});
  ASSERT_EQ(cs.size(), 2u);
  EXPECT_EQ(cs[0].value, 3);
  EXPECT_EQ(cs[0].sources, 2);
  EXPECT_EQ(cs[1].value, 4);
}

TEST(CountCandidatesTest, PoolsTheFactsOfEveryFrameOfTheFigure) {
  // "Two men were killed" (a) and "two died" (b) state one killed figure;
  // a frame outside the set ("3 wounded") states none of it.
  const Report r =
      Parse(std::string(kSources) + CountFact("KILL", {{2, "a"}}) +
            CountFact("DIE", {{2, "b"}}) + CountFact("INJURE", {{3, "d"}}));
  const std::vector<CountCandidate> cs = CountCandidates(r, {"KILL", "DIE"});
  ASSERT_EQ(cs.size(), 1u);
  EXPECT_EQ(cs[0].value, 2);
  EXPECT_EQ(cs[0].sources, 2);
  EXPECT_EQ(CountCandidates(r, {"KILL"})[0].sources, 1);
}

TEST(CountCandidatesTest, TotalsOverSeveralEventsAreNoCandidates) {
  // A fact the aligner marked as a total ("14 hurt in 17 shootings") states
  // no figure of the incident, however many outlets give it.
  std::string total = CountFact("INJURE", {{14, "a"}, {14, "b"}});
  total.insert(total.find("frame:"), "id: \"t\" ");
  const Report r =
      Parse(std::string(kSources) + total + CountFact("INJURE", {{2, "d"}}));
  EXPECT_EQ(CountCandidates(r, {"INJURE"})[0].value, 14);
  const std::vector<CountCandidate> cs = CountCandidates(r, {"INJURE"}, {"t"});
  ASSERT_EQ(cs.size(), 1u);
  EXPECT_EQ(cs[0].value, 2);
}

TEST(TotalFactsTest, AnUnrealizedEventStatesNoFigure) {
  // "he did not mean to hurt his father" (episode "intended") states no
  // injury of the incident; "his mother was wounded" does.
  auto claim = [](const std::string& id, const std::string& episode) {
    Claim c;
    c.set_id(id);
    c.set_frame("INJURE");
    c.set_source_id("a");
    c.mutable_trigger()->set_doc_id("a");
    if (!episode.empty()) {
      Argument* a = c.add_args();
      a->set_role("episode");
      a->mutable_value()->set_text(episode);
    }
    return c;
  };
  Inputs inputs;
  inputs.documents.emplace_back();
  inputs.documents.back().set_id("a");
  inputs.claims = {claim("a/0/0", "intended"), claim("a/1/0", "")};
  const Report r = Parse(R"(
    facts { id: "f0" frame: "INJURE" claim_ids: "a/0/0" }
    facts { id: "f1" frame: "INJURE" claim_ids: "a/1/0" }
  )");
  const std::unique_ptr<Lexicon> lexicon =
      Lexicon::FromTextproto(embedded::kLexicon).value();
  EXPECT_EQ(TotalFacts(r, inputs, *lexicon), std::set<std::string>{"f0"});
}

TEST(CountCandidatesTest, BoundsSupportTheNumbersTheyContain) {
  // "at least 1" from a and b, "2" from d: 2 satisfies all three.
  const Report r = Parse(std::string(kSources) +
                         R"(facts { frame: "KILL" claim_ids: "x" claim_ids: "y"
                 claim_ids: "z" source_ids: "a" source_ids: "b"
                 source_ids: "d"
                 slots { role: "count"
                   candidates { value { quantity { value: 1 low: 1
                                                   high: inf } }
                                claim_indexes: [0, 1]
                                source_indexes: [0, 1] }
                   candidates { value { quantity { value: 2 low: 2
                                                   high: 2 } }
                                claim_indexes: 2 source_indexes: 2 } } })");
  const std::vector<CountCandidate> cs = CountCandidates(r, {"KILL"});
  ASSERT_EQ(cs.size(), 1u);  // bounds are no candidates beside a number
  EXPECT_EQ(cs[0].value, 2);
  EXPECT_EQ(cs[0].sources, 3);
  EXPECT_EQ(cs[0].claims, 3);
}

TEST(CountCandidatesTest, BoundsAloneAreCandidates) {
  const Report r = Parse(std::string(kSources) + R"(
      facts { frame: "INJURE" claim_ids: "x" source_ids: "a"
              slots { role: "count"
                candidates { value { quantity { value: 3 low: 3 high: inf } }
                             claim_indexes: 0 source_indexes: 0 } } })");
  const std::vector<CountCandidate> cs = CountCandidates(r, {"INJURE"});
  ASSERT_EQ(cs.size(), 1u);
  EXPECT_EQ(cs[0].value, 3);
  EXPECT_EQ(cs[0].sources, 1);
}

TEST(ScoreIncidentTest, CountsGivenCorrectAndCoverage) {
  IncidentResult r;
  r.gold.id = "x";
  r.gold.killed = 2;
  r.gold.injured = 0;
  r.report =
      Parse(std::string(kSources) +
            CountFact("KILL", {{2, "a"}, {2, "b"}, {3, "d"}}) +
            CountFact("INJURE", {{1, "a"}}) + "conflicts { fact_id: \"f\" }" +
            "possible_conflicts { fact_id: \"g\" }" +
            "possible_conflicts { fact_id: \"h\" }");
  ScoreIncident(&r);
  EXPECT_EQ(r.score.incidents, 1);
  EXPECT_EQ(r.score.conflicts, 3);  // all flagged, confident or possible
  EXPECT_EQ(r.score.possible_conflicts, 2);
  EXPECT_EQ(r.score.kill.given, 1);
  EXPECT_EQ(r.score.kill.correct, 1);
  EXPECT_EQ(r.score.kill.gold_positive, 1);
  EXPECT_EQ(r.score.kill.given_gold_positive, 1);
  EXPECT_EQ(r.score.injure.given, 1);
  EXPECT_EQ(r.score.injure.correct, 0);
  EXPECT_EQ(r.score.injure.gold_positive, 0);
  EXPECT_EQ(r.score.injure.given_gold_positive, 0);

  GvcScore total;
  total.Add(r.score);
  total.Add(r.score);
  EXPECT_DOUBLE_EQ(total.conflicts_per_incident(), 3.0);
  EXPECT_DOUBLE_EQ(total.confident_per_incident(), 1.0);
  EXPECT_DOUBLE_EQ(total.possible_per_incident(), 2.0);
  EXPECT_DOUBLE_EQ(total.kill.accuracy(), 1.0);
  EXPECT_DOUBLE_EQ(total.injure.accuracy(), 0.0);
  EXPECT_DOUBLE_EQ(total.kill.coverage(), 1.0);
}

}  // namespace
}  // namespace gvc
}  // namespace accord

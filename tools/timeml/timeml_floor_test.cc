// accord's TIMEX3 quality on TimeBank and AQUAINT must not regress. Floors
// are the measured values (percent) rounded down to one decimal; raise them
// when accord improves, never lower them (docs/timeml.md).
#include <string>

#include "gtest/gtest.h"
#include "tools/eval/eval_dir.h"
#include "tools/timeml/timeml_scorer.h"

namespace accord {
namespace timeml {
namespace {

struct Floors {
  const char* corpus;
  int documents;
  double strict_f1, relaxed_f1, type_accuracy, value_accuracy, value_f1;
};

constexpr Floors kFloors[] = {
    {"TimeBank", 183, 82.7, 93.2, 96.8, 87.9, 81.9},
    {"AQUAINT", 73, 84.6, 92.7, 91.6, 81.9, 75.9},
};
constexpr Floors kOverall = {"overall", 256, 83.3, 93.0, 95.1, 86.0, 80.0};

void ExpectAtLeast(const Floors& f, int documents, const TimexCounts& c) {
  EXPECT_EQ(documents, f.documents) << f.corpus;
  const std::string scores = FormatCounts(f.corpus, c);
  EXPECT_GE(100 * c.strict_f1(), f.strict_f1) << scores;
  EXPECT_GE(100 * c.relaxed_f1(), f.relaxed_f1) << scores;
  EXPECT_GE(100 * c.type_accuracy(), f.type_accuracy) << scores;
  EXPECT_GE(100 * c.value_accuracy(), f.value_accuracy) << scores;
  EXPECT_GE(100 * c.value_f1(), f.value_f1) << scores;
}

TEST(TimeMLFloorTest, Te3ScoresStayAboveFloors) {
  const absl::StatusOr<std::string> dir = EvalDir();
  ASSERT_TRUE(dir.ok()) << dir.status();
  TimexCounts total;
  int documents = 0;
  for (const Floors& f : kFloors) {
    absl::StatusOr<CorpusScore> s = ScoreCorpus(*dir, f.corpus);
    ASSERT_TRUE(s.ok()) << s.status();
    ExpectAtLeast(f, s->documents, s->counts);
    total.Add(s->counts);
    documents += s->documents;
  }
  ExpectAtLeast(kOverall, documents, total);
}

}  // namespace
}  // namespace timeml
}  // namespace accord

#include "tools/timeml/timeml_scorer.h"

#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace timeml {
namespace {

Timex Sys(int b, int e, const char* type, const char* value) {
  Timex t;
  t.begin = b;
  t.end = e;
  t.type = type;
  t.value = value;
  return t;
}

// Gold: "Friday" [0,6) DATE, "this morning" [10,22) TIME, "a week" [30,36)
// DURATION, "now" [40,43) DATE PRESENT_REF.
TimeMLDoc Doc() {
  TimeMLDoc d;
  d.text = std::string(50, 'x');
  d.timexes = {{0, 6, "DATE", "1998-08-07"},
               {10, 22, "TIME", "1998-08-07TMO"},
               {30, 36, "DURATION", "P1W"},
               {40, 43, "DATE", "PRESENT_REF"}};
  return d;
}

TEST(ScoreDocument, StrictRelaxedTypeAndValueAsTheTe3ScriptDefinesThem) {
  const std::vector<Timex> system = {
      Sys(0, 6, "DATE", "1998-08-07"),       // strict, right value
      Sys(15, 22, "TIME", "1998-08-07TMO"),  // relaxed only, right value
      Sys(30, 36, "DATE", "1998-W32"),       // strict, wrong type and value
      Sys(45, 48, "DATE", "1998"),           // spurious
  };
  std::vector<TimexError> errors;
  const TimexCounts c = ScoreDocument(Doc(), system, &errors);
  EXPECT_EQ(c.gold, 4);
  EXPECT_EQ(c.system, 4);
  EXPECT_EQ(c.gold_strict, 2);
  EXPECT_EQ(c.gold_relaxed, 3);
  EXPECT_EQ(c.system_strict, 2);
  EXPECT_EQ(c.system_relaxed, 3);
  EXPECT_EQ(c.type_match, 2);
  EXPECT_EQ(c.value_match, 2);
  EXPECT_DOUBLE_EQ(c.relaxed_precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.relaxed_recall(), 0.75);
  EXPECT_DOUBLE_EQ(c.relaxed_f1(), 0.75);
  EXPECT_DOUBLE_EQ(c.strict_f1(), 0.5);
  EXPECT_DOUBLE_EQ(c.value_accuracy(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(c.value_f1(), 0.5);
  // One wrong value, one miss, one spurious.
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].gold_value, "P1W");
  EXPECT_EQ(errors[0].system_value, "1998-W32");
  EXPECT_EQ(errors[1].gold_value, "PRESENT_REF");
  EXPECT_EQ(errors[1].system_text, "");
  EXPECT_EQ(errors[2].gold_text, "");
  EXPECT_EQ(errors[2].system_value, "1998");
}

TEST(ScoreDocument, ErrorsSayWhereTheyAre) {
  TimeMLDoc d;
  d.name = "doc.tml";
  d.dct = absl::CivilSecond(1998, 8, 7, 0, 0, 0);
  d.text = "First line.\nThey met on Friday in Rome.\nLast line.";
  d.timexes = {{24, 30, "DATE", "1998-08-07"}};  // "Friday"
  std::vector<TimexError> errors;
  ScoreDocument(d, {Sys(24, 30, "DATE", "1998-07-31")}, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].gold_text, "Friday");
  EXPECT_EQ(errors[0].doc, "doc.tml");
  EXPECT_EQ(errors[0].dct, "1998-08-07");
  EXPECT_EQ(errors[0].context, "They met on Friday in Rome.");
}

TEST(ScoreDocument, AStrictMatchIsPreferredToALargerOverlap) {
  TimeMLDoc d;
  d.text = std::string(20, 'x');
  d.timexes = {{0, 6, "DATE", "1998-08-07"}};
  const TimexCounts c = ScoreDocument(
      d, {Sys(0, 4, "DATE", "1998-08-06"), Sys(4, 6, "DATE", "1998-08-07")});
  EXPECT_EQ(c.gold_relaxed, 1);
  EXPECT_EQ(c.gold_strict, 0);
  // The larger overlap (0-4) is the one compared.
  EXPECT_EQ(c.value_match, 0);
  const TimexCounts s = ScoreDocument(
      d, {Sys(0, 3, "DATE", "1998-08-06"), Sys(0, 6, "DATE", "1998-08-07")});
  EXPECT_EQ(s.gold_strict, 1);
  EXPECT_EQ(s.value_match, 1);
}

TEST(TimexCounts, EmptyIsZeroNotNan) {
  TimexCounts c;
  EXPECT_EQ(c.relaxed_f1(), 0);
  EXPECT_EQ(c.value_f1(), 0);
}

}  // namespace
}  // namespace timeml
}  // namespace accord

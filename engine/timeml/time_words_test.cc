#include "engine/timeml/time_words.h"

#include <string>

#include "engine/data/embedded_data.h"
#include "engine/normalize/tokenizer.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(TimeWordsTest, DefaultHoldsTheEmbeddedLists) {
  const TimeWords& w = TimeWords::Default();
  EXPECT_TRUE(w.future_markers.Has("will"));
  EXPECT_TRUE(w.past_forms.Has("said"));
  EXPECT_FALSE(w.past_forms.Has("says"));
  EXPECT_TRUE(w.leading_prepositions.Has("since"));
  const std::vector<Token> t = Tokenize("at the end of the year");
  int matched = 0;
  for (const TimeWords::Phrase& p : w.boundaries) {
    if (p.MatchAt(t, 1) > 0) {
      matched = p.MatchAt(t, 1);
      EXPECT_EQ(p.value, "END");
      break;
    }
  }
  EXPECT_EQ(matched, 3);
  const std::vector<Token> daily = Tokenize("daily");
  const std::string* v = TimeWords::ValueOf(w.recurrence_adverbs, daily[0]);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(*v, "P1D");
}

TEST(TimeWordsTest, DefaultIsOneObject) {
  EXPECT_EQ(&TimeWords::Default(), &TimeWords::Default());
}

TEST(TimeWordsTest, BadFilesAreErrorsNamingTheField) {
  struct Case {
    const char* text;
    const char* error;
  } cases[] = {
      {"future_markers: [", "time words: "},
      {"future_markers: []", "future_markers holds no word"},
      {"future_markers: [\"Will\"]", "\"Will\" is not one lower-case word"},
  };
  for (const Case& c : cases) {
    auto w = TimeWords::FromTextproto(c.text);
    ASSERT_FALSE(w.ok()) << c.text;
    EXPECT_NE(w.status().message().find(c.error), std::string::npos)
        << w.status();
  }
}

TEST(TimeWordsTest, DecadeWordsNameTheFirstYearOfADecade) {
  const std::string good = std::string(embedded::kTimeWords);
  ASSERT_TRUE(TimeWords::FromTextproto(good).ok());
  auto w = TimeWords::FromTextproto(
      good + "\ndecade_words { phrase: \"noughties\" value: \"2005\" }\n");
  ASSERT_FALSE(w.ok());
  EXPECT_NE(w.status().message().find("decade_words"), std::string::npos)
      << w.status();
}

}  // namespace
}  // namespace accord

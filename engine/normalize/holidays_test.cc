#include "engine/normalize/holidays.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

TEST(Easter, KnownDates) {
  EXPECT_EQ(WesternEaster(2013), absl::CivilDay(2013, 3, 31));
  EXPECT_EQ(WesternEaster(2025), absl::CivilDay(2025, 4, 20));
  EXPECT_EQ(OrthodoxEaster(2018), absl::CivilDay(2018, 4, 8));
  EXPECT_EQ(OrthodoxEaster(2025), absl::CivilDay(2025, 4, 20));
}

TEST(Hebrew, KnownDates) {
  // 1 Tishri 5784 = 2023-09-16; 15 Nisan 5785 = 2025-04-13.
  EXPECT_EQ(FromHebrew(5784, 7, 1), absl::CivilDay(2023, 9, 16));
  EXPECT_EQ(FromHebrew(5785, 1, 15), absl::CivilDay(2025, 4, 13));
}

TEST(HolidayAt, MatchesLongestName) {
  const std::vector<Token> t = Tokenize("Christmas Eve and new year's day");
  int id = -1;
  EXPECT_EQ(HolidayAt(t, 0, &id), 2);
  EXPECT_EQ(std::string(HolidayName(id)), "Christmas Eve");
  EXPECT_EQ(HolidayAt(t, 3, &id), 6);
  EXPECT_EQ(std::string(HolidayName(id)), "New Year's Day");
  EXPECT_EQ(HolidayAt(t, 2, &id), -1);
}

TEST(HolidayDates, Rules) {
  const std::vector<Token> t = Tokenize("thanksgiving");
  int id = -1;
  ASSERT_EQ(HolidayAt(t, 0, &id), 1);
  absl::CivilSecond b, e;
  Grain g;
  ASSERT_TRUE(HolidayDates(id, 2025, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2025, 11, 27, 0, 0, 0));
  EXPECT_EQ(e, absl::CivilSecond(2025, 11, 28, 0, 0, 0));
  EXPECT_EQ(g, DAY);
}

TEST(HolidayDates, LunarCalendars) {
  int id = -1;
  absl::CivilSecond b, e;
  Grain g;
  // Chinese New Year 2024 was on 10 February; Eid al-Fitr 2024 on 10 April
  // and Ramadan 1445 began on 11 March 2024 (Saudi announcements).
  const std::vector<Token> cny = Tokenize("lunar new year");
  ASSERT_EQ(HolidayAt(cny, 0, &id), 3);
  ASSERT_TRUE(HolidayDates(id, 2024, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2024, 2, 10, 0, 0, 0));
  const std::vector<Token> eid = Tokenize("eid al-fitr");
  ASSERT_EQ(HolidayAt(eid, 0, &id), 4);
  ASSERT_TRUE(HolidayDates(id, 2024, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2024, 4, 10, 0, 0, 0));
  const std::vector<Token> ramadan = Tokenize("ramadan");
  ASSERT_EQ(HolidayAt(ramadan, 0, &id), 1);
  ASSERT_TRUE(HolidayDates(id, 2024, &b, &e, &g));
  EXPECT_EQ(b, absl::CivilSecond(2024, 3, 11, 0, 0, 0));
  EXPECT_EQ(e, absl::CivilSecond(2024, 4, 10, 0, 0, 0));
  EXPECT_TRUE(HolidayIsInterval(id));
}

// HolidayAt's first-word hash filter only skips words that are no alias's
// first word: it agrees with the unfiltered lookup at every token of the
// holiday names themselves and of random soups of their words and others.
TEST(HolidayAt, FilterAgreesWithSlowPath) {
  std::vector<std::string> words = {
      "the",   "of",    "eve",  "day",   "xmas", "st",    "saint", "new",
      "year",  "'",     "s",    "years", "eid",  "al",    "-",     "yom",
      "a",     "may",   "on",   "last",  "next", "lunar", "world", "boss's",
      "at",    "fitr",  "2018", "dia",   "de",   "la",    "los",   "muertos",
      "night", "great", "holy", "of",    "ash",  "feast", "mlk",   "."};
  std::string names;
  for (int id = 0; *HolidayName(id) != '\0'; ++id) {
    names += std::string(HolidayName(id)) + " . ";
    for (absl::string_view w : absl::StrSplit(HolidayName(id), ' '))
      words.emplace_back(w);
  }
  std::vector<std::string> texts = {names};
  std::mt19937 rng(7);
  for (int k = 0; k < 2000; ++k) {
    std::vector<std::string> soup;
    const int len = 1 + static_cast<int>(rng() % 8);
    for (int j = 0; j < len; ++j) soup.push_back(words[rng() % words.size()]);
    texts.push_back(absl::StrJoin(soup, " "));
  }
  int found = 0;
  for (const std::string& text : texts) {
    const std::vector<Token> t = Tokenize(text);
    for (int i = -1; i <= static_cast<int>(t.size()); ++i) {
      int id = -1, slow_id = -1;
      const int end = HolidayAt(t, i, &id);
      ASSERT_EQ(end, holidays_internal::HolidayAtSlow(t, i, &slow_id))
          << text << " at " << i;
      ASSERT_EQ(id, slow_id) << text << " at " << i;
      if (end > 0) ++found;
    }
  }
  EXPECT_GT(found, 500);
}

}  // namespace
}  // namespace accord

#include "engine/annotate/time_tense.h"

#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "engine/normalize/time.h"
#include "engine/normalize/tokenizer.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// News context on Wednesday, May 14, 2025.
TimeContext News() {
  TimeContext ctx;
  ctx.reference = absl::CivilSecond(2025, 5, 14, 12, 0, 0);
  ctx.weekday = TimeContext::WeekdayDirection::kNearestPast;
  return ctx;
}

// The day (or month) the time `surface` in `text` is read as: its begin,
// or its end for an interval open at its start ("until Friday"); the
// first `chars` characters of the ISO string.
std::string ReadAs(const std::string& text, const std::string& surface,
                   int chars) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<ValueMatch> times = FindTimes(text, tokens, News());
  ApplyTimeTense(text, tokens, News(), &times);
  for (const ValueMatch& m : times) {
    if (text.substr(m.begin, m.end - m.begin) != surface) continue;
    const std::string& at = m.value.time().begin().empty()
                                ? m.value.time().end()
                                : m.value.time().begin();
    return at.substr(0, chars);
  }
  return "no time '" + surface + "'";
}

TEST(ApplyTimeTense, Weekdays) {
  const struct {
    const char* text;
    const char* surface;
    const char* want;
  } kCases[] = {
      // Reported future: the coming Friday.
      {"The ferry operator said it would suspend the route until Friday.",
       "until Friday", "2025-05-16"},
      // The time dates the shooting, an earlier event, not "would".
      {"Gang members warned there would be retaliation for a shooting on "
       "Saturday.",
       "on Saturday", "2025-05-10"},
      {"Officials will answer questions over the attack on Monday.",
       "on Monday", "2025-05-12"},
      // The verb's tense, whatever stands between it and the time.
      {"Police said on Monday that the suspect will appear in court.",
       "on Monday", "2025-05-12"},
      {"The two leaders will meet on Tuesday.", "on Tuesday", "2025-05-20"},
      {"The two leaders met on Tuesday.", "on Tuesday", "2025-05-13"},
      {"Supporters will hold a vigil for the victims on Sunday.", "on Sunday",
       "2025-05-18"},
      {"Talks are expected to resume on Friday.", "on Friday", "2025-05-16"},
      {"He would have testified on Monday.", "on Monday", "2025-05-12"},
      {"On Thursday, the council will vote on the budget.", "On Thursday",
       "2025-05-15"},
      // A future weekday on the day of writing is that day.
      {"The mayor will speak Wednesday.", "Wednesday", "2025-05-14"},
      // No tense: the last one, as news mostly reports what happened.
      {"A quiet Friday for the markets.", "Friday", "2025-05-09"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ReadAs(c.text, c.surface, 10), c.want) << c.text;
  }
}

TEST(ApplyTimeTense, MonthsAndSeasons) {
  const struct {
    const char* text;
    const char* surface;
    const char* want;
  } kCases[] = {
      // Past narrative: the last occurrence not after May 2025.
      {"The plant was closed in December.", "in December", "2024-12"},
      {"The storm hit the coast in March.", "in March", "2025-03"},
      // Future: the next occurrence not before it.
      {"The plant will reopen in March.", "in March", "2026-03"},
      {"The council will vote in June.", "in June", "2025-06"},
      // A stated day in a past clause is never moved ahead.
      {"Police charged a man for the April 16 attack.", "April 16", "2025-04"},
      {"Police charged a man for the December 3 attack.", "December 3",
       "2024-12"},
      // No tense: the nearest.
      {"Elections in February.", "in February", "2025-02"},
      {"Elections in July.", "in July", "2025-07"},
      // A stated year or a relative word keeps the parser's reading.
      {"The plant was closed in December 2025.", "in December 2025", "2025-12"},
      {"The plant was closed last December.", "last December", "2024-12"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(ReadAs(c.text, c.surface, 7), c.want) << c.text;
  }
}

}  // namespace
}  // namespace accord

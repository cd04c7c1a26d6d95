#include "engine/timeml/tense.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

// The tense at the first token of `marker` in `text`.
Tense TenseAtWord(const std::string& text, const std::string& marker) {
  const std::vector<Token> t = Tokenize(text);
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (t[i].Is(marker)) return ClauseTense(t, i);
  }
  ADD_FAILURE() << marker << " not in " << text;
  return Tense::kUnknown;
}

TEST(ClauseTense, Table) {
  const struct {
    const char* text;
    Tense want;
  } kCases[] = {
      {"The museum reopened on friday.", Tense::kPast},
      {"The museum would reopen on friday.", Tense::kFuture},
      {"The museum will reopen on friday.", Tense::kFuture},
      {"She said she'll decide by friday.", Tense::kFuture},
      {"Talks are expected to resume on friday.", Tense::kFuture},
      {"He is going to testify on friday.", Tense::kFuture},
      {"He will speak. The vote was held on friday.", Tense::kPast},
      {"He said on friday that he will go.", Tense::kPast},
      {"The president is to visit Paris on friday.", Tense::kFuture},
      {"The vote is on friday.", Tense::kPresent},
      {"Police have searched since the friday shooting.", Tense::kPast},
      {"The firm agreed to sell the unit on friday.", Tense::kFuture},
      {"The rules are to be published friday.", Tense::kFuture},
      {"The rules were published friday.", Tense::kPast},
      {"A vote was scheduled for friday.", Tense::kFuture},
      // A participle before its noun describes the noun.
      {"On friday, she sets aside plans for the hastily planned trip.",
       Tense::kUnknown},
      {"It would be paid on a still unspecified date in friday.",
       Tense::kFuture},
      // Verbs whose past is their bare form ("set", "hit") are past
      // unless "to" follows ("is set to").
      {"On friday, she set aside plans for the hastily planned trip.",
       Tense::kPast},
      {"The index is near its high set on friday.", Tense::kPast},
      {"The index is set to open on friday.", Tense::kFuture},
      {"It will dominate a summit set for friday.", Tense::kFuture},
      {"A summit was set for friday.", Tense::kFuture},
      // A plan in the past perfect is for a time now past.
      {"The offer had been scheduled to expire friday.", Tense::kPast},
      {"It had been due to expire friday evening.", Tense::kPast},
      // "that" before a past form is a relative pronoun, not a determiner.
      {"Shootings that injured doctors on friday.", Tense::kPast},
      {"On friday, she cancelled the planned trip.", Tense::kPast},
      {"The planned trip is on friday.", Tense::kPresent},
      {"On friday, the museum will reopen.", Tense::kFuture},
      {"On friday the talks collapsed.", Tense::kPast},
      {"Indeed friday is a holiday; it rained.", Tense::kPresent},
      {"Indeed friday; it rained.", Tense::kUnknown},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(TenseAtWord(c.text, "friday"), c.want) << c.text;
  }
}

// The tense TimeTense gives the time at the first token of `at` in `text`.
Tense TimeTenseAt(const std::string& text, const std::string& at) {
  const std::vector<Token> t = Tokenize(text);
  for (int i = 0; i < static_cast<int>(t.size()); ++i) {
    if (t[i].Is(at)) return TimeTense(t, i);
  }
  ADD_FAILURE() << at << " not in " << text;
  return Tense::kUnknown;
}

TEST(TimeTense, Table) {
  const struct {
    const char* text;
    const char* at;
    Tense want;
  } kCases[] = {
      // The verb group's tense.
      {"It said it would suspend the route on friday.", "on", Tense::kFuture},
      {"He would have testified on friday.", "on", Tense::kPast},
      // A deadline is ahead unless the clause is in the past perfect.
      {"The route is closed until friday.", "until", Tense::kFuture},
      {"They had filed reports by friday.", "by", Tense::kPast},
      // So is the earliest time a thing may happen.
      {"He could come to the U.S. as early as friday.", "friday",
       Tense::kFuture},
      {"The group might leave as soon as friday, he said.", "friday",
       Tense::kFuture},
      {"He had arrived as early as friday.", "friday", Tense::kPast},
      // An event noun after a preposition of cause or sequence takes the
      // time: the verb's tense does not carry over.
      {"There would be retaliation for a shooting on friday.", "on",
       Tense::kUnknown},
      {"Crowds will rally after the deadly bombing on friday.", "on",
       Tense::kUnknown},
      {"Crowds will protest over the killing friday.", "friday",
       Tense::kUnknown},
      // Not an event noun, or not a preposition of cause: the verb's tense.
      {"They will hold a vigil for the victims on friday.", "on",
       Tense::kFuture},
      {"She will testify at the hearing on friday.", "on", Tense::kFuture},
      {"The vote was scheduled for friday.", "friday", Tense::kFuture},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(TimeTenseAt(c.text, c.at), c.want) << c.text;
  }
}

TEST(TenseYearShift, Table) {
  const absl::CivilMonth may(2025, 5);
  const struct {
    Tense tense;
    absl::CivilMonth when;
    bool day_stated;
    bool quarter;
    int want;
  } kCases[] = {
      {Tense::kPast, absl::CivilMonth(2025, 12), false, false, -1},
      {Tense::kPast, absl::CivilMonth(2025, 3), false, false, 0},
      {Tense::kPast, absl::CivilMonth(2025, 5), false, false, 0},
      {Tense::kFuture, absl::CivilMonth(2025, 3), false, false, 1},
      {Tense::kFuture, absl::CivilMonth(2025, 12), false, false, 0},
      {Tense::kUnknown, absl::CivilMonth(2025, 12), false, false, -1},
      {Tense::kUnknown, absl::CivilMonth(2025, 11), false, false, 0},
      {Tense::kPresent, absl::CivilMonth(2026, 3), false, false, -1},
      // A stated day: the nearest, unless a past clause puts it more than
      // two months ahead.
      {Tense::kFuture, absl::CivilMonth(2025, 3), true, false, 0},
      {Tense::kPast, absl::CivilMonth(2025, 7), true, false, 0},
      {Tense::kPast, absl::CivilMonth(2025, 8), true, false, -1},
      {Tense::kPast, absl::CivilMonth(2025, 1), true, false, 0},
      {Tense::kUnknown, absl::CivilMonth(2024, 10), true, false, 1},
      // A quarter is the last one begun, whatever the tense.
      {Tense::kFuture, absl::CivilMonth(2025, 7), false, true, -1},
      {Tense::kFuture, absl::CivilMonth(2025, 1), false, true, 0},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(TenseYearShift(c.tense, c.when, may, c.day_stated, c.quarter),
              c.want)
        << static_cast<int>(c.tense) << " " << c.when;
  }
}

}  // namespace
}  // namespace accord

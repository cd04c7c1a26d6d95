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
      {"On friday, the museum will reopen.", Tense::kFuture},
      {"On friday the talks collapsed.", Tense::kPast},
      {"Indeed friday is a holiday; it rained.", Tense::kPresent},
      {"Indeed friday; it rained.", Tense::kUnknown},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(TenseAtWord(c.text, "friday"), c.want) << c.text;
  }
}

}  // namespace
}  // namespace accord

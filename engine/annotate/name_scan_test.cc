#include "engine/annotate/name_scan.h"

#include <random>
#include <string>
#include <utility>
#include <vector>

#include "engine/normalize/tokenizer.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace accord {
namespace {

TEST(NameScanTest, PatternsAreTheAnnotatorsOriginalOnes) {
  EXPECT_EQ(
      TitledNameRe().pattern(),
      "(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary|"
      "Senator|Sen\\.|Rep\\.|Representative|Governor|Gov\\.|Mayor|General|"
      "Gen\\.|Judge|Justice|Pope|King|Queen|Prince|Princess|Sheriff|Chief|"
      "Officer|Detective|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|spokesman|spokeswoman|"
      "spokesperson|actress|actor|singer|star|rapper|director|coach|"
      "lawyer|attorney|publicist|representative|CEO|chairman|founder)"
      " ((?:[A-Z][a-z]+[A-Za-z'\\-]* ){0,2}[A-Z][a-z]+[A-Za-z'\\-]*)");
  EXPECT_TRUE(TitledNameRe().ok());
  EXPECT_TRUE(ReportedNameRe().ok());
  EXPECT_TRUE(PronounRe().ok());
}

TEST(NameScanTest, Examples) {
  EXPECT_TRUE(MayMatchTitledName("Chinese President Xi Jinping arrived"));
  EXPECT_FALSE(MayMatchTitledName("the president arrived in Moscow"));
  EXPECT_TRUE(MayMatchReportedName("Dmitry Peskov said on Monday"));
  EXPECT_FALSE(MayMatchReportedName("Peskov said on Monday"));
  std::vector<std::pair<int, int>> spans;
  ASSERT_TRUE(FindPronounSpans("He told her that she, himself", &spans));
  EXPECT_EQ(spans, (std::vector<std::pair<int, int>>{
                       {0, 2}, {8, 11}, {17, 20}, {22, 29}}));
  EXPECT_FALSE(FindPronounSpans("x\xC5\xBFhe", &spans));
}

// Random texts of titles, capitalized and lower-case words, pronouns in
// several cases, reporting endings, punctuation, '_' and digits (word
// characters for \b), non-ASCII letters and stray UTF-8 bytes.
TEST(NameScanTest, ShortcutsAgreeWithTheRegexes) {
  const std::vector<std::string> pieces = {"President", "Prime Minister",
                                           "Mr.",       "Gen.",
                                           "star",      "Lodestar",
                                           "spokesman", "CEO",
                                           "Xi",        "Jinping",
                                           "Peskov",    "McDonald",
                                           "O'Neil",    "Al-Assad",
                                           "X",         "said",
                                           "says",      "told",
                                           "who",       "is",
                                           "has",       "will",
                                           "he",        "He",
                                           "HE",        "she",
                                           "hEr",       "his",
                                           "him",       "himself",
                                           "HERSELF",   "hers",
                                           "the",       "them",
                                           "a",         " ",
                                           " ",         " ",
                                           ", ",        ",",
                                           "-",         "'",
                                           ".",         "_",
                                           "1",         "\xC3\xA9",
                                           "\xC3\x89",  "\xE2\x80\x99",
                                           "\xC5\xBF",  "\xE2\x84\xAA",
                                           "\x80",      "\xE2\x80\x98",
                                           "\t",        "\xC2\xA0"};
  std::mt19937 rng(20261123);
  int titled = 0, reported = 0, pronouns = 0;
  for (int t = 0; t < 50000; ++t) {
    std::string text;
    const int n = 1 + rng() % 14;
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    const re2::StringPiece in(text);
    if (RE2::PartialMatch(in, TitledNameRe())) {
      ++titled;
      ASSERT_TRUE(MayMatchTitledName(text)) << text;
    }
    if (RE2::PartialMatch(in, ReportedNameRe())) {
      ++reported;
      ASSERT_TRUE(MayMatchReportedName(text)) << text;
    }
    // The token-driven scans give the byte scans' answers.
    const std::vector<Token> tokens = Tokenize(text);
    ASSERT_EQ(MayMatchTitledName(text, tokens), MayMatchTitledName(text))
        << text;
    ASSERT_EQ(MayMatchReportedName(text, tokens), MayMatchReportedName(text))
        << text;
    std::vector<std::pair<int, int>> want;
    re2::StringPiece input(text);
    re2::StringPiece p;
    while (RE2::FindAndConsume(&input, PronounRe(), &p)) {
      const int b = static_cast<int>(p.data() - text.data());
      want.emplace_back(b, b + static_cast<int>(p.size()));
    }
    std::vector<std::pair<int, int>> got;
    std::vector<std::pair<int, int>> from_tokens;
    ASSERT_EQ(FindPronounSpans(text, tokens, &from_tokens),
              FindPronounSpans(text, &got))
        << text;
    ASSERT_EQ(from_tokens, got) << text;
    if (FindPronounSpans(text, &got)) {
      ASSERT_EQ(got, want) << text;
      pronouns += static_cast<int>(got.size());
    } else {
      ASSERT_NE(text.find("\xC5\xBF"), std::string::npos) << text;
    }
  }
  // The texts exercise every regex.
  EXPECT_GT(titled, 300);
  EXPECT_GT(reported, 300);
  EXPECT_GT(pronouns, 1000);
}

}  // namespace
}  // namespace accord

#include "engine/rules/literal_prefilter.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

// The clauses as sets of literal strings, for comparison independent of the
// order FilteredRE2 numbers its atoms in.
std::set<std::set<std::string>> Named(const LiteralCnf& cnf) {
  std::set<std::set<std::string>> out;
  for (const std::vector<int>& clause : cnf.clauses) {
    std::set<std::string> words;
    for (int a : clause) words.insert(cnf.atoms[a]);
    out.insert(words);
  }
  return out;
}

RE2::Options Quiet() {
  RE2::Options options;
  options.set_log_errors(false);
  return options;
}

TEST(LiteralClausesTest, AndOfOrsComesBackAsItsOrs) {
  struct Case {
    std::string pattern;
    std::set<std::set<std::string>> clauses;
  };
  const Case cases[] = {
      // One literal: one unit clause.
      {"visited", {{"visited"}}},
      // Alternatives: one clause (FilteredRE2 folds ASCII case).
      {"(?:Visited|toured)", {{"visited", "toured"}}},
      // Two required parts far apart: two clauses (the spaces beside them
      // are literal too).
      {"(?:visited|toured) .* (?:capital|city)",
       {{"visited ", "toured "}, {" capital", " city"}}},
      // An optional part is not required.
      {"ceasefire(?: talks)?", {{"ceasefire"}}},
  };
  for (const Case& c : cases) {
    auto cnf = LiteralClauses(c.pattern, Quiet());
    ASSERT_TRUE(cnf.ok()) << c.pattern << ": " << cnf.status();
    EXPECT_EQ(Named(*cnf), c.clauses) << c.pattern;
  }
}

TEST(LiteralClausesTest, PatternsWithoutLiteralsHaveNoClauses) {
  for (const std::string pattern : {"\\d+", "[a-z]+ \\w", "(?:ab|c)?x*"}) {
    auto cnf = LiteralClauses(pattern, Quiet());
    ASSERT_TRUE(cnf.ok()) << pattern;
    EXPECT_TRUE(cnf->clauses.empty()) << pattern;
  }
}

TEST(LiteralClausesTest, BadPatternIsAnError) {
  auto cnf = LiteralClauses("(unclosed", Quiet());
  ASSERT_FALSE(cnf.ok());
  EXPECT_NE(cnf.status().message().find("missing )"), std::string::npos)
      << cnf.status();
}

// Soundness on formulas that are not an AND of ORs: every text the pattern
// matches satisfies every clause (checked by substring search on the
// lower-cased text).
TEST(LiteralClausesTest, EveryMatchingTextSatisfiesEveryClause) {
  struct Case {
    std::string pattern;
    std::vector<std::string> matching;
  };
  const Case cases[] = {
      {"(?:met with|talked to) (?:leaders|ministers)|signed (?:deal|pact)",
       {"met with leaders", "talked to ministers", "signed pact",
        "they signed deal today"}},
      {"(?i)(?:killed|shot) (?:two|three)(?: people| men)?",
       {"KILLED two", "shot three men", "Shot Two people"}},
      {"(?:a(?:bc|de)f|ghi)jkl", {"abcfjkl", "adefjkl", "ghijkl"}},
  };
  for (const Case& c : cases) {
    auto cnf = LiteralClauses(c.pattern, Quiet());
    ASSERT_TRUE(cnf.ok()) << c.pattern;
    ASSERT_FALSE(cnf->clauses.empty()) << c.pattern;
    const RE2 re(c.pattern, Quiet());
    for (const std::string& text : c.matching) {
      ASSERT_TRUE(RE2::PartialMatch(text, re)) << c.pattern << " / " << text;
      std::string lower = text;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](unsigned char ch) { return std::tolower(ch); });
      for (const std::vector<int>& clause : cnf->clauses) {
        bool any = false;
        for (int a : clause) {
          any = any || lower.find(cnf->atoms[a]) != std::string::npos;
        }
        EXPECT_TRUE(any) << c.pattern << " / " << text;
      }
    }
  }
}

}  // namespace
}  // namespace accord

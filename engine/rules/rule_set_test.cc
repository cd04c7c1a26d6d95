#include "engine/rules/rule_set.h"

#include <string>
#include <vector>

#include "engine/data/embedded_data.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

std::unique_ptr<Lexicon> TestLexicon() {
  return Lexicon::FromTextproto(R"pb(
           frames {
             name: "VISIT"
             verbs: "visit"
             verbs: "travel to"
             subject_role: "agent"
             object_role: "destination"
             roles { name: "agent" kind: KEY }
             roles { name: "destination" kind: FUNCTIONAL }
           }
         )pb")
      .value();
}

RuleFile Parse(const std::string& text) {
  RuleFile file;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &file));
  return file;
}

TEST(RuleSetTest, ExpandsMacrosAndVerbsAndMapsGroupsToRoles) {
  auto lex = TestLexicon();
  auto rules = RuleSet::Compile(
      Parse(R"pb(
        macros { name: "PER" pattern: "⟦PER#\\d+⟧" }
        macros { name: "GPE" pattern: "⟦GPE#\\d+⟧" }
        rules {
          name: "svo"
          frames: "VISIT"
          pattern: "(?P<subj>{PER}) will (?P<trigger>{VERB}) (?P<obj>{GPE})"
        }
      )pb"),
      *lex);
  ASSERT_TRUE(rules.ok()) << rules.status();
  const std::string tagged = "⟦PER#0⟧ will travel to ⟦GPE#1⟧ soon";
  const std::vector<RuleMatch> matches = (*rules)->Match(tagged);
  ASSERT_EQ(matches.size(), 1u);
  const RuleMatch& m = matches[0];
  EXPECT_EQ(m.rule, "svo");
  EXPECT_EQ(m.frame->name(), "VISIT");
  std::vector<std::string> roles;
  for (const RuleMatch::Group& g : m.groups) {
    roles.push_back(g.role + "=" + tagged.substr(g.begin, g.end - g.begin));
  }
  EXPECT_EQ(roles,
            (std::vector<std::string>{"agent=⟦PER#0⟧", "trigger=travel to",
                                      "destination=⟦GPE#1⟧"}));
  EXPECT_TRUE((*rules)->Match("nothing here").empty());
}

TEST(RuleSetTest, ErrorsNameTheRule) {
  auto lex = TestLexicon();
  const std::string bad[] = {
      R"pb(rules { name: "r1" frames: "VISIT" pattern: "{NOPE}" })pb",
      R"pb(rules { name: "r1" frames: "NOFRAME" pattern: "x" })pb",
      R"pb(rules { name: "r1" frames: "VISIT" pattern: "(unclosed" })pb",
      R"pb(rules { name: "r1" pattern: "x" })pb",
      R"pb(macros { name: "A" pattern: "{B}" }
           macros { name: "B" pattern: "{A}" }
           rules { name: "r1" frames: "VISIT" pattern: "{A}" })pb",
  };
  for (const std::string& text : bad) {
    auto rules = RuleSet::Compile(Parse(text), *lex);
    ASSERT_FALSE(rules.ok()) << text;
    EXPECT_NE(rules.status().message().find("r1"), std::string::npos)
        << rules.status();
  }
}

// Each macro uses the next eight times: 8^16 bytes if expanded whole. Used
// to exhaust memory before RE2's limit was ever consulted.
TEST(RuleSetTest, ExponentialMacroExpansionIsAnError) {
  std::string text;
  for (int i = 0; i < 16; ++i) {
    std::string next = "{M" + std::string(1, 'A' + i + 1) + "}";
    std::string uses;
    for (int k = 0; k < 8; ++k) uses += next;
    text += "macros { name: \"M" + std::string(1, 'A' + i) + "\" pattern: \"" +
            uses + "\" }\n";
  }
  text += "macros { name: \"MQ\" pattern: \"x\" }\n";
  text += R"pb(rules { name: "r1" frames: "VISIT" pattern: "{MA}" })pb";
  auto rules = RuleSet::Compile(Parse(text), *TestLexicon());
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("after macro expansion"),
            std::string::npos)
      << rules.status();
}

TEST(RuleSetTest, RuleLimitIsEnforced) {
  auto lex = TestLexicon();
  RuleLimits limits;
  limits.max_rules = 1;
  auto rules =
      RuleSet::Compile(Parse(R"pb(
                         rules { name: "a" frames: "VISIT" pattern: "x" }
                         rules { name: "b" frames: "VISIT" pattern: "y" }
                       )pb"),
                       *lex, limits);
  EXPECT_EQ(rules.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(RuleSetTest, ShippedRulesCompileAgainstShippedLexicon) {
  auto lex = Lexicon::FromTextproto(embedded::kLexicon);
  ASSERT_TRUE(lex.ok()) << lex.status();
  RuleFile file;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      std::string(embedded::kRules), &file));
  auto rules = RuleSet::Compile(file, **lex);
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_GT((*rules)->size(), file.rules_size());
  for (const Rule& r : file.rules()) {
    EXPECT_FALSE(r.comment().empty()) << r.name() << " needs an example";
  }
}

}  // namespace
}  // namespace accord

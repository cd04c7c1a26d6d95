#include "engine/io/bounded_parse.h"

#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "proto/accord.pb.h"
#include "proto/rules.pb.h"

namespace accord {
namespace {

// "documents { source { ... } }" is fine; N nested unknown-or-known messages
// are what the audit fed the parser (SIGSEGV at 5,000 before the limit).
std::string NestedValues(int depth) {
  std::string s = "claims { args { value { ";
  for (int i = 0; i < depth; ++i) s += "set { members { ";
  for (int i = 0; i < depth; ++i) s += "} } ";
  return s + "} } }";
}

TEST(ParseTextprotoTest, ParsesOrdinaryText) {
  ClaimSet set;
  ASSERT_TRUE(
      ParseTextproto(R"(claims { id: "a/1/0" frame: "VISIT" })", &set).ok());
  EXPECT_EQ(set.claims(0).id(), "a/1/0");
  ASSERT_TRUE(ParseTextproto(NestedValues(5), &set).ok());
}

TEST(ParseTextprotoTest, DeepNestingIsAnErrorNotACrash) {
  struct Case {
    const char* name;
    std::string text;
  };
  const Case cases[] = {
      {"known fields", NestedValues(5000)},
      {"unknown fields", std::string(20000, '{')},
      {"unknown message", "x " + std::string(5000 * 2, ' ') +
                              [] {
                                std::string s;
                                for (int i = 0; i < 5000; ++i) s += "x { ";
                                return s;
                              }()},
  };
  for (const Case& c : cases) {
    ClaimSet set;
    const absl::Status s = ParseTextproto(c.text, &set);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << c.name;
    EXPECT_TRUE(absl::StrContains(s.message(), "line")) << c.name << ": " << s;
  }
  RuleFile rules;
  EXPECT_FALSE(ParseTextproto(NestedValues(5000), &rules).ok());
}

TEST(CheckJsonNestingTest, CountsOnlyStructure) {
  struct Case {
    std::string json;
    int max_depth;
    bool ok;
  };
  const Case cases[] = {
      {R"({"a": [1, {"b": []}]})", 4, true},
      {R"({"a": [1, {"b": []}]})", 3, false},
      {R"({"a": "[[[[[[[[[[{{{{{{"})", 1, true},
      {R"({"a": "\"[[[[", "b": 1})", 1, true},
      {std::string(100000, '['), kMaxParseDepth, false},
      {"", 1, true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CheckJsonNesting(c.json, c.max_depth).ok(), c.ok)
        << c.json.substr(0, 40);
  }
}

}  // namespace
}  // namespace accord

#include "engine/extract/noun_phrase_roles.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "engine/extract/extract_text.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// The claims of `text`, published on a Wednesday, 2024-03-13.
std::vector<Claim> Extract(absl::string_view text) {
  return ExtractText(text, "2024-03-13", "src");
}

// A value as the tests write it: an entity id, a word, or a duration in
// whole years ("15y").
std::string Render(const Value& v) {
  if (v.has_entity_id()) return v.entity_id();
  if (v.has_text()) return v.text();
  if (v.has_duration()) {
    return absl::StrCat(v.duration().seconds() / (365 * 24 * 3600), "y");
  }
  return "?";
}

// Sentences written for this test, not taken from any corpus.
TEST(NounPhraseRolesTest, RolesFromTheNounPhrase) {
  struct Case {
    std::string text;
    std::string frame;
    std::string trigger;
    std::string role;
    std::string want;  // "" = the claim has no such argument
  };
  const std::vector<Case> cases = {
      // A measure between the determiner and the noun.
      {"The judge handed him a new 15-year sentence on Friday.", "SENTENCE",
       "sentence", "term", "15y"},
      {"He was already serving three 12-year sentences.", "SENTENCE",
       "sentences", "term", "12y"},
      // A word the role lists, inside a compound trigger or before it.
      {"She is serving two consecutive life sentences.", "SENTENCE",
       "life sentences", "term", "life"},
      {"The court upheld his death sentence.", "SENTENCE", "death sentence",
       "term", "death"},
      // Nothing in the phrase: no term.
      {"The convict was serving his sentence quietly.", "SENTENCE", "sentence",
       "term", ""},
      // A participle ends the phrase: the years are not the sentence's.
      {"He spent 12 years fighting the sentence.", "SENTENCE", "sentence",
       "term", ""},
      // A place after the noun or before it.
      {"Fresh riots in Paris left dozens hurt.", "PROTEST", "riots", "place",
       "paris"},
      {"Violent riots in central Berlin left dozens hurt.", "PROTEST", "riots",
       "place", "berlin"},
      {"The Berlin riots ended on Sunday.", "PROTEST", "riots", "place",
       "berlin"},
  };
  for (const Case& c : cases) {
    const std::vector<Claim> claims = Extract(c.text);
    const Claim* found = nullptr;
    for (const Claim& claim : claims) {
      if (claim.frame() == c.frame && claim.trigger().text() == c.trigger) {
        found = &claim;
      }
    }
    ASSERT_NE(found, nullptr) << c.text;
    std::string got;
    for (const Argument& a : found->args()) {
      if (a.role() == c.role) got = Render(a.value());
    }
    EXPECT_EQ(got, c.want) << c.text;
  }
}

// A verb's arguments come from its rule, not from this pass.
TEST(NounPhraseRolesTest, VerbsAreLeftAlone) {
  for (const Claim& claim : Extract("They rioted in Paris on Monday.")) {
    if (claim.frame() != "PROTEST") continue;
    for (const Argument& a : claim.args()) {
      EXPECT_NE(a.role(), "place") << "rule gave no place; pass added one";
    }
  }
}

}  // namespace
}  // namespace accord

#include "engine/data/english.h"

#include "gtest/gtest.h"
#include "re2/re2.h"

namespace accord {
namespace {

TEST(EnglishTest, EmbeddedWordsParse) {
  const EnglishWordsFile& w = English::Default().words();
  EXPECT_GT(w.person_offices_size(), 0);
  EXPECT_GT(w.stop_words_size(), 0);
}

TEST(EnglishTest, RejectsBadLists) {
  const char* const bad[] = {
      "person_offices: [\"president\"]",  // the other lists are empty
      "not_a_field: 1",
  };
  for (const char* text : bad) {
    EXPECT_FALSE(English::FromTextproto(text).ok()) << text;
  }
  EnglishWordsFile full = English::Default().words();
  full.set_person_offices(0, "President");  // upper case
  EXPECT_FALSE(English::FromTextproto(full.DebugString()).ok());
  full.set_person_offices(0, "");
  EXPECT_FALSE(English::FromTextproto(full.DebugString()).ok());
  full.set_person_offices(0, "president");
  EXPECT_TRUE(English::FromTextproto(full.DebugString()).ok());
}

// The alternation keeps the order and quotes metacharacters, so a word is
// matched literally.
TEST(EnglishTest, Alternation) {
  EnglishWordsFile w;
  w.add_stop_words("prime minister");
  w.add_stop_words("n't");
  w.add_stop_words("u.s.");
  const std::string alt = English::Alternation(w.stop_words());
  const RE2 re("^(?:" + alt + ")$");
  EXPECT_TRUE(RE2::FullMatch("prime minister", re));
  EXPECT_TRUE(RE2::FullMatch("n't", re));
  EXPECT_TRUE(RE2::FullMatch("u.s.", re));
  EXPECT_FALSE(RE2::FullMatch("uxsx", re));  // '.' is no wildcard
}

}  // namespace
}  // namespace accord

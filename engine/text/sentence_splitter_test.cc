#include "engine/text/sentence_splitter.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

std::vector<std::string> Split(const std::string& text,
                               const std::vector<std::pair<int, int>>& cut = {},
                               int max_bytes = 2000) {
  google::protobuf::RepeatedPtrField<Removal> removed;
  for (auto [b, e] : cut) {
    Removal* r = removed.Add();
    r->set_begin(b);
    r->set_end(e);
  }
  std::vector<std::string> out;
  for (const SentenceBounds& s : SplitSentences(text, removed, max_bytes)) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

struct Case {
  std::string text;
  std::vector<std::string> want;
};

TEST(SentenceSplitterTest, Table) {
  const Case cases[] = {
      {"One. Two.", {"One.", "Two."}},
      {"Headline\n\nBody one. Body two!",
       {"Headline", "Body one.", "Body two!"}},
      {"Mr. Smith met Dr. Jones in the U.S. capital.",
       {"Mr. Smith met Dr. Jones in the U.S. capital."}},
      {"It was J. Doe. Then he left.", {"It was J. Doe.", "Then he left."}},
      {"\"We agree,\" he said. \"Good.\"",
       {"\"We agree,\" he said.", "\"Good.\""}},
      {"He said \xE2\x80\x9Cyes.\xE2\x80\x9D Then left.",
       {"He said \xE2\x80\x9Cyes.\xE2\x80\x9D", "Then left."}},
      {"Prices rose 2.5 percent. Markets fell.",
       {"Prices rose 2.5 percent.", "Markets fell."}},
      {"on May 9. 2025 was different.", {"on May 9.", "2025 was different."}},
      {"lower case. continues", {"lower case. continues"}},
      {"  padded  \n\n", {"padded"}},
      {"", {}},
  };
  for (const Case& c : cases) {
    EXPECT_THAT(Split(c.text), ::testing::ElementsAreArray(c.want)) << c.text;
  }
}

TEST(SentenceSplitterTest, RemovedLinesAreSkipped) {
  const std::string text = "Keep this.\nDrop me\nKeep too.";
  EXPECT_THAT(Split(text, {{11, 18}}),
              ::testing::ElementsAre("Keep this.", "Keep too."));
}

TEST(SentenceSplitterTest, OverlongSentencesAreCut) {
  const std::string text(50, 'a');
  std::vector<std::string> parts = Split(text, {}, 20);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].size(), 20u);
  EXPECT_EQ(parts[2].size(), 10u);
}

}  // namespace
}  // namespace accord

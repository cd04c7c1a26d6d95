#include "engine/text/sentence_splitter.h"

#include <random>
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

// Limits smaller than a character used to loop forever, allocating empty
// pieces; each piece must now hold at least one whole character.
TEST(SentenceSplitterTest, TinyLimitsStillProgressOverMultiByteText) {
  const std::string text =
      "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"
      "b";  // aé€😀b
  for (int max_bytes : {-5, 0, 1, 2, 3}) {
    std::vector<std::string> parts = Split(text, {}, max_bytes);
    std::string joined;
    for (const std::string& p : parts) {
      EXPECT_FALSE(p.empty()) << max_bytes;
      joined += p;
    }
    EXPECT_EQ(joined, text) << max_bytes;
    // a|é|€|😀|b up to 2 bytes, aé|€|😀|b at 3.
    EXPECT_EQ(parts.size(), max_bytes <= 2 ? 5u : 4u) << max_bytes;
  }
}

TEST(NextTerminalTest, MatchesByteLoop) {
  // Bytes near the terminals and with the high bit set, which the
  // eight-byte test must not confuse with them.
  const char kBytes[] = {'.',    '!',    '?',
                         'a',    ' ',    '\x2f',
                         '\x20', '\x3e', '\x21' + 0x80 - 0x100,
                         '\xae', '\xbf', '\0',
                         '\xff'};
  std::mt19937 rng(20261123);
  for (int t = 0; t < 20000; ++t) {
    std::string text;
    const int n = rng() % 40;
    const bool sparse = rng() % 2 == 0;
    for (int k = 0; k < n; ++k) {
      text += sparse && rng() % 8 != 0
                  ? kBytes[3 + rng() % (std::size(kBytes) - 3)]
                  : kBytes[rng() % std::size(kBytes)];
    }
    const int end = n == 0 ? 0 : static_cast<int>(rng() % (n + 1));
    for (int i = 0; i <= end; ++i) {
      int want = i;
      while (want < end && text[want] != '.' && text[want] != '!' &&
             text[want] != '?') {
        ++want;
      }
      ASSERT_EQ(sentence_splitter_internal::NextTerminal(text, i, end), want)
          << text << " " << i << " " << end;
    }
  }
}

}  // namespace
}  // namespace accord

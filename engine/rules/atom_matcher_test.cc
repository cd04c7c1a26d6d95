#include "engine/rules/atom_matcher.h"

#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

// The obvious definition: every atom that is a substring of the folded text.
// With `last_start`, also where the last occurrence of each begins.
std::vector<int> Naive(const std::vector<std::string>& atoms,
                       const std::string& text,
                       std::vector<int>* last_start = nullptr) {
  std::string folded = text;
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(atoms.size()); ++i) {
    std::string atom = atoms[i];
    for (char& c : atom) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (!atom.empty() && folded.find(atom) != std::string::npos) {
      out.push_back(i);
      if (last_start != nullptr) {
        last_start->push_back(static_cast<int>(folded.rfind(atom)));
      }
    }
  }
  return out;
}

struct Case {
  std::vector<std::string> atoms;
  std::string text;
  std::vector<int> want;
};

TEST(AtomMatcherTest, FindsEveryOccurringAtomOnce) {
  const std::vector<Case> cases = {
      {{"attend", "visit"}, "they will visit moscow", {1}},
      {{"he", "she", "his", "hers"}, "ushers", {0, 1, 3}},  // overlapping
      {{"a", "ab", "bab", "bc", "bca", "c", "caa"}, "abccab", {0, 1, 3, 5}},
      {{"kill"}, "KILLED", {0}},              // ASCII case folded
      {{"⟦per#"}, "⟦PER#0⟧ said", {0}},       // multi-byte atom
      {{"shot", "shot"}, "he shot", {0, 1}},  // duplicates both reported
      {{"", "x"}, "xyz", {1}},                // empty atom never matches
      {{"abc"}, "", {}},
      {{}, "anything", {}},
  };
  for (const Case& c : cases) {
    AtomMatcher m(c.atoms);
    std::vector<int> found = {99};  // replaced, not appended to
    m.FindAll(c.text, &found);
    EXPECT_EQ(found, c.want) << c.text;
  }
}

// Random atoms and texts over a small alphabet (so that atoms overlap and
// nest often) against the naive definition.
TEST(AtomMatcherTest, AgreesWithNaiveSubstringSearch) {
  std::mt19937 rng(12345);
  const std::string alphabet = "abcAB #";
  auto random_string = [&](int max_len) {
    std::string s(rng() % (max_len + 1), ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> atoms(1 + rng() % 12);
    for (std::string& a : atoms) a = random_string(5);
    const AtomMatcher m(atoms);
    for (int t = 0; t < 10; ++t) {
      const std::string text = random_string(40);
      std::vector<int> found;
      m.FindAll(text, &found);
      ASSERT_EQ(found, Naive(atoms, text)) << "text: " << text;
      std::vector<int> last;
      std::vector<int> want_last;
      m.FindAllLast(text, &found, &last);
      ASSERT_EQ(found, Naive(atoms, text, &want_last)) << "text: " << text;
      ASSERT_EQ(last, want_last) << "text: " << text;
    }
  }
}

TEST(AtomMatcherTest, FindAllLastGivesTheStartOfTheLastOccurrence) {
  const AtomMatcher m({"shot", "⟦per#", "he"});
  std::vector<int> found;
  std::vector<int> last = {99};  // replaced, not appended to
  m.FindAllLast("⟦PER#0⟧ shot; he shot ⟦PER#1⟧", &found, &last);
  EXPECT_EQ(found, (std::vector<int>{0, 1, 2}));
  // "⟦" and "⟧" are three bytes each: "⟦PER#0⟧ " is 12 bytes.
  EXPECT_EQ(last, (std::vector<int>{21, 26, 18}));
}

// A serialized automaton viewed in place finds exactly what the built one
// finds, and serializes to the same bytes.
TEST(AtomMatcherTest, ViewOfSerializedMatchesTheBuiltAutomaton) {
  std::mt19937 rng(777);
  const std::string alphabet = "abcAB #";
  auto random_string = [&](int max_len) {
    std::string s(rng() % (max_len + 1), ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 100; ++round) {
    std::vector<std::string> atoms(rng() % 12);
    for (std::string& a : atoms) a = random_string(5);
    const AtomMatcher built(atoms);
    const std::string blob = built.Serialize();
    auto viewed = AtomMatcher::View(blob, atoms);
    ASSERT_TRUE(viewed.ok()) << viewed.status();
    EXPECT_EQ((*viewed)->num_states(), built.num_states());
    EXPECT_EQ((*viewed)->Serialize(), blob);
    for (int t = 0; t < 10; ++t) {
      const std::string text = random_string(40);
      std::vector<int> want, want_last, found, last;
      built.FindAllLast(text, &want, &want_last);
      (*viewed)->FindAllLast(text, &found, &last);
      ASSERT_EQ(found, want) << "text: " << text;
      ASSERT_EQ(last, want_last) << "text: " << text;
    }
  }
}

// A blob that is not 4-byte aligned is copied, not read misaligned.
TEST(AtomMatcherTest, ViewCopiesAMisalignedBlob) {
  const std::vector<std::string> atoms = {"shot", "he", "⟦per#"};
  const std::string blob = AtomMatcher(atoms).Serialize();
  const std::string shifted = "x" + blob;
  auto viewed = AtomMatcher::View(absl::string_view(shifted).substr(1), atoms);
  ASSERT_TRUE(viewed.ok()) << viewed.status();
  std::vector<int> found;
  (*viewed)->FindAll("⟦PER#0⟧ shot", &found);
  EXPECT_EQ(found, (std::vector<int>{0, 2}));
}

// Every way a blob can be wrong is an error naming it, never a matcher that
// reads out of bounds or loops.
TEST(AtomMatcherTest, ViewRejectsBadBlobs) {
  const std::vector<std::string> atoms = {"shot", "he", "she"};
  const std::string blob = AtomMatcher(atoms).Serialize();
  // Word `w` of the blob set to `value`.
  auto with_word = [&](size_t w, uint32_t value) {
    std::string b = blob;
    std::memcpy(&b[w * 4], &value, 4);
    return b;
  };
  const size_t tables = 6 + 64;  // header and byte classes
  struct Bad {
    std::string blob;
    std::vector<std::string> atoms;
    std::string error;
  };
  const std::vector<Bad> cases = {
      {"", atoms, "truncated"},
      {blob.substr(0, blob.size() - 4), atoms, "size"},
      {with_word(0, 0x12345678), atoms, "not an automaton"},
      {blob, {"shot", "he"}, "built for 3 atoms"},
      {blob, {"shot", "he", "shE"}, "built for other atoms"},
      {with_word(tables, 0xFFFFFFF0u), atoms, "transition out of range"},
  };
  for (const Bad& c : cases) {
    auto viewed = AtomMatcher::View(c.blob, c.atoms);
    ASSERT_FALSE(viewed.ok()) << c.error;
    EXPECT_THAT(std::string(viewed.status().message()),
                testing::HasSubstr(c.error));
  }
  // The last suffix link pointing at its own state would loop.
  const AtomMatcher m(atoms);
  const size_t states = m.num_states();
  std::string b = blob;
  uint32_t classes;
  std::memcpy(&classes, &b[2 * 4], 4);
  const size_t out_link = tables + states * classes + states;
  const int32_t self = static_cast<int32_t>(states - 1);
  std::memcpy(&b[(out_link + states - 1) * 4], &self, 4);
  auto viewed = AtomMatcher::View(b, atoms);
  ASSERT_FALSE(viewed.ok());
  EXPECT_THAT(std::string(viewed.status().message()),
              testing::HasSubstr("suffix link out of order"));
}

}  // namespace
}  // namespace accord

#include "engine/rules/atom_matcher.h"

#include <random>
#include <string>
#include <vector>

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

}  // namespace
}  // namespace accord

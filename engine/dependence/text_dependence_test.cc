#include "engine/dependence/text_dependence.h"

#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace accord {
namespace dependence {
namespace {

// The seed articles, one source each (the file's number).
std::vector<accord::Document> Seeds() {
  const char* files[] = {"000_4bb49dc5a5b678ed", "001_5c1ef791d6dc92a3",
                         "002_32ef1df748e060ef", "003_bb5fe9f4d5d8fbea",
                         "004_a6b2cc1e709869a1"};
  std::vector<accord::Document> docs;
  for (const char* f : files) {
    std::ifstream in(std::string("engine/dependence/testdata/") + f + ".txt");
    EXPECT_TRUE(in.good()) << f;
    std::stringstream ss;
    ss << in.rdbuf();
    accord::Document d;
    d.set_id(f);
    d.mutable_source()->set_id(std::string(f).substr(0, 3));
    d.set_text(ss.str());
    docs.push_back(d);
  }
  return docs;
}

const SourceDependence* Find(const std::vector<SourceDependence>& deps,
                             const std::string& a, const std::string& b) {
  for (const auto& d : deps) {
    if (d.source_a == a && d.source_b == b) return &d;
  }
  return nullptr;
}

TEST(TextDependenceTest, SeedPairs) {
  const auto docs = Seeds();
  const auto scored = ScoreTextDependence(docs, DependenceOptions());
  for (const auto& d : scored) {
    std::cout << d.source_a << " " << d.source_b << " fraction "
              << d.shared_fraction << " longest " << d.longest_run_words
              << " shingles " << d.shared_shingles
              << (d.dependent ? " DEPENDENT" : "") << "\n";
  }
  struct Case {
    const char* a;
    const char* b;
    bool dependent;
  } cases[] = {
      {"002", "003", true}, {"000", "004", false}, {"001", "002", false}};
  for (const Case& c : cases) {
    const SourceDependence* d = Find(scored, c.a, c.b);
    EXPECT_EQ(d != nullptr && d->dependent, c.dependent) << c.a << " " << c.b;
  }
  const auto dependent = DetectTextDependence(docs, DependenceOptions());
  const SourceDependence* d = Find(dependent, "002", "003");
  ASSERT_NE(d, nullptr);
  ASSERT_FALSE(d->passages.empty());
  // The evidence spans point at the same words in both texts.
  const SharedPassage& p = d->passages[0];
  EXPECT_EQ(p.doc_a, "002_32ef1df748e060ef");
  EXPECT_GE(p.words, d->longest_run_words);
  const std::string a = docs[2].text().substr(p.begin_a, p.end_a - p.begin_a);
  const std::string b = docs[3].text().substr(p.begin_b, p.end_b - p.begin_b);
  std::cout << "longest shared passage: " << a << "\n";
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a.substr(0, 10), b.substr(0, 10));
}

TEST(TextDependenceTest, SameSourceAndShortTextsAreNotCompared) {
  accord::Document a, b, c;
  a.set_id("a");
  a.mutable_source()->set_id("s");
  a.set_text("one two three four five six seven eight nine ten");
  b = a;
  b.set_id("b");
  c.set_id("c");  // source defaults to the id
  c.set_text("one two three");
  EXPECT_TRUE(ScoreTextDependence({a, b, c}, DependenceOptions()).empty());
}

TEST(TextDependenceTest, VerbatimCopyUpToCaseAndPunctuation) {
  accord::Document a, b;
  a.set_id("a");
  a.set_text(
      "Intro. The minister said on Monday that the talks would resume next "
      "week in Geneva, officials confirmed.");
  b.set_id("b");
  b.set_text(
      "THE MINISTER SAID, ON MONDAY, THAT THE TALKS WOULD RESUME NEXT WEEK "
      "in Geneva -- officials confirmed!");
  DependenceOptions opts;
  opts.min_run_words = 10;
  auto deps = DetectTextDependence({a, b}, opts);
  ASSERT_EQ(deps.size(), 1u);
  EXPECT_EQ(deps[0].longest_run_words, 16);
  EXPECT_EQ(deps[0].passages[0].begin_a, 7);
  EXPECT_EQ(deps[0].passages[0].begin_b, 0);
}

}  // namespace
}  // namespace dependence
}  // namespace accord

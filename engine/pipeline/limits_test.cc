// Every named limit turns hostile input into a per-document error (or, for
// sentence length, a cut), never a crash or an unbounded allocation:
// article size (ReaderOptions::max_bytes, --max_article_bytes), sentence
// length (AnnotatorOptions::max_sentence_bytes, --max_sentence_bytes), claims
// per article (ExtractorOptions::max_claims_per_document, --max_claims),
// rules per file and pattern memory (RuleLimits, --max_rules).
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/base/file_util.h"
#include "engine/extract/extractor.h"
#include "engine/pipeline/pipeline.h"
#include "engine/rules/rule_set.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

std::string TempDir(const std::string& name) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  const std::string dir = absl::StrCat(tmp ? tmp : "/tmp", "/", name);
  EXPECT_EQ(system(("mkdir -p " + dir).c_str()), 0);
  return dir;
}

const char kVisit[] =
    "Chinese President Xi Jinping will travel to Moscow from May 7 to 10. ";

const Extractor& DefaultExtractor() {
  static const Extractor* const kExtractor =
      Extractor::CreateDefault().value().release();
  return *kExtractor;
}

TEST(LimitsTest, OversizedArticleIsAPerDocumentError) {
  const std::string dir = TempDir("article_size");
  ASSERT_TRUE(WriteFileAtomically(dir + "/ok.txt", kVisit).ok());
  std::string big;
  while (big.size() < 5000) big += kVisit;
  ASSERT_TRUE(WriteFileAtomically(dir + "/big.txt", big).ok());
  PipelineOptions options;
  options.reader.max_bytes = 4096;
  const Inputs in = Pipeline(&DefaultExtractor(), options).Load({dir});
  ASSERT_EQ(in.errors.size(), 1u);
  EXPECT_NE(in.errors[0].path().find("big.txt"), std::string::npos);
  EXPECT_NE(in.errors[0].message().find("limit"), std::string::npos)
      << in.errors[0].message();
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].id(), "ok");
  EXPECT_FALSE(in.claims.empty());
}

TEST(LimitsTest, LongSentencesAreCutNotRejected) {
  struct Case {
    std::string name;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"no_punctuation", std::string(200000, 'a')},
      {"words_no_period",
       [] {
         std::string s;
         while (s.size() < 200000) s += "Putin and Xi and Modi ";
         return s;
       }()},
      {"visit_then_run_on", absl::StrCat(kVisit, std::string(50000, 'x'))},
  };
  ExtractorOptions xopts;
  xopts.annotator.max_sentence_bytes = 500;
  auto extractor = Extractor::Create(xopts);
  ASSERT_TRUE(extractor.ok()) << extractor.status();
  for (const Case& c : cases) {
    Document doc;
    doc.set_id(c.name);
    doc.set_text(c.text);
    std::vector<SentenceTrace> trace;
    auto claims = (*extractor)->Extract(doc, &trace);
    ASSERT_TRUE(claims.ok()) << c.name << ": " << claims.status();
    ASSERT_FALSE(trace.empty()) << c.name;
    for (const SentenceTrace& t : trace) {
      EXPECT_LE(t.sentence.bounds.end - t.sentence.bounds.begin, 500) << c.name;
    }
  }
}

TEST(LimitsTest, TooManyClaimsIsAPerDocumentError) {
  const std::string dir = TempDir("claims");
  std::string many;
  for (int i = 0; i < 10; ++i) many += kVisit;
  ASSERT_TRUE(WriteFileAtomically(dir + "/many.txt", many).ok());
  ASSERT_TRUE(WriteFileAtomically(dir + "/one.txt", kVisit).ok());
  ExtractorOptions xopts;
  xopts.max_claims_per_document = 3;
  auto extractor = Extractor::Create(xopts);
  ASSERT_TRUE(extractor.ok()) << extractor.status();
  const Inputs in = Pipeline(extractor->get(), PipelineOptions()).Load({dir});
  ASSERT_EQ(in.errors.size(), 1u);
  EXPECT_NE(in.errors[0].path().find("many.txt"), std::string::npos);
  EXPECT_NE(in.errors[0].message().find("--max_claims"), std::string::npos)
      << in.errors[0].message();
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].id(), "one");
}

RuleFile ManyRules(int n, const std::string& pattern) {
  RuleFile file;
  for (int i = 0; i < n; ++i) {
    Rule* r = file.add_rules();
    r->set_name(absl::StrCat("r", i));
    r->add_frames("VISIT");
    r->set_pattern(pattern);
  }
  return file;
}

TEST(LimitsTest, RuleFileLimitsAreErrors) {
  const Lexicon& lexicon = DefaultExtractor().lexicon();
  RuleLimits limits;
  limits.max_rules = 5;
  auto ok =
      RuleSet::Compile(ManyRules(5, "(?P<trigger>{VERB})"), lexicon, limits);
  EXPECT_TRUE(ok.ok()) << ok.status();
  auto too_many =
      RuleSet::Compile(ManyRules(6, "(?P<trigger>{VERB})"), lexicon, limits);
  ASSERT_FALSE(too_many.ok());
  EXPECT_NE(too_many.status().message().find("--max_rules"), std::string::npos)
      << too_many.status();
  // A pattern whose automaton exceeds the memory budget.
  limits.max_pattern_memory = 64 << 10;
  auto huge =
      RuleSet::Compile(ManyRules(1, "((a|b|c|d){50}){50}"), lexicon, limits);
  EXPECT_FALSE(huge.ok());
}

TEST(LimitsTest, OversizedRuleFileFromDiskIsAnError) {
  const std::string dir = TempDir("rules");
  std::string text;
  for (int i = 0; i < 20; ++i) {
    absl::StrAppend(&text, "rules { name: \"r", i,
                    "\" frames: [\"VISIT\"] pattern: \"(?P<trigger>{VERB})\" "
                    "}\n");
  }
  ASSERT_TRUE(WriteFileAtomically(dir + "/rules.textproto", text).ok());
  ExtractorOptions xopts;
  xopts.rules_path = dir + "/rules.textproto";
  xopts.rule_limits.max_rules = 10;
  auto extractor = Extractor::Create(xopts);
  ASSERT_FALSE(extractor.ok());
  EXPECT_NE(extractor.status().message().find("--max_rules"), std::string::npos)
      << extractor.status();
}

}  // namespace
}  // namespace accord

// The report must not depend on --jobs or on the order inputs are given in:
// byte-identical Markdown and binary reports for a synthetic corpus with
// conflicts, read with 1 and 4 threads, as a directory and as a reversed and
// shuffled list of files.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "engine/base/file_util.h"
#include "engine/extract/extractor.h"
#include "engine/io/claim_io.h"
#include "engine/pipeline/pipeline.h"
#include "engine/reconcile/aligner.h"
#include "engine/report/markdown_writer.h"
#include "gtest/gtest.h"
#include "tools/corpus_gen/corpus.h"

namespace accord {
namespace {

std::string CorpusDir() {
  static const std::string* const kDir = [] {
    const char* tmp = std::getenv("TEST_TMPDIR");
    auto* dir = new std::string(std::string(tmp ? tmp : "/tmp") + "/corpus");
    EXPECT_EQ(system(("mkdir -p " + *dir).c_str()), 0);
    CorpusOptions options;
    options.articles = 120;
    options.seed = 3;
    GenerateCorpus(options, [&](const GeneratedArticle& a) {
      EXPECT_TRUE(WriteFileAtomically(*dir + "/" + a.name, a.text).ok());
      EXPECT_TRUE(
          WriteFileAtomically(*dir + "/" + a.name + ".meta", a.meta).ok());
    });
    return dir;
  }();
  return *kDir;
}

struct Output {
  std::string markdown;
  std::string binary;
  size_t claims = 0;
  size_t conflicts = 0;
};

Output RunPipeline(const std::vector<std::string>& paths, int jobs) {
  static const Extractor* const kExtractor =
      Extractor::CreateDefault().value().release();
  PipelineOptions options;
  options.jobs = jobs;
  const Pipeline pipeline(kExtractor, options);
  const Inputs in = pipeline.Load(paths);
  const Report report = pipeline.Reconcile(in);
  Output out;
  out.markdown = RenderMarkdown(report, pipeline.comparator());
  out.binary = SerializeMessage(report, ClaimFormat::kBinary).value();
  out.claims = in.claims.size();
  out.conflicts = report.conflicts_size();
  return out;
}

std::vector<std::string> Files() {
  std::vector<std::string> files;
  const std::vector<std::string> listed = ListDirectory(CorpusDir()).value();
  for (const std::string& f : listed) {
    if (f.size() < 5 || f.substr(f.size() - 5) != ".meta") files.push_back(f);
  }
  return files;
}

TEST(DeterminismTest, CorpusHasClaimsAndConflicts) {
  const Output out = RunPipeline({CorpusDir()}, 1);
  EXPECT_GT(out.claims, 100u);
  EXPECT_GT(out.conflicts, 0u);
}

TEST(DeterminismTest, JobsDoNotChangeTheReport) {
  const Output one = RunPipeline({CorpusDir()}, 1);
  const Output four = RunPipeline({CorpusDir()}, 4);
  EXPECT_TRUE(one.markdown == four.markdown);
  EXPECT_TRUE(one.binary == four.binary);
}

TEST(DeterminismTest, InputOrderDoesNotChangeTheReport) {
  const Output dir = RunPipeline({CorpusDir()}, 1);
  std::vector<std::string> files = Files();
  std::reverse(files.begin(), files.end());
  const Output reversed = RunPipeline(files, 4);
  // A fixed interleaving: odd positions first, then even ones.
  std::vector<std::string> shuffled;
  for (size_t i = 1; i < files.size(); i += 2) shuffled.push_back(files[i]);
  for (size_t i = 0; i < files.size(); i += 2) shuffled.push_back(files[i]);
  const Output interleaved = RunPipeline(shuffled, 2);
  EXPECT_TRUE(dir.markdown == reversed.markdown);
  EXPECT_TRUE(dir.binary == reversed.binary);
  EXPECT_TRUE(dir.markdown == interleaved.markdown);
  EXPECT_TRUE(dir.binary == interleaved.binary);
}

TEST(DeterminismTest, AlignerIgnoresClaimOrder) {
  static const Extractor* const kExtractor =
      Extractor::CreateDefault().value().release();
  const Pipeline pipeline(kExtractor, PipelineOptions());
  const Inputs in = pipeline.Load({CorpusDir()});
  const Aligner aligner(&kExtractor->lexicon(), &pipeline.comparator());
  std::vector<Claim> reversed(in.claims.rbegin(), in.claims.rend());
  const Alignment a = aligner.Align(in.claims);
  const Alignment b = aligner.Align(reversed);
  ASSERT_EQ(a.facts.size(), b.facts.size());
  for (size_t i = 0; i < a.facts.size(); ++i) {
    EXPECT_EQ(a.facts[i].SerializeAsString(), b.facts[i].SerializeAsString());
  }
  ASSERT_EQ(a.conflicts.size(), b.conflicts.size());
  for (size_t i = 0; i < a.conflicts.size(); ++i) {
    EXPECT_EQ(a.conflicts[i].SerializeAsString(),
              b.conflicts[i].SerializeAsString());
  }
}

TEST(DeterminismTest, ProgressCountsEveryFile) {
  static const Extractor* const kExtractor =
      Extractor::CreateDefault().value().release();
  PipelineOptions options;
  options.jobs = 3;
  size_t calls = 0, last_done = 0, total = 0;
  options.progress = [&](size_t done, size_t all) {
    ++calls;
    EXPECT_EQ(done, last_done + 1);
    last_done = done;
    total = all;
  };
  const Pipeline pipeline(kExtractor, options);
  pipeline.Load(Files());
  EXPECT_EQ(calls, Files().size());
  EXPECT_EQ(total, Files().size());
}

}  // namespace
}  // namespace accord

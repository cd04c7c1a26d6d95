#include "engine/pipeline/pipeline.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string>

#include "engine/base/file_util.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

std::string TempDir(const std::string& name) {
  const char* t = std::getenv("TEST_TMPDIR");
  const std::string dir = std::string(t != nullptr ? t : "/tmp") + "/" + name;
  EXPECT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir).c_str()), 0);
  return dir;
}

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

class PipelineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    extractor_ = Extractor::CreateDefault().value().release();
  }
  static Extractor* extractor_;
};
Extractor* PipelineTest::extractor_ = nullptr;

TEST_F(PipelineTest, BadInputsAreNamedAndTheRestIsProcessed) {
  const std::string dir = TempDir("bad");
  Write(dir + "/good.txt", "Macron will visit Rome on Friday.\n");
  Write(dir + "/empty.txt", "");
  Write(dir + "/binary.txt", std::string("\x7f"
                                         "ELF\0\0\0\1\2",
                                         9));
  Write(dir + "/latin1.txt", "Caf\xE9 politics.\n");
  Write(dir + "/huge.txt", std::string(5000, 'a'));
  Write(dir + "/broken.textproto", "claims { frame: ");
  Write(dir + "/bad.txt.meta", "published: yesterday\n");
  Write(dir + "/bad.txt", "Scholz met Macron.\n");
  PipelineOptions options;
  options.reader.max_bytes = 4000;
  Pipeline pipeline(extractor_, options);
  const Inputs in = pipeline.Load({dir});
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].id(), "good");
  EXPECT_FALSE(in.claims.empty());
  std::vector<std::string> named;
  for (const DocumentError& e : in.errors) {
    const std::string base = e.path().substr(e.path().rfind('/') + 1);
    named.push_back(base);
    EXPECT_NE(e.message().find(base), std::string::npos) << e.message();
  }
  std::sort(named.begin(), named.end());
  EXPECT_EQ(named, (std::vector<std::string>{"bad.txt", "binary.txt",
                                             "broken.textproto", "empty.txt",
                                             "huge.txt", "latin1.txt"}));
  const Report report = pipeline.Reconcile(in);
  EXPECT_EQ(report.errors_size(), 6);
}

TEST_F(PipelineTest, MissingPathIsAnError) {
  Pipeline pipeline(extractor_, PipelineOptions());
  const Inputs in = pipeline.Load({"/no/such/file.txt"});
  ASSERT_EQ(in.errors.size(), 1u);
  EXPECT_NE(in.errors[0].message().find("/no/such/file.txt"),
            std::string::npos);
}

TEST_F(PipelineTest, ClaimFilesAndArticlesReconcileTogether) {
  const std::string dir = TempDir("mixed");
  Write(dir + "/a.txt", "Putin proposed a 72-hour ceasefire.\n");
  Write(dir + "/b.json", R"({"claims": [{"id": "ext/0/0", "frame": "PROPOSE",
    "source_id": "external-llm", "args": [
      {"role": "agent", "value": {"entity_id": "vladimir_putin"}},
      {"role": "theme", "value": {"entity_id": "ceasefire"}},
      {"role": "duration", "value": {"duration": {"seconds": 259200}}}]}]})");
  Pipeline pipeline(extractor_, PipelineOptions());
  const Inputs in = pipeline.Load({dir});
  EXPECT_TRUE(in.errors.empty());
  const Report report = pipeline.Reconcile(in);
  bool corroborated = false;
  for (const Fact& f : report.facts()) {
    if (f.frame() == "PROPOSE") corroborated = f.status() == CORROBORATED;
  }
  EXPECT_TRUE(corroborated);
  EXPECT_TRUE(in.warnings.empty()) << ::testing::PrintToString(in.warnings);
}

TEST_F(PipelineTest, UnknownFramesInClaimFilesAreKeptWithAWarning) {
  const std::string dir = TempDir("unknownframe");
  Write(dir + "/c.json", R"({"claims": [
    {"id": "ext/0/0", "frame": "TELEPORT", "source_id": "x"},
    {"id": "ext/0/1", "frame": "PROPOSE", "source_id": "x"}]})");
  Pipeline pipeline(extractor_, PipelineOptions());
  const Inputs in = pipeline.Load({dir});
  EXPECT_TRUE(in.errors.empty());
  EXPECT_EQ(in.claims.size(), 2u);
  ASSERT_EQ(in.warnings.size(), 1u);
  EXPECT_NE(in.warnings[0].find("c.json"), std::string::npos);
  EXPECT_NE(in.warnings[0].find("TELEPORT"), std::string::npos);
  EXPECT_EQ(in.warnings[0].find("PROPOSE"), std::string::npos);
}

TEST_F(PipelineTest, OutputIsIndependentOfJobsAndArgumentOrder) {
  const std::string corpus = "testdata/victory_day";
  auto files = ListDirectory(corpus).value();
  std::vector<std::string> articles;
  for (const std::string& f : files) {
    if (f.find(".meta") == std::string::npos) articles.push_back(f);
  }
  PipelineOptions one;
  PipelineOptions four;
  four.jobs = 4;
  Pipeline p1(extractor_, one), p4(extractor_, four);
  const std::string a = p1.Reconcile(p1.Load({corpus})).SerializeAsString();
  std::reverse(articles.begin(), articles.end());
  const std::string b = p4.Reconcile(p4.Load(articles)).SerializeAsString();
  EXPECT_EQ(a, b);
}

int ConflictCount(const Report& report, const std::string& frame) {
  int n = 0;
  for (const Fact& f : report.facts()) {
    n += f.frame() == frame && f.status() == CONFLICT;
  }
  return n;
}

// Two outlets' files named alike in different directories used to merge
// into one source, and their disagreement vanished without a word.
TEST_F(PipelineTest, SameNameInTwoDirectoriesStaysTwoSources) {
  const std::string dir = TempDir("samename");
  ASSERT_EQ(system(("mkdir -p " + dir + "/a " + dir + "/b").c_str()), 0);
  Write(dir + "/a/story.txt", "Putin proposed a 72-hour ceasefire.\n");
  Write(dir + "/b/story.txt", "Putin proposed a 30-day ceasefire.\n");
  Write(dir + "/b/other.txt", "Putin proposed a 72-hour ceasefire.\n");
  Pipeline pipeline(extractor_, PipelineOptions());
  const Inputs in = pipeline.Load({dir + "/a", dir + "/b"});
  EXPECT_TRUE(in.errors.empty());
  std::vector<std::string> ids;
  for (const Document& d : in.documents) ids.push_back(d.id());
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "story@a"), ids.end())
      << ::testing::PrintToString(ids);
  ASSERT_EQ(in.warnings.size(), 1u);
  EXPECT_NE(in.warnings[0].find("same name 'story'"), std::string::npos)
      << in.warnings[0];
  EXPECT_EQ(ConflictCount(pipeline.Reconcile(in), "PROPOSE"), 1);
  // The same file under two spellings is still one document.
  EXPECT_EQ(pipeline.Load({dir + "/a/story.txt", dir + "/a/../a/story.txt"})
                .documents.size(),
            1u);
}

// A claim file reusing an article's document id or claim ids would mix its
// evidence with the article's; it is rejected whole, naming both files.
TEST_F(PipelineTest, ClaimFileReusingIdsIsAnError) {
  const std::string dir = TempDir("collide");
  Write(dir + "/a.txt", "Putin proposed a 72-hour ceasefire.\n");
  Write(dir + "/c.json", R"({"claims": [{"id": "a/0/0", "frame": "PROPOSE",
    "source_id": "x", "args": [
      {"role": "agent", "value": {"entity_id": "vladimir_putin"}}]}]})");
  Write(dir + "/d.textproto", R"(documents { id: "a" text: "Other." })");
  Write(dir + "/e.textproto", R"(claims { id: "a/0/0" frame: "X" )"
                              R"(source_id: "y" })");
  Pipeline pipeline(extractor_, PipelineOptions());
  const Inputs in = pipeline.Load({dir});
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].text(), "Putin proposed a 72-hour ceasefire.\n");
  ASSERT_EQ(in.errors.size(), 3u);
  for (const DocumentError& e : in.errors) {
    EXPECT_NE(e.message().find(e.path()), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("already used by " + dir + "/a.txt"),
              std::string::npos)
        << e.message();
  }
  for (const Claim& c : in.claims) EXPECT_EQ(c.source_id(), "a");
}

// Only articles and claim files are read from directories; a report written
// there (as --out, or left from an earlier run) is not read back.
TEST_F(PipelineTest, DirectoriesYieldOnlyArticlesAndClaimFiles) {
  const std::string dir = TempDir("scan");
  Write(dir + "/a.txt", "Putin proposed a 72-hour ceasefire.\n");
  Write(dir + "/notes.pdf", "%PDF-1.4");
  Write(dir + "/report.html", "<html>Putin proposed a 72-hour ceasefire.");
  Write(dir + "/old.md",
        "# accord report\n\nPutin proposed a 72-hour "
        "ceasefire.\n");
  Write(dir + "/out.md", "Putin proposed a 72-hour ceasefire.\n");
  ASSERT_EQ(mkfifo((dir + "/fifo.txt").c_str(), 0600), 0);
  PipelineOptions options;
  options.exclude = {dir + "/out.md"};
  Pipeline pipeline(extractor_, options);
  const Inputs in = pipeline.Load({dir});
  EXPECT_TRUE(in.errors.empty());
  ASSERT_EQ(in.documents.size(), 1u);
  EXPECT_EQ(in.documents[0].id(), "a");
  const std::string warnings = ::testing::PrintToString(in.warnings);
  EXPECT_NE(warnings.find("skipped 2 files that are neither"),
            std::string::npos)
      << warnings;
  EXPECT_NE(warnings.find("notes.pdf"), std::string::npos) << warnings;
  EXPECT_NE(warnings.find("1 accord reports"), std::string::npos) << warnings;
  EXPECT_NE(warnings.find("fifo.txt (a FIFO)"), std::string::npos) << warnings;
  // Named explicitly, a FIFO is an error, not a hang.
  const Inputs fifo = pipeline.Load({dir + "/fifo.txt"});
  ASSERT_EQ(fifo.errors.size(), 1u);
  EXPECT_NE(fifo.errors[0].message().find("is a FIFO"), std::string::npos);
}

TEST_F(PipelineTest, SidecarsAreNeverArticlesAndOrphansAreWarned) {
  const std::string dir = TempDir("sidecars");
  Write(dir + "/a.txt", "Putin proposed a 72-hour ceasefire.\n");
  Write(dir + "/a.meta", "source: Outlet A\n");
  Write(dir + "/b.txt", "Putin proposed a 72-hour ceasefire.\n");
  Write(dir + "/b.txt.meta", "source: Outlet B\n");
  Write(dir + "/gone.meta", "source: Nobody\n");
  Pipeline pipeline(extractor_, PipelineOptions());
  const Inputs in = pipeline.Load({dir});
  EXPECT_TRUE(in.errors.empty());
  ASSERT_EQ(in.documents.size(), 2u);
  EXPECT_EQ(in.documents[0].source().name(), "Outlet A");
  EXPECT_EQ(in.documents[1].source().name(), "Outlet B");
  std::string warnings = ::testing::PrintToString(in.warnings);
  EXPECT_NE(warnings.find("1 metadata sidecars have no article"),
            std::string::npos)
      << warnings;
  EXPECT_NE(warnings.find("gone.meta"), std::string::npos) << warnings;
  // On the command line a sidecar is not a second article.
  const Inputs named = pipeline.Load({dir + "/a.txt", dir + "/a.meta"});
  EXPECT_TRUE(named.errors.empty());
  ASSERT_EQ(named.documents.size(), 1u);
  EXPECT_EQ(named.documents[0].source().name(), "Outlet A");
  warnings = ::testing::PrintToString(named.warnings);
  EXPECT_NE(warnings.find("a.meta: a metadata sidecar, not an article"),
            std::string::npos)
      << warnings;
}

TEST_F(PipelineTest, ARepeatedBodyKeepsItsClaimsWithAWarning) {
  const std::string dir = TempDir("repeated");
  const std::string body =
      "Putin proposed a 72-hour ceasefire.\n"
      "Zelenskyy rejected the offer on Monday.\n";
  Write(dir + "/once.txt", body);
  Write(dir + "/four.txt", body + body + body + body);
  Pipeline pipeline(extractor_, PipelineOptions());
  const Inputs once = pipeline.Load({dir + "/once.txt"});
  const Inputs four = pipeline.Load({dir + "/four.txt"});
  ASSERT_FALSE(once.claims.empty());
  EXPECT_EQ(four.claims.size(), once.claims.size());
  ASSERT_EQ(four.warnings.size(), 1u);
  EXPECT_NE(four.warnings[0].find("four.txt: its text repeats; removed 6"),
            std::string::npos)
      << four.warnings[0];
  EXPECT_TRUE(once.warnings.empty());
}

TEST_F(PipelineTest, ClaimFilesObeyTheClaimLimit) {
  const std::string dir = TempDir("claimlimit");
  std::string text;
  for (int i = 0; i < 3; ++i) {
    text += "claims { id: \"x/" + std::to_string(i) +
            "\" frame: \"X\" source_id: \"s\" }\n";
  }
  Write(dir + "/many.textproto", text);
  PipelineOptions options;
  options.claim_files.max_claims_per_document = 2;
  const Inputs in = Pipeline(extractor_, options).Load({dir});
  ASSERT_EQ(in.errors.size(), 1u);
  EXPECT_NE(in.errors[0].message().find("--max_claims"), std::string::npos);
}

}  // namespace
}  // namespace accord

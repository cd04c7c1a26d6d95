#include "engine/pipeline/pipeline.h"

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

}  // namespace
}  // namespace accord

// End-to-end test of `accord --persistent_worker` and `accord @PARAMS`, the
// two ways accord_claims runs extraction: each must write the same bytes as
// a plain `accord extract`, request after request in one worker process.
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/base/file_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "proto/worker_protocol.pb.h"
#include "tools/worker/worker_loop.h"

namespace accord {
namespace {

using blaze::worker::WorkRequest;
using blaze::worker::WorkResponse;
using ::testing::HasSubstr;

constexpr char kAccord[] = "tools/accord";
constexpr char kCorpus[] = "testdata/victory_day/";
const char* const kArticles[] = {"000_4bb49dc5a5b678ed", "001_5c1ef791d6dc92a3",
                                 "002_32ef1df748e060ef", "003_bb5fe9f4d5d8fbea",
                                 "004_a6b2cc1e709869a1"};

std::string Tmp() { return std::getenv("TEST_TMPDIR"); }

std::string Article(const char* stem) {
  return absl::StrCat(kCorpus, stem, ".txt");
}

int Shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Read(const std::string& path) {
  absl::StatusOr<std::string> bytes = ReadFileToString(path, 64 << 20);
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  return bytes.ok() ? *bytes : "";
}

WorkRequest Request(const std::vector<std::string>& args) {
  WorkRequest r;
  for (const std::string& a : args) r.add_arguments(a);
  return r;
}

// Runs one worker process over `requests`; returns its responses.
std::vector<WorkResponse> RunWorker(const std::vector<WorkRequest>& requests) {
  const std::string in = Tmp() + "/requests.bin";
  const std::string out = Tmp() + "/responses.bin";
  {
    std::ofstream f(in, std::ios::binary);
    for (const WorkRequest& r : requests) {
      EXPECT_TRUE(WriteDelimited(r, f).ok());
    }
  }
  EXPECT_EQ(
      Shell(absl::StrCat(kAccord, " --persistent_worker <", in, " >", out)), 0);
  std::istringstream responses(Read(out));
  std::vector<WorkResponse> got;
  for (;;) {
    WorkResponse r;
    absl::StatusOr<bool> read = ReadDelimited(responses, &r);
    EXPECT_TRUE(read.ok()) << read.status();
    if (!read.ok() || !*read) return got;
    got.push_back(r);
  }
}

TEST(AccordWorkerTest, WorkerAndParamsFileWriteWhatExtractWrites) {
  ASSERT_EQ(Shell(absl::StrCat("mkdir -p ", Tmp(), "/cli ", Tmp(), "/worker ",
                               Tmp(), "/params")),
            0);
  std::vector<WorkRequest> requests;
  // A request with other flags first: the next ones must not inherit them.
  requests.push_back(Request(
      {"extract", "--format=json", "--max_sentence_bytes=300",
       "--out=" + Tmp() + "/worker/first.json", Article(kArticles[0])}));
  for (int round = 0; round < 2; ++round) {  // warm caches change nothing
    for (const char* stem : kArticles) {
      requests.push_back(Request(
          {"extract",
           absl::StrCat("--out=", Tmp(), "/worker/", stem, round, ".textproto"),
           Article(stem)}));
    }
  }
  const std::vector<WorkResponse> responses = RunWorker(requests);
  ASSERT_EQ(responses.size(), requests.size());
  for (const WorkResponse& r : responses) {
    EXPECT_EQ(r.exit_code(), 0) << r.output();
  }

  ASSERT_EQ(
      Shell(absl::StrCat(kAccord,
                         " extract --format=json "
                         "--max_sentence_bytes=300 --out=",
                         Tmp(), "/cli/first.json ", Article(kArticles[0]))),
      0);
  EXPECT_EQ(Read(Tmp() + "/worker/first.json"),
            Read(Tmp() + "/cli/first.json"));
  for (const char* stem : kArticles) {
    const std::string cli = absl::StrCat(Tmp(), "/cli/", stem, ".textproto");
    ASSERT_EQ(Shell(absl::StrCat(kAccord, " extract --out=", cli, " ",
                                 Article(stem))),
              0);
    const std::string want = Read(cli);
    EXPECT_THAT(want, HasSubstr("claims {")) << stem;
    for (int round = 0; round < 2; ++round) {
      EXPECT_EQ(
          Read(absl::StrCat(Tmp(), "/worker/", stem, round, ".textproto")),
          want)
          << stem << " round " << round;
    }
    // accord @PARAMS: the same command line, one argument per line.
    const std::string params = absl::StrCat(Tmp(), "/params/", stem, ".params");
    const std::string out = absl::StrCat(Tmp(), "/params/", stem, ".textproto");
    std::ofstream(params) << "extract\n--out=" << out << "\n"
                          << Article(stem) << "\n";
    ASSERT_EQ(Shell(absl::StrCat(kAccord, " @", params)), 0);
    EXPECT_EQ(Read(out), want) << stem;
  }
}

TEST(AccordWorkerTest, BadRequestsFailAloneWithTheirMessages) {
  const std::string good = Tmp() + "/good.textproto";
  const std::vector<WorkResponse> responses = RunWorker({
      Request({"extract", "--out=" + Tmp() + "/x.textproto",
               "testdata/victory_day/missing.txt"}),
      Request({"extract", Article(kArticles[1])}),  // stdout is the protocol
      Request({"extract", "--bogus", "--out=" + good, Article(kArticles[1])}),
      Request({"extract", "--out=" + good, Article(kArticles[1])}),
  });
  ASSERT_EQ(responses.size(), 4u);
  EXPECT_EQ(responses[0].exit_code(), 1);
  EXPECT_THAT(responses[0].output(), HasSubstr("missing.txt"));
  EXPECT_EQ(responses[1].exit_code(), 2);
  EXPECT_THAT(responses[1].output(), HasSubstr("--out"));
  EXPECT_EQ(responses[2].exit_code(), 2);
  EXPECT_THAT(responses[2].output(), HasSubstr("unknown flag --bogus"));
  EXPECT_EQ(responses[3].exit_code(), 0) << responses[3].output();
  EXPECT_THAT(Read(good), HasSubstr("claims {"));
}

TEST(AccordWorkerTest, MissingParamsFileIsAUsageError) {
  EXPECT_EQ(Shell(absl::StrCat(kAccord, " @", Tmp(), "/none.params 2>", Tmp(),
                               "/err")),
            2);
  EXPECT_THAT(Read(Tmp() + "/err"), HasSubstr("none.params"));
}

}  // namespace
}  // namespace accord

#include "tools/worker/worker_loop.h"

#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "proto/worker_protocol.pb.h"

namespace accord {
namespace {

using blaze::worker::WorkRequest;
using blaze::worker::WorkResponse;
using ::testing::ElementsAre;

std::string Requests(const std::vector<WorkRequest>& requests) {
  std::ostringstream out;
  for (const WorkRequest& r : requests) {
    EXPECT_TRUE(WriteDelimited(r, out).ok());
  }
  return out.str();
}

WorkRequest Request(std::vector<std::string> args, int id = 0) {
  WorkRequest r;
  for (const std::string& a : args) r.add_arguments(a);
  r.set_request_id(id);
  return r;
}

std::vector<WorkResponse> Responses(const std::string& bytes) {
  std::istringstream in(bytes);
  std::vector<WorkResponse> out;
  for (;;) {
    WorkResponse r;
    absl::StatusOr<bool> read = ReadDelimited(in, &r);
    EXPECT_TRUE(read.ok()) << read.status();
    if (!read.ok() || !*read) return out;
    out.push_back(r);
  }
}

// Echoes its arguments, fails on "fail", and counts the requests it saw:
// the state a worker keeps between requests.
struct EchoHandler {
  int calls = 0;
  int operator()(const std::vector<std::string>& args, std::string* output) {
    ++calls;
    *output = absl::StrCat(calls, ":", absl::StrJoin(args, " "));
    return !args.empty() && args[0] == "fail" ? 1 : 0;
  }
};

TEST(WorkerLoopTest, AnswersEachRequestInOrderKeepingState) {
  std::istringstream in(
      Requests({Request({"extract", "--out=a.pb", "a.txt"}),
                Request({"fail", "b.txt"}), Request({}, /*id=*/7)}));
  std::ostringstream out;
  EchoHandler handler;
  ASSERT_TRUE(RunWorkerLoop(in, out, std::ref(handler)).ok());
  const std::vector<WorkResponse> got = Responses(out.str());
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].output(), "1:extract --out=a.pb a.txt");
  EXPECT_EQ(got[0].exit_code(), 0);
  EXPECT_EQ(got[1].output(), "2:fail b.txt");
  EXPECT_EQ(got[1].exit_code(), 1);
  EXPECT_EQ(got[2].output(), "3:");
  EXPECT_EQ(got[2].request_id(), 7);
}

TEST(WorkerLoopTest, EmptyInputIsACleanEnd) {
  std::istringstream in("");
  std::ostringstream out;
  EchoHandler handler;
  EXPECT_TRUE(RunWorkerLoop(in, out, std::ref(handler)).ok());
  EXPECT_EQ(handler.calls, 0);
  EXPECT_EQ(out.str(), "");
}

// Bazel's newer fields (cancel = 4, verbosity = 5, sandbox_dir = 6) are
// skipped, not an error.
TEST(WorkerLoopTest, SkipsFieldsItDoesNotKnow) {
  std::string message = Request({"x"}).SerializeAsString();
  message += std::string("\x28\x0a", 2);  // verbosity = 10
  message += std::string(
      "\x32\x03"
      "dir",
      5);  // sandbox_dir = "dir"
  std::istringstream in(std::string(1, static_cast<char>(message.size())) +
                        message);
  std::ostringstream out;
  EchoHandler handler;
  ASSERT_TRUE(RunWorkerLoop(in, out, std::ref(handler)).ok());
  const std::vector<WorkResponse> got = Responses(out.str());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].output(), "1:x");
}

TEST(WorkerLoopTest, LongMessagesUseMultiByteSizes) {
  const std::string long_arg(100000, 'a');
  std::istringstream in(Requests({Request({long_arg}), Request({"b"})}));
  std::ostringstream out;
  EchoHandler handler;
  ASSERT_TRUE(RunWorkerLoop(in, out, std::ref(handler)).ok());
  const std::vector<WorkResponse> got = Responses(out.str());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].output(), "1:" + long_arg);
  EXPECT_EQ(got[1].output(), "2:b");
}

TEST(WorkerLoopTest, BrokenInputIsAnErrorAfterTheGoodRequests) {
  const std::string good = Requests({Request({"a"})});
  const std::string second = Requests({Request({"bcd"})});
  struct Case {
    const char* name;
    std::string tail;
    absl::StatusCode code;
  };
  const Case cases[] = {
      {"cut inside the message", second.substr(0, second.size() - 1),
       absl::StatusCode::kDataLoss},
      {"cut inside the size", "\x80", absl::StatusCode::kDataLoss},
      {"size beyond varint32", std::string(6, '\xff'),
       absl::StatusCode::kDataLoss},
      {"not a WorkRequest", std::string("\x02\xff\xff", 3),
       absl::StatusCode::kDataLoss},
      {"over 64 MiB", std::string("\x80\x80\x80\x40", 4),
       absl::StatusCode::kResourceExhausted},
  };
  for (const Case& c : cases) {
    std::istringstream in(good + c.tail);
    std::ostringstream out;
    EchoHandler handler;
    const absl::Status s = RunWorkerLoop(in, out, std::ref(handler));
    EXPECT_EQ(s.code(), c.code) << c.name << ": " << s;
    EXPECT_EQ(handler.calls, 1) << c.name;
    EXPECT_EQ(Responses(out.str()).size(), 1u) << c.name;
  }
}

TEST(WorkerLoopTest, FailedOutputIsAnError) {
  std::istringstream in(Requests({Request({"a"}), Request({"b"})}));
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  EchoHandler handler;
  EXPECT_FALSE(RunWorkerLoop(in, out, std::ref(handler)).ok());
  EXPECT_EQ(handler.calls, 1);
}

}  // namespace
}  // namespace accord

#include "engine/base/file_util.h"

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

std::string TempDir() {
  const char* dir = std::getenv("TEST_TMPDIR");
  return dir != nullptr ? dir : "/tmp";
}

TEST(FileUtilTest, WriteThenReadRoundTrips) {
  const std::string path = TempDir() + "/roundtrip.txt";
  ASSERT_TRUE(WriteFileAtomically(path, "hello\n").ok());
  auto text = ReadFileToString(path, 100);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_EQ(*text, "hello\n");
}

TEST(FileUtilTest, ReadOverLimitFailsNamingTheFile) {
  const std::string path = TempDir() + "/big.txt";
  ASSERT_TRUE(WriteFileAtomically(path, std::string(1000, 'x')).ok());
  auto text = ReadFileToString(path, 999);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_NE(text.status().message().find("big.txt"), std::string::npos);
}

TEST(FileUtilTest, MissingFileIsNotFound) {
  auto text = ReadFileToString(TempDir() + "/does-not-exist", 10);
  EXPECT_EQ(text.status().code(), absl::StatusCode::kNotFound);
}

TEST(FileUtilTest, AtomicWriteLeavesNoTemporaryBehind) {
  const std::string dir = TempDir() + "/atomic";
  ASSERT_EQ(system(("mkdir -p " + dir).c_str()), 0);
  ASSERT_TRUE(WriteFileAtomically(dir + "/out.md", "one").ok());
  ASSERT_TRUE(WriteFileAtomically(dir + "/out.md", "two").ok());
  auto files = ListDirectory(dir);
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ(ReadFileToString(dir + "/out.md", 10).value(), "two");
}

TEST(FileUtilTest, WriteIntoMissingDirectoryFails) {
  EXPECT_FALSE(WriteFileAtomically(TempDir() + "/no/such/dir/x", "y").ok());
}

// Every non-hidden entry of `dir`, files and directories.
std::vector<std::string> Entries(const std::string& dir) {
  std::vector<std::string> out;
  const std::string cmd = "ls -A " + dir;
  FILE* p = popen(cmd.c_str(), "r");
  char line[512];
  while (p != nullptr && fgets(line, sizeof(line), p) != nullptr) {
    std::string s(line);
    if (!s.empty() && s.back() == '\n') s.pop_back();
    out.push_back(s);
  }
  if (p != nullptr) pclose(p);
  return out;
}

TEST(FileUtilTest, FailedWritesLeaveNothingBehind) {
  const std::string dir = TempDir() + "/failed";
  ASSERT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir).c_str()), 0);
  ASSERT_TRUE(WriteFileAtomically(dir + "/file", "x").ok());
  struct Case {
    const char* name;
    std::string path;
  };
  const Case cases[] = {
      // The parent "directory" is a regular file.
      {"parent is a file", dir + "/file/report.md"},
      // The target is a directory: the rename fails after the write.
      {"target is a directory", dir},
      {"missing directory", dir + "/missing/report.md"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(WriteFileAtomically(c.path, "new report").ok()) << c.name;
    EXPECT_EQ(Entries(dir), std::vector<std::string>{"file"}) << c.name;
  }
  EXPECT_EQ(ReadFileToString(dir + "/file", 10).value(), "x");
}

TEST(FileUtilTest, KilledWriterLeavesTheOldFile) {
  const std::string dir = TempDir() + "/killed";
  ASSERT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir).c_str()), 0);
  const std::string path = dir + "/report.md";
  ASSERT_TRUE(WriteFileAtomically(path, "old report\n").ok());
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    // The kernel kills the child with SIGXFSZ in the middle of writing the
    // temporary, as an interrupted run would be.
    struct rlimit limit = {1 << 16, 1 << 16};
    setrlimit(RLIMIT_FSIZE, &limit);
    signal(SIGXFSZ, SIG_DFL);
    (void)WriteFileAtomically(path, std::string(1 << 20, 'n'));
    _exit(0);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the writer was not interrupted";
  EXPECT_EQ(WTERMSIG(status), SIGXFSZ);
  EXPECT_EQ(ReadFileToString(path, 100).value(), "old report\n");
  // Only the old report is visible to readers; a hidden partial temporary
  // may remain and is never listed as an input.
  EXPECT_EQ(ListDirectory(dir).value(), std::vector<std::string>{path});
}

}  // namespace
}  // namespace accord

#include "engine/base/file_util.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
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

// Non-regular files are refused without blocking: before the fix, reading a
// FIFO waited forever for a writer.
TEST(FileUtilTest, ReadRefusesNonRegularFilesWithoutBlocking) {
  const std::string dir = TempDir() + "/nonregular";
  ASSERT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir).c_str()), 0);
  ASSERT_EQ(mkfifo((dir + "/fifo.txt").c_str(), 0600), 0);
  struct Case {
    std::string path;
    const char* kind;
  };
  const Case cases[] = {
      {dir + "/fifo.txt", "a FIFO"},
      {"/dev/zero", "a character device"},
      {dir, "a directory"},
  };
  for (const Case& c : cases) {
    auto text = ReadFileToString(c.path, 100);
    ASSERT_FALSE(text.ok()) << c.path;
    EXPECT_EQ(text.status().code(), absl::StatusCode::kFailedPrecondition);
    EXPECT_NE(text.status().message().find(c.path), std::string::npos);
    EXPECT_NE(text.status().message().find(c.kind), std::string::npos)
        << text.status();
  }
}

TEST(FileUtilTest, WriteRefusesNonRegularTargets) {
  const std::string dir = TempDir() + "/devices";
  ASSERT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir).c_str()), 0);
  const std::string fifo = dir + "/fifo";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  for (const std::string& path : {fifo, std::string("/dev/null")}) {
    const absl::Status s = WriteFileAtomically(path, "report");
    EXPECT_EQ(s.code(), absl::StatusCode::kFailedPrecondition) << path;
    EXPECT_NE(s.message().find("regular"), std::string::npos) << s;
  }
  struct stat st;
  ASSERT_EQ(stat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode)) << "/dev/null was replaced";
  ASSERT_EQ(lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(Entries(dir), std::vector<std::string>{"fifo"});
}

TEST(FileUtilTest, WriteKeepsTheTargetsMode) {
  const std::string path = TempDir() + "/private.md";
  ASSERT_TRUE(WriteFileAtomically(path, "old").ok());
  ASSERT_EQ(chmod(path.c_str(), 0600), 0);
  ASSERT_TRUE(WriteFileAtomically(path, "new").ok());
  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);
  EXPECT_EQ(ReadFileToString(path, 10).value(), "new");
}

TEST(FileUtilTest, WriteGoesThroughSymlinksAndKeepsThem) {
  const std::string dir = TempDir() + "/links";
  ASSERT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir + "/real").c_str()),
            0);
  const std::string real = dir + "/real/report.md";
  const std::string link = dir + "/report.md";
  ASSERT_TRUE(WriteFileAtomically(real, "old").ok());
  ASSERT_EQ(symlink(real.c_str(), link.c_str()), 0);
  ASSERT_TRUE(WriteFileAtomically(link, "new").ok());
  struct stat st;
  ASSERT_EQ(lstat(link.c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode)) << "the symlink was replaced by a file";
  EXPECT_EQ(ReadFileToString(real, 10).value(), "new");
  // A dangling symlink is refused rather than guessed at.
  const std::string dangling = dir + "/dangling.md";
  ASSERT_EQ(symlink((dir + "/nowhere/x").c_str(), dangling.c_str()), 0);
  EXPECT_FALSE(WriteFileAtomically(dangling, "x").ok());
}

// Someone who can write the directory plants a symlink where the temporary
// will be created; the writer must not follow it into another file.
TEST(FileUtilTest, PlantedTemporarySymlinkIsNotFollowed) {
  const std::string dir = TempDir() + "/planted";
  ASSERT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir).c_str()), 0);
  const std::string victim = dir + "/victim";
  ASSERT_TRUE(WriteFileAtomically(victim, "precious").ok());
  const std::string planted =
      dir + "/.report.md.tmp." + std::to_string(getpid()) + ".0";
  ASSERT_EQ(symlink(victim.c_str(), planted.c_str()), 0);
  ASSERT_TRUE(WriteFileAtomically(dir + "/report.md", "report").ok());
  EXPECT_EQ(ReadFileToString(victim, 100).value(), "precious");
  EXPECT_EQ(ReadFileToString(dir + "/report.md", 100).value(), "report");
}

TEST(FileUtilTest, ListDirectoryReportsWhatItSkips) {
  const std::string dir = TempDir() + "/skips";
  ASSERT_EQ(system(("rm -rf " + dir + " && mkdir -p " + dir + "/sub").c_str()),
            0);
  ASSERT_TRUE(WriteFileAtomically(dir + "/a.txt", "a").ok());
  ASSERT_EQ(mkfifo((dir + "/fifo.txt").c_str(), 0600), 0);
  ASSERT_EQ(symlink("nowhere", (dir + "/dangling.txt").c_str()), 0);
  std::vector<std::string> skipped;
  EXPECT_EQ(ListDirectory(dir, &skipped).value(),
            std::vector<std::string>{dir + "/a.txt"});
  // Subdirectories are not listed (not recursive) and not worth a warning.
  ASSERT_EQ(skipped.size(), 2u);
  EXPECT_NE(skipped[0].find("dangling.txt"), std::string::npos);
  EXPECT_NE(skipped[0].find("dangling symlink"), std::string::npos);
  EXPECT_NE(skipped[1].find("fifo.txt (a FIFO)"), std::string::npos);
}

}  // namespace
}  // namespace accord

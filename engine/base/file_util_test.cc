#include "engine/base/file_util.h"

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

}  // namespace
}  // namespace accord

#include "tools/worker/params_file.h"

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace accord {
namespace {

using ::testing::HasSubstr;

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = std::string(std::getenv("TEST_TMPDIR")) + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(ParamsFileTest, OneArgumentPerLine) {
  struct Case {
    std::string text;
    std::vector<std::string> args;
  };
  const Case cases[] = {
      {"extract\n--out=a b.pb\na.txt\n", {"extract", "--out=a b.pb", "a.txt"}},
      {"no final newline", {"no final newline"}},
      {"a\n\nb\n", {"a", "", "b"}},
      {"\n", {""}},
      {"", {}},
      {"'quoted'\n", {"'quoted'"}},  // multiline format: no unquoting
  };
  int n = 0;
  for (const Case& c : cases) {
    const std::string path = WriteTemp("p" + std::to_string(n++), c.text);
    absl::StatusOr<std::vector<std::string>> args = ReadParamsFile(path);
    ASSERT_TRUE(args.ok()) << args.status();
    EXPECT_EQ(*args, c.args) << c.text;
  }
}

TEST(ParamsFileTest, MissingFileIsAnErrorNamingIt) {
  absl::StatusOr<std::vector<std::string>> args =
      ReadParamsFile("/nonexistent/x.params");
  ASSERT_FALSE(args.ok());
  EXPECT_THAT(args.status().message(), HasSubstr("/nonexistent/x.params"));
}

}  // namespace
}  // namespace accord

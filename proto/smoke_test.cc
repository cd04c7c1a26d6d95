#include "gtest/gtest.h"
#include "absl/strings/str_cat.h"
#include "absl/status/statusor.h"
#include "re2/re2.h"
#include "proto/accord.pb.h"
#include "google/protobuf/text_format.h"
TEST(Smoke, Works) {
  accord::Claim c; c.set_frame("VISIT");
  std::string s; google::protobuf::TextFormat::PrintToString(c, &s);
  absl::StatusOr<int> v = 3;
  EXPECT_TRUE(RE2::FullMatch(absl::StrCat(s, *v), "(?s)frame.*3"));
}

#include "engine/base/touch.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace accord {
namespace {

struct Wide {
  char bytes[200];
};

// Touch only reads: the memory it touches is unchanged, null is accepted,
// and objects wider than a cache line are read to their last byte (run under
// --config=asan, a read past the end would be reported).
TEST(TouchTest, ReadsWithoutChanging) {
  const std::string s = "a string longer than the small-string buffer";
  Touch(s.data());
  Touch(nullptr);
  EXPECT_EQ(s, "a string longer than the small-string buffer");

  std::vector<Wide> v(3);
  for (Wide& w : v) w.bytes[199] = 'z';
  for (const Wide& w : v) TouchObject(&w);
  TouchObject(static_cast<const Wide*>(nullptr));
  for (const Wide& w : v) EXPECT_EQ(w.bytes[199], 'z');
}

}  // namespace
}  // namespace accord

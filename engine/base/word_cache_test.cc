#include "engine/base/word_cache.h"

#include <string>

#include "gtest/gtest.h"

namespace accord {
namespace {

using Cache = WordCache<int, 8>;

TEST(WordCacheTest, RemembersHitsAndMisses) {
  Cache cache;
  EXPECT_EQ(cache.Find("fled", 1), nullptr);
  cache.Insert("fled", 1, true, 42);
  cache.Insert("zzz", 1, false, 0);
  const Cache::Entry* e = cache.Find("fled", 1);
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->found);
  EXPECT_EQ(e->value, 42);
  e = cache.Find("zzz", 1);
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->found);
}

TEST(WordCacheTest, KeyIncludesTagAndWholeWord) {
  Cache cache;
  cache.Insert("fire", 0, true, 7);
  EXPECT_EQ(cache.Find("fire", 1), nullptr);  // another tag
  EXPECT_EQ(cache.Find("fir", 0), nullptr);   // a prefix
  EXPECT_EQ(cache.Find("fires", 0), nullptr);
  EXPECT_EQ(cache.Find("", 0), nullptr);  // an empty slot is not ""
  cache.Insert("", 0, false, 0);
  ASSERT_NE(cache.Find("", 0), nullptr);
}

TEST(WordCacheTest, ANewKeyEvictsItsSlot) {
  Cache cache;
  // Two keys of the same slot.
  const std::string first = "a0";
  std::string second;
  for (int i = 1; second.empty(); ++i) {
    const std::string k = "a" + std::to_string(i);
    if (Cache::SlotOf(k, 0) == Cache::SlotOf(first, 0)) second = k;
  }
  cache.Insert(first, 0, true, 1);
  cache.Insert(second, 0, true, 2);
  EXPECT_EQ(cache.Find(first, 0), nullptr);
  ASSERT_NE(cache.Find(second, 0), nullptr);
  EXPECT_EQ(cache.Find(second, 0)->value, 2);
}

TEST(WordCacheTest, LongKeysAreNotCached) {
  Cache cache;
  const std::string longest(Cache::kMaxKey, 'x');
  const std::string too_long(Cache::kMaxKey + 1, 'x');
  cache.Insert(longest, 0, true, 3);
  cache.Insert(too_long, 0, true, 4);
  ASSERT_NE(cache.Find(longest, 0), nullptr);
  EXPECT_EQ(cache.Find(longest, 0)->value, 3);
  EXPECT_EQ(cache.Find(too_long, 0), nullptr);
}

}  // namespace
}  // namespace accord

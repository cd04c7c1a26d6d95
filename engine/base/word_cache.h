// WordCache: a small direct-mapped cache from a short byte string (a word)
// plus a one-byte tag to a trivially copyable value, for memoizing a pure
// lookup that is called again and again on the same words (WordNet lemma
// lookups: a few thousand distinct words make up most of the calls on
// news text, and each uncached lookup is a chain of binary searches over a
// table that does not fit the processor's caches).
//
//   thread_local WordCache<WordSenses::Sense, 1024> cache;
//   if (const auto* hit = cache.Find(word, pos)) return *hit;  // value + found
//   ... compute `found`, `value` ...
//   cache.Insert(word, pos, found, value);
//
// Each key maps to one slot by a hash of its bytes; a new key evicts the
// slot's old one. Keys longer than kMaxKey bytes are never cached (Find
// returns null, Insert does nothing). The cache records whether the lookup
// found something, so misses are remembered too. Not thread-safe: give
// each thread its own (thread_local); the constructor is constexpr, so a
// thread_local instance is constant-initialized and needs no run-time
// initialization guard. kSlots * (sizeof(Value) + 32) bytes or so.
#ifndef ACCORD_ENGINE_BASE_WORD_CACHE_H_
#define ACCORD_ENGINE_BASE_WORD_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "absl/strings/string_view.h"

namespace accord {

template <typename Value, size_t kSlots>
class WordCache {
  static_assert(std::is_trivially_copyable<Value>::value,
                "WordCache copies values with memcpy");
  static_assert(kSlots > 0 && (kSlots & (kSlots - 1)) == 0,
                "kSlots must be a power of two");

 public:
  static constexpr size_t kMaxKey = 22;

  constexpr WordCache() : slots_() {}

  // What a slot remembers of one lookup.
  struct Entry {
    bool found = false;
    Value value = {};  // meaningful only when found
  };

  // The entry of (`key`, `tag`), or null if it is not cached. The pointer
  // is valid until the next Insert.
  const Entry* Find(absl::string_view key, uint8_t tag) const {
    if (key.size() > kMaxKey) return nullptr;
    const Slot& s = slots_[SlotOf(key, tag)];
    if (s.size != key.size() + 1 || s.tag != tag ||
        std::memcmp(s.key, key.data(), key.size()) != 0) {
      return nullptr;
    }
    return &s.entry;
  }

  // Remembers the outcome of looking (`key`, `tag`) up, evicting whatever
  // shared its slot.
  void Insert(absl::string_view key, uint8_t tag, bool found,
              const Value& value) {
    if (key.size() > kMaxKey) return;
    Slot& s = slots_[SlotOf(key, tag)];
    std::memcpy(s.key, key.data(), key.size());
    s.size = static_cast<uint8_t>(key.size() + 1);
    s.tag = tag;
    s.entry.found = found;
    std::memcpy(&s.entry.value, &value, sizeof(Value));
  }

  // The slot (`key`, `tag`) maps to (exposed for tests of eviction).
  static size_t SlotOf(absl::string_view key, uint8_t tag) {
    uint64_t h = 0xcbf29ce484222325ull ^ tag;  // FNV-1a
    for (const char c : key) {
      h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    }
    return static_cast<size_t>(h ^ (h >> 29)) & (kSlots - 1);
  }

 private:
  struct Slot {
    char key[kMaxKey] = {};
    uint8_t size = 0;  // key size + 1; 0 marks an empty slot
    uint8_t tag = 0;
    Entry entry = {};
  };
  Slot slots_[kSlots];
};

}  // namespace accord

#endif  // ACCORD_ENGINE_BASE_WORD_CACHE_H_

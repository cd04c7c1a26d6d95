// Touch: reads memory ahead of its use so that cache misses overlap.
//
//   for (size_t i = 0; i < n; ++i) {
//     if (i + 8 < n) Touch(&claims[i + 8].id());  // ask ahead
//     Use(claims[i].id());
//   }
//
// Reconciling 10^6 claims waits on memory: each Claim's strings, arguments
// and values are separate heap objects, and walking a claim is a chain of
// dependent misses. Asking for the pieces of claims a few positions ahead
// lets those misses proceed together. A prefetch instruction
// (__builtin_prefetch) is only a hint the processor may drop: in the
// aligner's staged reads, where each stage's addresses come from memory an
// earlier stage asked for, hints gave no measurable gain and Touch cut the
// alignment of 10^6 claims by 12 %. Touch is a real one-byte load, which the
// processor must perform, and whose result nothing waits for. (Where the
// addresses are at hand, as in BuildReport's sequential pass, hints do pay.)
#ifndef ACCORD_ENGINE_BASE_TOUCH_H_
#define ACCORD_ENGINE_BASE_TOUCH_H_

#include <cstddef>

namespace accord {

// Loads the byte at `p`; does nothing for null.
inline void Touch(const void* p) {
  if (p == nullptr) return;
  const char c = *static_cast<const volatile char*>(p);
  (void)c;
}

// Touches every cache line of `*p` (a field can sit on another line than
// the object's first byte); does nothing for null.
template <typename T>
inline void TouchObject(const T* p) {
  if (p == nullptr) return;
  const char* b = reinterpret_cast<const char*>(p);
  for (size_t off = 0; off < sizeof(T); off += 64) Touch(b + off);
  Touch(b + sizeof(T) - 1);
}

}  // namespace accord

#endif  // ACCORD_ENGINE_BASE_TOUCH_H_

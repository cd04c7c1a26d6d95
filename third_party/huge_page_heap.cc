// Backs tcmalloc's heap with transparent huge pages: a tcmalloc
// SysAllocator that maps fresh memory in 2 MiB-aligned chunks and marks them
// MADV_HUGEPAGE, so the kernel fills each chunk with one 2 MiB page on first
// touch instead of 512 page faults of 4 KiB. Linked into accord's binaries
// with their allocator (//third_party:tcmalloc), it replaces tcmalloc's
// system allocator through tcmalloc's own link-time hook and needs no call.
//
// Why: accord's heap grows by tens of MB on a batch of articles (compiled
// rule programs, the rules' DFA states, claims), and on the virtual
// machines it runs on each 4 KiB page fault costs 15-20 us, a fifth of the
// CPU time of `accord extract` (docs/performance.md). With the kernel's
// transparent huge pages set to "never", madvise fails and the chunks are
// ordinary memory; if a mapping fails, tcmalloc's own allocator is used.
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>
#include <new>

#include "gperftools/malloc_extension.h"

namespace {

constexpr size_t kHugePage = size_t{2} << 20;

class HugePageAllocator : public SysAllocator {
 public:
  explicit HugePageAllocator(SysAllocator* fallback) : fallback_(fallback) {}

  void* Alloc(size_t size, size_t* actual_size, size_t alignment) override {
    if (alignment > kHugePage || size == 0 ||
        size > (SIZE_MAX - 2 * kHugePage)) {
      return fallback_->Alloc(size, actual_size, alignment);
    }
    const size_t rounded = (size + kHugePage - 1) & ~(kHugePage - 1);
    // One extra huge page of address space to align the chunk, then trim.
    const size_t mapped = rounded + kHugePage;
    void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) return fallback_->Alloc(size, actual_size, alignment);
    const uintptr_t start = reinterpret_cast<uintptr_t>(p);
    const uintptr_t aligned = (start + kHugePage - 1) & ~(kHugePage - 1);
    const uintptr_t end = start + mapped;
    if (aligned > start) munmap(p, aligned - start);
    if (end > aligned + rounded) {
      munmap(reinterpret_cast<void*>(aligned + rounded),
             end - (aligned + rounded));
    }
    madvise(reinterpret_cast<void*>(aligned), rounded, MADV_HUGEPAGE);
    if (actual_size != nullptr) *actual_size = rounded;
    return reinterpret_cast<void*>(aligned);
  }

 private:
  SysAllocator* const fallback_;
};

}  // namespace

// tcmalloc's hook for replacing its system allocator (a weak symbol in
// libtcmalloc_minimal; this definition takes its place). It is called once,
// inside tcmalloc's first heap growth, so it must not allocate: the
// allocator lives in static storage.
SysAllocator* tc_get_sysalloc_override(SysAllocator* def) {
  alignas(HugePageAllocator) static unsigned char
      storage[sizeof(HugePageAllocator)];
  return new (storage) HugePageAllocator(def);
}

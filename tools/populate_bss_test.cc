// Tests that a binary linked with //tools:populate_bss starts with its .bss
// resident: the entry point (populate_bss.S) has mapped every page before
// the C runtime ran, so pages that nothing has touched are already in
// memory. Without the entry point, an untouched page of .bss is not.
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <vector>

#include "gtest/gtest.h"

namespace {

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; older headers lack the name
#endif

// Whether this kernel knows MADV_POPULATE_WRITE (Linux 5.14 and later): the
// entry point's call is a no-op where it does not, and the test cannot hold.
bool KernelPopulates() {
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  void* probe = mmap(nullptr, page, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (probe == MAP_FAILED) return false;
  const bool ok = madvise(probe, page, MADV_POPULATE_WRITE) == 0;
  munmap(probe, page);
  return ok;
}

// Zero-initialized, so in .bss; read only through mincore() below.
constexpr size_t kUntouchedBytes = size_t{1} << 20;
char untouched[kUntouchedBytes];

TEST(PopulateBssTest, UntouchedBssPagesAreResident) {
#ifdef ACCORD_NO_POPULATE_BSS
  GTEST_SKIP() << "sanitizer builds keep the C runtime's entry point";
#endif
  if (!KernelPopulates()) {
    GTEST_SKIP() << "the kernel has no MADV_POPULATE_WRITE (before 5.14)";
  }
  const uintptr_t page = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  // Whole pages inside the array.
  const uintptr_t begin =
      (reinterpret_cast<uintptr_t>(untouched) + page - 1) & ~(page - 1);
  const uintptr_t end =
      (reinterpret_cast<uintptr_t>(untouched) + kUntouchedBytes) & ~(page - 1);
  ASSERT_LT(begin, end);
  std::vector<unsigned char> resident((end - begin) / page);
  ASSERT_EQ(
      mincore(reinterpret_cast<void*>(begin), end - begin, resident.data()), 0);
  size_t in_memory = 0;
  for (unsigned char r : resident) in_memory += r & 1;
  EXPECT_EQ(in_memory, resident.size());
}

}  // namespace

// Whole-file reads and atomic writes with absl::Status errors that name the
// file.
//
//   ACCORD_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path, 1 << 20));
//   ACCORD_RETURN_IF_ERROR(WriteFileAtomically(out_path, report));
#ifndef ACCORD_ENGINE_BASE_FILE_UTIL_H_
#define ACCORD_ENGINE_BASE_FILE_UTIL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {

// Reads the whole file at `path`. Fails with NOT_FOUND when it cannot be
// opened, FAILED_PRECONDITION when it is not a regular file (a FIFO, device,
// socket or directory: it is opened non-blocking and checked with fstat, so
// a FIFO never hangs the caller) and RESOURCE_EXHAUSTED when it is larger
// than `max_bytes`, without reading more than `max_bytes + 1` bytes.
absl::StatusOr<std::string> ReadFileToString(const std::string& path,
                                             int64_t max_bytes);

// Writes `contents` to a hidden temporary file beside `path`
// (".NAME.tmp.PID.N", created with O_CREAT|O_EXCL|O_NOFOLLOW, so a planted
// file or symlink is never followed), flushes it and renames it over `path`,
// so readers see the old file or the new one, never a part. On failure the
// temporary is removed and `path` is untouched; a process killed mid-write
// leaves at most the hidden temporary.
//
// Only regular files are written: an existing `path` that is a device, FIFO,
// socket or directory is refused (FAILED_PRECONDITION). A symlink is written
// through: its final target is replaced atomically and the link is kept (a
// dangling symlink is refused). An existing target keeps its permission bits.
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents);

// Lists regular files directly inside `dir` (not recursive), sorted by name,
// as paths "dir/name". Hidden files (leading '.') and subdirectories are
// skipped silently; other entries that are not regular files (FIFOs,
// devices, sockets, dangling or unreadable symlinks) are skipped and, when
// `skipped` is given, appended to it as "dir/name (what it is)".
absl::StatusOr<std::vector<std::string>> ListDirectory(
    const std::string& dir, std::vector<std::string>* skipped = nullptr);

// What kind of non-regular file `mode` (from stat) describes, for messages:
// "a FIFO", "a directory", "a character device", ...
const char* FileKind(unsigned mode);

// True if `path` names a directory.
bool IsDirectory(const std::string& path);

}  // namespace accord

#endif  // ACCORD_ENGINE_BASE_FILE_UTIL_H_

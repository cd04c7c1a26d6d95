#include "engine/base/file_util.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace accord {
namespace {

// Closes a file descriptor on scope exit.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() {
    if (fd_ >= 0) close(fd_);
  }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;
  // Closes now; false if close reported an error (e.g. a deferred write
  // error on a network file system).
  bool Close() {
    const int fd = fd_;
    fd_ = -1;
    return close(fd) == 0;
  }

 private:
  int fd_;
};

// Writes all of `data` to `fd`, retrying short writes and EINTR.
bool WriteAll(int fd, absl::string_view data) {
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    const ssize_t n = write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

const char* FileKind(unsigned mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symlink";
  if (S_ISREG(mode)) return "a regular file";
  return "not a regular file";
}

absl::StatusOr<std::string> ReadFileToString(const std::string& path,
                                             int64_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; the
  // fstat below rejects it before any read.
  const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    return absl::NotFoundError(
        absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
  }
  FdCloser closer(fd);
  struct stat st;
  if (fstat(fd, &st) != 0) {
    return absl::DataLossError(
        absl::StrCat(path, ": cannot stat: ", std::strerror(errno)));
  }
  if (!S_ISREG(st.st_mode)) {
    return absl::FailedPreconditionError(absl::StrCat(
        path, ": is ", FileKind(st.st_mode), ", not a regular file"));
  }
  std::string out;
  char buf[1 << 16];
  while (true) {
    const ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0) {
      if (errno == EINTR) continue;
      return absl::DataLossError(
          absl::StrCat(path, ": read error: ", std::strerror(errno)));
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
    if (static_cast<int64_t>(out.size()) > max_bytes) {
      return absl::ResourceExhaustedError(absl::StrCat(
          path, ": larger than the limit of ", max_bytes, " bytes"));
    }
  }
  return out;
}

absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents) {
  // Resolve what is at `path`: nothing, a regular file (keep its mode), a
  // symlink (write through to its final target), or something else (refuse:
  // renaming over /dev/null would replace the device with a file).
  std::string target = path;
  struct stat st;
  bool exists = false;
  if (lstat(path.c_str(), &st) == 0) {
    if (S_ISLNK(st.st_mode)) {
      char* real = realpath(path.c_str(), nullptr);
      if (real == nullptr) {
        return absl::FailedPreconditionError(absl::StrCat(
            path,
            ": is a symlink that cannot be resolved: ", std::strerror(errno)));
      }
      target = real;
      std::free(real);
      if (stat(target.c_str(), &st) != 0) {
        return absl::FailedPreconditionError(absl::StrCat(
            path, ": symlink target ", target, ": ", std::strerror(errno)));
      }
    }
    if (!S_ISREG(st.st_mode)) {
      return absl::FailedPreconditionError(
          absl::StrCat(path, ": is ", FileKind(st.st_mode),
                       "; output goes only to regular files (or stdout)"));
    }
    exists = true;
  } else if (errno != ENOENT) {
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot write: ", std::strerror(errno)));
  }

  // The temporary is hidden (leading '.'), so a run killed mid-write leaves
  // nothing ListDirectory would later read as an input. O_EXCL|O_NOFOLLOW:
  // never reuse or follow whatever someone planted under that name.
  const size_t slash = target.rfind('/');
  const std::string dir =
      slash == std::string::npos ? "" : target.substr(0, slash + 1);
  const std::string base =
      slash == std::string::npos ? target : target.substr(slash + 1);
  const mode_t mode = exists ? (st.st_mode & 07777) : 0666;
  std::string tmp;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    tmp = absl::StrCat(dir, ".", base, ".tmp.", getpid(), ".", attempt);
    fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
              mode);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot write: ", std::strerror(errno)));
  }
  FdCloser closer(fd);
  // The umask may have cleared bits of an existing target's mode; restore
  // them (and, when we can, its owner).
  bool ok = !exists || fchmod(fd, mode) == 0;
  if (ok && exists && geteuid() == 0) {
    ok = fchown(fd, st.st_uid, st.st_gid) == 0;
  }
  ok = ok && WriteAll(fd, contents) && fsync(fd) == 0;
  ok = closer.Close() && ok;
  if (!ok) {
    const int err = errno;
    unlink(tmp.c_str());
    return absl::DataLossError(
        absl::StrCat(path, ": write failed: ", std::strerror(err)));
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    const int err = errno;
    unlink(tmp.c_str());
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot rename into place: ", std::strerror(err)));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<std::string>> ListDirectory(
    const std::string& dir, std::vector<std::string>* skipped) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) {
    return absl::NotFoundError(
        absl::StrCat(dir, ": cannot list: ", std::strerror(errno)));
  }
  std::vector<std::string> out;
  std::vector<std::string> other;
  while (struct dirent* e = readdir(d)) {
    if (e->d_name[0] == '.') continue;
    std::string path = absl::StrCat(dir, "/", e->d_name);
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      other.push_back(absl::StrCat(path, " (", std::strerror(errno),
                                   errno == ENOENT ? ": dangling symlink" : "",
                                   ")"));
    } else if (S_ISREG(st.st_mode)) {
      out.push_back(std::move(path));
    } else if (!S_ISDIR(st.st_mode)) {
      // Subdirectories are expected (the listing is not recursive); the
      // rest is worth a word.
      other.push_back(absl::StrCat(path, " (", FileKind(st.st_mode), ")"));
    }
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  if (skipped != nullptr) {
    std::sort(other.begin(), other.end());
    skipped->insert(skipped->end(), other.begin(), other.end());
  }
  return out;
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace accord

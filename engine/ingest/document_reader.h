// Turns an article file into a Document: validates the bytes, reads optional
// metadata, and marks boilerplate lines as removed without moving offsets.
//
//   ReaderOptions options;
//   absl::StatusOr<Document> doc = ReadDocument("story/003.txt", options);
//
// Metadata comes from a sidecar file "<article>.meta" or a front-matter block
// ("---" lines) at the top of the article, as "key: value" lines with keys
// source, publisher, url, published (YYYY-MM-DD), title, language.
#ifndef ACCORD_ENGINE_INGEST_DOCUMENT_READER_H_
#define ACCORD_ENGINE_INGEST_DOCUMENT_READER_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"

namespace accord {

struct ReaderOptions {
  // Articles larger than this are rejected (flag --max_article_bytes).
  int64_t max_bytes = 4 << 20;
  // A non-blank line repeated at least this many times is boilerplate and
  // removed, unless it belongs to a repeated block (two or more consecutive
  // repeated lines: a body crawled several times), whose first occurrence
  // stays ("repeated block line xN (first occurrence kept)").
  int repeated_line_threshold = 3;
  // Mark page furniture (engine/ingest/page_furniture.h) as removed.
  bool strip_page_furniture = true;
};

// Builds a Document from `text` as if read from `path`; `metadata` is the
// sidecar's contents or "" when there is none. Errors (INVALID_ARGUMENT)
// name `path` and say what is wrong: empty, binary, not UTF-8, too large,
// malformed metadata.
// Metadata errors name `meta_path` ("<path>.meta" when empty).
absl::StatusOr<Document> ParseDocument(const std::string& path,
                                       absl::string_view text,
                                       absl::string_view metadata,
                                       const ReaderOptions& options,
                                       const std::string& meta_path = "");

// The sidecar of the article at `path`: "NAME.txt.meta" if anything is there,
// else "NAME.meta" (the extension replaced), else "". Existence is decided by
// lstat, so a FIFO or dangling symlink at the name is returned (and becomes
// an error when read), never waited on.
std::string SidecarPath(const std::string& path);

// True for a sidecar's name (".meta"): such a file is never an article.
bool IsSidecarPath(absl::string_view path);

// Reads `path` and its sidecar (SidecarPath, if any) and calls
// ParseDocument.
absl::StatusOr<Document> ReadDocument(const std::string& path,
                                      const ReaderOptions& options);

// The document id for a path: its base name without the last extension.
std::string DocumentIdForPath(absl::string_view path);

}  // namespace accord

#endif  // ACCORD_ENGINE_INGEST_DOCUMENT_READER_H_

#include "engine/ingest/document_reader.h"

#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "engine/base/file_util.h"
#include "engine/base/status_macros.h"
#include "engine/base/utf8.h"
#include "engine/ingest/page_furniture.h"
#include "re2/re2.h"

namespace accord {
namespace {

struct Line {
  int begin;
  int end;  // excludes the newline
};

std::vector<Line> SplitLines(absl::string_view text) {
  std::vector<Line> lines;
  int begin = 0;
  const int n = static_cast<int>(text.size());
  while (true) {
    // The next newline, or n (the end closes a last, unterminated line).
    const void* nl =
        n > begin ? std::memchr(text.data() + begin, '\n', n - begin) : nullptr;
    const int i =
        nl == nullptr
            ? n
            : static_cast<int>(static_cast<const char*>(nl) - text.data());
    if (i > begin || i < n) lines.push_back({begin, i});
    if (i == n) break;
    begin = i + 1;
  }
  return lines;
}

// True if `value` is YYYY-MM-DD naming a day that exists.
bool IsCalendarDate(absl::string_view value) {
  static const LazyRE2 kDate = {R"((\d{4})-(\d{2})-(\d{2}))"};
  int year, month, day;
  if (!RE2::FullMatch(re2::StringPiece(value.data(), value.size()), *kDate,
                      &year, &month, &day)) {
    return false;
  }
  const absl::CivilDay d(year, month, day);  // normalizes 2025-13-45
  return d.year() == year && d.month() == month && d.day() == day;
}

// Applies "key: value" lines to `doc`. Unknown keys are errors, so a typo in
// metadata is not silently ignored. The block must be UTF-8 without control
// characters (NUL, ESC, ...: they would reach reports and terminals).
absl::Status ApplyMetadata(const std::string& path, absl::string_view block,
                           Document* doc) {
  if (const int bad = FirstInvalidUtf8(block); bad >= 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": metadata is not valid UTF-8 (byte offset ", bad, ")"));
  }
  for (size_t i = 0; i < block.size(); ++i) {
    const unsigned char c = block[i];
    if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F) {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": metadata has control character 0x",
                       absl::Hex(c, absl::kZeroPad2), " at byte offset ", i));
    }
  }
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(block, '\n')) {
    ++line_no;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    const size_t colon = line.find(':');
    if (colon == absl::string_view::npos) {
      return absl::InvalidArgumentError(absl::StrCat(
          path, ": metadata line ", line_no, " is not 'key: value'"));
    }
    const std::string key = absl::AsciiStrToLower(
        absl::StripAsciiWhitespace(line.substr(0, colon)));
    const std::string value(absl::StripAsciiWhitespace(line.substr(colon + 1)));
    if (key == "source") {
      doc->mutable_source()->set_name(value);
    } else if (key == "source_id") {
      doc->mutable_source()->set_id(value);
    } else if (key == "publisher") {
      doc->mutable_source()->set_publisher(value);
    } else if (key == "url") {
      doc->mutable_source()->set_url(value);
    } else if (key == "published") {
      if (!IsCalendarDate(value)) {
        return absl::InvalidArgumentError(absl::StrCat(
            path, ": metadata 'published' must be a date YYYY-MM-DD, got '",
            value, "'"));
      }
      doc->set_published(value);
    } else if (key == "title") {
      doc->set_title(value);
    } else if (key == "language") {
      doc->set_language(value);
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat(path, ": unknown metadata key '", key, "'"));
    }
  }
  return absl::OkStatus();
}

bool LooksBinary(absl::string_view text) {
  // Branch-free, so the compiler vectorizes the scan; a NUL anywhere still
  // makes the text binary.
  int control = 0;
  int nul = 0;
  for (unsigned char c : text) {
    nul |= c == 0;
    control += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }
  return nul != 0 || control * 20 > static_cast<int>(text.size());
}

}  // namespace

std::string DocumentIdForPath(absl::string_view path) {
  const size_t slash = path.rfind('/');
  absl::string_view base =
      slash == absl::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = base.rfind('.');
  if (dot != absl::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

absl::StatusOr<Document> ParseDocument(const std::string& path,
                                       absl::string_view text,
                                       absl::string_view metadata,
                                       const ReaderOptions& options,
                                       const std::string& meta_path) {
  if (static_cast<int64_t>(text.size()) > options.max_bytes) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": ", text.size(), " bytes is over the limit of ",
                     options.max_bytes, " (--max_article_bytes)"));
  }
  if (LooksBinary(text)) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": looks like a binary file, not an article"));
  }
  if (const int bad = FirstInvalidUtf8(text); bad >= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": not valid UTF-8 (byte offset ", bad, ")"));
  }
  if (absl::StripAsciiWhitespace(text).empty()) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": empty article"));
  }

  Document doc;
  doc.set_id(DocumentIdForPath(path));
  doc.set_path(path);
  doc.set_language("en");
  doc.set_text(std::string(text));
  if (!metadata.empty()) {
    ACCORD_RETURN_IF_ERROR(ApplyMetadata(
        meta_path.empty() ? absl::StrCat(path, ".meta") : meta_path, metadata,
        &doc));
  }

  const std::vector<Line> lines = SplitLines(text);
  size_t first_body_line = 0;
  // Front matter: "---" on the first line up to the next "---".
  if (!lines.empty() &&
      absl::StripAsciiWhitespace(text.substr(
          lines[0].begin, lines[0].end - lines[0].begin)) == "---") {
    for (size_t i = 1; i < lines.size(); ++i) {
      absl::string_view l =
          text.substr(lines[i].begin, lines[i].end - lines[i].begin);
      if (absl::StripAsciiWhitespace(l) == "---") {
        const int block_begin = lines[1].begin;
        const int block_end = lines[i].begin;
        ACCORD_RETURN_IF_ERROR(ApplyMetadata(
            path, text.substr(block_begin, block_end - block_begin), &doc));
        Removal* r = doc.add_removed();
        r->set_begin(lines[0].begin);
        r->set_end(lines[i].end);
        r->set_reason("front matter");
        first_body_line = i + 1;
        break;
      }
    }
  }

  // Boilerplate: a non-blank line that repeats verbatim (bylines, station
  // idents, navigation) carries no claims.
  // Keys view `text`, which outlives the map; only counts are read from it,
  // so its order does not matter.
  absl::flat_hash_map<absl::string_view, int> counts;
  for (size_t i = first_body_line; i < lines.size(); ++i) {
    const absl::string_view key = absl::StripAsciiWhitespace(
        text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    if (!key.empty()) ++counts[key];
  }
  // A repeated line inside a run of two or more repeated lines is part of
  // a repeated block: a body crawled several times, not furniture. Its first
  // occurrence is the article and stays; the copies go.
  std::vector<size_t> body;  // non-blank lines, in order
  std::vector<absl::string_view> keys;
  std::vector<bool> repeated;
  for (size_t i = first_body_line; i < lines.size(); ++i) {
    const absl::string_view key = absl::StripAsciiWhitespace(
        text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    if (key.empty()) continue;
    body.push_back(i);
    keys.push_back(key);
    repeated.push_back(counts[key] >= options.repeated_line_threshold);
  }
  // A neighbour that is another repeated line (the same line stacked, like
  // a station ident printed three times, is not a block).
  auto block_neighbour = [&](size_t j, size_t k) {
    return k < body.size() && repeated[k] && keys[k] != keys[j];
  };
  absl::flat_hash_map<absl::string_view, bool> seen;
  for (size_t j = 0; j < body.size(); ++j) {
    if (!repeated[j]) continue;
    const size_t i = body[j];
    const absl::string_view key = keys[j];
    const int n = counts[key];
    const bool in_block =
        (j > 0 && block_neighbour(j, j - 1)) || block_neighbour(j, j + 1);
    const bool first = seen.emplace(key, true).second;
    if (in_block && first) continue;
    Removal* r = doc.add_removed();
    r->set_begin(lines[i].begin);
    r->set_end(lines[i].end);
    r->set_reason(in_block ? absl::StrCat("repeated block line x", n,
                                          " (first occurrence kept)")
                           : absl::StrCat("repeated line x", n));
  }

  // Page furniture of crawled pages: captions, pagers, share and teaser
  // lines, player widgets, the page's own timestamps.
  if (options.strip_page_furniture) {
    for (Removal& r : PageFurniture::Default().Find(text)) {
      if (r.begin() < (first_body_line < lines.size()
                           ? lines[first_body_line].begin
                           : static_cast<int>(text.size()))) {
        continue;  // front matter
      }
      *doc.add_removed() = std::move(r);
    }
  }

  // Title: a Markdown heading or, failing that, a short first line followed
  // by a blank line (a headline).
  if (doc.title().empty() && first_body_line < lines.size()) {
    const Line& l = lines[first_body_line];
    absl::string_view first = text.substr(l.begin, l.end - l.begin);
    const bool heading = absl::ConsumePrefix(&first, "# ");
    const bool blank_after =
        first_body_line + 1 < lines.size() &&
        lines[first_body_line + 1].end == lines[first_body_line + 1].begin;
    if (heading || (blank_after && first.size() < 200)) {
      doc.set_title(std::string(absl::StripAsciiWhitespace(first)));
    }
  }

  if (doc.source().id().empty()) {
    doc.mutable_source()->set_id(doc.id());
  }
  if (doc.source().name().empty()) {
    doc.mutable_source()->set_name(doc.source().id());
  }
  return doc;
}

absl::StatusOr<Document> ReadDocument(const std::string& path,
                                      const ReaderOptions& options) {
  ACCORD_ASSIGN_OR_RETURN(std::string text,
                          ReadFileToString(path, options.max_bytes));
  std::string metadata;
  // Anything at the sidecar's name is read (lstat, never open, decides): an
  // unreadable sidecar, a dangling symlink or a FIFO is an error naming it,
  // not silently skipped and never waited on.
  const std::string meta_path = SidecarPath(path);
  if (!meta_path.empty()) {
    ACCORD_ASSIGN_OR_RETURN(metadata, ReadFileToString(meta_path, 1 << 16));
  }
  return ParseDocument(path, text, metadata, options, meta_path);
}

std::string SidecarPath(const std::string& path) {
  struct stat st;
  std::string meta = absl::StrCat(path, ".meta");
  if (lstat(meta.c_str(), &st) == 0) return meta;
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) ||
      dot == (slash == std::string::npos ? 0 : slash + 1)) {
    return "";
  }
  meta = absl::StrCat(path.substr(0, dot), ".meta");
  if (lstat(meta.c_str(), &st) == 0) return meta;
  return "";
}

bool IsSidecarPath(absl::string_view path) {
  return absl::EndsWith(path, ".meta");
}

}  // namespace accord

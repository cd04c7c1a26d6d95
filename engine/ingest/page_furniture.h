// Finds the page furniture in a crawled news page: captions and labels
// ("Photo: AP", "Posted: May 3, 2016 10:42 AM"), pagers ("Image 4 of 8",
// "1 / 2", "Page 2 of 3"), video lengths ("0:26", "| 02:16"), share lines
// and related-story teasers, gallery and player widgets. None of it is part
// of the article's text, so none of it may become a claim, a count or a
// date. Recognized by general shape (short, no finite verb, a cue word at
// the start; or a pager/time shape alone) with the English cue words in
// engine/data/furniture.textproto.
//
//   const PageFurniture& f = PageFurniture::Default();
//   for (const Removal& r : f.Find(text)) *doc.add_removed() = r;
#ifndef ACCORD_ENGINE_INGEST_PAGE_FURNITURE_H_
#define ACCORD_ENGINE_INGEST_PAGE_FURNITURE_H_

#include <memory>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/accord.pb.h"
#include "proto/rules.pb.h"
#include "re2/re2.h"

namespace accord {

class PageFurniture {
 public:
  // Parses an accord.FurnitureCueFile textproto; INVALID_ARGUMENT when it
  // is malformed or a list is empty.
  static absl::StatusOr<std::unique_ptr<PageFurniture>> FromTextproto(
      absl::string_view text);

  // The furniture of the embedded engine/data/furniture.textproto, built
  // once; never fails (the data is tested). Thread-safe.
  static const PageFurniture& Default();

  // Byte ranges of `text` that are furniture, sorted and disjoint, each with
  // reason "page furniture": whole lines, and pager or widget spans inside
  // a line. Thread-safe.
  std::vector<Removal> Find(absl::string_view text) const;

 private:
  PageFurniture() = default;

  // Whether the trimmed line is furniture as a whole.
  bool IsFurnitureLine(absl::string_view line) const;

  FurnitureCueFile proto_;
  std::unique_ptr<RE2> label_;   // a label cue opening the line
  std::unique_ptr<RE2> teaser_;  // a teaser cue and ':' or '|' or nothing
  std::unique_ptr<RE2> shapes_;  // a line made of pagers and times only
  std::unique_ptr<RE2> inline_;  // pager and widget spans inside a line
  absl::flat_hash_set<std::string> finite_verbs_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_INGEST_PAGE_FURNITURE_H_

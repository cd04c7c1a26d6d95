// The whole run: paths in, Report out. Expands directories, reads articles
// and claim files, extracts claims (in parallel), aligns them and builds the
// report. Bad inputs become per-document errors; the rest is processed.
//
//   Pipeline pipeline(extractor.get(), options);
//   Inputs in = pipeline.Load({"testdata/victory_day"});
//   Report report = pipeline.Reconcile(in);
#ifndef ACCORD_ENGINE_PIPELINE_PIPELINE_H_
#define ACCORD_ENGINE_PIPELINE_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/extract/extractor.h"
#include "engine/ingest/document_reader.h"
#include "engine/io/claim_io.h"
#include "engine/reconcile/source_support.h"
#include "engine/reconcile/value_compare.h"
#include "proto/accord.pb.h"

namespace accord {

struct PipelineOptions {
  ReaderOptions reader;
  // Size and claim-count bounds for claim files (--max_claim_file_bytes,
  // --max_claims).
  ClaimFileLimits claim_files;
  // Files never read as inputs, compared by identity (device and inode), not
  // by name: the run's own --out, so a report written into an input
  // directory is not read back as an article.
  std::vector<std::string> exclude;
  // Threads for reading and extraction (--jobs). Output does not depend on it.
  int jobs = 1;
  // If set, called after each input file with (files done, files in all),
  // from the worker threads, one call at a time. For progress displays.
  std::function<void(size_t done, size_t total)> progress;
  // Truth-discovery method that weighs conflict sides (--support); unset
  // leaves them unweighed.
  std::optional<SupportOptions> support = SupportOptions();
  // Conflicts scored below this (engine/reconcile/conflict_confidence.h) go
  // to Report.possible_conflicts (--min_conflict_confidence).
  double min_conflict_confidence = 0.5;
};

// Everything a run read: documents with their claims, external claims, and
// the inputs that could not be read.
struct Inputs {
  std::vector<Document> documents;  // sorted by id
  std::vector<Claim> claims;        // sorted by id
  std::vector<DocumentError> errors;
  // Things the user should know that are not errors: directory entries that
  // were skipped, documents renamed because two had the same id.
  std::vector<std::string> warnings;
};

class Pipeline {
 public:
  // `extractor` must outlive the pipeline.
  Pipeline(const Extractor* extractor, PipelineOptions options)
      : extractor_(extractor),
        options_(options),
        comparator_(&extractor->gazetteer()) {}

  // Reads every path: a directory contributes its articles (.txt, .md) and
  // claim files (.pb, .textproto, .json, ...), not recursively; its other
  // entries (sidecars aside) are skipped with a warning, as are non-regular
  // entries (FIFOs, devices, dangling symlinks) and Markdown files that are
  // accord reports; subdirectories are skipped silently. A path given by name
  // is a claim file by its extension, else an article. The same file given
  // twice is read once.
  //
  // Ids: articles whose base names collide (a/x.txt, b/x.txt) get ids
  // qualified by their directory ("x@a", "x@b"), with a warning, so they stay
  // distinct sources. A claim file whose document or claim ids are already
  // taken by an earlier input is rejected whole (evidence is never mixed).
  //
  // Never fails: unreadable inputs are listed in `errors`, naming the file.
  Inputs Load(const std::vector<std::string>& paths) const;

  // Aligns the claims and builds the report.
  Report Reconcile(const Inputs& inputs) const;

  const ValueComparator& comparator() const { return comparator_; }

 private:
  const Extractor* extractor_;
  PipelineOptions options_;
  ValueComparator comparator_;
};

}  // namespace accord

#endif  // ACCORD_ENGINE_PIPELINE_PIPELINE_H_

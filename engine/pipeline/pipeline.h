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
#include "engine/reconcile/source_support.h"
#include "engine/reconcile/value_compare.h"
#include "proto/accord.pb.h"

namespace accord {

struct PipelineOptions {
  ReaderOptions reader;
  // Threads for reading and extraction (--jobs). Output does not depend on it.
  int jobs = 1;
  // If set, called after each input file with (files done, files in all),
  // from the worker threads, one call at a time. For progress displays.
  std::function<void(size_t done, size_t total)> progress;
  // Truth-discovery method that weighs conflict sides (--support); unset
  // leaves them unweighed.
  std::optional<SupportOptions> support = SupportOptions();
};

// Everything a run read: documents with their claims, external claims, and
// the inputs that could not be read.
struct Inputs {
  std::vector<Document> documents;  // sorted by id
  std::vector<Claim> claims;        // sorted by id
  std::vector<DocumentError> errors;
};

class Pipeline {
 public:
  // `extractor` must outlive the pipeline.
  Pipeline(const Extractor* extractor, PipelineOptions options)
      : extractor_(extractor),
        options_(options),
        comparator_(&extractor->gazetteer()) {}

  // Reads every path: a directory contributes its files (not recursively,
  // skipping "*.meta" sidecars); claim files (.pb, .textproto, .json, ...)
  // contribute their documents and claims; anything else is an article to
  // extract. Never fails: unreadable inputs are listed in `errors`, naming
  // the file.
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

#include "engine/pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/base/file_util.h"
#include "engine/dependence/dependence_graph.h"
#include "engine/dependence/text_dependence.h"
#include "engine/io/claim_io.h"
#include "engine/reconcile/aligner.h"
#include "engine/reconcile/update_detector.h"
#include "engine/report/report_builder.h"

namespace accord {
namespace {

struct Result {
  std::string path;
  bool ok = false;
  Document doc;
  std::vector<Claim> claims;
  ClaimSet external;
  bool is_claim_file = false;
  std::string error;
};

}  // namespace

Inputs Pipeline::Load(const std::vector<std::string>& paths) const {
  Inputs in;
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (IsDirectory(p)) {
      auto listed = ListDirectory(p);
      if (!listed.ok()) {
        DocumentError e;
        e.set_path(p);
        e.set_message(std::string(listed.status().message()));
        in.errors.push_back(e);
        continue;
      }
      for (const std::string& f : *listed) {
        if (!absl::EndsWith(f, ".meta")) files.push_back(f);
      }
    } else {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());

  std::vector<Result> results(files.size());
  std::atomic<size_t> next{0};
  std::mutex progress_mu;
  size_t done = 0;
  auto report_progress = [&] {
    if (!options_.progress) return;
    std::lock_guard<std::mutex> lock(progress_mu);
    options_.progress(++done, files.size());
  };
  auto work = [&] {
    for (size_t i = next++; i < files.size(); report_progress(), i = next++) {
      Result& r = results[i];
      r.path = files[i];
      if (ClaimFormatForPath(r.path).ok()) {
        r.is_claim_file = true;
        auto set = ReadClaimSet(r.path);
        if (!set.ok()) {
          r.error = std::string(set.status().message());
          continue;
        }
        r.external = std::move(*set);
        r.ok = true;
        continue;
      }
      auto doc = ReadDocument(r.path, options_.reader);
      if (!doc.ok()) {
        r.error = std::string(doc.status().message());
        continue;
      }
      auto claims = extractor_->Extract(*doc);
      if (!claims.ok()) {
        r.error = std::string(claims.status().message());
        continue;
      }
      r.doc = std::move(*doc);
      r.claims = std::move(*claims);
      r.ok = true;
    }
  };
  const int jobs = std::max(1, std::min<int>(options_.jobs, files.size()));
  std::vector<std::thread> threads;
  for (int j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();

  for (Result& r : results) {
    if (!r.ok) {
      DocumentError e;
      e.set_path(r.path);
      e.set_message(r.error);
      in.errors.push_back(std::move(e));
      continue;
    }
    if (r.is_claim_file) {
      for (Document& d : *r.external.mutable_documents()) {
        in.documents.push_back(std::move(d));
      }
      for (Claim& c : *r.external.mutable_claims()) {
        in.claims.push_back(std::move(c));
      }
    } else {
      in.documents.push_back(std::move(r.doc));
      for (Claim& c : r.claims) in.claims.push_back(std::move(c));
    }
  }
  std::sort(
      in.documents.begin(), in.documents.end(),
      [](const Document& a, const Document& b) { return a.id() < b.id(); });
  std::stable_sort(
      in.claims.begin(), in.claims.end(),
      [](const Claim& a, const Claim& b) { return a.id() < b.id(); });
  return in;
}

Report Pipeline::Reconcile(const Inputs& inputs) const {
  Aligner aligner(&extractor_->lexicon(), &comparator_);
  // Outlets that rewrite the same wire copy count as one witness.
  const std::vector<dependence::SourceDependence> found =
      dependence::DetectTextDependence(inputs.documents,
                                       dependence::DependenceOptions());
  const dependence::DependenceGraph graph =
      dependence::DependenceGraph::FromPairs(found);
  IndependenceGroups groups;
  std::vector<Dependence> dependencies;
  for (const dependence::SourceDependence& d : found) {
    if (!d.dependent) continue;
    Dependence out;
    out.set_source_a(d.source_a);
    out.set_source_b(d.source_b);
    out.set_shared_fraction(d.shared_fraction);
    out.set_longest_run_words(d.longest_run_words);
    if (!d.passages.empty()) {
      const dependence::SharedPassage& p = d.passages.front();
      for (const Document& doc : inputs.documents) {
        if (doc.id() != p.doc_a) continue;
        Span* span = out.mutable_longest_passage();
        span->set_doc_id(p.doc_a);
        span->set_begin(p.begin_a);
        span->set_end(p.end_a);
        span->set_text(doc.text().substr(p.begin_a, p.end_a - p.begin_a));
      }
    }
    dependencies.push_back(std::move(out));
  }
  for (const Document& doc : inputs.documents) {
    groups[doc.source().id()] = graph.Representative(doc.source().id());
  }
  Alignment alignment = aligner.Align(inputs.claims, groups);
  // A figure that changed as reporting went on is an update, not a conflict.
  UpdateDetector::Default().MoveUpdates(inputs.documents, inputs.claims,
                                        &alignment);
  // The one copy of the claims: the report keeps them, facts refer by id.
  Report report =
      BuildReport(inputs.documents, inputs.claims, std::move(alignment),
                  inputs.errors, dependencies);
  if (options_.support.has_value()) {
    WeighConflicts(*options_.support, groups, comparator_, &report);
  }
  return report;
}

}  // namespace accord

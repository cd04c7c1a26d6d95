#include "engine/pipeline/pipeline.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/base/file_util.h"
#include "engine/dependence/dependence_graph.h"
#include "engine/dependence/text_dependence.h"
#include "engine/reconcile/aligner.h"
#include "engine/reconcile/conflict_confidence.h"
#include "engine/reconcile/event_anchors.h"
#include "engine/reconcile/generic_conflicts.h"
#include "engine/reconcile/update_detector.h"
#include "engine/report/report_builder.h"

namespace accord {
namespace {

struct Result {
  std::string path;
  std::string id;  // the article's document id
  bool ok = false;
  Document doc;
  std::vector<Claim> claims;
  ClaimSet external;
  bool is_claim_file = false;
  std::string error;
  std::string warning;
};

bool IsArticlePath(absl::string_view path) {
  return absl::EndsWith(path, ".txt") || absl::EndsWith(path, ".md");
}

// The identity of an existing file, for "same file" checks.
std::optional<std::pair<dev_t, ino_t>> FileIdentity(const std::string& path) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return std::nullopt;
  return std::make_pair(st.st_dev, st.st_ino);
}

// True if `path` starts like a Markdown report accord wrote.
bool IsAccordReport(const std::string& path) {
  constexpr absl::string_view kHeading = "# accord report\n";
  char head[kHeading.size()];
  std::ifstream f(path, std::ios::binary);
  return f.read(head, sizeof(head)) &&
         absl::string_view(head, sizeof(head)) == kHeading;
}

// "a, b, c and 4 more" of the first few `items`.
std::string FirstFew(const std::vector<std::string>& items) {
  constexpr size_t kShown = 5;
  std::vector<std::string> shown(
      items.begin(), items.begin() + std::min(items.size(), kShown));
  std::string out = absl::StrJoin(shown, ", ");
  if (items.size() > kShown) {
    absl::StrAppend(&out, " and ", items.size() - kShown, " more");
  }
  return out;
}

// The last `k` directory components of `path` joined by '_' ("x/runs/b/s.txt",
// 2 -> "runs_b"); fewer when the path has fewer.
std::string DirectorySuffix(absl::string_view path, int k) {
  std::vector<absl::string_view> parts = absl::StrSplit(
      path, '/', [](absl::string_view p) { return !p.empty() && p != "."; });
  if (!parts.empty()) parts.pop_back();  // the file name
  const size_t from =
      parts.size() > static_cast<size_t>(k) ? parts.size() - k : 0;
  return absl::StrJoin(parts.begin() + from, parts.end(), "_");
}

// Ids for articles whose base name `id` collides: "id@DIR" with the fewest
// trailing directory components that tell them apart ("story@a",
// "story@b"), or the whole directory path when nothing shorter does.
std::vector<std::string> QualifiedIds(const std::string& id,
                                      const std::vector<std::string>& paths) {
  std::vector<std::string> out(paths.size());
  for (int k = 1; k <= 64; ++k) {
    std::set<std::string> distinct;
    for (size_t i = 0; i < paths.size(); ++i) {
      const std::string dir = DirectorySuffix(paths[i], k);
      out[i] = absl::StrCat(id, "@", dir.empty() ? "_" : dir);
      distinct.insert(out[i]);
    }
    if (distinct.size() == paths.size()) break;
  }
  return out;
}

DocumentError Error(const std::string& path, const std::string& message) {
  DocumentError e;
  e.set_path(path);
  e.set_message(message);
  return e;
}

}  // namespace

Inputs Pipeline::Load(const std::vector<std::string>& paths) const {
  Inputs in;
  std::vector<std::string> files;
  std::set<std::pair<dev_t, ino_t>> excluded;
  for (const std::string& x : options_.exclude) {
    if (auto id = FileIdentity(x)) excluded.insert(*id);
  }
  for (const std::string& p : paths) {
    if (!IsDirectory(p)) {
      if (IsSidecarPath(p)) {
        // NAME.meta is read with its article, never as one.
        in.warnings.push_back(absl::StrCat(
            p, ": a metadata sidecar, not an article; it is read with ",
            "its article (NAME.txt.meta or NAME.meta beside NAME.txt)"));
        continue;
      }
      files.push_back(p);
      continue;
    }
    std::vector<std::string> special;
    auto listed = ListDirectory(p, &special);
    if (!listed.ok()) {
      in.errors.push_back(Error(p, std::string(listed.status().message())));
      continue;
    }
    std::vector<std::string> other, reports, orphans;
    const std::set<std::string> names(listed->begin(), listed->end());
    for (const std::string& f : *listed) {
      if (IsSidecarPath(f)) {
        // NAME.txt.meta belongs to NAME.txt; NAME.meta to NAME.txt or .md.
        const std::string stem = f.substr(0, f.size() - 5);
        if (!names.count(stem) && !names.count(stem + ".txt") &&
            !names.count(stem + ".md")) {
          orphans.push_back(f);
        }
        continue;
      }
      auto id = FileIdentity(f);
      if (id && excluded.count(*id)) continue;
      if (ClaimFormatForPath(f).ok()) {
        files.push_back(f);
      } else if (!IsArticlePath(f)) {
        other.push_back(f);
      } else if (absl::EndsWith(f, ".md") && IsAccordReport(f)) {
        reports.push_back(f);
      } else {
        files.push_back(f);
      }
    }
    if (!other.empty()) {
      in.warnings.push_back(absl::StrCat(
          p, ": skipped ", other.size(),
          " files that are neither articles (.txt, .md) nor claim files: ",
          FirstFew(other)));
    }
    if (!orphans.empty()) {
      in.warnings.push_back(
          absl::StrCat(p, ": ", orphans.size(),
                       " metadata sidecars have no article beside them: ",
                       FirstFew(orphans)));
    }
    if (!reports.empty()) {
      in.warnings.push_back(
          absl::StrCat(p, ": skipped ", reports.size(),
                       " accord reports: ", FirstFew(reports)));
    }
    if (!special.empty()) {
      in.warnings.push_back(absl::StrCat(p, ": skipped ", special.size(),
                                         " entries that are not regular "
                                         "files: ",
                                         FirstFew(special)));
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  {
    // The same file under two names ("d/a.txt", "./d/a.txt") is read once.
    std::set<std::pair<dev_t, ino_t>> seen;
    std::vector<std::string> unique;
    for (std::string& f : files) {
      auto id = FileIdentity(f);
      if (id && !seen.insert(*id).second) continue;
      unique.push_back(std::move(f));
    }
    files = std::move(unique);
  }

  std::vector<Result> results(files.size());
  // Article ids, qualified by directory where base names collide.
  std::map<std::string, std::vector<size_t>> by_id;
  for (size_t i = 0; i < files.size(); ++i) {
    results[i].path = files[i];
    if (ClaimFormatForPath(files[i]).ok()) {
      results[i].is_claim_file = true;
      continue;
    }
    results[i].id = DocumentIdForPath(files[i]);
    by_id[results[i].id].push_back(i);
  }
  for (const auto& [id, indexes] : by_id) {
    if (indexes.size() < 2) continue;
    std::vector<std::string> paths, renamed;
    for (size_t i : indexes) paths.push_back(results[i].path);
    const std::vector<std::string> qualified = QualifiedIds(id, paths);
    for (size_t j = 0; j < indexes.size(); ++j) {
      Result& r = results[indexes[j]];
      r.id = qualified[j];
      renamed.push_back(absl::StrCat(r.path, " as ", r.id));
    }
    in.warnings.push_back(
        absl::StrCat(indexes.size(), " articles have the same name '", id,
                     "'; they are kept apart as distinct documents: ",
                     absl::StrJoin(renamed, ", ")));
  }

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
      if (r.is_claim_file) {
        auto set = ReadClaimSet(r.path, options_.claim_files);
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
      if (doc->id() != r.id) {
        // Renamed for a base-name collision: the defaults derived from the
        // old id follow it.
        if (doc->source().id() == doc->id()) {
          doc->mutable_source()->set_id(r.id);
        }
        if (doc->source().name() == doc->id()) {
          doc->mutable_source()->set_name(r.id);
        }
        doc->set_id(r.id);
      }
      int sentences = 0;
      auto claims = extractor_->Extract(*doc, nullptr, &sentences);
      if (!claims.ok()) {
        r.error = std::string(claims.status().message());
        continue;
      }
      doc->set_sentences(sentences);
      int block_lines = 0, lines = 0;
      for (const Removal& rm : doc->removed()) {
        if (absl::StartsWith(rm.reason(), "repeated block")) ++block_lines;
        if (absl::StartsWith(rm.reason(), "repeated")) ++lines;
      }
      if (block_lines > 0) {
        r.warning = absl::StrCat(
            r.path, ": its text repeats; removed ", block_lines,
            " lines of repeated copies (the first copy is kept) and ",
            lines - block_lines, " other repeated lines");
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

  // Articles first, then claim files, each in path order: a claim file may
  // not reuse a document or claim id another input already has.
  std::map<std::string, std::string> doc_owner, claim_owner;
  auto take = [&](const Result& r) -> std::string {
    for (const Document& d : r.external.documents()) {
      auto it = doc_owner.find(d.id());
      if (it != doc_owner.end()) {
        return absl::StrCat(r.path, ": document id '", d.id(),
                            "' is already used by ", it->second,
                            "; ids must be unique across inputs");
      }
    }
    for (const Claim& c : r.external.claims()) {
      auto it = claim_owner.find(c.id());
      if (it != claim_owner.end()) {
        return absl::StrCat(r.path, ": claim id '", c.id(),
                            "' is already used by ", it->second,
                            "; ids must be unique across inputs");
      }
    }
    return "";
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (Result& r : results) {
      if (r.is_claim_file != (pass == 1)) continue;
      if (r.ok && r.is_claim_file) {
        std::string conflict = take(r);
        if (!conflict.empty()) {
          r.ok = false;
          r.error = std::move(conflict);
        }
      } else if (r.ok && doc_owner.count(r.doc.id())) {
        r.ok = false;
        r.error = absl::StrCat(r.path, ": document id '", r.doc.id(),
                               "' is already used by ", doc_owner[r.doc.id()]);
      }
      if (!r.ok) {
        in.errors.push_back(Error(r.path, r.error));
        continue;
      }
      if (!r.warning.empty()) in.warnings.push_back(r.warning);
      if (r.is_claim_file) {
        // Claims of a frame the lexicon does not know are kept (they align
        // among themselves) but cannot meet extracted claims: say so.
        std::set<std::string> unknown;
        for (const Claim& c : r.external.claims()) {
          if (extractor_->lexicon().Find(c.frame()) == nullptr) {
            unknown.insert(c.frame());
          }
        }
        if (!unknown.empty()) {
          in.warnings.push_back(absl::StrCat(
              r.path, ": frames unknown to the lexicon (kept, aligned only ",
              "among themselves): ", absl::StrJoin(unknown, ", ")));
        }
        for (Document& d : *r.external.mutable_documents()) {
          doc_owner.emplace(d.id(), r.path);
          in.documents.push_back(std::move(d));
        }
        for (Claim& c : *r.external.mutable_claims()) {
          claim_owner.emplace(c.id(), r.path);
          in.claims.push_back(std::move(c));
        }
      } else {
        doc_owner.emplace(r.doc.id(), r.path);
        in.documents.push_back(std::move(r.doc));
        for (Claim& c : r.claims) {
          claim_owner.emplace(c.id(), r.path);
          in.claims.push_back(std::move(c));
        }
      }
    }
  }
  std::sort(in.errors.begin(), in.errors.end(),
            [](const DocumentError& a, const DocumentError& b) {
              return a.path() < b.path();
            });
  std::sort(
      in.documents.begin(), in.documents.end(),
      [](const Document& a, const Document& b) { return a.id() < b.id(); });
  // "in critical condition" when another report tells a death; "A boy was
  // shot in the leg" when none does.
  extractor_->survivors().DropGraveConditions(&in.claims);
  extractor_->survivors().CountUnnumbered(&in.claims);
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
  // Claims about other or earlier events stay out of the main event's facts.
  const EventAnchors anchors(EventCues::Default(), extractor_->lexicon(),
                             inputs.documents, inputs.claims);
  Alignment alignment = aligner.Align(inputs.claims, groups, &anchors);
  // A figure that changed as reporting went on is an update, not a conflict.
  UpdateDetector::Default().MoveUpdates(inputs.documents, inputs.claims,
                                        &alignment);
  // A generic event's values disagree only about one happening: its sides
  // must name a common participant (generic_conflicts.h).
  GenericConflicts(&comparator_, &extractor_->lexicon())
      .Dismiss(inputs.claims, &alignment);
  // The one copy of the claims: the report keeps them, facts refer by id.
  Report report =
      BuildReport(inputs.documents, inputs.claims, std::move(alignment),
                  inputs.errors, dependencies);
  if (options_.support.has_value()) {
    WeighConflicts(*options_.support, groups, comparator_, &report);
  }
  // Weak conflicts (another event, a bound, a relative date) are set apart.
  ConflictConfidence(&comparator_)
      .Apply(inputs.documents, options_.min_conflict_confidence, &report);
  return report;
}

}  // namespace accord

// Copy detection in text: which sources share wire copy or lift passages
// from each other.
//
// Each document is split into lower-cased words (runs of ASCII letters and
// digits, plus any non-ASCII bytes) and every run of `shingle_words`
// consecutive words is hashed (a shingle). A hash index groups equal
// shingles, so the cost is linear in the text plus the number of shared
// shingles; there is no all-pairs comparison of texts. For each pair of
// documents from different sources, matched shingles are merged into
// maximal shared passages (byte spans in both texts). A source pair is
// dependent when its best document pair shares at least
// `min_shared_fraction` of the smaller document's shingles, or a single
// passage of at least `min_run_words` words.
//
//   std::vector<accord::dependence::SourceDependence> deps =
//       accord::dependence::DetectTextDependence(docs, {});
#ifndef ACCORD_ENGINE_DEPENDENCE_TEXT_DEPENDENCE_H_
#define ACCORD_ENGINE_DEPENDENCE_TEXT_DEPENDENCE_H_

#include <string>
#include <vector>

#include "proto/accord.pb.h"

namespace accord {
namespace dependence {

struct DependenceOptions {
  // Words per shingle.
  int shingle_words = 8;
  // A pair is dependent when the shared shingles cover this fraction of the
  // smaller document's shingles...
  double min_shared_fraction = 0.10;
  // ...or when one shared passage has this many words.
  int min_run_words = 25;
  // Shingles occurring in more than this many documents are treated as
  // boilerplate and ignored.
  int max_documents_per_shingle = 50;
};

// A passage two documents share verbatim (up to case and punctuation):
// byte spans [begin, end) into each Document.text.
struct SharedPassage {
  std::string doc_a;
  int begin_a = 0;
  int end_a = 0;
  std::string doc_b;
  int begin_b = 0;
  int end_b = 0;
  int words = 0;
};

// Evidence that two sources are dependent; source_a < source_b.
struct SourceDependence {
  std::string source_a;
  std::string source_b;
  // Over the best document pair: shared shingles / shingles of the smaller
  // document, and the longest shared passage in words.
  double shared_fraction = 0;
  int longest_run_words = 0;
  int shared_shingles = 0;
  // All shared passages of all document pairs, longest first.
  std::vector<SharedPassage> passages;
  bool dependent = false;
};

// Scores every pair of sources sharing at least one shingle, sorted by
// (source_a, source_b). The source of a document is source.id, or its id
// when source.id is empty. Documents of the same source are not compared.
std::vector<SourceDependence> ScoreTextDependence(
    const std::vector<accord::Document>& docs, const DependenceOptions& opts);

// The pairs of ScoreTextDependence() that are dependent.
std::vector<SourceDependence> DetectTextDependence(
    const std::vector<accord::Document>& docs, const DependenceOptions& opts);

}  // namespace dependence
}  // namespace accord

#endif  // ACCORD_ENGINE_DEPENDENCE_TEXT_DEPENDENCE_H_

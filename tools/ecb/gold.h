// The ECB+ evaluation clusters: each cluster's article files and its gold
// event and entity mentions, read from <eval_dir>/ecbplus (see its README.md).
//
//   absl::StatusOr<std::vector<GoldCluster>> clusters =
//       ReadEcbPlus("/work/shared/eval");
#ifndef ACCORD_TOOLS_ECB_GOLD_H_
#define ACCORD_TOOLS_ECB_GOLD_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {
namespace ecb {

// One row of gold_mentions.tsv.
struct GoldMention {
  // Document id: the .txt file's base name ("1_1ecb"), i.e. the tsv's doc
  // column without its ".xml" extension.
  std::string doc;
  // ACTION_OCCURRENCE, NEG_ACTION_STATE, HUMAN_PART_PER, TIME_DATE, ...
  std::string tag;
  // Byte offsets into the .txt, half-open.
  int begin = 0;
  int end = 0;
  std::string text;
  // CROSS_DOC id (shared across documents), INTRA_* or SINGLETON_*.
  std::string instance;
};

// True for event mentions: tags ACTION_* and NEG_ACTION_*.
bool IsAction(const GoldMention& m);

// True when `instance` may link documents (not INTRA_* or SINGLETON_*).
bool IsCrossDocInstance(absl::string_view instance);

struct GoldCluster {
  std::string name;                // folder name, e.g. "1ecb"
  std::vector<std::string> files;  // the .txt articles, sorted
  std::vector<GoldMention> mentions;
};

// Parses gold_mentions.tsv text. Fails on a malformed row, naming its line.
absl::StatusOr<std::vector<GoldMention>> ParseGoldMentions(
    absl::string_view tsv);

// Reads every cluster folder under <eval_dir>/ecbplus, sorted by name. Fails
// when the directory or a cluster's gold file is missing or malformed.
absl::StatusOr<std::vector<GoldCluster>> ReadEcbPlus(
    const std::string& eval_dir);

}  // namespace ecb
}  // namespace accord

#endif  // ACCORD_TOOLS_ECB_GOLD_H_

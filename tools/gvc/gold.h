// The Gun Violence Archive evaluation incidents: each incident's article
// files and GVA's killed/injured figures, read from <eval_dir>/gvc (see its
// README.md).
//
//   absl::StatusOr<std::vector<GvcIncident>> incidents =
//       ReadGvc("/work/shared/eval");
#ifndef ACCORD_TOOLS_GVC_GOLD_H_
#define ACCORD_TOOLS_GVC_GOLD_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace accord {
namespace gvc {

// One row of gold.tsv plus the incident folder's articles.
struct GvcIncident {
  std::string id;    // folder name, e.g. "134044"
  std::string date;  // YYYY-MM-DD
  std::string city;
  std::string state;
  // GVA's figures: victims and shooters alike.
  int killed = 0;
  int injured = 0;
  std::vector<std::string> files;  // the .txt articles, sorted
};

// Parses gold.tsv text (header row first). Fails on a malformed row, naming
// its line. `files` stay empty.
absl::StatusOr<std::vector<GvcIncident>> ParseGvcGold(absl::string_view tsv);

// Reads <eval_dir>/gvc/gold.tsv and each incident's folder, in gold.tsv
// order. Fails when the directory, the gold file or an incident folder is
// missing, or a folder holds no .txt article.
absl::StatusOr<std::vector<GvcIncident>> ReadGvc(const std::string& eval_dir);

}  // namespace gvc
}  // namespace accord

#endif  // ACCORD_TOOLS_GVC_GOLD_H_

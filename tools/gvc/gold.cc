#include "tools/gvc/gold.h"

#include <algorithm>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/base/file_util.h"

namespace accord {
namespace gvc {

absl::StatusOr<std::vector<GvcIncident>> ParseGvcGold(absl::string_view tsv) {
  std::vector<GvcIncident> out;
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    ++line_no;
    line = absl::StripSuffix(line, "\r");
    if (line.empty()) continue;
    const std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
    if (line_no == 1 && !f.empty() && f[0] == "incident") continue;  // header
    if (f.size() < 6) {
      return absl::InvalidArgumentError(
          absl::StrCat("gold.tsv line ", line_no,
                       ": expected at least 6 fields, got ", f.size()));
    }
    GvcIncident g;
    g.id = std::string(f[0]);
    g.date = std::string(f[1]);
    g.city = std::string(f[2]);
    g.state = std::string(f[3]);
    if (g.id.empty() || !absl::SimpleAtoi(f[4], &g.killed) ||
        !absl::SimpleAtoi(f[5], &g.injured) || g.killed < 0 || g.injured < 0) {
      return absl::InvalidArgumentError(absl::StrCat(
          "gold.tsv line ", line_no, ": bad incident id or counts"));
    }
    out.push_back(std::move(g));
  }
  return out;
}

absl::StatusOr<std::vector<GvcIncident>> ReadGvc(const std::string& eval_dir) {
  const std::string root = absl::StrCat(eval_dir, "/gvc");
  if (!IsDirectory(root)) {
    return absl::NotFoundError(
        absl::StrCat(root, ": no GVC evaluation directory"));
  }
  auto tsv = ReadFileToString(absl::StrCat(root, "/gold.tsv"), 16 << 20);
  if (!tsv.ok()) return tsv.status();
  auto incidents = ParseGvcGold(*tsv);
  if (!incidents.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(root, "/", incidents.status().message()));
  }
  for (GvcIncident& g : *incidents) {
    auto files = ListDirectory(absl::StrCat(root, "/", g.id));
    if (!files.ok()) return files.status();
    for (const std::string& f : *files) {
      if (absl::EndsWith(f, ".txt")) g.files.push_back(f);
    }
    std::sort(g.files.begin(), g.files.end());
    if (g.files.empty()) {
      return absl::NotFoundError(
          absl::StrCat(root, "/", g.id, ": no .txt articles"));
    }
  }
  if (incidents->empty()) {
    return absl::NotFoundError(absl::StrCat(root, "/gold.tsv: no incidents"));
  }
  return incidents;
}

}  // namespace gvc
}  // namespace accord

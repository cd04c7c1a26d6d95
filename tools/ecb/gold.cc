#include "tools/ecb/gold.h"

#include <algorithm>
#include <set>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "engine/base/file_util.h"
#include "re2/re2.h"

namespace accord {
namespace ecb {

bool IsAction(const GoldMention& m) {
  return absl::StartsWith(m.tag, "ACTION_") ||
         absl::StartsWith(m.tag, "NEG_ACTION_");
}

bool IsCrossDocInstance(absl::string_view instance) {
  return !instance.empty() && !absl::StartsWith(instance, "INTRA_") &&
         !absl::StartsWith(instance, "SINGLETON_");
}

absl::StatusOr<std::vector<GoldMention>> ParseGoldMentions(
    absl::string_view tsv) {
  std::vector<GoldMention> out;
  int line_no = 0;
  for (absl::string_view line : absl::StrSplit(tsv, '\n')) {
    ++line_no;
    line = absl::StripSuffix(line, "\r");
    if (line.empty()) continue;
    std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
    if (line_no == 1 && !f.empty() && f[0] == "doc") continue;  // header
    if (f.size() != 9) {
      return absl::InvalidArgumentError(
          absl::StrCat("gold_mentions.tsv line ", line_no,
                       ": expected 9 fields, got ", f.size()));
    }
    GoldMention m;
    m.doc = std::string(absl::StripSuffix(f[0], ".xml"));
    m.tag = std::string(f[2]);
    if (!absl::SimpleAtoi(f[5], &m.begin) || !absl::SimpleAtoi(f[6], &m.end) ||
        m.end < m.begin) {
      return absl::InvalidArgumentError(
          absl::StrCat("gold_mentions.tsv line ", line_no, ": bad offsets"));
    }
    m.text = std::string(f[7]);
    m.instance = std::string(f[8]);
    out.push_back(std::move(m));
  }
  return out;
}

absl::StatusOr<std::vector<GoldCluster>> ReadEcbPlus(
    const std::string& eval_dir) {
  const std::string root = absl::StrCat(eval_dir, "/ecbplus");
  if (!IsDirectory(root)) {
    return absl::NotFoundError(
        absl::StrCat(root, ": no ECB+ evaluation directory"));
  }
  // The manifest names every cluster folder (one JSON object per document).
  auto manifest =
      ReadFileToString(absl::StrCat(root, "/manifest.jsonl"), 16 << 20);
  if (!manifest.ok()) return manifest.status();
  std::set<std::string> names;
  {
    static const LazyRE2 kCluster = {"\"cluster\":\\s*\"([^\"/]+)\""};
    re2::StringPiece input(*manifest);
    std::string name;
    while (RE2::FindAndConsume(&input, *kCluster, &name)) names.insert(name);
  }
  std::vector<GoldCluster> clusters;
  for (const std::string& name : names) {
    const std::string dir = absl::StrCat(root, "/", name);
    GoldCluster c;
    c.name = name;
    auto files = ListDirectory(dir);
    if (!files.ok()) return files.status();
    for (const std::string& f : *files) {
      if (absl::EndsWith(f, ".txt")) c.files.push_back(f);
    }
    std::sort(c.files.begin(), c.files.end());
    auto tsv =
        ReadFileToString(absl::StrCat(dir, "/gold_mentions.tsv"), 64 << 20);
    if (!tsv.ok()) return tsv.status();
    auto mentions = ParseGoldMentions(*tsv);
    if (!mentions.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(dir, ": ", mentions.status().message()));
    }
    c.mentions = std::move(*mentions);
    clusters.push_back(std::move(c));
  }
  std::sort(clusters.begin(), clusters.end(),
            [](const GoldCluster& a, const GoldCluster& b) {
              return a.name < b.name;
            });
  if (clusters.empty()) {
    return absl::NotFoundError(absl::StrCat(root, ": no cluster folders"));
  }
  return clusters;
}

}  // namespace ecb
}  // namespace accord

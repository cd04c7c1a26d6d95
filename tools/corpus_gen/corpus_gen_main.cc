// corpus_gen: writes a synthetic news corpus (see corpus.h) for measuring
// accord at scale.
//
//   corpus_gen --out=/tmp/corpus --articles=10000 --seed=1
//   accord reconcile --jobs=2 /tmp/corpus > report.md
//
// Writes NAME.txt and NAME.txt.meta for every article into --out (created if
// missing). The same flags always give the same bytes.
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "tools/corpus_gen/corpus.h"

ABSL_FLAG(std::string, out, "", "Directory to write the articles into.");
ABSL_FLAG(int64_t, articles, 1000, "Number of articles.");
ABSL_FLAG(uint64_t, seed, 1, "Random seed; same seed, same corpus.");
ABSL_FLAG(int, min_outlets, 3, "Fewest outlets reporting one story.");
ABSL_FLAG(int, max_outlets, 20, "Most outlets reporting one story.");

namespace {

bool WriteFile(const std::string& path, const std::string& bytes) {
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "corpus_gen --out=DIR [--articles=N] [--seed=S]: synthetic news corpus");
  absl::ParseCommandLine(argc, argv);
  std::string out = absl::GetFlag(FLAGS_out);
  if (out.empty()) {
    std::cerr << "corpus_gen: --out is required\n";
    return 2;
  }
  if (const char* wd = std::getenv("BUILD_WORKING_DIRECTORY");
      wd != nullptr && out[0] != '/') {
    out = std::string(wd) + "/" + out;
  }
  accord::CorpusOptions options;
  options.articles = absl::GetFlag(FLAGS_articles);
  options.seed = absl::GetFlag(FLAGS_seed);
  options.min_outlets = absl::GetFlag(FLAGS_min_outlets);
  options.max_outlets = absl::GetFlag(FLAGS_max_outlets);
  if (options.min_outlets < 1 || options.max_outlets < options.min_outlets) {
    std::cerr << "corpus_gen: need 1 <= --min_outlets <= --max_outlets\n";
    return 2;
  }
  mkdir(out.c_str(), 0755);
  int64_t bytes = 0, stories = 0;
  std::map<std::string, int64_t> by_type;
  bool failed = false;
  accord::GenerateCorpus(options, [&](const accord::GeneratedArticle& a) {
    if (failed) return;
    const std::string path = out + "/" + a.name;
    if (!WriteFile(path, a.text) || !WriteFile(path + ".meta", a.meta)) {
      std::cerr << "corpus_gen: cannot write " << path << "\n";
      failed = true;
    }
    bytes += a.text.size();
    stories = a.story + 1;
    ++by_type[a.event_type];
  });
  if (failed) return 1;
  std::cerr << "corpus_gen: " << options.articles << " articles, " << stories
            << " stories, " << bytes << " bytes of text in " << out << " (";
  for (const auto& [type, n] : by_type) std::cerr << " " << type << "=" << n;
  std::cerr << " )\n";
  return 0;
}

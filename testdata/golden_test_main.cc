// Golden-file test: runs the whole pipeline on a corpus directory and
// compares the Markdown report and the claims with checked-in goldens.
//
//   golden_test --corpus=testdata/victory_day --golden=testdata/victory_day/golden
//   golden_test ... --update   # rewrites the goldens (via bazel run)
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/base/file_util.h"
#include "engine/extract/extractor.h"
#include "engine/io/claim_io.h"
#include "engine/pipeline/pipeline.h"
#include "engine/report/markdown_writer.h"

ABSL_FLAG(std::string, corpus, "", "Directory of articles.");
ABSL_FLAG(std::string, golden, "", "Directory of golden outputs.");
ABSL_FLAG(bool, update, false, "Rewrite the goldens instead of comparing.");

namespace {

// Prints the first lines where `want` and `got` differ, with context.
void PrintDiff(const std::string& name, const std::string& want,
               const std::string& got) {
  std::vector<std::string> a = absl::StrSplit(want, '\n');
  std::vector<std::string> b = absl::StrSplit(got, '\n');
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  std::cerr << name << " differs from its golden at line " << i + 1 << ":\n";
  for (size_t k = i; k < std::min(a.size(), i + 5); ++k) {
    std::cerr << "- " << a[k] << "\n";
  }
  for (size_t k = i; k < std::min(b.size(), i + 5); ++k) {
    std::cerr << "+ " << b[k] << "\n";
  }
  std::cerr << "Regenerate with: tools/bazel run //testdata:update_goldens\n";
}

}  // namespace

int main(int argc, char** argv) {
  absl::ParseCommandLine(argc, argv);
  const bool update = absl::GetFlag(FLAGS_update);
  if (update) {
    const char* ws = std::getenv("BUILD_WORKSPACE_DIRECTORY");
    if (ws == nullptr || chdir(ws) != 0) {
      std::cerr << "--update must run under bazel run\n";
      return 2;
    }
  }
  auto extractor = accord::Extractor::CreateDefault();
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return 1;
  }
  accord::Pipeline pipeline(extractor->get(), accord::PipelineOptions());
  const accord::Inputs in = pipeline.Load({absl::GetFlag(FLAGS_corpus)});
  const accord::Report report = pipeline.Reconcile(in);
  accord::ClaimSet claims;
  for (const accord::Claim& c : in.claims) *claims.add_claims() = c;

  const std::vector<std::pair<std::string, std::string>> outputs = {
      {"report.md", accord::RenderMarkdown(report, pipeline.comparator())},
      {"claims.textproto",
       accord::SerializeMessage(claims, accord::ClaimFormat::kText).value()},
  };
  int failures = 0;
  for (const auto& [name, got] : outputs) {
    const std::string path = absl::StrCat(absl::GetFlag(FLAGS_golden), "/", name);
    if (update) {
      const absl::Status s = accord::WriteFileAtomically(path, got);
      if (!s.ok()) {
        std::cerr << s << "\n";
        return 1;
      }
      std::cout << "wrote " << path << "\n";
      continue;
    }
    auto want = accord::ReadFileToString(path, 64 << 20);
    if (!want.ok()) {
      std::cerr << want.status() << "\n";
      ++failures;
      continue;
    }
    if (*want != got) {
      PrintDiff(path, *want, got);
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}

#include "engine/truth/explain.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace accord {
namespace truth {

double IndependentWitnesses(const ValueScore& value) {
  double sum = 0;
  for (const Support& s : value.supporters) sum += s.independence;
  return sum;
}

std::string Explain(const Problem& problem, const Result& result, int item) {
  if (item < 0 || item >= static_cast<int>(problem.items.size()) ||
      item >= static_cast<int>(result.items.size())) {
    return "";
  }
  const Item& it = problem.items[item];
  const ItemResult& r = result.items[item];
  std::string out = absl::StrCat(it.object, "/", it.attribute, ": ");
  if (r.values.empty()) return absl::StrCat(out, "no claims\n");
  const ValueScore& best = r.values[0];
  absl::StrAppendFormat(&out, "\"%s\" wins (%s, confidence %.3f)\n",
                        it.candidates[best.candidate].value, result.method,
                        best.confidence);
  absl::StrAppendFormat(&out, "  supported by %d sources (%.2f independent):\n",
                        static_cast<int>(best.supporters.size()),
                        IndependentWitnesses(best));
  for (const Support& s : best.supporters) {
    absl::StrAppendFormat(&out, "    %s weight %.2f", problem.sources[s.source],
                          s.weight);
    if (s.independence < 1) {
      absl::StrAppendFormat(&out, " x%.2f", s.independence);
      if (s.depends_on >= 0) {
        absl::StrAppend(&out, " (depends on ", problem.sources[s.depends_on],
                        ")");
      }
    }
    absl::StrAppend(&out, "\n");
  }
  if (it.candidates[best.candidate].members.size() > 1) {
    absl::StrAppend(&out, "  merged equivalent values:");
    for (const std::string& m : it.candidates[best.candidate].members) {
      absl::StrAppend(&out, " \"", m, "\"");
    }
    absl::StrAppend(&out, "\n");
  }
  for (size_t v = 1; v < r.values.size(); ++v) {
    const ValueScore& other = r.values[v];
    absl::StrAppendFormat(&out, "  runner-up \"%s\" confidence %.3f:",
                          it.candidates[other.candidate].value,
                          other.confidence);
    for (const Support& s : other.supporters) {
      absl::StrAppendFormat(&out, " %s", problem.sources[s.source]);
      if (s.independence < 1) {
        absl::StrAppendFormat(&out, "(x%.2f)", s.independence);
      }
    }
    absl::StrAppend(&out, "\n");
  }
  return out;
}

}  // namespace truth
}  // namespace accord

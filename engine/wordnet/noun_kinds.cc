#include "engine/wordnet/noun_kinds.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace accord {
namespace wordnet_internal {
extern const absl::string_view kNounKinds;  // generated
}  // namespace wordnet_internal

namespace {

absl::string_view KeyOf(absl::string_view entry) {
  return entry.substr(0, entry.find('\t'));
}

}  // namespace

size_t NounKinds::size() const {
  size_t n = 0;
  size_t begin = 0;
  while (begin < table_.size()) {
    size_t end = table_.find('\n', begin);
    if (end == absl::string_view::npos) end = table_.size();
    if (end > begin) ++n;
    begin = end + 1;
  }
  return n;
}

bool NounKinds::SortedByKey() const {
  absl::string_view previous;
  size_t begin = 0;
  while (begin < table_.size()) {
    size_t end = table_.find('\n', begin);
    if (end == absl::string_view::npos) end = table_.size();
    const absl::string_view key = KeyOf(table_.substr(begin, end - begin));
    if (begin > 0 && key <= previous) return false;
    previous = key;
    begin = end + 1;
  }
  return true;
}

const NounKinds& NounKinds::Default() {
  static const NounKinds* const kDefault =
      new NounKinds(wordnet_internal::kNounKinds);
  return *kDefault;
}

absl::string_view NounKinds::Lookup(absl::string_view lemma, int depth) const {
  // Lower bound over the lines of the text: `lo` and `hi` are line starts
  // (or the end), and every line before `lo` has a smaller key, every line
  // from `hi` on a key not smaller.
  size_t lo = 0;
  size_t hi = table_.size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    const size_t nl =
        mid == 0 ? absl::string_view::npos : table_.rfind('\n', mid - 1);
    const size_t start = nl == absl::string_view::npos || nl < lo ? lo : nl + 1;
    size_t end = table_.find('\n', start);
    if (end == absl::string_view::npos) end = table_.size();
    if (KeyOf(table_.substr(start, end - start)) < lemma) {
      lo = end + 1 < table_.size() ? end + 1 : table_.size();
    } else {
      hi = start;
    }
  }
  if (lo >= table_.size()) return "";
  size_t end = table_.find('\n', lo);
  if (end == absl::string_view::npos) end = table_.size();
  const absl::string_view line = table_.substr(lo, end - lo);
  if (KeyOf(line) != lemma) return "";
  const absl::string_view rest = line.substr(lemma.size() + 1);
  if (absl::StartsWith(rest, "=")) {
    return depth > 0 ? "" : Lookup(rest.substr(1), depth + 1);
  }
  return rest.size() == 2 ? rest : "";
}

absl::string_view NounKinds::Digits(absl::string_view noun, int* all) const {
  const std::string w = absl::AsciiStrToLower(noun);
  const absl::string_view v(w);
  absl::string_view first = Lookup(v, 0);
  *all = first.empty() ? 0 : first[0] - 'A';
  // WordNet's detachment rules for regular plurals, in its order; a plural
  // that is a lemma of its own ("legs": stamina) has its singular's senses
  // too.
  static constexpr struct {
    absl::string_view suffix, ending;
  } kRules[] = {{"ses", "s"},   {"xes", "x"},   {"zes", "z"}, {"ches", "ch"},
                {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}};
  for (const auto& r : kRules) {
    if (!absl::EndsWith(v, r.suffix)) continue;
    const absl::string_view d = Lookup(
        absl::StrCat(v.substr(0, v.size() - r.suffix.size()), r.ending), 0);
    if (d.empty()) continue;
    *all |= d[0] - 'A';
    if (first.empty()) first = d;
    break;
  }
  return first;
}

int NounKinds::Of(absl::string_view noun) const {
  int all = 0;
  Digits(noun, &all);
  return all;
}

int NounKinds::FirstSenseOf(absl::string_view noun) const {
  int all = 0;
  const absl::string_view d = Digits(noun, &all);
  return d.empty() ? 0 : d[1] - 'A';
}

}  // namespace accord

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

NounKinds::NounKinds(absl::string_view table) {
  entries_.reserve(std::count(table.begin(), table.end(), '\n') + 1);
  size_t begin = 0;
  while (begin < table.size()) {
    size_t end = table.find('\n', begin);
    if (end == absl::string_view::npos) end = table.size();
    if (end > begin) entries_.push_back(table.substr(begin, end - begin));
    begin = end + 1;
  }
  // The generator writes them sorted by key: checking that is linear, and
  // it is most of the start-up of a short `accord extract` when sorting
  // anyway. Keep the lookup correct for any other table.
  const auto by_key = [](absl::string_view a, absl::string_view b) {
    return KeyOf(a) < KeyOf(b);
  };
  if (!std::is_sorted(entries_.begin(), entries_.end(), by_key)) {
    std::sort(entries_.begin(), entries_.end(), by_key);
  }
}

const NounKinds& NounKinds::Default() {
  static const NounKinds* const kDefault =
      new NounKinds(wordnet_internal::kNounKinds);
  return *kDefault;
}

absl::string_view NounKinds::Lookup(absl::string_view lemma, int depth) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), lemma,
                             [](absl::string_view e, absl::string_view key) {
                               return KeyOf(e) < key;
                             });
  if (it == entries_.end() || KeyOf(*it) != lemma) return "";
  const absl::string_view rest = it->substr(lemma.size() + 1);
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

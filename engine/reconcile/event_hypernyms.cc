#include "engine/reconcile/event_hypernyms.h"

#include <numeric>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "engine/wordnet/word_senses.h"

namespace accord {
namespace {

// The first sense of claim `c`'s event word, or false.
bool SenseOf(const Claim& c, WordSenses::Sense* sense) {
  for (const Argument& a : c.args()) {
    if (a.role() != "event" || !a.value().has_text()) continue;
    // A verb group holds verbs and the nouns derived from them ("robbery"
    // in rob's group); a noun group holds nouns only.
    const std::string& word = a.value().surface();
    if (absl::StrContains(a.value().text(), ".v.") &&
        WordSenses::Find(word, WordSenses::kVerb, sense)) {
      return true;
    }
    return WordSenses::Find(word, WordSenses::kNoun, sense);
  }
  return false;
}

int Root(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

std::vector<int> JoinByHypernym(
    const std::vector<std::vector<const Claim*>>& blocks) {
  const int n = static_cast<int>(blocks.size());
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  // First-sense synset -> the block holding a word of that sense.
  absl::flat_hash_map<uint32_t, int> block_of;
  std::vector<std::vector<uint32_t>> hypernyms(n);
  for (int i = 0; i < n; ++i) {
    for (const Claim* c : blocks[i]) {
      WordSenses::Sense sense;
      if (!SenseOf(*c, &sense)) continue;
      block_of.try_emplace(sense.synset, i);
      if (sense.hypernym != 0) hypernyms[i].push_back(sense.hypernym);
    }
  }
  for (int i = 0; i < n; ++i) {
    for (uint32_t h : hypernyms[i]) {
      auto it = block_of.find(h);
      if (it == block_of.end()) continue;
      const int a = Root(parent, i), b = Root(parent, it->second);
      if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
  }
  std::vector<int> into(n);
  for (int i = 0; i < n; ++i) into[i] = Root(parent, i);
  return into;
}

}  // namespace accord

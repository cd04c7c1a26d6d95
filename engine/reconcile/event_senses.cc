#include "engine/reconcile/event_senses.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "engine/wordnet/word_senses.h"

namespace accord {
namespace {

// The WordNet entry of claim `c`'s event word, or false.
bool SenseOf(const Claim& c, WordSenses::Sense* sense) {
  for (const Argument& a : c.args()) {
    if (a.role() != "event" || !a.value().has_text()) continue;
    const std::string& word = a.value().surface();
    return WordSenses::Find(
        word,
        c.rule() == "generic_verb" ? WordSenses::kVerb : WordSenses::kNoun,
        sense);
  }
  return false;
}

int Root(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

std::vector<int> JoinBySharedSense(
    const std::vector<std::vector<const Claim*>>& blocks, int max_rank) {
  const int n = static_cast<int>(blocks.size());
  std::vector<int> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  // Synset -> the first block holding a word with it as an event sense.
  absl::flat_hash_map<uint32_t, int> block_of;
  for (int i = 0; i < n; ++i) {
    for (const Claim* c : blocks[i]) {
      WordSenses::Sense sense;
      if (!SenseOf(*c, &sense)) continue;
      const int ranks = std::min(sense.senses, max_rank);
      for (int r = 0; r < ranks; ++r) {
        const WordSenses::Synset s = WordSenses::SenseAt(sense, r);
        if (s.lexfile != sense.first_lexfile) continue;
        const auto [it, added] = block_of.try_emplace(s.id, i);
        if (added) continue;
        const int a = Root(parent, i), b = Root(parent, it->second);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
      }
    }
  }
  std::vector<int> into(n);
  for (int i = 0; i < n; ++i) into[i] = Root(parent, i);
  return into;
}

}  // namespace accord

#include "engine/rules/atom_matcher.h"

#include <algorithm>
#include <deque>

namespace accord {
namespace {

unsigned char Fold(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

}  // namespace

AtomMatcher::AtomMatcher(const std::vector<std::string>& atoms)
    : num_atoms_(static_cast<int>(atoms.size())) {
  // Byte classes: one per distinct folded byte that occurs in some atom, so
  // the table is states x (alphabet + 1) rather than states x 256.
  for (const std::string& atom : atoms) {
    for (unsigned char c : atom) {
      const unsigned char f = Fold(c);
      if (class_[f] == 0) class_[f] = static_cast<uint8_t>(num_classes_++);
    }
  }
  for (int c = 'A'; c <= 'Z'; ++c) class_[c] = class_[c - 'A' + 'a'];

  // The trie. -1 marks a missing edge until the failure pass fills it.
  // It has at most one state per atom byte, plus the root: reserving that
  // spares the copies of a growing table.
  size_t max_states = 1;
  for (const std::string& atom : atoms) max_states += atom.size();
  delta_.reserve(max_states * num_classes_);
  output_.reserve(max_states);
  delta_.assign(num_classes_, -1);
  output_.assign(1, -1);
  std::vector<int32_t> same_next(atoms.size(), -1);  // duplicate atoms
  for (const std::string& atom : atoms) {
    length_.push_back(static_cast<int32_t>(atom.size()));
  }
  for (int i = 0; i < num_atoms_; ++i) {
    if (atoms[i].empty()) continue;
    int s = 0;
    for (unsigned char c : atoms[i]) {
      const size_t edge = static_cast<size_t>(s) * num_classes_ + class_[c];
      if (delta_[edge] < 0) {
        delta_[edge] = num_states_++;
        delta_.resize(static_cast<size_t>(num_states_) * num_classes_, -1);
        output_.push_back(-1);
      }
      s = delta_[edge];
    }
    if (output_[s] >= 0) same_next[i] = output_[s];
    output_[s] = i;
  }
  same_next_ = std::move(same_next);

  // Failure links in breadth-first order turn the trie into a complete DFA;
  // out_link_ chains each state to the longest proper suffix with an output.
  std::vector<int32_t> fail(num_states_, 0);
  out_link_.assign(num_states_, -1);
  std::deque<int> queue;
  for (int c = 0; c < num_classes_; ++c) {
    int32_t& t = delta_[c];
    if (t < 0) {
      t = 0;
    } else {
      queue.push_back(t);
    }
  }
  std::vector<int32_t> order = {0};  // states in breadth-first order
  order.insert(order.end(), queue.begin(), queue.end());
  while (!queue.empty()) {
    const int s = queue.front();
    queue.pop_front();
    for (int c = 0; c < num_classes_; ++c) {
      int32_t& t = delta_[static_cast<size_t>(s) * num_classes_ + c];
      const int32_t via_fail =
          delta_[static_cast<size_t>(fail[s]) * num_classes_ + c];
      if (t < 0) {
        t = via_fail;
        continue;
      }
      fail[t] = via_fail;
      out_link_[t] = output_[via_fail] >= 0 ? via_fail : out_link_[via_fail];
      queue.push_back(t);
      order.push_back(t);
    }
  }
  Renumber(order);
}

void AtomMatcher::Renumber(const std::vector<int32_t>& order) {
  // Text keeps the automaton near the root: numbered breadth-first, the
  // shallow states' rows are adjacent in memory and stay in cache. Each
  // entry also says whether its target has an output (bit 0), so the scan
  // reads output_ only where an atom ends.
  std::vector<int32_t> number(num_states_);
  for (int i = 0; i < num_states_; ++i) number[order[i]] = i;
  std::vector<uint32_t> next(delta_.size());
  std::vector<int32_t> output(num_states_), out_link(num_states_);
  for (int i = 0; i < num_states_; ++i) {
    const int s = order[i];
    output[i] = output_[s];
    out_link[i] = out_link_[s] >= 0 ? number[out_link_[s]] : -1;
    for (int c = 0; c < num_classes_; ++c) {
      const int t = delta_[static_cast<size_t>(s) * num_classes_ + c];
      const bool reports = output_[t] >= 0 || out_link_[t] >= 0;
      next[static_cast<size_t>(i) * num_classes_ + c] =
          static_cast<uint32_t>(number[t]) << 1 | (reports ? 1u : 0u);
    }
  }
  delta_.clear();
  delta_.shrink_to_fit();
  next_ = std::move(next);
  output_ = std::move(output);
  out_link_ = std::move(out_link);
}

void AtomMatcher::FindAll(absl::string_view text,
                          std::vector<int>* found) const {
  found->clear();
  uint32_t entry = 0;
  for (unsigned char c : text) {
    entry = Next(entry, c);
    if ((entry & 1) == 0) continue;
    const int state = static_cast<int>(entry >> 1);
    for (int s = output_[state] >= 0 ? state : out_link_[state]; s >= 0;
         s = out_link_[s]) {
      for (int atom = output_[s]; atom >= 0; atom = same_next_[atom]) {
        found->push_back(atom);
      }
    }
  }
  std::sort(found->begin(), found->end());
  found->erase(std::unique(found->begin(), found->end()), found->end());
}

void AtomMatcher::FindAllLast(absl::string_view text, std::vector<int>* found,
                              std::vector<int>* last_start) const {
  // (atom, start) of every occurrence; later occurrences of one atom start
  // later, so after a stable sort by atom the last pair of each run wins.
  std::vector<std::pair<int, int>> hits;
  uint32_t entry = 0;
  const int n = static_cast<int>(text.size());
  for (int i = 0; i < n; ++i) {
    entry = Next(entry, static_cast<unsigned char>(text[i]));
    if ((entry & 1) == 0) continue;
    const int state = static_cast<int>(entry >> 1);
    for (int s = output_[state] >= 0 ? state : out_link_[state]; s >= 0;
         s = out_link_[s]) {
      for (int atom = output_[s]; atom >= 0; atom = same_next_[atom]) {
        hits.emplace_back(atom, i + 1 - length_[atom]);
      }
    }
  }
  std::sort(hits.begin(), hits.end());
  found->clear();
  last_start->clear();
  for (size_t i = 0; i < hits.size(); ++i) {
    if (i + 1 < hits.size() && hits[i + 1].first == hits[i].first) continue;
    found->push_back(hits[i].first);
    last_start->push_back(hits[i].second);
  }
}

}  // namespace accord
